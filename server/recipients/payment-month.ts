import type { RecipientDoc } from './recipient-model';

/** What a recipient is paid in a month (YYYY-MM): the amount of the last change in force by then; 0 if none. */
export function amountForMonth(
  rec: Pick<RecipientDoc, 'changes' | 'firstPaymentMonth'>,
  month: string,
): number {
  if (month < rec.firstPaymentMonth) return 0;
  let amount = 0;
  for (const change of rec.changes) if (change.fromMonth <= month) amount = change.amountFen;
  return amount;
}
