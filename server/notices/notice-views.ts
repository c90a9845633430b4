import { z } from 'zod';
import type { ApplicationDoc } from '../applications/application-model';
import { planOf } from '../applications/stages';
import { type Language, translator } from '../i18n';
import { formatMoney } from '../policy/explain';
import type { Pack, ProgramId } from '../policy/pack-schema';
import { maskName } from './mask-name';

/**
 * One line of a public notice (公示): the head of household with the name masked, the household size, the
 * programmes and amounts, and the publication period during which anyone may object. Nothing else of the case —
 * no ID number, no address, no case number — is published.
 */

export const NOTICE_STATES = ['in_publication', 'approved'] as const;

export const noticeEntrySchema = z
  .object({
    village: z.string().describe('The village (or township) of the household'),
    head: z.string().describe('Head of household, masked: 王*兰'),
    householdSize: z.number().int(),
    programs: z.array(
      z.object({
        program: z.string(),
        name: z.string(),
        amountFen: z
          .number()
          .int()
          .nullable()
          .describe('Monthly (低保/特困) or once (临时救助); null before a decision'),
        amountText: z.string().nullable(),
      }),
    ),
    state: z
      .enum(NOTICE_STATES)
      .describe('in_publication: being published, objections open; approved: a decided case (长期公示)'),
    publication: z
      .object({
        stage: z.string(),
        from: z.string(),
        until: z.string().nullable().describe('Last day to object; null where the document sets no period'),
        objectionOpen: z.boolean(),
      })
      .nullable(),
    decidedOn: z.string().nullable(),
  })
  .meta({ id: 'NoticeEntry' });
export type NoticeEntry = z.infer<typeof noticeEntrySchema>;

/** A case's line in its village's notice, or null when there is nothing to publish yet. */
export function noticeEntryOf(
  app: ApplicationDoc,
  pack: Pack,
  village: string,
  today: string,
  lng: Language,
): NoticeEntry | null {
  const t = translator(lng);
  const plan = planOf(app, pack);
  const published = plan.stages.filter((s) => s.stage.kind === 'publication' && s.on !== null).at(-1);
  const approved = app.decision?.outcome === 'approved';
  // An objection or a later stage ends the period early; with no days set, it lasts until the next stage.
  const ended = published
    ? (published.until !== null && published.until < today) ||
      published.objection !== null ||
      plan.stages.some((s) => s.on !== null && s.on > published.on! && s.stage.kind !== 'publication')
    : true;
  const state = published && !ended ? 'in_publication' : approved ? 'approved' : null;
  if (!state) return null;
  const amounts = (app.decision?.amountsFen ?? {}) as Partial<Record<ProgramId, number>>;
  return {
    village,
    head: maskName(app.members[0]?.name ?? ''),
    householdSize: app.members.length,
    programs: (app.programs as ProgramId[]).map((program) => {
      const fen = approved ? (amounts[program] ?? null) : null;
      return {
        program,
        name: t(`policy:program.${program}`),
        amountFen: fen,
        amountText: fen === null ? null : formatMoney(fen, lng),
      };
    }),
    state,
    publication: published
      ? {
          stage: published.stage.name[lng],
          from: published.on!,
          until: published.until,
          objectionOpen: state === 'in_publication',
        }
      : null,
    decidedOn: approved ? app.decision!.on : null,
  };
}
