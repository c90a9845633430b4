import { z } from 'zod';
import { type Language, translator } from '../i18n';
import { CATEGORIES, CHANGE_KINDS, RECIPIENT_STATUSES, type RecipientDoc } from './recipient-model';

/** A recipient household as the API, the console and the exports show it. */
export const recipientSchema = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    caseNumber: z.string(),
    areaId: z.string(),
    program: z.string(),
    programName: z.string(),
    headName: z.string(),
    householdSize: z.number().int(),
    category: z.enum(CATEGORIES).nullable(),
    relatedToStaff: z.boolean(),
    approvedOn: z.string(),
    firstPaymentMonth: z.string(),
    paymentStart: z.object({
      rule: z.string().describe('month_after_approval, on_approval, or entered where the pack states none'),
      source: z.object({ document: z.string(), clause: z.string() }).nullable(),
    }),
    amountFen: z.number().int(),
    status: z.enum(RECIPIENT_STATUSES),
    stoppedFromMonth: z.string().nullable(),
    reviewMonths: z.number().int().nullable(),
    nextReviewDue: z.string().nullable(),
    reviewDue: z.boolean().describe('The next review is due today or overdue'),
    changes: z.array(
      z.object({
        kind: z.enum(CHANGE_KINDS),
        fromMonth: z.string(),
        amountFen: z.number().int(),
        previousFen: z.number().int().nullable(),
        reasons: z.string().nullable(),
        on: z.string(),
      }),
    ),
    reviews: z.array(z.object({ on: z.string(), note: z.string().nullable() })),
  })
  .meta({ id: 'Recipient' });
export type RecipientView = z.infer<typeof recipientSchema>;

export function recipientView(doc: RecipientDoc, today: string, lng: Language): RecipientView {
  const basis = doc.paymentStartBasis as { rule: string; source?: { document: string; clause: string } };
  return {
    id: String(doc._id),
    applicationId: doc.applicationId,
    caseNumber: doc.caseNumber,
    areaId: doc.areaId,
    program: doc.program,
    programName: translator(lng)(`policy:program.${doc.program}`),
    headName: doc.headName,
    householdSize: doc.householdSize,
    category: (doc.category ?? null) as RecipientView['category'],
    relatedToStaff: doc.relatedToStaff,
    approvedOn: doc.approvedOn,
    firstPaymentMonth: doc.firstPaymentMonth,
    paymentStart: { rule: basis.rule, source: basis.source ?? null },
    amountFen: doc.amountFen,
    status: doc.status as RecipientView['status'],
    stoppedFromMonth: doc.stoppedFromMonth ?? null,
    reviewMonths: doc.reviewMonths ?? null,
    nextReviewDue: doc.nextReviewDue ?? null,
    reviewDue: doc.nextReviewDue != null && doc.nextReviewDue <= today,
    changes: doc.changes.map((c) => ({
      kind: c.kind as RecipientView['changes'][number]['kind'],
      fromMonth: c.fromMonth,
      amountFen: c.amountFen,
      previousFen: c.previousFen ?? null,
      reasons: c.reasons ?? null,
      on: c.on,
    })),
    reviews: doc.reviews.map((r) => ({ on: r.on, note: r.note ?? null })),
  };
}
