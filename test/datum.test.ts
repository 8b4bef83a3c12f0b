import { UTCDate } from '@date-fns/utc';
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getDay } from 'date-fns/getDay';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Datum, isLeapYear } from '../src/domain/datum.js';

/** Test helper: a date that must exist. */
function d(text: string): Datum {
  const datum = Datum.parse(text);
  if (!datum) throw new Error(`test date ${text} does not parse`);
  return datum;
}

/** The oracle: date-fns on a UTCDate, so the host `TZ` cannot move it. */
function utc(y: number, m: number, day: number): UTCDate {
  return new UTCDate(y, m - 1, day);
}

/** y/m/d of a UTCDate (whose getters read UTC). */
function ymdOf(date: Date): { year: number; month: number; day: number } {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** A valid civil date in 1900–2100, the day bounded by date-fns' month length. */
const arbDate = fc
  .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, day }) => ({ y, m, d: Math.min(day, getDaysInMonth(utc(y, m, 1))) }));

const RUNS = { numRuns: 200 };

describe('Datum.parse', () => {
  it('reads YYYY-MM-DD', () => {
    expect(d('2025-01-06').parts).toEqual({ year: 2025, month: 1, day: 6 });
    expect(d('2025-12-31').parts).toEqual({ year: 2025, month: 12, day: 31 });
  });

  it('reads DD-MM-YYYY as day, month, year', () => {
    expect(d('06-01-2025').parts).toEqual({ year: 2025, month: 1, day: 6 });
    expect(d('31-12-2025').parts).toEqual({ year: 2025, month: 12, day: 31 });
    expect(d('06-01-2025').equals(d('2025-01-06'))).toBe(true);
  });

  it.each(['2025-02-29', '31-04-2025', '2024-13-01', '00-01-2025', '2025-00-10', '2025-01-00', '2025-04-31', '32-01-2025', '29-02-2023'])(
    'refuses the impossible date %s',
    (text) => {
      expect(Datum.parse(text)).toBeUndefined();
    },
  );

  it.each(['', 'gisteren', '2025/01/06', '2025-01-06T00:00:00Z', '20250106', '2025-1-6'])('refuses %j, which is neither notation', (text) => {
    expect(Datum.parse(text)).toBeUndefined();
  });

  it('knows the leap years', () => {
    expect(d('2024-02-29').parts).toEqual({ year: 2024, month: 2, day: 29 });
    expect(Datum.parse('1900-02-29')).toBeUndefined();
    expect(Datum.parse('29-02-1900')).toBeUndefined();
    expect(d('2000-02-29').parts).toEqual({ year: 2000, month: 2, day: 29 });
    expect(d('29-02-2000').equals(d('2000-02-29'))).toBe(true);
    expect(Datum.parse('2100-02-29')).toBeUndefined();
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
  });
});

describe('Datum.of', () => {
  it('builds a date and refuses impossible ones', () => {
    expect(Datum.of(2025, 1, 6)?.toString()).toBe('2025-01-06');
    expect(Datum.of(2025, 2, 29)).toBeUndefined();
    expect(Datum.of(2025, 4, 31)).toBeUndefined();
    expect(Datum.of(2024, 13, 1)).toBeUndefined();
    expect(Datum.of(2025, 1, 0)).toBeUndefined();
    expect(Datum.of(2025, 0, 1)).toBeUndefined();
  });

  it('day 0 is 1970-01-01', () => {
    expect(Datum.of(1970, 1, 1)?.day).toBe(0);
    expect(Datum.fromDay(0).toString()).toBe('1970-01-01');
  });
});

describe('notation', () => {
  it('toString is ISO, toDutch is DD-MM-YYYY, toJSON is ISO', () => {
    const x = d('2025-03-07');
    expect(x.toString()).toBe('2025-03-07');
    expect(String(x)).toBe('2025-03-07');
    expect(`${x}`).toBe('2025-03-07');
    expect(x.toDutch()).toBe('07-03-2025');
    expect(x.toJSON()).toBe('2025-03-07');
    expect(JSON.stringify({ ziekmelding: x })).toBe('{"ziekmelding":"2025-03-07"}');
  });
});

