import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { FLOWS_DIR, PackError, loadPacks, mergeLayers, validatePack } from '../../server/policy/packs';

function tempFlows(files: Record<string, string>): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'packs-')), 'flows');
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const read = (rel: string) => fs.readFileSync(path.join(FLOWS_DIR, rel), 'utf8');

describe('loadPacks', () => {
  const packs = loadPacks();

  test('loads the five places and no folder starting with _', () => {
    expect([...packs.keys()].sort()).toEqual(['chaohu', 'dengkou', 'huaiyang', 'jiamusi', 'yichun']);
  });

  test.each([
    ['chaohu', '340181', ['dibao']],
    ['huaiyang', '411603', ['dibao', 'tekun']],
    ['yichun', '230700', ['dibao', 'dibao_edge', 'tekun', 'temporary']],
    ['dengkou', '150822', ['dibao', 'dibao_edge', 'tekun']],
    ['jiamusi', '230800', ['dibao', 'tekun', 'temporary', 'low_income']],
  ])('%s: division code and programs', (id, code, programs) => {
    const pack = packs.get(id);
    expect(pack?.divisionCode).toBe(code);
    expect(Object.keys(pack?.programs ?? {}).sort()).toEqual([...programs].sort());
  });

  test('inherits "not provided" from the defaults where the document is silent', () => {
    expect(packs.get('huaiyang')?.parameters.topUpRate).toMatchObject({ status: 'not_provided' });
    expect(packs.get('yichun')?.parameters.topUpRate).toMatchObject({
      value: 0.15,
      source: { document: '002' },
    });
  });

  test('limits: 低保 20 → 30 and 特困 15 → 20 in Yichun, 20 → 30 for all three in Dengkou', () => {
    const y = packs.get('yichun')?.procedure.overallLimits;
    expect(y?.dibao).toMatchObject({ workingDays: 20, extendedTo: 30 });
    expect(y?.tekun).toMatchObject({ workingDays: 15, extendedTo: 20 });
    const d = packs.get('dengkou')?.procedure.overallLimits;
    for (const p of ['dibao', 'dibao_edge', 'tekun'] as const)
      expect(d?.[p]).toMatchObject({ workingDays: 20, extendedTo: 30 });
  });

  test('the template is a valid pack once merged over the defaults', () => {
    const merged = mergeLayers(
      parseYaml(read('_defaults/pack.yaml')),
      parseYaml(read('_template/pack.yaml')),
    );
    expect(validatePack(merged, 'flows/_template/pack.yaml').id).toBe('example');
  });

  test('a wrong type names the file and the field path', () => {
    const yichun = read('yichun/pack.yaml').replace('value: 0.15', "value: 'fifteen percent'");
    const dir = tempFlows({ '_defaults/pack.yaml': read('_defaults/pack.yaml'), 'yichun/pack.yaml': yichun });
    expect(() => loadPacks(dir)).toThrow(PackError);
    expect(() => loadPacks(dir)).toThrow(
      /^flows\/yichun\/pack\.yaml: parameters\.topUpRate\.value: .*expected number/,
    );
  });

  test('a procedure needs, for each programme, one stage deciding acceptance and one deciding approval', () => {
    const withoutApproval = read('dengkou/pack.yaml').replace('      decides: approval\n', '');
    const twoAcceptances = read('dengkou/pack.yaml').replace('decides: approval', 'decides: acceptance');
    for (const dengkou of [withoutApproval, twoAcceptances]) {
      expect(dengkou).not.toBe(read('dengkou/pack.yaml'));
      const dir = tempFlows({
        '_defaults/pack.yaml': read('_defaults/pack.yaml'),
        'dengkou/pack.yaml': dengkou,
      });
      expect(() => loadPacks(dir)).toThrow(
        /flows\/dengkou\/pack\.yaml: procedure\.stages: dibao: one stage must decide (approval|acceptance)/,
      );
    }
  });

  test('a programme may have its own deciding stage', () => {
    const countyDecidesTekun = read('dengkou/pack.yaml')
      .replace('      decides: approval\n', '      decides: approval\n      programs: [dibao, dibao_edge]\n')
      .replace(
        '    - id: payment\n',
        [
          '    - id: county_approval',
          '      decides: approval',
          '      programs: [tekun]',
          '      name: { zh-CN: 县级审批, en: County approval }',
          '      actor: county',
          '      limit: { status: not_provided, note: test }',
          "      source: { document: '003', clause: test }",
          '    - id: payment',
          '',
        ].join('\n'),
      );
    const dir = tempFlows({
      '_defaults/pack.yaml': read('_defaults/pack.yaml'),
      'dengkou/pack.yaml': countyDecidesTekun,
    });
    const stages = loadPacks(dir).get('dengkou')!.procedure.stages;
    expect(stages.filter((s) => s.decides === 'approval').map((s) => s.id)).toEqual([
      'approval',
      'county_approval',
    ]);
  });

  test('a misspelt condition fact is rejected with its path', () => {
    const chaohu = read('chaohu/pack.yaml').replace(
      '{ disabilityGrade: exists }',
      '{ disabilityGrad: exists }',
    );
    const dir = tempFlows({ '_defaults/pack.yaml': read('_defaults/pack.yaml'), 'chaohu/pack.yaml': chaohu });
    expect(() => loadPacks(dir)).toThrow(
      /flows\/chaohu\/pack\.yaml: materials\.items\.disability_certificate\.requiredWhen/,
    );
  });

  test('a missing required field and a folder/id mismatch are reported', () => {
    const noCode = read('jiamusi/pack.yaml').replace(/^divisionCode: .*$/m, '');
    let dir = tempFlows({ '_defaults/pack.yaml': read('_defaults/pack.yaml'), 'jiamusi/pack.yaml': noCode });
    expect(() => loadPacks(dir)).toThrow(/^flows\/jiamusi\/pack\.yaml: divisionCode: /);
    dir = tempFlows({
      '_defaults/pack.yaml': read('_defaults/pack.yaml'),
      'other/pack.yaml': read('jiamusi/pack.yaml'),
    });
    expect(() => loadPacks(dir)).toThrow('flows/other/pack.yaml: id: must equal the folder name "other"');
  });

  test('invalid YAML is reported with the file name', () => {
    const dir = tempFlows({ 'broken/pack.yaml': 'id: [unclosed' });
    expect(() => loadPacks(dir)).toThrow(/^flows\/broken\/pack\.yaml: /);
  });
});

describe('mergeLayers', () => {
  test('objects merge, the upper layer wins, leaves and arrays are replaced whole', () => {
    const lower = {
      a: { x: 1, y: 2 },
      leaf: { status: 'not_provided', note: 'n' },
      list: [1, 2],
    };
    const upper = { a: { y: 3 }, leaf: { value: 5, effectiveFrom: '2025-01-01' }, list: [9] };
    expect(mergeLayers(lower, upper)).toEqual({
      a: { x: 1, y: 3 },
      leaf: { value: 5, effectiveFrom: '2025-01-01' },
      list: [9],
    });
  });
});
