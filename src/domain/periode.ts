import type { Periode } from './case.js';
import { Datum } from './datum.js';

/**
 * Counting days that skip periods: the sickness clock skips onderbrekingen and WAZO-verlof, a
 * loonsanctie pauses during WAZO-verlof. `pauses` must be in date order and must not overlap.
 */

/** The date of the n-th counted day (n ≥ 1), day 1 being `start` or the first day after it that is not paused. */
export function nthDay(start: Datum, n: number, pauses: readonly Periode[]): Datum {
  let d = start.plus(n - 1);
  for (const p of pauses) {
    if (p.tot.isBefore(start)) continue;
    const from = Datum.max(p.van, start);
    if (!from.isAfter(d)) d = d.plus(p.tot.since(from) + 1);
  }
  return d;
}

/** How many counted days lie from `start` up to and including `date` (0 when date is before start). */
export function daysCounted(start: Datum, date: Datum, pauses: readonly Periode[]): number {
  if (date.isBefore(start)) return 0;
  let days = date.since(start) + 1;
  for (const p of pauses) {
    if (p.van.isAfter(date)) break;
    if (p.tot.isBefore(start)) continue;
    days -= Datum.min(p.tot, date).since(Datum.max(p.van, start)) + 1;
  }
  return days;
}

/** Two lists of periods as one, in date order (each list already valid on its own, the two not overlapping). */
export function merged(a: readonly Periode[], b: readonly Periode[]): readonly Periode[] {
  // Nearly every case has no leave: no copy then.
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b].sort((x, y) => x.van.since(y.van));
}
