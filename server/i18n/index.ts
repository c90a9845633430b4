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
/** The namespace of a key written without one (`validation_failed` is `errors:validation_failed`). */
const DEFAULT_NAMESPACE = 'errors';

export const i18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  ns: Object.keys(resources[DEFAULT_LANGUAGE] ?? {}),
  defaultNS: DEFAULT_NAMESPACE,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

// i18next spends microseconds per lookup, and a screening renders a few dozen strings. Resources never change
// while running, so a key without options is rendered once and remembered (there are only so many keys). A key
// with options is rendered from its text split once at its {{name}} placeholders, by joining the pieces with the
// values: remembering each rendering instead held one entry per amount, date or name ever rendered. Whatever is not
// a plain {{name}} text with every value given (nesting, plurals, context, formats) is left to i18next.
const MEMO_LIMIT = 50_000;
const PLACEHOLDER = /\{\{([A-Za-z0-9_]+)\}\}/;
/** Any `{{` not opening a plain placeholder, or nesting: i18next's to render. */
const NOT_PLAIN = /\{\{(?![A-Za-z0-9_]+\}\})|\$t\(/;
/** Options that change what i18next looks up or how, rather than filling a placeholder. */
const I18NEXT_OPTIONS = new Set([
  'count',
  'context',
  'ordinal',
  'defaultValue',
  'lng',
  'lngs',
  'ns',
  'fallbackLng',
  'returnObjects',
  'joinArrays',
  'postProcess',
  'replace',
  'interpolation',
  'skipInterpolation',
  'keySeparator',
  'nsSeparator',
]);

const translators = new Map<Language, TFunction>();

/** The translator of a language, made once: every request in that language shares it and its memo. */
export function translator(lng: Language): TFunction {
  let t = translators.get(lng);
  if (!t) translators.set(lng, (t = memoized(lng)));
  return t;
}

/**
 * A key's text split at its placeholders (literal, name, literal, … : names at odd places), from the language or
 * else the default one, as i18next falls back; null when i18next must render it.
 */
function template(lng: Language, key: string): readonly string[] | null {
  const colon = key.indexOf(':');
  const [ns, path] = colon < 0 ? [DEFAULT_NAMESPACE, key] : [key.slice(0, colon), key.slice(colon + 1)];
  for (const l of [lng, DEFAULT_LANGUAGE]) {
    const text: unknown = i18n.getResource(l, ns, path);
    if (typeof text === 'string') return NOT_PLAIN.test(text) ? null : text.split(PLACEHOLDER);
  }
  return null;
}

/** The template filled with the options' values; undefined when a value is missing or an option is i18next's. */
function fill(parts: readonly string[], options: Record<string, unknown>): string | undefined {
  for (const name in options) if (I18NEXT_OPTIONS.has(name)) return undefined;
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = options[parts[i]!];
    if (value === undefined) return undefined;
    text += (value === null ? '' : String(value)) + parts[i + 1]!;
  }
  return text;
}

function memoized(lng: Language): TFunction {
  const fixed = i18n.getFixedT(lng);
  const plain = new Map<string, string>();
  const templates = new Map<string, readonly string[] | null>();
  const t = (key: string | string[], options?: unknown): string => {
    if (options === undefined && typeof key === 'string') {
      let text = plain.get(key);
      if (text === undefined) {
        if (plain.size >= MEMO_LIMIT) plain.clear();
        plain.set(key, (text = String(fixed(key))));
      }
      return text;
    }
    if (typeof key === 'string' && options !== null && typeof options === 'object') {
      let parts = templates.get(key);
      if (parts === undefined) {
        if (templates.size >= MEMO_LIMIT) templates.clear();
        templates.set(key, (parts = template(lng, key)));
      }
      const text = parts ? fill(parts, options as Record<string, unknown>) : undefined;
      if (text !== undefined) return text;
    }
    return String(fixed(key, options as Record<string, unknown>));
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
