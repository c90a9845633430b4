import { loadBotResources } from '../../bot/engine/i18n';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('bot wording', () => {
  it('has every Chinese sentence in English too, and no more', () => {
    const { 'zh-CN': zh, en } = loadBotResources();
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
});
