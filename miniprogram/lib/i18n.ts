import en from './locales/en';
import zhCN from './locales/zh-CN';

/**
 * The mini-program's words, one resource file per language (locales/<language>.ts), zh-CN first and English
 * complete (a test compares the keys). A language is added by adding its file here: Mongolian (Dengkou) would be
 * `mn` with its own file, written top to bottom once traditional script is rendered correctly.
 */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Messages = typeof zhCN;

const RESOURCES: Record<Language, Messages> = { 'zh-CN': zhCN, en };

export function messages(lng: Language): Messages {
  return RESOURCES[lng];
}

/** A whole sentence with its placeholders filled: fmt('第{{n}}步', { n: 2 }). */
export function fmt(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
