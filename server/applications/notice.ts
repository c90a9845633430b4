import { z } from 'zod';
import { chinaToday } from '../calendar/china-date';
import { AppError } from '../http/errors';
import type { Channel } from '../http/state';
import { translator, type Language } from '../i18n';
import type { Actor } from '../identity/principal';
import type { Material, Pack, ProgramId } from '../policy/pack-schema';
import { renderSource } from '../policy/explain';
import { forPrograms, materialItem } from '../policy/materials';
import { markDue } from '../outbox/due';
import { withOutbox } from '../outbox/outbox';
import {
  Application,
  NOTICE_ITEM_KINDS,
  NOTICE_TRIGGERS,
  type ApplicationDoc,
  type NoticeTrigger,
} from './application-model';
import { applicationOutbox } from './application-outbox';
import { allowedByNotice, itemKey, missingNow, type MissingItem } from './completeness';
import { declaredRelated } from './declarations';
import { deadlineFields } from './case-deadline';
import { caseIndexMessage, indexSaved } from './case-index';
import { applicantUpdate } from './notifications';

/**
 * The one-time notice (一次性告知): when an incomplete application is submitted, or staff ask for what is missing,
 * ONE notice lists every missing item with its reason, recorded with its date, the channel and who gave it, and
 * sent to the applicant. Afterwards nothing new can be required unless the applicant's own facts changed; each
 * such addition is recorded with the facts that changed (seed 002: 不得要求申请对象多次到申办地提交申请材料).
 */

/** The facts the required items depend on; compared to tell whether the applicant's facts changed. */
export function factsOf(app: ApplicationDoc) {
  return {
    household: app.household ?? null,
    members: app.members.map((m) => ({
      name: m.name,
      hasIdNumber: Boolean(m.idNumberSealed),
      facts: m.facts,
    })),
    relatedToStaff: declaredRelated(app) ?? null,
    onBehalf: app.onBehalf?.basis ?? null,
    programs: app.programs,
  };
}

