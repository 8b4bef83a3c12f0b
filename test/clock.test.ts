import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Onderbreking } from '../src/domain/case.js';
import { Clock, WACHTTIJD_DAGEN } from '../src/domain/clock.js';
import { Datum } from '../src/domain/datum.js';
import { Werkdagen } from '../src/domain/feestdagen.js';

function d(text: string): Datum {
  const datum = Datum.parse(text);
  if (!datum) throw new Error(`test date ${text} does not parse`);
  return datum;
}

const RUNS = { numRuns: 100 };

describe('worked example A (docs/law.md): ziekmelding Monday 2025-01-06', () => {
  const clock = new Clock(d('2025-01-06'));

  it('sick-day 1 is the ziekmelding', () => {
    expect(clock.sickDay(1).toString()).toBe('2025-01-06');
    expect(clock.weekStart(1).toString()).toBe('2025-01-06');
  });

  it('end of week 6 is Sun 2025-02-16 (probleemanalyse)', () => {
    expect(clock.weekEnd(6).toString()).toBe('2025-02-16');
    expect(clock.weekEnd(6).weekday).toBe(0);
  });

  it('end of week 8 is Sun 2025-03-02 (plan van aanpak)', () => {
    expect(clock.weekEnd(8).toString()).toBe('2025-03-02');
  });

  it('the day after week 42 is Mon 2025-10-27, already a working day (42e-weeksmelding)', () => {
    expect(clock.dayAfterWeek(42).toString()).toBe('2025-10-27');
    expect(new Werkdagen().volgendeWerkdag(clock.dayAfterWeek(42)).toString()).toBe('2025-10-27');
  });

  it('EJE window: week 46 begins Mon 2025-11-17, week 52 ends Sun 2026-01-04', () => {
    expect(clock.weekStart(46).toString()).toBe('2025-11-17');
    expect(clock.weekEnd(52).toString()).toBe('2026-01-04');
  });

  it('einde wachttijd is Sun 2027-01-03 (sick-day 728)', () => {
    expect(WACHTTIJD_DAGEN).toBe(728);
    expect(clock.eindeWachttijd.toString()).toBe('2027-01-03');
    expect(clock.sickDay(728).toString()).toBe('2027-01-03');
    expect(clock.weekEnd(104).toString()).toBe('2027-01-03');
  });

  it('the RIV and WIA dates of example A fall where the clock puts weeks 88, 91 and 93', () => {
    // actueel oordeel due: end of week 91 = einde wachttijd − 91 days
    expect(clock.weekEnd(91).toString()).toBe('2026-10-04');
    expect(clock.eindeWachttijd.plus(-91).toString()).toBe('2026-10-04');
    // WIA aanvraag due: end of week 93 = einde wachttijd − 77 days; from: due − 41 = week 88 begins
    expect(clock.weekEnd(93).toString()).toBe('2026-10-18');
    expect(clock.eindeWachttijd.plus(-77).toString()).toBe('2026-10-18');
    expect(clock.weekStart(88).toString()).toBe('2026-09-07');
  });
});

describe('worked example B: samentelling', () => {
  const ziek = d('2022-01-03');
  const onderbreking: Onderbreking = { van: d('2022-07-04'), tot: d('2022-07-24') };
  const clock = new Clock(ziek, [onderbreking]);

  it('the 21 recovery days shift the wachttijd to Sun 2024-01-21', () => {
    expect(onderbreking.tot.since(onderbreking.van) + 1).toBe(21);
    expect(clock.eindeWachttijd.toString()).toBe('2024-01-21');
    expect(clock.eindeWachttijd.weekday).toBe(0);
    expect(clock.eindeWachttijd.plus(1).toString()).toBe('2024-01-22'); // WIA can start
  });

  it('without the onderbreking it ends Sun 2023-12-31', () => {
    expect(new Clock(ziek).eindeWachttijd.toString()).toBe('2023-12-31');
  });

  it('the sick-day after the onderbreking is the day ziek again', () => {
    // 2022-01-03 … 2022-07-03 is 182 sick-days
    expect(clock.sickDay(182).toString()).toBe('2022-07-03');
    expect(clock.sickDay(183).toString()).toBe('2022-07-25');
    expect(clock.sickDaysBy(d('2022-07-03'))).toBe(182);
    expect(clock.sickDaysBy(d('2022-07-25'))).toBe(183);
  });

  it('sickDaysBy stands still inside the onderbreking', () => {
    for (let day = onderbreking.van; !day.isAfter(onderbreking.tot); day = day.plus(1)) {
      expect(clock.sickDaysBy(day), day.toString()).toBe(182);
    }
    expect(clock.weekOn(d('2022-07-10'))).toBe(26);
  });
});