describe('weekday', () => {
  it('is 0 = Sunday … 6 = Saturday', () => {
    expect(d('2025-01-06').weekday).toBe(1); // Monday (worked example A, docs/law.md)
    expect(d('2025-01-05').weekday).toBe(0); // Sunday
    expect(d('2025-01-11').weekday).toBe(6); // Saturday
    expect(d('2025-04-27').weekday).toBe(0); // Sunday
    expect(d('2026-04-27').weekday).toBe(1); // Monday (example C)
    expect(d('1970-01-01').weekday).toBe(4); // Thursday
    expect(d('1969-12-31').weekday).toBe(3); // Wednesday, before day 0
  });
});

describe('arithmetic and comparison', () => {
  it('plus adds calendar days across months, years and leap days', () => {
    expect(d('2025-01-06').plus(41).toString()).toBe('2025-02-16');
    expect(d('2024-02-28').plus(1).toString()).toBe('2024-02-29');
    expect(d('2025-02-28').plus(1).toString()).toBe('2025-03-01');
    expect(d('2025-12-31').plus(1).toString()).toBe('2026-01-01');
    expect(d('2026-01-01').plus(-1).toString()).toBe('2025-12-31');
    expect(d('2025-01-06').plus(0).equals(d('2025-01-06'))).toBe(true);
  });

  it('since counts days, positive when this date is later', () => {
    expect(d('2025-02-16').since(d('2025-01-06'))).toBe(41);
    expect(d('2025-01-06').since(d('2025-02-16'))).toBe(-41);
    expect(d('2025-01-06').since(d('2025-01-06'))).toBe(0);
    expect(d('2025-01-01').since(d('2024-01-01'))).toBe(366);
  });

  it('isBefore, isAfter, equals, min, max', () => {
    const a = d('2025-01-06');
    const b = d('2025-01-07');
    expect(a.isBefore(b)).toBe(true);
    expect(b.isBefore(a)).toBe(false);
    expect(a.isBefore(a)).toBe(false);
    expect(b.isAfter(a)).toBe(true);
    expect(a.isAfter(a)).toBe(false);
    expect(a.equals(d('06-01-2025'))).toBe(true);
    expect(a.equals(b)).toBe(false);
    expect(Datum.min(a, b)).toBe(a);
    expect(Datum.max(a, b)).toBe(b);
  });
});

describe('against date-fns with UTCDate (property tests)', () => {
  it('Datum.of exists exactly when date-fns says the day is in the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, day) => {
        expect(Datum.of(y, m, day) !== undefined).toBe(day <= getDaysInMonth(utc(y, m, 1)));
      }),
      RUNS,
    );
  });

  it('weekday equals getDay', () => {
    fc.assert(
      fc.property(arbDate, ({ y, m, d: day }) => {
        expect(Datum.of(y, m, day)?.weekday).toBe(getDay(utc(y, m, day)));
      }),
      RUNS,
    );
  });

  it('plus(n) matches addDays', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -20000, max: 20000 }), ({ y, m, d: day }, n) => {
        const datum = Datum.of(y, m, day);
        expect(datum).toBeDefined();
        expect(datum!.plus(n).parts).toEqual(ymdOf(addDays(utc(y, m, day), n)));
      }),
      RUNS,
    );
  });

  it('since matches differenceInCalendarDays', () => {
    fc.assert(
      fc.property(arbDate, arbDate, (a, b) => {
        const da = Datum.of(a.y, a.m, a.d)!;
        const db = Datum.of(b.y, b.m, b.d)!;
        expect(da.since(db)).toBe(differenceInCalendarDays(utc(a.y, a.m, a.d), utc(b.y, b.m, b.d)));
        expect(da.isBefore(db)).toBe(utc(a.y, a.m, a.d).getTime() < utc(b.y, b.m, b.d).getTime());
      }),
      RUNS,
    );
  });

  it('parse(toString()) and parse(toDutch()) round trip', () => {
    fc.assert(
      fc.property(arbDate, ({ y, m, d: day }) => {
        const datum = Datum.of(y, m, day)!;
        expect(datum.parts).toEqual({ year: y, month: m, day });
        expect(Datum.parse(datum.toString())?.day).toBe(datum.day);
        expect(Datum.parse(datum.toDutch())?.day).toBe(datum.day);
        expect(Datum.fromDay(datum.day).toString()).toBe(datum.toString());
      }),
      RUNS,
    );
  });
});
