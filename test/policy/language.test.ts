import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LANGUAGES, type Language } from '../../server/i18n';
import type { Pack } from '../../server/policy/pack-schema';
import { FLOWS_DIR, loadPacks, mergeLayers, validatePack } from '../../server/policy/packs';
import { policyView, screeningAnswer, timelineViews } from '../../server/policy/policy-views';
import { screen } from '../../server/policy/eligibility';
import { requiredMaterials } from '../../server/policy/materials';
import { screeningRequestSchema } from '../../server/policy/service';

/**
 * One language per answer: every pack's policy page, and a full screening of every case household, rendered in
 * each language. An English answer has no Chinese except inside quoted sources and proper names (a clause, a
 * document's title); a Chinese answer's sentences are Chinese, with no English words and no untranslated keys.
 */

const HAN = /[\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{3,}/;
/** Fields whose strings are sentences or names for readers (others are ids, codes, dates). */
const PROSE = new Set([
  'name',
  'text',
  'reasons',
  'verdictText',
  'amountText',
  'assumptions',
  'notices',
  'note',
  'reason',
  'lines',
  'summary',
  'complaints',
  'decidingBody',
  'village',
  'supervisor',
  'sourceText',
  'label',
]);

/** Quoted sources and proper names: what an English answer may carry in Chinese, and a Chinese one in Latin. */
function quotations(pack: Pack): string[] {
  const found = new Set<string>([pack.document.title, pack.document.issuedBy]);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const source = (node as { source?: { document?: unknown; clause?: unknown } }).source;
    if (source && typeof source.document === 'string' && typeof source.clause === 'string') {
      found.add(source.document);
      found.add(source.clause);
    }
    Object.values(node).forEach(walk);
  };
  walk(pack);
  return [...found].sort((a, b) => b.length - a.length);
}

/** Every string in an answer with the name of the field holding it. */
function strings(node: unknown, field = ''): { field: string; text: string }[] {
  if (typeof node === 'string') return [{ field, text: node }];
  if (Array.isArray(node)) return node.flatMap((n) => strings(n, field));
  if (typeof node === 'object' && node !== null)
    return Object.entries(node).flatMap(([k, v]) => strings(v, k));
  return [];
}

function strayText(answer: unknown, pack: Pack, lng: Language): string[] {
  const quoted = quotations(pack);
  return strings(answer).flatMap(({ field, text }) => {
    const rest = quoted.reduce((t, q) => t.split(q).join(''), text);
    if (lng === 'en') return HAN.test(rest) ? [`${field}: ${text}`] : [];
    // Codes (needs_judgment) are not prose; an untranslated key (tekun.supporter_able) is.
    if (!PROSE.has(field) || /^[a-z][a-z0-9_]*$/.test(text)) return [];
    return LATIN_WORD.test(rest) || !HAN.test(text) ? [`${field}: ${text}`] : [];
  });
}

interface Screening {
  name: string;
  pack: Pack;
  body: unknown;
}

const packs = loadPacks();

// Every case household, with its pack as the case patches it: together they reach every message of the engine.
const screenings: Screening[] = [];
for (const place of fs.readdirSync(FLOWS_DIR).filter((p) => packs.has(p))) {
  const dir = path.join(FLOWS_DIR, place, 'cases');
  if (!fs.existsSync(dir)) continue;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const c = parseYaml(fs.readFileSync(path.join(dir, file), 'utf8')) as {
      asOf: string;
      household?: unknown;
      parameterOverrides?: { patch: unknown };
    };
    if (!c.household) continue;
    const base = packs.get(place)!;
    const pack = c.parameterOverrides
      ? validatePack(mergeLayers(base, c.parameterOverrides.patch), file)
      : base;
    screenings.push({
      name: `${place}/${file}`,
      pack,
      body: { jurisdiction: place, asOf: c.asOf, household: c.household },
    });
  }
}

describe.each(LANGUAGES)('answers in %s', (lng) => {
  test.each([...packs.keys()])("%s's policy is in one language", (id) => {
    const pack = packs.get(id)!;
    const page = policyView(pack, '2026-03-02', lng);
    expect(page.language).toBe(lng);
    expect(strayText(page, pack, lng)).toEqual([]);
  });

  test('every case household is screened in one language, with the full explanation', () => {
    expect(screenings.length).toBeGreaterThan(50);
    for (const { name, pack, body } of screenings) {
      const request = screeningRequestSchema.parse(body);
      const asOf = request.asOf ?? '2026-03-02';
      const result = screen(pack, request.household, { asOf });
      const pursued = result.programs.filter((p) => p.verdict !== 'unlikely').map((p) => p.program);
      const answer = screeningAnswer(
        {
          pack,
          result,
          materials: requiredMaterials(pack, request.household, { asOf }),
          timelines: timelineViews(pack, pursued, asOf, lng),
        },
        lng,
        'full',
      );
      expect({ name, stray: strayText(answer, pack, lng) }).toEqual({ name, stray: [] });
    }
  });
});

test('the check finds Chinese in an English answer and English in a Chinese one', () => {
  const pack = packs.get('yichun')!;
  expect(strayText({ reasons: ['本地文件未给出'] }, pack, 'en')).toHaveLength(1);
  expect(strayText({ text: '本地文件未给出 urban standard' }, pack, 'zh-CN')).toHaveLength(1);
  expect(strayText({ text: 'tekun.supporter_able' }, pack, 'zh-CN')).toHaveLength(1);
  const clause = '二(三)3 按照当地低保标准的15%给予最低生活保障金加发';
  expect(strayText({ sourceText: `Source: document 002, ${clause}` }, pack, 'en')).toEqual([]);
});
