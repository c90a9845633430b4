/** Month arithmetic on YYYY-MM and YYYY-MM-DD strings (China dates, no time zone). */

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** YYYY-MM plus n months. */
export function addMonthsToMonth(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** YYYY-MM-DD plus n months; a day the target month lacks becomes its last day (01-31 + 1 → 02-28). */
export function addMonths(date: string, n: number): string {
  const month = addMonthsToMonth(monthOf(date), n);
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${String(Math.min(Number(date.slice(8, 10)), last)).padStart(2, '0')}`;
}