describe('worked example C: the day after week 42 moved past Koningsdag', () => {
  it('ziekmelding Mon 2025-07-07: day after week 42 is Mon 2026-04-27, due Tue 2026-04-28', () => {
    const clock = new Clock(d('2025-07-07'));
    expect(clock.dayAfterWeek(42).toString()).toBe('2026-04-27');
    expect(new Werkdagen().volgendeWerkdag(clock.dayAfterWeek(42)).toString()).toBe('2026-04-28');
  });
});

describe('WAZO-verlof: days that do not count, like an onderbreking of any length', () => {
  // ziekmelding 2025-01-06; leave 2025-03-01 … 2025-06-20 (112 days), sick before and after it.
  const leave = { van: d('2025-03-01'), tot: d('2025-06-20') };
  const clock = new Clock(d('2025-01-06'), [], undefined, 0, undefined, [leave]);

  it('moves every sick-day after the leave by its length: einde wachttijd 2027-01-03 + 112 = 2027-04-25', () => {
    expect(clock.sickDay(54).toString()).toBe('2025-02-28');
    expect(clock.sickDay(55).toString()).toBe('2025-06-21');
    expect(clock.eindeWachttijd.toString()).toBe('2027-04-25');
    expect(clock.sickDaysBy(d('2025-06-20'))).toBe(54);
  });

  it('counts with onderbrekingen too, in date order', () => {
    const both = new Clock(d('2025-01-06'), [{ van: d('2025-08-01'), tot: d('2025-08-10') }], undefined, 0, undefined, [leave]);
    expect(both.eindeWachttijd.toString()).toBe('2027-05-05');
  });
});

describe('laatsteDag: the last day of the employer\'s obligations', () => {
  it('is the day before hersteld, the end of the contract, or the earlier of both; none while sick and employed', () => {
    expect(new Clock(d('2025-01-06')).laatsteDag).toBeUndefined();
    expect(new Clock(d('2025-01-06'), [], d('2025-03-01')).laatsteDag?.toString()).toBe('2025-02-28');
    expect(new Clock(d('2025-01-06'), [], undefined, 0, d('2025-06-30')).laatsteDag?.toString()).toBe('2025-06-30');
    expect(new Clock(d('2025-01-06'), [], d('2025-03-01'), 0, d('2025-02-15')).laatsteDag?.toString()).toBe('2025-02-15');
  });
});

describe('Clock details', () => {
  it('a sick-day right after a short onderbreking', () => {
    const clock = new Clock(d('2025-01-06'), [{ van: d('2025-01-08'), tot: d('2025-01-10') }]);
    expect(clock.sickDay(1).toString()).toBe('2025-01-06');
    expect(clock.sickDay(2).toString()).toBe('2025-01-07');
    expect(clock.sickDay(3).toString()).toBe('2025-01-11');
    expect(clock.sickDaysBy(d('2025-01-07'))).toBe(2);
    expect(clock.sickDaysBy(d('2025-01-08'))).toBe(2);
    expect(clock.sickDaysBy(d('2025-01-10'))).toBe(2);
    expect(clock.sickDaysBy(d('2025-01-11'))).toBe(3);
    expect(clock.weekEnd(1).toString()).toBe('2025-01-15');
  });

  it('sickDaysBy is 0 before the ziekmelding and 1 on it', () => {
    const clock = new Clock(d('2025-01-06'));
    expect(clock.sickDaysBy(d('2025-01-05'))).toBe(0);
    expect(clock.sickDaysBy(d('2025-01-06'))).toBe(1);
    expect(clock.sickDaysBy(d('2025-02-16'))).toBe(42);
  });

  it('weekOn is null before the ziekmelding and on or after hersteld', () => {
    const clock = new Clock(d('2025-01-06'), [], d('2025-03-01'));
    expect(clock.weekOn(d('2025-01-05'))).toBeNull();
    expect(clock.weekOn(d('2024-06-01'))).toBeNull();
    expect(clock.weekOn(d('2025-01-06'))).toBe(1);
    expect(clock.weekOn(d('2025-01-12'))).toBe(1);
    expect(clock.weekOn(d('2025-01-13'))).toBe(2);
    expect(clock.weekOn(d('2025-02-16'))).toBe(6);
    expect(clock.weekOn(d('2025-02-17'))).toBe(7);
    expect(clock.weekOn(d('2025-02-28'))).toBe(8);
    expect(clock.weekOn(d('2025-03-01'))).toBeNull();
    expect(clock.weekOn(d('2025-06-01'))).toBeNull();
    expect(new Clock(d('2025-01-06')).weekOn(d('2025-06-01'))).toBe(21); // sick-day 147, a Sunday
    expect(new Clock(d('2025-01-06')).weekOn(d('2025-06-02'))).toBe(22);
  });

  it('verlenging_weken (VLD) adds 7 calendar days per week to einde wachttijd only', () => {
    const zonder = new Clock(d('2025-01-06'));
    const met = new Clock(d('2025-01-06'), [], undefined, 10);
    expect(met.eindeWachttijd.toString()).toBe('2027-03-14');
    expect(met.eindeWachttijd.since(zonder.eindeWachttijd)).toBe(70);
    expect(new Clock(d('2025-01-06'), [], undefined, 1).eindeWachttijd.toString()).toBe('2027-01-10');
    expect(met.weekEnd(52).toString()).toBe('2026-01-04');
    expect(met.dayAfterWeek(42).toString()).toBe('2025-10-27');
  });
});

