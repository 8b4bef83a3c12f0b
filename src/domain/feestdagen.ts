import { Datum } from './datum.js';

/**
 * Working days under the Algemene termijnenwet (Atw art. 1 and 3): not a Saturday, Sunday or
 * algemeen erkende feestdag. The feestdagen are computed from the calendar (Easter by the
 * Gregorian computus), so no year list goes stale; days added by decree (Atw art. 3 lid 3)
 * arrive as data.
 */
export interface Feestdag {
  datum: Datum;
  naam: string;
}

/** Easter Sunday, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function paaszondag(year: number): Datum {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/**
 * The day the King's (before 2014: the Queen's) birthday is celebrated. A Sunday moves it to
 * the day before: 26 April for Koningsdag, 29 April for Koninginnedag.
 */
export function koningsdag(year: number): Feestdag {
  const [naam, month, day] = year >= 2014 ? ['Koningsdag', 4, 27] as const : ['Koninginnedag', 4, 30] as const;
  const datum = ymd(year, month, day);
  return { datum: datum.weekday === 0 ? datum.plus(-1) : datum, naam };
}

/** The algemeen erkende feestdagen of one year, in date order. */
export function feestdagen(year: number): Feestdag[] {
  const pasen = paaszondag(year);
  const days: Feestdag[] = [
    { datum: ymd(year, 1, 1), naam: 'Nieuwjaarsdag' },
    { datum: pasen.plus(-2), naam: 'Goede Vrijdag' },
    { datum: pasen.plus(1), naam: 'Tweede Paasdag' },
    koningsdag(year),
    { datum: ymd(year, 5, 5), naam: 'Bevrijdingsdag' },
    { datum: pasen.plus(39), naam: 'Hemelvaartsdag' },
    { datum: pasen.plus(50), naam: 'Tweede Pinksterdag' },
    { datum: ymd(year, 12, 25), naam: 'Eerste Kerstdag' },
    { datum: ymd(year, 12, 26), naam: 'Tweede Kerstdag' },
  ];
  return days.sort((x, y) => x.datum.day - y.datum.day);
}

/** The Atw calendar: feestdagen per year, computed once, plus days added by decree. */
export class Werkdagen {
  private readonly byYear = new Map<number, Map<number, string>>();

  constructor(private readonly extra: readonly Feestdag[] = []) {}

  /** The feestdag's name, or undefined on an ordinary day. */
  feestdag(datum: Datum): string | undefined {
    const year = datum.parts.year;
    let days = this.byYear.get(year);
    if (!days) {
      days = new Map(feestdagen(year).map((f) => [f.datum.day, f.naam]));
      for (const f of this.extra) if (f.datum.parts.year === year) days.set(f.datum.day, f.naam);
      this.byYear.set(year, days);
    }
    return days.get(datum.day);
  }

  isWerkdag(datum: Datum): boolean {
    const wd = datum.weekday;
    return wd !== 0 && wd !== 6 && this.feestdag(datum) === undefined;
  }

  /** The date itself when it is a working day, else the first working day after it (Atw art. 1). */
  volgendeWerkdag(datum: Datum): Datum {
    let d = datum;
    while (!this.isWerkdag(d)) d = d.plus(1);
    return d;
  }

  /** The date itself when it is a working day, else the last working day before it (art. 38 lid 2 Ziektewet). */
  vorigeWerkdag(datum: Datum): Datum {
    let d = datum;
    while (!this.isWerkdag(d)) d = d.plus(-1);
    return d;
  }
}

function ymd(year: number, month: number, day: number): Datum {
  const d = Datum.of(year, month, day);
  if (!d) throw new RangeError(`no such date ${year}-${month}-${day}`);
  return d;
}
