import type { ApiClient, Schemas } from '../api/client';
import type { BotLanguage } from './i18n';

type Policy = Schemas['JurisdictionPolicy'];
type Jurisdiction = Schemas['Jurisdiction'];

const CACHE_MS = 10 * 60_000;

/** "伊春市" is said "伊春": the name without its administrative suffix. */
function stem(name: string): string {
  return name.replace(/(自治县|自治州|特别行政区|市|县|区|旗|盟)$/, '');
}

/**
 * The places the backend has policy for, and each place's policy in a language, read from the API and kept for
 * a few minutes (policy changes with a pack release, not by the minute).
 */
export class Places {
  private list: { at: number; items: Jurisdiction[] } | undefined;
  private readonly policies = new Map<string, { at: number; policy: Policy }>();

  constructor(private readonly api: ApiClient) {}

  async all(): Promise<Jurisdiction[]> {
    if (this.list && Date.now() - this.list.at < CACHE_MS) return this.list.items;
    const { data, error } = await this.api.GET('/api/v1/jurisdictions', {
      params: { query: { size: 100 } },
    });
    if (!data) throw new Error(`jurisdictions: ${JSON.stringify(error)}`);
    this.list = { at: Date.now(), items: data.items };
    return data.items;
  }

  /** A place's name in the chat's language. */
  static nameIn(place: Jurisdiction, lng: BotLanguage): string {
    return lng === 'en' ? place.nameEn : place.nameZh;
  }

  /** What is left of a text once the place and "我在 / I am in" are taken out: a question, if long enough. */
  static withoutPlace(text: string, place: Jurisdiction): string {
    return text
      .replace(new RegExp(`(我在|我是|我住在|在)?${stem(place.nameZh)}(市|县|区|旗)?的?`), '')
      .replace(
        new RegExp(
          `\\b(i am in|i'm in|i live in|in)?\\s*${place.nameEn.split(' ')[0]}( city| county| district)?`,
          'i',
        ),
        '',
      )
      .replace(/^[\s,，。.!！]+|[\s,，。.!！]+$/g, '');
  }

  /** The place named in a text ("我在伊春", "磴口县的"), if exactly one is. */
  async find(text: string): Promise<Jurisdiction | undefined> {
    const lower = text.toLowerCase();
    const found = (await this.all()).filter(
      (j) =>
        text.includes(stem(j.nameZh)) ||
        lower.includes(j.nameEn.toLowerCase().split(' ')[0]!) ||
        lower.trim() === j.id,
    );
    return found.length === 1 ? found[0] : undefined;
  }

  async policy(place: string, lng: BotLanguage): Promise<Policy> {
    const id = `${place}|${lng}`;
    const cached = this.policies.get(id);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.policy;
    const { data, error } = await this.api.GET('/api/v1/jurisdictions/{id}/policy', {
      params: { path: { id: place } },
      headers: { 'Accept-Language': lng },
    });
    if (!data) throw new Error(`policy of ${place}: ${JSON.stringify(error)}`);
    this.policies.set(id, { at: Date.now(), policy: data });
    return data;
  }
}
