/**
 * A calendar date: a day number, not an instant. The law counts whole days, so a `Date`
 * (an instant read in some time zone) would make deadlines depend on `TZ`. Day 0 is
 * 1970-01-01; the conversions are Howard Hinnant's civil-calendar algorithms, pure integer
 * arithmetic on the proleptic Gregorian calendar.
 */
export class Datum {
  private constructor(readonly day: number) {}

  static fromDay(day: number): Datum {
    return new Datum(day);
  }

  /** Returns undefined for an impossible date such as 2025-02-29. */
  static of(year: number, month: number, dayOfMonth: number): Datum | undefined {
    if (!Number.isInteger(year) || month < 1 || month > 12 || dayOfMonth < 1) return undefined;
    if (dayOfMonth > daysInMonth(year, month)) return undefined;
    return new Datum(daysFromCivil(year, month, dayOfMonth));
  }

  /** Parses `YYYY-MM-DD` or `DD-MM-YYYY`; undefined when the text is neither or impossible. */
  static parse(text: string): Datum | undefined {
    const iso = ISO.exec(text);
    if (iso) return Datum.of(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const nl = DUTCH.exec(text);
    if (nl) return Datum.of(Number(nl[3]), Number(nl[2]), Number(nl[1]));
    return undefined;
  }

  plus(days: number): Datum {
    return new Datum(this.day + days);
  }

  /** Days from `other` to this date: positive when this date is later. */
  since(other: Datum): number {
    return this.day - other.day;
  }

  isBefore(other: Datum): boolean {
    return this.day < other.day;
  }

  isAfter(other: Datum): boolean {
    return this.day > other.day;
  }

  equals(other: Datum): boolean {
    return this.day === other.day;
  }

  /** 0 = Sunday … 6 = Saturday, as `Date#getDay`. Day 0 was a Thursday. */
  get weekday(): number {
    return (((this.day + 4) % 7) + 7) % 7;
  }

  get parts(): { year: number; month: number; day: number } {
    return civilFromDays(this.day);
  }

  /** ISO 8601, `YYYY-MM-DD`: the notation of every machine-readable output. */
  toString(): string {
    // A batch writes the same few thousand dates over and over; each is worked out once.
    const known = isoText.get(this.day);
    if (known !== undefined) return known;
    const { year, month, day } = this.parts;
    const text = `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
    if (this.day >= 0 && this.day < ISO_DAYS) isoText.set(this.day, text);
    return text;
  }

  /**
   * Whether a case can hold this date: 1900 to 2199. Beyond, a year is a typing error (and would
   * come out as five digits in JSON and a calendar).
   */
  get inRange(): boolean {
    return this.day >= FIRST_DAY && this.day <= LAST_DAY;
  }

  /** Dutch notation, `DD-MM-YYYY`. */
  toDutch(): string {
    const { year, month, day } = this.parts;
    return `${pad2(day)}-${pad2(month)}-${String(year).padStart(4, '0')}`;
  }

  toJSON(): string {
    return this.toString();
  }

  static min(a: Datum, b: Datum): Datum {
    return a.day <= b.day ? a : b;
  }

  static max(a: Datum, b: Datum): Datum {
    return a.day >= b.day ? a : b;
  }
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 1900-01-01 and 2199-12-31 as day numbers. */
const FIRST_DAY = -25567;
const LAST_DAY = 84005;

/** The ISO texts of 1970 to 2169 as they are asked for: at most 73,000 short strings. */
const ISO_DAYS = 200 * 365;
const isoText = new Map<number, string>();
const DUTCH = /^(\d{2})-(\d{2})-(\d{4})$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): { year: number; month: number; day: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
