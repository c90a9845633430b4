import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { translator } from '../../server/i18n';
import { PROGRAM_IDS, type ProgramId } from '../../server/policy/pack-schema';
import { FLOWS_DIR, loadPacks, mergeLayers, validatePack } from '../../server/policy/packs';
import { procedureTimeline } from '../../server/policy/procedure';
import { renderTimeline } from '../../server/policy/timeline-text';

/** The procedure part of the pack format, and the timeline in words: what a county writes and what people read. */

const packs = loadPacks();
const read = (rel: string) => parseYaml(fs.readFileSync(path.join(FLOWS_DIR, rel), 'utf8'));
const defaults = read('_defaults/pack.yaml');

type Raw = { procedure: { stages: Record<string, unknown>[]; [k: string]: unknown }; [k: string]: unknown };

/** Chaohu's pack with one change made to its raw YAML, validated as the loader would. */
function chaohuWith(change: (raw: Raw) => void) {
  const raw = read('chaohu/pack.yaml') as Raw;
  change(raw);
  return () => validatePack(mergeLayers(defaults, raw), 'flows/chaohu/pack.yaml');
}
const stage = (raw: Raw, id: string) => raw.procedure.stages.find((s) => s.id === id)!;

describe('the procedure in a pack', () => {
  test('an objection stage names the publication it answers and the stage the procedure resumes at', () => {
    expect(chaohuWith(() => {})).not.toThrow();
    expect(chaohuWith((raw) => delete stage(raw, 'reinvestigation').objectionTo)).toThrow(
      /procedure\.stages\.7: a stage run on an objection names objectionTo and resumeAt/,
    );
    expect(chaohuWith((raw) => (stage(raw, 'reinvestigation').objectionTo = 'review'))).toThrow(
      /procedure\.stages\.7\.objectionTo: must name an earlier publication stage/,
    );
    expect(chaohuWith((raw) => (stage(raw, 'reinvestigation').resumeAt = 'approval'))).toThrow(
      /procedure\.stages\.7\.resumeAt: must name a regular stage no later than the publication/,
    );
    expect(chaohuWith((raw) => (stage(raw, 'review').resumeAt = 'investigation'))).toThrow(
      /procedure\.stages\.5: a stage run on an objection names objectionTo and resumeAt, and only such a stage/,
    );
  });

  test('a stage is one kind of record, and the stages it names exist', () => {
    expect(
      chaohuWith((raw) => (stage(raw, 'approval').investigators = stage(raw, 'investigation').investigators)),
    ).toThrow(/procedure\.stages\.8: a stage is one of/);
    expect(
      chaohuWith(
        (raw) =>
          ((stage(raw, 'community_review').vote as Record<string, unknown>).notPassedReopens = 'review'),
      ),
    ).toThrow(/procedure\.stages\.4\.vote\.notPassedReopens: must name an earlier regular stage/);
    expect(
      chaohuWith(
        (raw) => ((stage(raw, 'community_review').vote as { passes: object }).passes = { atLeast: '0.67' }),
      ),
    ).toThrow(/procedure\.stages\.4\.vote\.passes\.atLeast: a fraction such as 2\/3/);
    expect(
      chaohuWith((raw) => ((raw.procedure.notCounted as { stage?: string }[])[1]!.stage = 'home_visit')),
    ).toThrow(/procedure\.notCounted\.1\.stage: no stage home_visit/);
  });

  test('payment starts per programme, only for programmes the pack offers', () => {
    expect(
      chaohuWith((raw) => {
        (raw.procedure.paymentStart as Record<string, unknown>).tekun = {
          rule: 'on_approval',
          source: { document: '000', clause: 'test' },
        };
      }),
    ).toThrow(/procedure\.paymentStart\.tekun: the pack does not offer this programme/);
    expect(packs.get('yichun')!.procedure.paymentStart).toMatchObject({
      dibao: { rule: 'month_after_approval' },
      tekun: { rule: 'month_after_approval' },
      temporary: { rule: 'on_approval' },
    });
    expect(packs.get('yichun')!.procedure.paymentStart.dibao_edge).toBeUndefined();
  });
});

describe('the timeline in words', () => {
  const zh = translator('zh-CN');
  const notes = {
    publication: [zh('policy:timeline.note.not_counted'), zh('policy:timeline.note.excludes_publication')],
    verification: [zh('policy:timeline.note.excludes_verification')],
  };
  const offered = [...packs.values()].flatMap((pack) =>
    PROGRAM_IDS.filter((p) => pack.programs[p]).map((program) => ({ pack, program })),
  );

  test.each(offered.map(({ pack, program }) => [pack.id, program, pack, program] as const))(
    '%s %s: a line says a period does not count only where the pack says so',
    (_id, _p, pack, program) => {
      const says = new Set(pack.procedure.notCounted.map((n) => n.period));
      for (const acceptedOn of ['2026-02-12', '2026-09-24']) {
        const text = renderTimeline(procedureTimeline(pack, program as ProgramId, acceptedOn), 'zh-CN').join(
          '\n',
        );
        for (const [period, sentences] of Object.entries(notes)) {
          if (says.has(period as 'publication' | 'verification')) continue;
          for (const sentence of sentences)
            expect({ period, said: text.includes(sentence) }).toEqual({ period, said: false });
        }
        if (!says.size) expect(text).not.toContain('不计入');
      }
    },
  );

  test('Chaohu dates the investigation and every date after it as leaving out verification, with no overall limit', () => {
    const lines = renderTimeline(procedureTimeline(packs.get('chaohu')!, 'dibao', '2026-09-28'), 'zh-CN');
    const line = (start: string) => lines.find((l) => l.startsWith(start))!;
    expect(line('家庭经济状况调查')).toContain(`2026-10-10 前完成。${notes.verification[0]}`);
    expect(line('审批（')).toContain(notes.verification[0]);
    expect(line('审批（')).toContain(zh('policy:timeline.note.round', { month: '2026-11' }));
    expect(line('村(居)初审')).not.toContain(notes.verification[0]);
    expect(line('审核建议公示')).toContain(zh('policy:timeline.note.not_counted'));
    expect(lines).toContain(zh('policy:timeline.payment_month_after_approval', { from: '2026-12' }));
  });

  test('Yichun publishes after the confirmation deadline, as an estimate, and never says it does not count', () => {
    const lines = renderTimeline(procedureTimeline(packs.get('yichun')!, 'dibao', '2026-09-24'), 'zh-CN');
    const publication = lines.find((l) => l.startsWith('确认结果公示'))!;
    expect(publication).toBe(
      `${zh('policy:timeline.publication', { stage: '确认结果公示', days: 7, due: '2026-11-05' })}。${zh('policy:timeline.note.projected')}`,
    );
    expect(lines.find((l) => l.startsWith('审核确认'))).toContain('最迟 2026-10-29');
  });

  test('payment start follows each programme: 临时救助 on approval, none where the document states none', () => {
    const yichun = packs.get('yichun')!;
    const temporary = renderTimeline(procedureTimeline(yichun, 'temporary', '2026-09-24'), 'en');
    expect(temporary).toContain(translator('en')('policy:timeline.payment_on_approval_undated'));
    expect(procedureTimeline(yichun, 'dibao_edge', '2026-09-24').payment).toBeNull();
    expect(procedureTimeline(packs.get('dengkou')!, 'dibao', '2026-09-24').payment).toBeNull();
  });
});
