import { z } from 'zod';
import { AppError } from '../http/errors';
import { parseInput } from '../http/validation';
import { reaches } from '../identity/access';
import { findStaff, principalOf } from '../identity/staff';
import { isoDate } from '../policy/household';
import {
  PROGRAM_IDS,
  type Pack,
  type ProgramId,
  type Source,
  type Stage,
  type VoteRule,
} from '../policy/pack-schema';
import { STAGE_EVENTS, type ExpectedAction } from '../policy/procedure';
import type { ApplicationDoc } from './application-model';

/**
 * What staff record for each kind of stage, and the rules the pack sets on it: who visited (入户调查, at least the
 * pack's number of investigators), who took part in a community review (民主评议) and how they voted, the amounts an
 * approval grants, the reasons for a refusal. The stage service applies these for every channel.
 */

export const STAGE_FORMS = [
  'acceptance',
  'approval',
  'home_visit',
  'community_review',
  'publication',
  'objection',
  'step',
] as const;
export type StageForm = (typeof STAGE_FORMS)[number];

/** The form staff fill in to record an expected action. */
export function formOf(action: Pick<ExpectedAction, 'stage' | 'event'>): StageForm {
  const { stage } = action;
  if (action.event === 'objection') return 'objection';
  if (stage.decides) return stage.decides;
  if (stage.investigators) return 'home_visit';
  if (stage.vote) return 'community_review';
  return stage.kind === 'publication' ? 'publication' : 'step';
}

/**
 * How each programme pays once approved: 低保 and 特困 monthly, 临时救助 once; 低保边缘 and 低收入 are recognitions
 * (认定) that pay nothing themselves (《社会救助暂行办法》第十二条、第十八条、第四十八条).
 */
export const PAYMENT_KINDS: Record<ProgramId, 'monthly' | 'once' | 'none'> = {
  dibao: 'monthly',
  tekun: 'monthly',
  temporary: 'once',
  dibao_edge: 'none',
  low_income: 'none',
};

export const STAFF_OUTCOMES = ['accepted', 'not_accepted', 'approved', 'refused'] as const;
/** Outcomes a record may carry: the staff's decisions, and the community review's result the votes give. */
export const STAGE_OUTCOMES = [...STAFF_OUTCOMES, 'passed', 'not_passed'] as const;

const base = {
  stage: z.string().regex(/^[a-z][a-z_]*$/),
  on: isoDate
    .optional()
    .describe(
      'The day it happened (a publication: the day it was posted; an objection: the day it was raised)',
    ),
  note: z.string().trim().min(1).max(500).optional(),
};
const reasons = z.string().trim().min(1).max(2000);

const investigatorSchema = z
  .strictObject({
    staffId: z
      .string()
      .regex(/^[a-f0-9]{24}$/)
      .optional()
      .describe('A staff account of this jurisdiction'),
    name: z.string().trim().min(1).max(50).optional().describe('Name of someone without an account'),
  })
  .refine((i) => i.staffId !== undefined || i.name !== undefined, {
    message: 'validation:investigatorIdentity',
  });

const amountsSchema = z
  .partialRecord(z.enum(PROGRAM_IDS), z.number().int().positive())
  .describe(
    'Approved amount in fen per programme: a month’s amount for 低保/特困, the one-off sum for 临时救助',
  );

