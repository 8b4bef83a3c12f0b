import { Datum } from './datum.js';
import type { Onderbreking } from './case.js';

/** Sick-day 728 is the last day of the 104 weeks of the wachttijd (BW 7:629). */
export const WACHTTIJD_DAGEN = 728;

/**
 * The sickness clock: sick-days counted from the ziekmelding, with the recovery days of each
 * onderbreking left out (samentelling, BW 7:629 lid 10). Onderbrekingen must be validated
 * first: after the ziekmelding, in order, not overlapping.
 */
export class Clock {
  constructor(
    readonly ziekmelding: Datum,
    private readonly onderbrekingen: readonly Onderbreking[] = [],
    readonly hersteld?: Datum,
    private readonly verlengingWeken = 0,
  ) {}

  /** The date of sick-day `n` (sick-day 1 is the ziekmelding). */
  sickDay(n: number): Datum {
    let d = this.ziekmelding.plus(n - 1);
    for (const o of this.onderbrekingen) {
      if (!o.van.isAfter(d)) d = d.plus(o.tot.since(o.van) + 1);
    }
    return d;
  }

  /** Sick-day 7(N−1)+1: the first day of ziekteweek N. */
  weekStart(week: number): Datum {
    return this.sickDay(7 * (week - 1) + 1);
  }

  /** Sick-day 7N: "uiterlijk in week N". */
  weekEnd(week: number): Datum {
    return this.sickDay(7 * week);
  }

  /** Sick-day 7N+1, the day after week N (not yet moved to a working day). */
  dayAfterWeek(week: number): Datum {
    return this.sickDay(7 * week + 1);
  }

  /**
   * How many sick-days have passed by `date`, counting the date itself. A date inside an
   * onderbreking gives the last sick-day before it: the clock stands still while recovered.
   */
  sickDaysBy(date: Datum): number {
    if (date.isBefore(this.ziekmelding)) return 0;
    let days = date.since(this.ziekmelding) + 1;
    for (const o of this.onderbrekingen) {
      if (o.van.isAfter(date)) break;
      const lastRecovered = Datum.min(o.tot, date);
      days -= lastRecovered.since(o.van) + 1;
    }
    return days;
  }

  /** The ziekteweek `date` falls in; null before the ziekmelding or once hersteld. */
  weekOn(date: Datum): number | null {
    if (date.isBefore(this.ziekmelding)) return null;
    if (this.hersteld && !date.isBefore(this.hersteld)) return null;
    return Math.max(1, Math.ceil(this.sickDaysBy(date) / 7));
  }

  /** The last day of the wachttijd: sick-day 728, extended by VLD weeks in calendar days. */
  get eindeWachttijd(): Datum {
    return this.sickDay(WACHTTIJD_DAGEN).plus(7 * this.verlengingWeken);
  }
}
