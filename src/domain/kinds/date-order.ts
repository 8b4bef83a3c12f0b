import type { FieldPath } from '../case.js';
import type { Context, RuleResult } from '../context.js';
import { Datum } from '../datum.js';
import { finding, type Finding } from '../evaluation.js';
import type { DateOrderVariant } from '../rule.js';

/**
 * Every date recorded in the case lies between the ziekmelding and the as-of date; the keys in
 * `future` (a planned end of contract, the end of a leave) may lie after the as-of date.
 */
export function evaluateDateOrder(id: string, v: DateOrderVariant, ctx: Context): RuleResult {
  const findings: Finding[] = [];
  const zm = ctx.case.ziekmelding;
  for (const { path, date } of recordedDates(ctx.case)) {
    if (path.length === 1 && path[0] === 'ziekmelding') continue;
    const before = date.isBefore(zm);
    if (before || (date.isAfter(ctx.asOf) && !v.future.includes(keyOf(path)))) {
      findings.push(finding(id, before ? 'before' : 'after', before ? v.before : v.after, path, { date, limit: before ? zm : ctx.asOf }));
    }
  }
  return { entry: null, findings, daysLate: 0 };
}

/** A key path without its list indexes: `wazo_verlof[0].tot` is `wazo_verlof.tot`. */
function keyOf(path: FieldPath): string {
  return path.filter((p) => typeof p === 'string').join('.');
}

/** Every date in the case, wherever it is nested, with its key path (one path array, copied only for a date). */
function recordedDates(value: unknown, path: (string | number)[] = [], out: { path: FieldPath; date: Datum }[] = []): { path: FieldPath; date: Datum }[] {
  if (value instanceof Datum) out.push({ path: [...path], date: value });
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      recordedDates(value[i], path, out);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const k in value) {
      path.push(k);
      recordedDates((value as Record<string, unknown>)[k], path, out);
      path.pop();
    }
  }
  return out;
}