/** The body of each form. Every one carries `stage`, `on` (today when absent) and an optional `note`. */
export const stageFormSchemas = {
  acceptance: z
    .strictObject({ ...base, outcome: z.enum(['accepted', 'not_accepted']), reasons: reasons.optional() })
    .refine((b) => b.outcome !== 'not_accepted' || b.reasons !== undefined, {
      message: 'validation:reasonsRequired',
      path: ['reasons'],
    }),
  approval: z
    .strictObject({
      ...base,
      outcome: z.enum(['approved', 'refused']),
      reasons: reasons.optional(),
      amountsFen: amountsSchema.optional(),
      emergency: z.boolean().optional().describe('先行救助、后补材料: granted before the stages before it'),
    })
    .refine((b) => b.outcome !== 'refused' || b.reasons !== undefined, {
      message: 'validation:reasonsRequired',
      path: ['reasons'],
    })
    .refine((b) => b.outcome !== 'refused' || b.amountsFen === undefined, {
      message: 'validation:amountsOnlyWhenApproved',
      path: ['amountsFen'],
    }),
  home_visit: z.strictObject({ ...base, investigators: z.array(investigatorSchema).min(1).max(20) }),
  community_review: z.strictObject({
    ...base,
    vote: z.strictObject({
      participants: z.number().int().positive().max(500),
      villagerRepresentatives: z.number().int().min(0).max(500),
      committeeMembers: z.number().int().min(0).max(500),
      inFavour: z.number().int().min(0).max(500),
    }),
  }),
  publication: z.strictObject(base),
  objection: z.strictObject({
    ...base,
    event: z.literal('objection'),
    note: base.note.describe('What the objection is about; never who raised it'),
  }),
  step: z.strictObject(base),
} satisfies Record<StageForm, z.ZodType>;

/** What the route accepts: any form's fields; the stage service then reads it as the form its stage needs. */
export const stageRequestSchema = z
  .strictObject({
    ...base,
    event: z.enum(STAGE_EVENTS).optional().describe('objection: an objection raised during a publication'),
    outcome: z.enum(STAFF_OUTCOMES).optional().describe('受理 and 审批/确认 stages'),
    reasons: reasons.optional().describe('Required when not accepted or refused'),
    amountsFen: amountsSchema.optional().describe('审批/确认 approved: the amount of each paying programme'),
    emergency: z
      .boolean()
      .optional()
      .describe('审批/确认: granted first, documented after (where the pack allows)'),
    investigators: z.array(investigatorSchema).min(1).max(20).optional().describe('入户调查: who visited'),
    vote: stageFormSchemas.community_review.shape.vote
      .optional()
      .describe('民主评议: who took part, how they voted'),
  })
  .meta({ id: 'StageRecordRequest' });
export type StageRequest = z.output<typeof stageRequestSchema>;

const sourceText = (s: Source) => `${s.document} ${s.clause.split(/\s/)[0]}`;

/** a ≥ num/den × of, exactly. */
function atLeast(a: number, share: string, of: number): boolean {
  const [num, den] = share.split('/').map(Number) as [number, number];
  return a * den >= num * of;
}

/** a > num/den × of, exactly. */
function exceeds(a: number, share: string, of: number): boolean {
  const [num, den] = share.split('/').map(Number) as [number, number];
  return a * den > num * of;
}

/** Whether a community review passed, after checking who took part against the pack's rule. */
export function voteOutcome(
  rule: VoteRule,
  vote: StageForms['community_review']['vote'],
): 'passed' | 'not_passed' {
  const { participants, villagerRepresentatives, committeeMembers, inFavour } = vote;
  const source = sourceText(rule.source);
  if (villagerRepresentatives + committeeMembers > participants || inFavour > participants)
    throw new AppError(400, 'vote_counts_inconsistent', { participants });
  if (participants < rule.members.min)
    throw new AppError(400, 'vote_too_few_members', { min: rule.members.min, participants, source });
  if (rule.members.odd && participants % 2 === 0)
    throw new AppError(400, 'vote_members_not_odd', { participants, source });
  const reps = rule.villagerRepresentatives;
  if (reps && !atLeast(villagerRepresentatives, reps.atLeast, participants))
    throw new AppError(400, 'vote_representatives_too_few', {
      share: reps.atLeast,
      count: villagerRepresentatives,
      participants,
      source,
    });
  const committee = rule.committeeMembers;
  if (committee && exceeds(committeeMembers, committee.atMost, participants))
    throw new AppError(400, 'vote_committee_too_many', {
      share: committee.atMost,
      count: committeeMembers,
      participants,
      source,
    });
  return atLeast(inFavour, rule.passes.atLeast, participants) ? 'passed' : 'not_passed';
}

type StageForms = { [F in StageForm]: z.output<(typeof stageFormSchemas)[F]> };

/** What a stage record keeps beyond its date: the details its rules ask for, and the outcome they give. */
export interface RuledRecord {
  outcome: (typeof STAGE_OUTCOMES)[number] | null;
  reasons: string | null;
  details: Record<string, unknown> | null;
}