/** Random ziekmelding plus sorted, non-overlapping onderbrekingen of 1–27 days, each after some sickness. */
const arbCase = fc
  .record({
    start: fc.integer({ min: Datum.of(1990, 1, 1)!.day, max: Datum.of(2060, 12, 31)!.day }),
    pieces: fc.array(fc.record({ sickBefore: fc.integer({ min: 1, max: 150 }), length: fc.integer({ min: 1, max: 27 }) }), { maxLength: 6 }),
  })
  .map(({ start, pieces }) => {
    const ziekmelding = Datum.fromDay(start);
    const onderbrekingen: Onderbreking[] = [];
    let sickFrom = ziekmelding;
    for (const { sickBefore, length } of pieces) {
      const van = sickFrom.plus(sickBefore);
      const tot = van.plus(length - 1);
      onderbrekingen.push({ van, tot });
      sickFrom = tot.plus(1);
    }
    return { ziekmelding, onderbrekingen };
  });

/** The oracle: walk the calendar one day at a time, skipping recovered days. */
function naiveSickDays(ziekmelding: Datum, onderbrekingen: readonly Onderbreking[], count: number): Datum[] {
  const recovered = (x: Datum): boolean => onderbrekingen.some((o) => !x.isBefore(o.van) && !x.isAfter(o.tot));
  const out: Datum[] = [];
  for (let x = ziekmelding; out.length < count; x = x.plus(1)) if (!recovered(x)) out.push(x);
  return out;
}

describe('Clock properties', () => {
  it('sickDaysBy(sickDay(n)) === n for n in 1..800, and sickDay matches a day-by-day walk', () => {
    fc.assert(
      fc.property(arbCase, ({ ziekmelding, onderbrekingen }) => {
        const clock = new Clock(ziekmelding, onderbrekingen);
        const walk = naiveSickDays(ziekmelding, onderbrekingen, 800);
        const wrong: string[] = [];
        for (let n = 1; n <= 800; n++) {
          const day = clock.sickDay(n);
          const back = clock.sickDaysBy(day);
          if (back !== n) wrong.push(`sickDaysBy(sickDay(${n}) = ${day}) = ${back}`);
          if (day.day !== walk[n - 1]!.day) wrong.push(`sickDay(${n}) = ${day}, walk says ${walk[n - 1]}`);
        }
        expect(wrong).toEqual([]);
      }),
      RUNS,
    );
  });

  it('sickDaysBy of a recovered day equals the count on the day before the onderbreking', () => {
    fc.assert(
      fc.property(arbCase, ({ ziekmelding, onderbrekingen }) => {
        const clock = new Clock(ziekmelding, onderbrekingen);
        for (const o of onderbrekingen) {
          const before = clock.sickDaysBy(o.van.plus(-1));
          for (let x = o.van; !x.isAfter(o.tot); x = x.plus(1)) expect(clock.sickDaysBy(x)).toBe(before);
          expect(clock.sickDaysBy(o.tot.plus(1))).toBe(before + 1);
        }
      }),
      RUNS,
    );
  });

  it('without onderbrekingen, moving the ziekmelding by k days moves sickDay(n) by k', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Datum.of(1990, 1, 1)!.day, max: Datum.of(2060, 12, 31)!.day }),
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: 1, max: 800 }),
        (start, k, n) => {
          const a = new Clock(Datum.fromDay(start));
          const b = new Clock(Datum.fromDay(start + k));
          expect(b.sickDay(n).since(a.sickDay(n))).toBe(k);
          expect(a.sickDay(n).since(a.ziekmelding)).toBe(n - 1);
          expect(b.eindeWachttijd.since(a.eindeWachttijd)).toBe(k);
        },
      ),
      { numRuns: 200 },
    );
  });
});
