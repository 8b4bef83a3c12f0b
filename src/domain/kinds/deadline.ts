import { resolveAnchor, type Resolved } from '../anchor.js';
import type { Context, RuleResult } from '../context.js';
import { Datum } from '../datum.js';
import { finding as makeFinding, type Finding, type FindingArgs, type FindingType, type Status } from '../evaluation.js';
import type { DeadlineVariant, FindingSpec } from '../rule.js';

/**
 * A dated milestone. Recorded: on time when within [from, due], else late or early (and
 * `delayed` when after `expectedBy` but by `due`). Not recorded: open until the due date,
 * overdue the day after. A rule with no `due` at all expects its entry as soon as it applies;
 * with `noDeadline`, never. A milestone that falls after the case's last day (hersteld, the end
 * of the contract) is not applicable (docs/law.md, "After hersteld or the end of the contract").
 */
export function evaluateDeadline(id: string, v: DeadlineVariant, ctx: Context): RuleResult {
  const done = ctx.dateAt(v.field);
  const from = v.from && resolveAnchor(v.from, ctx);
  let due = v.due && resolveAnchor(v.due, ctx);
  if (due && v.notAfter) {
    const cap = ctx.dateAt(v.notAfter);
    if (cap && cap.isBefore(due.date)) {
      due = { date: cap, basis: { anchor: { base: { type: 'field', path: v.notAfter }, days: 0 }, fieldDate: cap }, provisional: false };
    }
  }

  const findings: Finding[] = [];
  const finding = (type: FindingType, spec: FindingSpec | undefined, args: FindingArgs): void => {
    // The rules loader requires late and missing wherever they can occur.
    if (spec) findings.push(makeFinding(id, type, spec, v.field, args));
  };
  const entry = (status: Status, days: number | null, daysLate = 0, provisional = false): RuleResult => ({
    entry: { id, from: from?.date ?? null, due: due?.date ?? null, done: done ?? null, status, days, basis: due?.basis ?? null },
    findings,
    daysLate,
    provisional,
  });

  const end = ctx.clock.laatsteDag;
  const when = due?.date ?? from?.date;
  if (end && (when ? when.isAfter(end) : !done)) return entry('not-applicable', null);

  if (done) {
    if (v.order && v.notBefore) {
      const other = ctx.dateAt(v.notBefore);
      if (other && done.isBefore(other)) finding('order', v.order, { done, limit: other });
    }
    if (due && done.isAfter(due.date)) {
      const { against, args } = lateness(due, v.lateAgainst && resolveAnchor(v.lateAgainst, ctx));
      const days = done.since(against);
      finding('late', v.late, { ...args, done, days });
      // The timeline row counts from its own date; the wages, and the finding, from `against`.
      return entry('late', done.since(due.date), days);
    }
    if (from && done.isBefore(from.date)) {
      const days = from.date.since(done);
      finding('early', v.early, { done, from: from.date, days });
      return entry('early', days);
    }
    const expected = v.expectedBy && resolveAnchor(v.expectedBy, ctx);
    if (expected && done.isAfter(expected.date)) {
      finding('delayed', v.delayed, { done, limit: expected.date, days: done.since(expected.date), ...(due ? argsFor(due) : {}) });
    }
    return entry('on-time', null);
  }

  if (!v.due) {
    if (v.noDeadline || (from && ctx.asOf.isBefore(from.date))) return entry('open', null);
    finding('missing', v.missing, { from: from?.date });
    return entry('open', null);
  }
  if (!due) return entry('open', null);
  if (ctx.asOf.isAfter(due.date)) {
    const { against, args } = lateness(due, v.lateAgainst && resolveAnchor(v.lateAgainst, ctx));
    const days = ctx.asOf.since(against);
    finding('missing', v.missing, { ...args, days });
    return entry('overdue', ctx.asOf.since(due.date), days, true);
  }
  return entry('open', due.date.since(ctx.asOf));
}

function argsFor(due: Resolved): FindingArgs {
  return { due: due.date, basis: due.basis };
}

/**
 * What days late count from: the due date, or, once a grace period (`due`) has lapsed, the
 * earlier date it extended (`lateAgainst`); the lapsed grace period is then the `limit`.
 */
function lateness(due: Resolved, against: Resolved | undefined): { against: Datum; args: FindingArgs } {
  if (!against || !against.date.isBefore(due.date)) return { against: due.date, args: argsFor(due) };
  return { against: against.date, args: { ...argsFor(against), limit: due.date } };
}