/** Paths (two levels deep) whose values differ: household.hasContractedLand, members.其其格.facts … */
export function changedFacts(before: unknown, after: unknown): string[] {
  const flat = (value: unknown) => {
    const out = new Map<string, string>();
    const v = value as ReturnType<typeof factsOf>;
    for (const [k, x] of Object.entries(v.household ?? {})) out.set(`household.${k}`, JSON.stringify(x));
    for (const m of v.members ?? []) {
      out.set(`members.${m.name}.idNumber`, String(m.hasIdNumber));
      for (const [k, x] of Object.entries(m.facts ?? {}))
        out.set(`members.${m.name}.${k}`, JSON.stringify(x));
    }
    out.set('relatedToStaff', JSON.stringify(v.relatedToStaff));
    out.set('onBehalf', JSON.stringify(v.onBehalf));
    out.set('programs', JSON.stringify(v.programs));
    return out;
  };
  const a = flat(before);
  const b = flat(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
}

/**
 * Issues the notice if none was given yet: every item missing now. Returns the application with its notice
 * (the existing one when it was already given: there is only ever one).
 */
export async function issueNotice(
  app: ApplicationDoc,
  pack: Pack,
  how: {
    trigger: NoticeTrigger;
    by: Actor;
    channel: Channel;
    also?: MissingItem[];
    requestKey?: string;
  },
): Promise<{ app: ApplicationDoc; issued: boolean }> {
  if (app.notice) return { app, issued: false };
  const today = chinaToday();
  const missing = missingNow(app, pack, today).items;
  const seen = new Set(missing.map(itemKey));
  const items = [...missing, ...(how.also ?? []).filter((i) => !seen.has(itemKey(i)))];
  if (items.length === 0) throw new AppError(409, 'nothing_missing');
  const notice = {
    issuedAt: new Date(),
    issuedOn: today,
    trigger: how.trigger,
    by: how.by,
    channel: how.channel,
    items,
    factsAtNotice: factsOf(app),
    additions: [],
    requestKey: how.requestKey ?? null,
  };
  const note = translator('zh-CN')('applications:subscribe.notice', { count: items.length });
  // Staff asking before acceptance hand a submitted case back to the applicant to complete.
  const $set =
    app.status === 'submitted'
      ? { notice, status: 'draft', ...deadlineFields({ ...app, status: 'draft' }, pack, today) }
      : { notice };
  const saved = await Application.findOneAndUpdate(
    { _id: app._id, notice: null, revision: app.revision, status: { $in: ['draft', 'submitted'] } },
    withOutbox({ $set, $inc: { revision: 1 } }, [
      ...applicantUpdate(app, 'notice', today, note),
      // A submitted case handed back leaves the inbox.
      ...(app.caseNumber ? [caseIndexMessage(app)] : []),
    ]),
    { returnDocument: 'after' },
  ).lean<ApplicationDoc>();
  if (!saved) throw new AppError(409, 'stale_revision', { revision: app.revision });
  await markDue(applicationOutbox, saved._id);
  if (saved.caseNumber) await indexSaved(saved);
  return { app: saved, issued: true };
}

/**
 * After the applicant changed their facts: items now missing that the notice did not list are added to it,
 * recorded with the facts that changed. Without a change of facts nothing is ever added.
 */
export async function recordNoticeAdditions(app: ApplicationDoc, pack: Pack): Promise<ApplicationDoc> {
  if (!app.notice) return app;
  const allowed = allowedByNotice(app)!;
  const fresh = missingNow(app, pack, chinaToday()).items.filter((i) => !allowed.has(itemKey(i)));
  const changed = changedFacts(app.notice.factsAtNotice, factsOf(app));
  if (fresh.length === 0 || changed.length === 0) return app;
  const saved = await Application.findOneAndUpdate(
    { _id: app._id, revision: app.revision },
    { $push: { 'notice.additions': { at: new Date(), items: fresh, changedFacts: changed } } },
    { returnDocument: 'after' },
  ).lean<ApplicationDoc>();
  // A concurrent change moved the revision on: its own save records the additions.
  return saved ?? app;
}

const itemView = z.object({
  kind: z.enum(NOTICE_ITEM_KINDS),
  code: z.string(),
  member: z.string().nullable(),
  name: z.string(),
  reason: z.string().nullable(),
  sourceText: z.string().nullable(),
});

export const noticeViewSchema = z
  .object({
    issuedOn: z.string(),
    trigger: z.enum(NOTICE_TRIGGERS),
    channel: z.string(),
    items: z.array(itemView),
    additions: z.array(
      z.object({ on: z.string(), items: z.array(itemView), changedFacts: z.array(z.string()) }),
    ),
  })
  .nullable()
  .meta({ id: 'OneTimeNotice' });

function viewItem(i: MissingItem, lng: Language) {
  return {
    kind: i.kind,
    code: i.code,
    member: i.member,
    name: i.name[lng],
    reason: i.reason?.[lng] ?? null,
    sourceText: i.source ? (renderSource(i.source, lng) ?? null) : null,
  };
}

export function noticeView(app: ApplicationDoc, lng: Language): z.infer<typeof noticeViewSchema> {
  const n = app.notice;
  if (!n) return null;
  return {
    issuedOn: n.issuedOn,
    trigger: n.trigger,
    channel: n.channel,
    items: n.items.map((i) => viewItem(i as unknown as MissingItem, lng)),
    additions: n.additions.map((a) => ({
      on: chinaToday(a.at),
      items: a.items.map((i) => viewItem(i as unknown as MissingItem, lng)),
      changedFacts: a.changedFacts,
    })),
  };
}

/** Staff may name a material the applicant brings, never one the government looks up itself (seed 003). */
const askable = (material: Material | undefined): material is Material =>
  material !== undefined && !material.obtainedByGovernment;

/** The pack's materials staff may name in a notice for a case with these programmes. */
export function askableMaterials(
  pack: Pack,
  programs: readonly ProgramId[],
): { id: string; material: Material }[] {
  return Object.keys(pack.materials.items)
    .map((id) => ({ id, material: materialItem(pack, id) }))
    .filter(
      (m): m is { id: string; material: Material } =>
        askable(m.material) && forPrograms(m.material, programs),
    );
}

/** Pack materials staff name as missing (a required item that was unreadable, or one the pack leaves to staff). */
export function packMaterialItems(pack: Pack, ids: readonly string[]): MissingItem[] {
  return ids.map((id) => {
    const material = materialItem(pack, id);
    if (!askable(material)) throw new AppError(400, 'material_unknown', { materialId: id });
    return {
      kind: 'material',
      code: id,
      member: null,
      name: material.name,
      reason: material.reason,
      source: material.source,
    };
  });
}
