import {
  DEFAULT_LANGUAGE,
  i18n,
  LANGUAGES,
  loadResources,
  pickLanguage,
  translator,
} from '../../server/i18n';

type Tree = { [key: string]: string | Tree };

function lookup(tree: Tree, key: string): string {
  const value = key
    .split('.')
    .reduce<Tree | string | undefined>((node, part) => (node as Tree | undefined)?.[part], tree);
  return typeof value === 'string' ? value : '';
}

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

describe('i18n resources', () => {
  const resources = loadResources();

  it.each(LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE))(
    '%s has exactly the keys of zh-CN, none empty',
    (lng) => {
      const base = resources[DEFAULT_LANGUAGE] as Record<string, Tree>;
      const other = resources[lng] as Record<string, Tree>;
      expect(Object.keys(other).sort()).toEqual(Object.keys(base).sort());
      for (const ns of Object.keys(base)) {
        expect({ ns, keys: keys(other[ns]!).sort() }).toEqual({ ns, keys: keys(base[ns]!).sort() });
      }
      for (const l of LANGUAGES) {
        for (const [ns, tree] of Object.entries(resources[l] as Record<string, Tree>)) {
          const empty = keys(tree).filter((k) => lookup(tree, k).trim() === '');
          expect({ l, ns, empty }).toEqual({ l, ns, empty: [] });
        }
      }
    },
  );

  it('uses the same interpolation variables in every language', () => {
    const vars = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const base = resources[DEFAULT_LANGUAGE] as Record<string, Tree>;
    const en = resources.en as Record<string, Tree>;
    for (const [ns, tree] of Object.entries(base)) {
      for (const key of keys(tree)) {
        const id = `${ns}:${key}`;
        expect({ id, vars: vars(lookup(en[ns]!, key)) }).toEqual({ id, vars: vars(lookup(tree, key)) });
      }
    }
    expect(translator('en')('errors:not_found')).not.toBe(translator('zh-CN')('errors:not_found'));
  });

  it('picks the language from Accept-Language, Chinese by default', () => {
    expect(pickLanguage(undefined)).toBe('zh-CN');
    expect(pickLanguage('fr-FR')).toBe('zh-CN');
    expect(pickLanguage('en-US,en;q=0.9')).toBe('en');
    expect(pickLanguage('zh-TW;q=0.4, en;q=0.8')).toBe('en');
    expect(pickLanguage('en;q=0, zh-Hans')).toBe('zh-CN');
  });
});

describe('the translator', () => {
  const resources = loadResources();
  /** Every key with placeholders, in every namespace, with values for them. */
  const withPlaceholders = Object.entries(resources[DEFAULT_LANGUAGE] as Record<string, Tree>).flatMap(
    ([ns, tree]) =>
      keys(tree)
        .map((k) => ({
          key: `${ns}:${k}`,
          names: [...lookup(tree, k).matchAll(/\{\{(\w+)/g)].map((m) => m[1]!),
        }))
        .filter((k) => k.names.length > 0),
  );

  it.each(LANGUAGES)('renders every text with values as i18next does (%s)', (lng) => {
    expect(withPlaceholders.length).toBeGreaterThan(50);
    const t = translator(lng);
    const i18next = i18n.getFixedT(lng);
    for (const { key, names } of withPlaceholders) {
      // Strings and numbers, Chinese included; asked twice, as the second answer comes from the split text.
      const options = Object.fromEntries(names.map((n, i) => [n, i % 2 ? i * 1000 + 7 : `值${i}-{{x}}`]));
      const twice = [t(key, options), t(key, options)];
      expect({ key, twice }).toEqual({ key, twice: [i18next(key, options), i18next(key, options)] });
      // A value missing, and a plural or language option: i18next decides.
      const missing = Object.fromEntries(names.slice(1).map((n) => [n, 'v']));
      expect({ key, text: t(key, missing) }).toEqual({ key, text: i18next(key, missing) });
      const withCount = { ...options, count: 2 };
      expect({ key, text: t(key, withCount) }).toEqual({ key, text: i18next(key, withCount) });
    }
  });

  it('answers an unknown key as i18next does', () => {
    expect(translator('en')('policy:noSuchKey', { x: 1 })).toBe(
      i18n.getFixedT('en')('policy:noSuchKey', { x: 1 }),
    );
  });
});
