import { z } from 'zod';
import { pageFields, pageWindow } from '../http/paging';
import { PaymentList, type PaymentListDoc } from './payment-list-model';
import { yearMonth } from './recipients';

/** The payment lists cut off for an area's townships (the `payment-cutoff` job makes them), newest month first. */

export const paymentListQuery = z.object({
  month: yearMonth.optional().describe('Only the lists of this month'),
  ...pageFields(20),
});

export const paymentListSchema = z
  .object({
    townshipId: z.string(),
    month: z.string(),
    cutOn: z.string().describe('The day the list was frozen'),
    households: z.number().int(),
    totalFen: z.number().int(),
    rows: z.array(
      z.object({
        recipientId: z.string(),
        caseNumber: z.string(),
        areaId: z.string(),
        program: z.string(),
        amountFen: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'PaymentList' });

export async function listPaymentLists(
  areaId: string,
  query: z.output<typeof paymentListQuery>,
): Promise<{ items: PaymentListDoc[]; total: number }> {
  const filter: Record<string, unknown> = { areaPath: areaId };
  if (query.month) filter.month = query.month;
  const { skip, limit } = pageWindow(query);
  const [items, total] = await Promise.all([
    PaymentList.find(filter)
      .sort({ month: -1, townshipId: 1 })
      .skip(skip)
      .limit(limit)
      .lean<PaymentListDoc[]>(),
    PaymentList.countDocuments(filter),
  ]);
  return { items, total };
}

export const paymentListView = (doc: PaymentListDoc): z.infer<typeof paymentListSchema> => ({
  townshipId: doc.townshipId,
  month: doc.month,
  cutOn: doc.cutOn,
  households: doc.households,
  totalFen: doc.totalFen,
  rows: doc.rows.map((r) => ({ ...r })),
});
