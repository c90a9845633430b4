import type { RecipientDoc } from './recipient-model';

/**
 * What a recipient is paid in a month (YYYY-MM): the amount of the last change in force by then; 0 if none. With
 * `madeBy`, only the changes made by that moment count: what the month's pay was as known then.
 */
export function amountForMonth(
  rec: Pick<RecipientDoc, 'changes' | 'firstPaymentMonth'>,
  month: string,
  madeBy?: Date,
): number {
  if (month < rec.firstPaymentMonth) return 0;
  let amount = 0;
  for (const change of rec.changes)
    if (change.fromMonth <= month && (!madeBy || change.at <= madeBy)) amount = change.amountFen;
  return amount;
}
