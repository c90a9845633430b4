import { getHolidaysInRange, isWorkday } from 'chinese-days';

/**
 * Working-day arithmetic on local China dates written as `YYYY-MM-DD`.
 *
 * Dates are converted to a day number (days since 1970-01-01 on the proleptic calendar) with Date.UTC only as a
 * calendar function, so no time zone ever shifts a date. Holidays and make-up working days (调休) come from
 * chinese-days; for a year the library has no data for, only weekends are known and every result touching that
 * year is flagged `estimated`.
 *
 * Counting follows the rule for periods counted in days: the starting day is not counted, counting begins the
 * next day (民法典 第二百零一条; 行政许可法 第八十二条 counts 期限 in working days).
 */

export type IsoDate = string;

/** An inclusive span of calendar days that does not count (公示 period, 信息核对 time). */
export interface Pause {
  start: IsoDate;
  end: IsoDate;
}

export type CalendarWarning = { code: 'calendar_year_without_data'; year: number };

export interface CalendarResult {
  date: IsoDate;
  /** True when a year without holiday data was crossed: weekends are skipped, holidays are unknown. */
  estimated: boolean;
  warnings: CalendarWarning[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A real calendar date written YYYY-MM-DD (no 2月30日), checked by arithmetic: it validates every date a request holds. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function toDayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

function toIsoDate(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(toDayNumber(date) + days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

const yearCoverage = new Map<number, boolean>();

/** Every year the library covers has holidays (元旦 at least); an empty list means no data for that year. */
export function hasCalendarData(year: number): boolean {
  let known = yearCoverage.get(year);
  if (known === undefined) {
    known = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    yearCoverage.set(year, known);
  }
  return known;
}

export interface DayStatus {
  working: boolean;
  estimated: boolean;
}

// The calendar library is slow per call and its data never changes while running: remember each day.
const statusByDay = new Map<number, DayStatus>();

function statusOfDay(day: number): DayStatus {
  let status = statusByDay.get(day);
  if (!status) {
    const date = toIsoDate(day);
    if (hasCalendarData(Number(date.slice(0, 4)))) status = { working: isWorkday(date), estimated: false };
    else {
      const weekday = new Date(day * MS_PER_DAY).getUTCDay();
      status = { working: weekday !== 0 && weekday !== 6, estimated: true };
    }
    statusByDay.set(day, status);
  }
  return status;
}

export function workingDayStatus(date: IsoDate): DayStatus {
  return statusOfDay(toDayNumber(date));
}

function inPause(day: number, pauses: readonly { start: number; end: number }[]): boolean {
  return pauses.some((p) => day >= p.start && day <= p.end);
}

function collectWarnings(years: Set<number>): CalendarWarning[] {
  return [...years].sort().map((year) => ({ code: 'calendar_year_without_data', year }));
}

/**
 * The date on which the `n`th working day after `start` falls. Days inside a pause are skipped even when they are
 * working days. `n = 0` returns `start` itself.
 */
export function addWorkingDays(
  start: IsoDate,
  n: number,
  options: { pauses?: readonly Pause[] } = {},
): CalendarResult {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`working days must be a non-negative integer: ${n}`);
  const pauses = (options.pauses ?? []).map((p) => ({
    start: toDayNumber(p.start),
    end: toDayNumber(p.end),
  }));
  const unknownYears = new Set<number>();
  let day = toDayNumber(start);
  let counted = 0;
  while (counted < n) {
    day += 1;
    if (inPause(day, pauses)) continue;
    const status = statusOfDay(day);
    if (status.estimated) unknownYears.add(Number(toIsoDate(day).slice(0, 4)));
    if (status.working) counted += 1;
  }
  const warnings = collectWarnings(unknownYears);
  return { date: toIsoDate(day), estimated: warnings.length > 0, warnings };
}

/** A publication (公示) period of `days` calendar days starting the day after `start`. */
export function calendarPeriod(start: IsoDate, days: number): Pause {
  return { start: addCalendarDays(start, 1), end: addCalendarDays(start, days) };
}
