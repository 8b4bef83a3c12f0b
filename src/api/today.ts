import { Datum } from '../domain/datum.js';

/** Today's date in Europe/Amsterdam (docs/law.md), whatever the machine's TZ. */
export function todayInAmsterdam(now: Date = new Date()): Datum {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return Datum.of(part('year'), part('month'), part('day'))!;
}
