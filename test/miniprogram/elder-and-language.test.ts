/** @jest-environment ./test/miniprogram/support/jsdom-environment.js */
import fs from 'node:fs';
import path from 'node:path';
import en from '../../miniprogram/lib/locales/en';
import zhCN from '../../miniprogram/lib/locales/zh-CN';
import { seedAreas } from '../support/fixtures';
import { startBackend } from './support/backend';
import { openPage, ROOT, tap, textOf, until } from './support/pages';
import { installPhone, type Phone } from './support/wx-bridge';

/**
 * Languages and elder mode (适老化): the resource files match key for key and placeholder for placeholder; every
 * page renders in English with nothing left untranslated; elder mode follows WeChat's font size and care mode,
 * can be switched on and off, and keeps text, tap targets, contrast and line height at the national rules' sizes.
 */

let backend: Awaited<ReturnType<typeof startBackend>>;
let phone: Phone;

const PAGES = (JSON.parse(fs.readFileSync(path.join(ROOT, 'app.json'), 'utf8')) as { pages: string[] }).pages;

beforeAll(async () => {
  backend = await startBackend({ DEV_LOGIN: 'true' });
  await seedAreas();
});
afterAll(() => backend?.close());
beforeEach(() => {
  phone = installPhone(backend.base);
  phone.storage.set('place', { id: '150822201', name: '哈腾套海嘎查', jurisdiction: 'dengkou' });
});

type Tree = { [key: string]: string | string[] | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[prefix + k, v] as [string, string]]
      : Array.isArray(v)
        ? v.map((s, i) => [`${prefix}${k}.${i}`, s] as [string, string])
        : leaves(v, `${prefix}${k}.`),
  );
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the resource files', () => {
  it('have the same keys and the same placeholders in zh-CN and English, none empty', () => {
    const zh = new Map(leaves(zhCN as unknown as Tree));
    const english = new Map(leaves(en as unknown as Tree));
    expect([...english.keys()]).toEqual([...zh.keys()]);
    for (const [key, text] of zh) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(english.get(key)!) }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });
});

describe('English', () => {
  // The place's own name and the language menu's 简体中文 (each language named in itself) stay as they are.
  it('renders every page with its words from the English file and nothing left as a key or placeholder', async () => {
    phone.storage.set('settings.language', 'en');
    for (const page of PAGES) {
      const rendered = openPage(page, { id: '000000000000000000000000' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const text = textOf(rendered);
      expect({ page, text: /[\u4e00-\u9fff]/.test(text.replace(/哈腾套海嘎查|简体中文/g, '')) }).toEqual({
        page,
        text: false,
      });
      expect({ page, raw: /\{\{|undefined/.test(text) }).toEqual({ page, raw: false });
    }
  });

  it('switches language from the settings page', async () => {
    const settings = openPage('pages/settings/index');
    expect(textOf(settings)).toContain('语言');
    await tap(settings, '#lang-en');
    await until(() => expect(textOf(settings)).toContain('Language'));
    expect(phone.storage.get('settings.language')).toBe('en');
    const home = openPage('pages/index/index');
    expect(textOf(home)).toContain('Social assistance');
  });
});

describe('elder mode', () => {
  const rootStyle = (page: string) => {
    const rendered = openPage(page);
    const root = rendered.querySelector('.page')!;
    return { style: root.dom.getAttribute('style') ?? '', className: root.dom.getAttribute('class') ?? '' };
  };
  const fontPx = (style: string) => Number(/font-size:\s*(\d+(?:\.\d+)?)px/.exec(style)![1]);
  const lineHeight = (style: string) => Number(/line-height:\s*([\d.]+)/.exec(style)![1]);

  it('follows WeChat’s care mode (关怀模式): main text at least 18px on every page, line height at least 1.3', () => {
    phone.fontSizeSetting = 23.8;
    for (const page of PAGES) {
      const { style, className } = rootStyle(page);
      expect({ page, elder: className.includes('elder') }).toEqual({ page, elder: true });
      expect(fontPx(style)).toBeGreaterThanOrEqual(23.8);
      expect(lineHeight(style)).toBeGreaterThanOrEqual(1.3);
    }
  });

  it('is off at WeChat’s standard size, and on from the home page’s entry with text of at least 18px', async () => {
    phone.fontSizeSetting = 17;
    expect(rootStyle('pages/index/index').className).not.toContain('elder');
    const home = openPage('pages/index/index');
    await tap(home, '#elder-entry');
    expect(phone.storage.get('settings.elder')).toBe('on');
    const { style, className } = rootStyle('pages/apply/index');
    expect(className).toContain('elder');
    expect(fontPx(style)).toBeGreaterThanOrEqual(18);
    // And off again from settings, even in care mode.
    phone.fontSizeSetting = 23.8;
    const settings = openPage('pages/settings/index');
    await tap(settings, '#elder-off');
    expect(rootStyle('pages/index/index').className).not.toContain('elder');
  });

  const css = fs.readFileSync(path.join(ROOT, 'app.wxss'), 'utf8');
  const rule = (selector: string) =>
    new RegExp(`${selector.replace('.', '\\.')}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';

  it('makes main controls at least 60 × 60 and inputs at least 60 high', () => {
    expect(rule('.elder .btn')).toMatch(/min-height:\s*60px/);
    expect(rule('.elder .btn')).toMatch(/min-width:\s*60px/);
    expect(rule('.elder .input')).toMatch(/min-height:\s*60px/);
  });

  it('keeps every text colour at a contrast of at least 4.5:1 against its background', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const colour = (selector: string, prop: 'color' | 'background') =>
      new RegExp(`(?:^|;|\\s)${prop}:\\s*(#[0-9a-f]{6})`).exec(rule(selector))?.[1];
    const pairs: [string, string][] = [
      [colour('page', 'color')!, colour('.card', 'background')!],
      [colour('.hint', 'color')!, colour('.card', 'background')!],
      [colour('.error', 'color')!, colour('.card', 'background')!],
      [colour('.btn', 'color')!, colour('.btn', 'background')!],
      [colour('.btn.plain', 'color')!, colour('.btn.plain', 'background')!],
    ];
    for (const [fg, bg] of pairs)
      expect({ fg, bg, ok: contrast(fg, bg) >= 4.5 }).toEqual({ fg, bg, ok: true });
  });

  it('says every state in words, never by colour alone, and labels controls without their own words', () => {
    for (const page of PAGES) {
      const wxml = fs.readFileSync(path.join(ROOT, `${page}.wxml`), 'utf8');
      // Every input and textarea names itself for screen readers.
      for (const control of wxml.match(/<(input|textarea)\b[^>]*>/g) ?? [])
        expect({ page, control, labelled: /aria-label=/.test(control) }).toEqual({
          page,
          control,
          labelled: true,
        });
    }
    const upload = fs.readFileSync(path.join(ROOT, 'components/material-upload/index.wxml'), 'utf8');
    expect(upload).toContain('{{stateText}}');
  });
});
