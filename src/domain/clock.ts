import type { Case, Periode } from './case.js';
import { Datum } from './datum.js';
import { Pauses } from './periode.js';

/** Sick-day 728 is the last day of the 104 weeks of the wachttijd (art. 7:629 lid 1 BW, art. 23 Wet WIA). */
export const WACHTTIJD_DAGEN = 728;

/**
 * The sickness clock: sick-days counted from the ziekmelding, leaving out the days of each
 * onderbreking (samentelling, art. 7:629 lid 10 BW) and of WAZO-verlof (art. 38 lid 1
 * Ziektewet, art. 23 lid 5 Wet WIA). The periods must be validated first: after the
 * ziekmelding, in order, not overlapping one another. See docs/law.md, "The sickness clock".
 */
export class Clock {
  private readonly pauses: Pauses;
  /**
   * The last day the employer's obligations for this sickness run: the day before hersteld
   * (the first day fit for work), or the last day of the contract, whichever comes first.
   * Undefined while the employee is sick and employed. A deadline that falls after it is not
   * applicable.
   */
  readonly laatsteDag: Datum | undefined;

  constructor(
    readonly ziekmelding: Datum,
    onderbrekingen: readonly Periode[] = [],
    readonly hersteld?: Datum,
    private readonly verlengingWeken = 0,
    readonly eindeDienstverband?: Datum,
    readonly wazoVerlof: readonly Periode[] = [],
  ) {
    this.pauses = Pauses.of(onderbrekingen, wazoVerlof);
    const beforeHersteld = hersteld?.plus(-1);
    this.laatsteDag = beforeHersteld && eindeDienstverband ? Datum.min(beforeHersteld, eindeDienstverband) : beforeHersteld ?? eindeDienstverband;
  }

  static of(c: Case): Clock {
    return new Clock(c.ziekmelding, c.onderbrekingen, c.hersteld, c.verlenging_weken, c.einde_dienstverband, c.wazo_verlof);
  }

  /** The date of sick-day `n` (sick-day 1 is the ziekmelding). */
  sickDay(n: number): Datum {
    return this.pauses.nthDay(this.ziekmelding, n);
  }

  /** Sick-day 7(N−1)+1: the first day of ziekteweek N. */
  weekStart(week: number): Datum {
    return this.sickDay(7 * (week - 1) + 1);
  }

  /** Sick-day 7N: "uiterlijk in week N". */
  weekEnd(week: number): Datum {
    return this.sickDay(7 * week);
  }

  /** Sick-day 7N+1, the day after week N. */
  dayAfterWeek(week: number): Datum {
    return this.sickDay(7 * week + 1);
  }

  /**
   * How many sick-days have passed by `date`, counting the date itself. A date inside an
   * onderbreking or a leave gives the last sick-day before it: the clock stands still.
   */
  sickDaysBy(date: Datum): number {
    return this.pauses.countedBy(this.ziekmelding, date);
  }

  /** The ziekteweek `date` falls in (at least 1); for a date before the ziekmelding, week 1. */
  weekOf(date: Datum): number {
    return Math.max(1, Math.ceil(this.sickDaysBy(date) / 7));
  }

  /** The ziekteweek `date` falls in; null before the ziekmelding or once hersteld. */
  weekOn(date: Datum): number | null {
    if (date.isBefore(this.ziekmelding)) return null;
    if (this.hersteld && !date.isBefore(this.hersteld)) return null;
    return this.weekOf(date);
  }

  /** The last day of the wachttijd: sick-day 728, extended by VLD weeks in calendar days (asked for by many rules: kept). */
  get eindeWachttijd(): Datum {
    return (this.einde ??= this.sickDay(WACHTTIJD_DAGEN).plus(7 * this.verlengingWeken));
  }

  private einde: Datum | undefined;
}
