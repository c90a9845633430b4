import fs from 'node:fs';
import path from 'node:path';
import i18next, { type Resource, type TFunction } from 'i18next';

/** Chinese first; English is kept complete (a test compares every key). */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export const LOCALES_DIR = path.join(__dirname, 'locales');

/** Resources live in locales/<language>/<namespace>.json, one namespace per capability. */
export function loadResources(dir = LOCALES_DIR): Resource {
  const resources: Resource = {};
  for (const lng of LANGUAGES) {
    resources[lng] = {};
    for (const file of fs.readdirSync(path.join(dir, lng))) {
      if (!file.endsWith('.json')) continue;
      const ns = path.basename(file, '.json');
      resources[lng][ns] = JSON.parse(fs.readFileSync(path.join(dir, lng, file), 'utf8'));
    }
  }
  return resources;
}

const resources = loadResources();

export const i18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  ns: Object.keys(resources[DEFAULT_LANGUAGE] ?? {}),
  defaultNS: 'errors',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

// i18next spends microseconds per lookup, and a screening renders a hundred strings. Resources
// never change while running, so each (language, key, options) is rendered once. Each language's
// memo is keyed by the key first, then by the options written out, so that a key without options
// (most of them) costs one lookup of a string the code usually already holds. It is bounded and
// simply starts over when full.
const MEMO_LIMIT = 50_000;

const translators = new Map<Language, TFunction>();

/** The translator of a language, made once: every request in that language shares it and its memo. */
export function translator(lng: Language): TFunction {
  let t = translators.get(lng);
  if (!t) translators.set(lng, (t = memoized(lng)));
  return t;
}

function memoized(lng: Language): TFunction {
  const fixed = i18n.getFixedT(lng);
  const plain = new Map<string, string>();
  const withOptions = new Map<string, Map<string, string>>();
  let size = 0;
  const remember = <K>(memo: Map<K, string>, id: K, text: string) => {
    if (++size > MEMO_LIMIT) {
      plain.clear();
      withOptions.clear();
      size = 1;
    }
    memo.set(id, text);
    return text;
  };
  const t = (key: string | string[], options?: unknown): string => {
    const id = typeof key === 'string' ? key : key.join('\u0000');
    if (options === undefined) {
      return plain.get(id) ?? remember(plain, id, String(fixed(key)));
    }
    let byOptions = withOptions.get(id);
    if (!byOptions) withOptions.set(id, (byOptions = new Map()));
    const written = JSON.stringify(options);
    return (
      byOptions.get(written) ??
      remember(byOptions, written, String(fixed(key, options as Record<string, unknown>)))
    );
  };
  return t as TFunction;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Picks the first supported language from an Accept-Language header ("en-US,en;q=0.9" → en). */
export function pickLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return DEFAULT_LANGUAGE;
  // Clients send the same few headers again and again: each short one is read once (the memo is small, as the
  // header is the client's to choose).
  let picked = pickedFor.get(acceptLanguage);
  if (!picked) {
    picked = readAcceptLanguage(acceptLanguage);
    if (acceptLanguage.length > 100) return picked;
    if (pickedFor.size >= 1_000) pickedFor.clear();
    pickedFor.set(acceptLanguage, picked);
  }
  return picked;
}
const pickedFor = new Map<string, Language>();

function readAcceptLanguage(acceptLanguage: string): Language {
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LANGUAGE;
}
