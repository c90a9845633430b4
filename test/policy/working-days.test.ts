import fc from 'fast-check';
import { chinaToday } from '../../server/calendar/china-date';
import {
  addWorkingDays,
  calendarPeriod,
  hasCalendarData,
  isIsoDate,
  workingDayStatus,
} from '../../server/calendar/working-days';

describe('working days (chinese-days)', () => {
  test('Spring Festival 2026: 02-15…23 are holidays, Sat 02-14 and Sat 02-28 are make-up working days', () => {
    expect(workingDayStatus('2026-02-14')).toEqual({ working: true, estimated: false });
    expect(workingDayStatus('2026-02-16')).toEqual({ working: false, estimated: false });
    expect(workingDayStatus('2026-02-23')).toEqual({ working: false, estimated: false });
    expect(workingDayStatus('2026-02-28')).toEqual({ working: true, estimated: false });
    // Fri 02-13 + 1 working day is the make-up Saturday; + 2 jumps the whole holiday to Tue 02-24.
    expect(addWorkingDays('2026-02-13', 1).date).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2).date).toBe('2026-02-24');
  });

  test('National Day 2026: Sun 09-20 and Sat 10-10 count, 10-01…07 do not', () => {
    expect(addWorkingDays('2026-09-18', 1).date).toBe('2026-09-20');
    expect(addWorkingDays('2026-09-30', 1).date).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-09', 1).date).toBe('2026-10-10');
    expect(addWorkingDays('2026-10-10', 1).date).toBe('2026-10-12');
  });

  test('an ordinary weekend is skipped and the start day is not counted', () => {
    expect(addWorkingDays('2026-03-06', 1).date).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-02', 0).date).toBe('2026-03-02');
    expect(addWorkingDays('2026-03-02', 5).date).toBe('2026-03-09');
  });

  test('pauses (公示, 信息核对) do not count, even on working days', () => {
    const publication = calendarPeriod('2026-03-06', 7);
    expect(publication).toEqual({ start: '2026-03-07', end: '2026-03-13' });
    expect(addWorkingDays('2026-03-06', 1, { pauses: [publication] }).date).toBe('2026-03-16');
    const verification = { start: '2026-03-10', end: '2026-03-11' };
    expect(addWorkingDays('2026-03-09', 3, { pauses: [verification] }).date).toBe('2026-03-16');
  });

  test('a year without data gives a weekends-only estimate, flagged with a warning', () => {
    expect(hasCalendarData(2026)).toBe(true);
    expect(hasCalendarData(2031)).toBe(false);
    const r = addWorkingDays('2031-12-31', 1);
    // 2032-01-01 is a Thursday: surely 元旦 in reality, but without data only weekends are known.
    expect(r).toEqual({
      date: '2032-01-01',
      estimated: true,
      warnings: [{ code: 'calendar_year_without_data', year: 2032 }],
    });
    expect(addWorkingDays('2026-12-30', 3)).toMatchObject({ date: '2027-01-04', estimated: true });
    expect(addWorkingDays('2026-12-28', 2)).toMatchObject({ estimated: false });
  });

  test('rejects malformed input instead of guessing', () => {
    expect(() => addWorkingDays('2026-2-3', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-03', -1)).toThrow(RangeError);
  });
});

describe('isIsoDate', () => {
  test('takes real dates only: leap days by the Gregorian rule, no 31st in a 30-day month', () => {
    for (const date of ['2024-02-29', '2000-02-29', '2026-12-31', '2026-04-30', '1949-10-01'])
      expect(isIsoDate(date)).toBe(true);
    for (const date of ['2023-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00'])
      expect(isIsoDate(date)).toBe(false);
    for (const text of ['2026-1-01', '20260101', '2026-01-01T00:00', ' 2026-01-01', ''])
      expect(isIsoDate(text)).toBe(false);
  });

  test('agrees with the calendar of Date on every year to 9999 and every day of a month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const roundTrip = new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
          expect(isIsoDate(text)).toBe(roundTrip === text);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('chinaToday', () => {
  test('turns at midnight in China (16:00 UTC), whichever day was asked for before', () => {
    const asked = [
      ['2026-11-29T15:59:59.999Z', '2026-11-29'],
      ['2026-11-29T16:00:00.000Z', '2026-11-30'],
      ['2026-11-29T15:59:59.999Z', '2026-11-29'],
      ['2026-12-31T16:00:00.000Z', '2027-01-01'],
      ['2026-02-14T03:00:00.000Z', '2026-02-14'],
      ['2026-12-31T16:00:00.000Z', '2027-01-01'],
    ] as const;
    for (const [moment, day] of asked) expect(chinaToday(new Date(moment))).toBe(day);
  });

  test('without a moment, is the day of the clock now', () => {
    jest.useFakeTimers({ now: new Date('2026-03-01T15:30:00Z') });
    try {
      expect(chinaToday()).toBe('2026-03-01');
      jest.setSystemTime(new Date('2026-03-01T16:30:00Z'));
      expect(chinaToday()).toBe('2026-03-02');
    } finally {
      jest.useRealTimers();
    }
  });
});
