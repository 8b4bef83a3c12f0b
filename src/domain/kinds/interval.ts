import { resolveAnchor } from '../anchor.js';
import type { Context, RuleResult } from '../context.js';
import { Datum } from '../datum.js';
import { finding, type Finding, type TimelineEntry } from '../evaluation.js';
import type { IntervalVariant } from '../rule.js';

/**
 * A recurring obligation such as the voortgangsgesprek: a chain from the start date through
 * every entry of the list, up to the as-of date or the first day the obligation no longer runs:
 * hersteld, the day after the contract ends, the day after `until` (the end of wage payment).
 * Gaps count sick-days: days of an onderbreking or leave do not count (docs/law.md,
 * "voortgangsgesprek"). One finding per gap too long; the timeline entry is the next one due,
 * open or overdue on the running gap alone.
 */
export function evaluateInterval(id: string, v: IntervalVariant, ctx: Context): RuleResult {
  const start = ctx.dateAt(v.start);
  const entry = (status: TimelineEntry['status'], due: Datum | null, done: Datum | null, days: number | null): TimelineEntry =>
    ({ id, from: null, due, done, status, days, basis: null });
  if (!start) return { entry: entry('not-applicable', null, null, null), findings: [], daysLate: 0 };

  const clock = ctx.clock;
  const until = v.until && resolveAnchor(v.until, ctx);
  const stops = [clock.hersteld, clock.eindeDienstverband?.plus(1), until?.date.plus(1)].filter((d): d is Datum => d !== undefined);
  const end = stops.reduce(Datum.min, ctx.asOf);
  const running = stops.every((d) => d.isAfter(ctx.asOf));

  const listed = ctx.valueAt(v.list);
  const entries = (Array.isArray(listed) ? listed : [])
    .map((date: unknown, index) => ({ date, index }))
    .filter((e): e is { date: Datum; index: number } => e.date instanceof Datum && !e.date.isBefore(start) && !e.date.isAfter(end))
    .sort((a, b) => a.date.since(b.date));

  const findings: Finding[] = [];
  const gap = (from: Datum, to: Datum): number => clock.sickDaysBy(to) - clock.sickDaysBy(from);
  let last = start;
  for (const e of entries) {
    const days = gap(last, e.date);
    if (days > v.maxGapDays) findings.push(finding(id, 'gap', v.gap, [...v.list, e.index], { from: last, done: e.date, days }));
    last = e.date;
  }

  const lastEntry = entries.length > 0 ? last : null;
  if (!running) {
    const days = gap(last, end);
    const tooLong = days > v.maxGapDays;
    if (tooLong) findings.push(finding(id, 'gap', v.gap, v.list, { from: last, done: end, days }));
    return { entry: entry(tooLong ? 'late' : 'on-time', null, lastEntry, null), findings, daysLate: 0 };
  }
  const due = clock.sickDay(clock.sickDaysBy(last) + v.maxGapDays);
  // A contract or wage payment that ends before the next one is due (known ahead): that one is not owed.
  const lastDay = [clock.laatsteDag, until?.date].reduce<Datum | undefined>((a, d) => (a && d ? Datum.min(a, d) : a ?? d), undefined);
  if (lastDay && due.isAfter(lastDay)) return { entry: entry('not-applicable', due, lastEntry, null), findings, daysLate: 0 };
  if (ctx.asOf.isAfter(due)) {
    const days = ctx.asOf.since(due);
    findings.push(finding(id, 'missing', v.missing, v.list, { from: last, due, days }));
    return { entry: entry('overdue', due, lastEntry, days), findings, daysLate: days };
  }
  return { entry: entry('open', due, lastEntry, due.since(ctx.asOf)), findings, daysLate: 0 };
}
