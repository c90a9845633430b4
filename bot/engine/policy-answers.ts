import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import MiniSearch from 'minisearch';
import type { Schemas } from '../api/client';
import type { PlaceQuestions, QuestionEntry } from './common-questions';
import type { BotLanguage, Say } from './i18n';

type Policy = Schemas['JurisdictionPolicy'];

/** Words that carry no topic; dropped so that 口语 questions match on what they are about. */
const STOP_WORDS = new Set(
  '的 了 吗 呢 啊 呀 吧 哦 嘛 么 我 我们 你 您 他 她 是 有 在 和 跟 要 想 请问 问 一下 个 这 那 这个 那个 家 家里 能 可以 可不可以 会 就 都 还 也 给 让 把 被 对 上 下 里 又 再 呗 啦 哈 嗯 一 不 没 没有 怎么 什么 如何 多少'.split(
    ' ',
  ),
);

/** Below this score the bot says it does not know rather than guess. */
const MIN_SCORE = 2.5;

let jieba: Jieba | undefined;
/** The dictionary takes ~170 ms and ~95 MB to load: once per process. */
function tokenizer(): Jieba {
  return (jieba ??= Jieba.withDict(dict));
}

export function normalise(text: string, questions: PlaceQuestions): string {
  let out = text.toLowerCase().replace(/\s+/g, ' ');
  for (const [from, to] of questions.normalise) out = out.split(from).join(to);
  return out;
}

function tokenize(text: string): string[] {
  return tokenizer()
    .cutForSearch(text, true)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w) && !/^[\p{P}\p{S}\s]+$/u.test(w));
}

export interface PolicyAnswer {
  entry: QuestionEntry;
  text: string;
  followUps: string[];
}

interface PlaceIndex {
  search: MiniSearch<{ id: string; asks: string; words: string }>;
  entries: Map<string, QuestionEntry>;
}

/**
 * Answers free questions about a place's policy: the common questions are indexed (jieba words, minisearch,
 * OR-combined so that 口语 still matches), and the best entry's answer is filled in from the place's policy as
 * the API gives it.
 */
export class PolicyAnswers {
  private readonly indexes = new Map<string, PlaceIndex>();

  constructor(private readonly questions: ReadonlyMap<string, PlaceQuestions>) {
    tokenizer();
  }

  places(): string[] {
    return [...this.questions.keys()];
  }

  private index(place: string): PlaceIndex | undefined {
    const cached = this.indexes.get(place);
    if (cached) return cached;
    const questions = this.questions.get(place);
    if (!questions) return undefined;
    const search = new MiniSearch<{ id: string; asks: string; words: string }>({
      fields: ['asks', 'words'],
      tokenize,
      processTerm: (term) => term,
      searchOptions: { combineWith: 'OR', boost: { words: 1.5 }, prefix: false, fuzzy: false },
    });
    search.addAll(
      questions.entries.map((e) => ({
        id: e.id,
        asks: e.asks.map((a) => normalise(a, questions)).join('。'),
        words: e.words.map((w) => normalise(w, questions)).join(' '),
      })),
    );
    const index = { search, entries: new Map(questions.entries.map((e) => [e.id, e])) };
    this.indexes.set(place, index);
    return index;
  }

  /** The best matching common question, or undefined when nothing matches well enough. */
  match(place: string, text: string): QuestionEntry | undefined {
    const index = this.index(place);
    const questions = this.questions.get(place);
    if (!index || !questions) return undefined;
    const [best] = index.search.search(normalise(text, questions));
    if (!best || best.score < MIN_SCORE) return undefined;
    return index.entries.get(best.id);
  }

  answer(place: string, text: string, policy: Policy, lng: BotLanguage, say: Say): PolicyAnswer | undefined {
    const entry = this.match(place, text);
    if (!entry) return undefined;
    return { entry, text: renderAnswer(entry, policy, lng, say), followUps: entry.then };
  }
}

