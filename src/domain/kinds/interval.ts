import { resolveAnchor } from '../anchor.js';
import type { Context, RuleResult } from '../context.js';
import { Datum } from '../datum.js';
import { finding, type Finding } from '../evaluation.js';
import type { IntervalVariant } from '../rule.js';

/**
 * A recurring obligation such as the voortgangsgesprek: from the start date, through every
 * entry of the list, up to the as-of date (or hersteld, or `until`), no gap may exceed
 * `maxGapDays`. One finding per gap too long; the running gap is overdue once it is too long.
 */
export function evaluateInterval(id: string, v: IntervalVariant, ctx: Context): RuleResult {
  const start = ctx.dateAt(v.start);
  if (!start) return { entry: notApplicable(id), findings: [], daysLate: 0 };

  // The obligation stops at hersteld or `until`, when that has come by the as-of date.
  const until = v.until && resolveAnchor(v.until, ctx);
  const stops = [ctx.clock.hersteld, until?.date].filter((d): d is Datum => d !== undefined && !d.isAfter(ctx.asOf));
  const running = stops.length === 0;
  const end = stops.reduce(Datum.min, ctx.asOf);

  const listed = ctx.valueAt(v.list);
  const entries = (Array.isArray(listed) ? listed : [])
    .map((date: unknown, index) => ({ date, index }))
    .filter((e): e is { date: Datum; index: number } => e.date instanceof Datum && !e.date.isBefore(start) && !e.date.isAfter(end))
    .sort((a, b) => a.date.since(b.date));

  const findings: Finding[] = [];
  let last = start;
  for (const e of entries) {
    const days = e.date.since(last);
    if (days > v.maxGapDays) {
      findings.push(finding(id, 'gap', v.gap, [...v.list, e.index], { from: last, done: e.date, days }));
    }
    last = e.date;
  }

  const lastEntry = entries.length > 0 ? last : null;
  const due = last.plus(v.maxGapDays);
  if (!running) {
    const days = end.since(last);
    if (days > v.maxGapDays) {
      findings.push(finding(id, 'gap', v.gap, v.list, { from: last, done: end, days }));
    }
    const status = findings.length > 0 ? 'late' : 'on-time';
    return { entry: { id, from: null, due: null, done: lastEntry, status, days: null, basis: null }, findings, daysLate: 0 };
  }
  if (ctx.asOf.isAfter(due)) {
    const days = ctx.asOf.since(due);
    findings.push(finding(id, 'missing', v.missing, v.list, { from: last, due, days }));
    return { entry: { id, from: null, due, done: lastEntry, status: 'overdue', days, basis: null }, findings, daysLate: days };
  }
  const status = findings.length > 0 ? 'late' : 'open';
  return { entry: { id, from: null, due, done: lastEntry, status, days: due.since(ctx.asOf), basis: null }, findings, daysLate: 0 };
}

function notApplicable(id: string) {
  return { id, from: null, due: null, done: null, status: 'not-applicable' as const, days: null, basis: null };
}
