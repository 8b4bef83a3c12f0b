import { resolveAnchor, type Resolved } from '../anchor.js';
import type { Context, RuleResult } from '../context.js';
import { finding as makeFinding, type Finding, type FindingArgs, type FindingType, type Status } from '../evaluation.js';
import type { DeadlineVariant, FindingSpec } from '../rule.js';

/**
 * A dated milestone. Recorded: on time when within [from, due], else late or early. Not
 * recorded: open until the due date, overdue the day after. A rule with no `due` at all
 * expects its entry as soon as it applies.
 */
export function evaluateDeadline(id: string, v: DeadlineVariant, ctx: Context): RuleResult {
  const done = ctx.dateAt(v.field);
  const from = v.from && resolveAnchor(v.from, ctx);
  let due = v.due && resolveAnchor(v.due, ctx);
  if (due && v.notAfter) {
    const cap = ctx.dateAt(v.notAfter);
    if (cap && cap.isBefore(due.date)) {
      due = { date: cap, basis: { anchor: { base: { type: 'field', path: v.notAfter }, days: 0, werkdag: false }, fieldDate: cap } };
    }
  }

  const findings: Finding[] = [];
  const finding = (type: FindingType, spec: FindingSpec, args: FindingArgs): void => {
    findings.push(makeFinding(id, type, spec, v.field, args));
  };
  const entry = (status: Status, days: number | null, daysLate = 0): RuleResult => ({
    entry: { id, from: from?.date ?? null, due: due?.date ?? null, done: done ?? null, status, days, basis: due?.basis ?? null },
    findings,
    daysLate,
  });

  const hersteld = ctx.clock.hersteld;
  if (!done && hersteld && (!due || !due.date.isBefore(hersteld))) return entry('not-applicable', null);

  if (done) {
    if (v.order && v.notBefore) {
      const other = ctx.dateAt(v.notBefore);
      if (other && done.isBefore(other)) finding('order', v.order, { done, limit: other });
    }
    if (due && done.isAfter(due.date)) {
      const days = done.since(due.date);
      finding('late', v.late, argsFor(due, { done, days }));
      return entry('late', days, days);
    }
    if (from && done.isBefore(from.date)) {
      const days = from.date.since(done);
      if (v.early) finding('early', v.early, { done, from: from.date, days });
      return entry('early', days);
    }
    return entry('on-time', null);
  }

  if (!v.due) {
    if (from && ctx.asOf.isBefore(from.date)) return entry('open', null);
    finding('missing', v.missing, { from: from?.date });
    return entry('open', null);
  }
  if (!due) return entry('open', null);
  if (ctx.asOf.isAfter(due.date)) {
    const days = ctx.asOf.since(due.date);
    finding('missing', v.missing, argsFor(due, { days }));
    return entry('overdue', days, days);
  }
  return entry('open', due.date.since(ctx.asOf));
}

function argsFor(due: Resolved, args: FindingArgs): FindingArgs {
  return { ...args, due: due.date, basis: due.basis };
}
