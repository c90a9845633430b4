import { type Language, translator } from '../i18n';
import type { NotCountedPeriod } from './pack-schema';
import type { DueBasis, Timeline } from './procedure';

/**
 * The procedure's dates in words. The notes that qualify a date (projected, excluded periods, a monthly round, a
 * publication that does not count) are written here once, for the timeline a screening shows and for a case's
 * tracking alike.
 */

export interface DateQualifiers {
  due: string | null;
  /** Set where no sentence around the date says it is bounded by the overall limit. */
  basis?: DueBasis | null;
  projected: boolean;
  excludes: readonly NotCountedPeriod[];
  notCounted: boolean;
  round: string | null;
}

/** The whole-sentence notes a date carries, in the reader's language. */
export function dateNotes(d: DateQualifiers, lng: Language): string[] {
  const t = translator(lng);
  const notes: string[] = [];
  if (d.notCounted) notes.push(t('policy:timeline.note.not_counted'));
  if (d.due && d.basis === 'overall_limit') notes.push(t('policy:timeline.note.within_limit'));
  if (d.due && d.projected) notes.push(t('policy:timeline.note.projected'));
  if (d.due) for (const period of d.excludes) notes.push(t(`policy:timeline.note.excludes_${period}`));
  if (d.round) notes.push(t('policy:timeline.note.round', { month: d.round }));
  return notes;
}

function withNotes(line: string, notes: string[], lng: Language): string {
  if (notes.length === 0) return line;
  return lng === 'en' ? `${line}. ${notes.join(' ')}` : `${line}。${notes.join('')}`;
}

export function renderTimeline(t: Timeline, lng: Language): string[] {
  const tr = translator(lng);
  const lines = t.stages.map((s) => {
    const vars = {
      stage: s.name[lng],
      actor: tr(`policy:actor.${s.actor}`),
      due: s.due ?? '',
      days: s.limit.days ?? 0,
    };
    let line: string;
    if (s.kind === 'publication' && s.due && s.basis === 'own_limit')
      line = tr('policy:timeline.publication', vars);
    else if (s.due && s.basis === 'overall_limit') line = tr('policy:timeline.stage_within_limit', vars);
    else if (s.due) line = tr('policy:timeline.stage_due', vars);
    else if (s.when !== 'always' && s.limit.days !== null)
      line = tr('policy:timeline.stage_conditional', vars);
    else line = tr('policy:timeline.stage_no_limit', vars);
    return withNotes(line, dateNotes({ ...s, basis: null }, lng), lng);
  });
  if (t.decision.status === 'limited') {
    const notes = dateNotes({ ...t.decision, projected: false, notCounted: false, round: null }, lng);
    lines.push(
      withNotes(
        tr('policy:timeline.decision', { workingDays: t.decision.workingDays, due: t.decision.due }),
        notes,
        lng,
      ),
    );
    if (t.decision.extendedDue && t.decision.extendedWorkingDays) {
      const extended = tr('policy:timeline.decision_extended', {
        workingDays: t.decision.extendedWorkingDays,
        due: t.decision.extendedDue,
      });
      lines.push(withNotes(extended, notes, lng));
    }
  } else {
    lines.push(tr('policy:timeline.decision_not_provided'));
  }
  if (t.payment) lines.push(paymentText(t.payment, lng));
  for (const w of t.warnings) lines.push(tr('policy:timeline.estimated', { year: w.year }));
  return lines;
}

/** When payment starts, in words. */
export function paymentText(p: { rule: string; from: string | null }, lng: Language): string {
  const tr = translator(lng);
  const key = `policy:timeline.payment_${p.rule}${p.from ? '' : '_undated'}`;
  return tr(key, { from: p.from ?? '' });
}
