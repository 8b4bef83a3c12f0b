import type { Periode } from './case.js';
import { Datum } from './datum.js';

/**
 * Days that do not count: the sickness clock skips onderbrekingen and WAZO-verlof, a
 * loonsanctie pauses during WAZO-verlof. The periods must be in date order and must not
 * overlap. Every question is a binary search over running totals, so that a case file with
 * thousands of periods (a hostile one) still answers in microseconds.
 */
export class Pauses {
  private readonly van: number[] = [];
  private readonly tot: number[] = [];
  /** Paused days in the periods before period i. */
  private readonly before: number[] = [];

  constructor(periods: readonly Periode[]) {
    let total = 0;
    for (const p of periods) {
      this.van.push(p.van.day);
      this.tot.push(p.tot.day);
      this.before.push(total);
      total += p.tot.day - p.van.day + 1;
    }
  }

  /** Two lists of periods as one (each in order, the two not overlapping each other). */
  static of(a: readonly Periode[], b: readonly Periode[]): Pauses {
    return new Pauses(b.length === 0 ? a : a.length === 0 ? b : [...a, ...b].sort((x, y) => x.van.since(y.van)));
  }

  /** Paused days on or before `day`. */
  private pausedBy(day: number): number {
    // The last period that starts on or before the day.
    let lo = 0;
    let hi = this.van.length - 1;
    let i = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.van[mid]! <= day) {
        i = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return i < 0 ? 0 : this.before[i]! + Math.min(this.tot[i]!, day) - this.van[i]! + 1;
  }

  /** How many counted days lie from `start` up to and including `date` (0 when date is before start). */
  countedBy(start: Datum, date: Datum): number {
    if (date.isBefore(start)) return 0;
    return date.since(start) + 1 - (this.pausedBy(date.day) - this.pausedBy(start.day - 1));
  }

  /** The date of the n-th counted day (n ≥ 1), day 1 being `start` or the first day after it that is not paused. */
  nthDay(start: Datum, n: number): Datum {
    // The first day by which n days have counted: a day that counts, so the n-th one.
    let lo = start.day + n - 1;
    let hi = lo + this.pausedBy(Number.MAX_SAFE_INTEGER);
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.countedBy(start, Datum.fromDay(mid)) >= n) hi = mid;
      else lo = mid + 1;
    }
    return Datum.fromDay(lo);
  }
}
