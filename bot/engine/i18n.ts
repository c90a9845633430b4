import fs from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';

/** The bot's own words, zh-CN first and English complete (a test compares the keys). */
export const BOT_LANGUAGES = ['zh-CN', 'en'] as const;
export type BotLanguage = (typeof BOT_LANGUAGES)[number];

export const BOT_LOCALES_DIR = path.join(__dirname, '..', 'locales');

export function loadBotResources(): Record<BotLanguage, Record<string, unknown>> {
  const read = (lng: BotLanguage) =>
    JSON.parse(fs.readFileSync(path.join(BOT_LOCALES_DIR, `${lng}.json`), 'utf8')) as Record<string, unknown>;
  return { 'zh-CN': read('zh-CN'), en: read('en') };
}

const resources = loadBotResources();
const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { bot: resources['zh-CN'] }, en: { bot: resources.en } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  ns: ['bot'],
  defaultNS: 'bot',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const fixed = new Map<BotLanguage, TFunction>(BOT_LANGUAGES.map((l) => [l, i18n.getFixedT(l)]));

export type Say = (key: string, options?: Record<string, unknown>) => string;

export function sayIn(lng: BotLanguage): Say {
  const t = fixed.get(lng)!;
  return (key, options) => String(t(key, options));
}