async function investigators(
  stage: Stage & { investigators: NonNullable<Stage['investigators']> },
  list: StageForms['home_visit']['investigators'],
  app: ApplicationDoc,
) {
  const rule = stage.investigators;
  const people: { staffId: string | null; name: string }[] = [];
  for (const person of list) {
    if (person.staffId) {
      const staff = await findStaff(person.staffId);
      if (!staff || staff.disabled || !reaches(principalOf(staff), { areaPath: app.areaPath }))
        throw new AppError(400, 'investigator_unknown', { id: person.staffId });
      people.push({ staffId: person.staffId, name: person.name ?? staff.displayName });
    } else people.push({ staffId: null, name: person.name! });
  }
  const keys = people.map((p) => p.staffId ?? `name:${p.name}`);
  const repeated = people.find((_, i) => keys.indexOf(keys[i]!) !== i);
  if (repeated) throw new AppError(400, 'investigator_repeated', { name: repeated.name });
  if (people.length < rule.min)
    throw new AppError(400, 'investigators_too_few', {
      min: rule.min,
      count: people.length,
      source: sourceText(rule.source),
    });
  return people;
}

function amounts(app: ApplicationDoc, given: Partial<Record<ProgramId, number>> = {}) {
  const programs = app.programs as ProgramId[];
  const missing = programs.filter((p) => PAYMENT_KINDS[p] !== 'none' && given[p] === undefined);
  if (missing.length) throw new AppError(400, 'approval_amount_required', { programs: missing.join(', ') });
  const extra = Object.keys(given).filter(
    (p) => !programs.includes(p as ProgramId) || PAYMENT_KINDS[p as ProgramId] === 'none',
  );
  if (extra.length) throw new AppError(400, 'approval_amount_not_paid', { programs: extra.join(', ') });
  return Object.keys(given).length ? given : null;
}

/**
 * Reads the request as the form the expected action needs (400 naming each missing or foreign field), then
 * applies the pack's rules for the stage (400 naming the rule and its source).
 */
export async function applyStageRules(
  action: ExpectedAction,
  request: StageRequest,
  app: ApplicationDoc,
  pack: Pack,
): Promise<RuledRecord & { on: string | undefined; note: string | null }> {
  const form = formOf(action);
  const rest: Partial<StageRequest> = { ...request };
  delete rest.event; // `done` is the default: only an objection's form names its event
  const body = parseInput(
    stageFormSchemas[form],
    'body',
    form === 'objection' ? request : rest,
  ) as StageForms[StageForm];
  const common = { on: body.on, note: body.note ?? null };
  const stage = action.stage;
  switch (form) {
    case 'acceptance': {
      const b = body as StageForms['acceptance'];
      return { ...common, outcome: b.outcome, reasons: b.reasons ?? null, details: null };
    }
    case 'approval': {
      const b = body as StageForms['approval'];
      if (b.emergency && b.outcome !== 'approved') throw new AppError(400, 'emergency_only_approval');
      const granted = b.outcome === 'approved' ? amounts(app, b.amountsFen) : null;
      const details: Record<string, unknown> = {};
      if (granted) details.amountsFen = granted;
      if (b.emergency) {
        const rule = pack.rules.temporary;
        details.emergency = true;
        if ('source' in rule) details.source = rule.source;
      }
      return {
        ...common,
        outcome: b.outcome,
        reasons: b.reasons ?? null,
        details: Object.keys(details).length ? details : null,
      };
    }
    case 'home_visit': {
      const b = body as StageForms['home_visit'];
      const visited = await investigators(stage as Parameters<typeof investigators>[0], b.investigators, app);
      return { ...common, outcome: null, reasons: null, details: { investigators: visited } };
    }
    case 'community_review': {
      const b = body as StageForms['community_review'];
      const outcome = voteOutcome(stage.vote!, b.vote);
      return { ...common, outcome, reasons: null, details: { vote: b.vote } };
    }
    default:
      return { ...common, outcome: null, reasons: null, details: null };
  }
}