/** An entry's answer with its placeholders filled from the policy, and the source it rests on. */
export function renderAnswer(entry: QuestionEntry, policy: Policy, lng: BotLanguage, say: Say): string {
  const body = entry.answer[lng].replace(/\{([a-zA-Z_.]+)\}/g, (_, name: string) =>
    placeholder(name, policy, say),
  );
  const source =
    entry.source === 'product'
      ? null
      : entry.source
          .split('；')
          .map((s) => (s === 'policy-pack' ? `《${policy.document.title}》` : s))
          .join('；');
  return source ? `${body.trim()}\n${say('qa.source', { source })}` : body.trim();
}

function join(items: string[], say: Say): string {
  return items.join(say('qa.listSeparator'));
}

function placeholder(name: string, policy: Policy, say: Say): string {
  const or = say('qa.or');
  const [head, ...rest] = name.split('.');
  const tail = rest.join('.');
  switch (head) {
    case 'place':
      return policy.jurisdiction.name;
    case 'decidingBody':
      return policy.areaTerms.decidingBody.join(or);
    case 'village':
      return policy.areaTerms.village.join(or);
    case 'supervisor':
      return policy.areaTerms.supervisor;
    case 'document':
      return `《${policy.document.title}》`;
    case 'programs':
      return join(
        policy.programs.map((p) => p.name),
        say,
      );
    case 'program': {
      const program = policy.programs.find((p) => p.id === tail);
      return program
        ? say('qa.program', { name: program.name, summary: program.summary })
        : say('qa.programNotOffered', {
            place: policy.jurisdiction.name,
            office: policy.areaTerms.decidingBody.join(or),
          });
    }
    case 'materials': {
      if (!policy.materials.listed) return policy.materials.note ?? '';
      const always = policy.materials.items.filter((m) => !m.conditional && !m.obtainedByGovernment);
      return join(
        always.map((m) => m.name),
        say,
      );
    }
    case 'materialsConditional':
      return join(
        policy.materials.items.filter((m) => m.conditional && !m.obtainedByGovernment).map((m) => m.name),
        say,
      );
    case 'lookedUp': {
      const names = policy.materials.items.filter((m) => m.obtainedByGovernment).map((m) => m.name);
      return names.length ? say('qa.lookedUp', { names: join(names, say) }) : '';
    }
    case 'stages': {
      const process = policy.process[0];
      return process ? process.stages.map((s) => s.name).join(' → ') : '';
    }
    case 'decisionLimits':
      return policy.process
        .map((p) => {
          const program = policy.programs.find((x) => x.id === p.program)?.name ?? p.program;
          if (!p.decisionDue) return say('qa.noLimit', { program });
          return p.extendedDue
            ? say('qa.decisionDueExtended', { program, due: p.decisionDue, extended: p.extendedDue })
            : say('qa.decisionDue', { program, due: p.decisionDue });
        })
        .join('');
    case 'payment': {
      const from = policy.process.find((p) => p.paymentFrom)?.paymentFrom;
      const cutoffs = policy.parameters.find((p) => p.id === 'monthlyCutoffs');
      const when = from ? say('qa.paymentFrom', { from }) : say('qa.paymentUnknown');
      return cutoffs?.display ? `${when}${say('qa.paymentCutoffs', { cutoffs: cutoffs.display })}` : when;
    }
    case 'complaints':
      return policy.complaints.join('');
    case 'contacts':
      return contactsText(policy, say);
    case 'param': {
      const row = policy.parameters.find((p) => p.id === tail);
      if (!row) return '';
      if (row.display) return say('qa.parameter', { name: row.name, value: row.display });
      return say('qa.parameterMissing', { name: row.name, note: row.note ?? say('qa.notGiven') });
    }
    default:
      return '';
  }
}

/** The office and the telephone numbers the pack gives, or what it says instead. */
export function contactsText(policy: Policy, say: Say): string {
  if (policy.contacts.provided && policy.contacts.entries.length > 0)
    return join(
      policy.contacts.entries.map((c) => `${c.label}：${c.value}`),
      say,
    );
  return policy.contacts.text ?? '';
}
