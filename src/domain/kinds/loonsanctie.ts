import { resolveAnchor } from '../anchor.js';
import type { Periode } from '../case.js';
import type { Context, RuleResult } from '../context.js';
import { Datum } from '../datum.js';
import { finding, type Finding, type TimelineEntry } from '../evaluation.js';
import { Pauses } from '../periode.js';
import type { LoonsanctieVariant } from '../rule.js';

/**
 * The loonsanctie period (art. 25 lid 9–14 Wet WIA; docs/law.md, "Loonsanctie"): from `start`,
 * `weeks` × 7 days, paused during the periods in `pausedBy` (WAZO-verlof). Once UWV decides the
 * shortcoming is repaired (H), it ends `endAfterDecision` days after H, never later than it
 * would have, less the days H came after the decision was due (G): min(H + 42, end) − L. A
 * reported repair without a decision by G is a finding of its own.
 */
export function evaluateLoonsanctie(id: string, v: LoonsanctieVariant, ctx: Context): RuleResult {
  const weeks = ctx.valueAt(v.weeks);
  const start = typeof weeks === 'number' && weeks > 0 ? resolveAnchor(v.start, ctx) : undefined;
  const findings: Finding[] = [];
  const result = (status: TimelineEntry['status'], from: Datum | null, due: Datum | null, done: Datum | null): RuleResult => ({
    entry: { id, from, due, done, status, days: null, basis: null, provisional: start?.provisional },
    findings,
    daysLate: 0,
  });
  const lastDay = ctx.clock.laatsteDag;
  if (typeof weeks !== 'number' || weeks <= 0 || !start || (lastDay && start.date.isAfter(lastDay))) {
    return result('not-applicable', null, null, null);
  }

  const from = start.date;
  const pauses = v.pausedBy ? (ctx.valueAt(v.pausedBy) as Periode[] | undefined) ?? [] : [];
  const full = new Pauses(pauses).nthDay(from, 7 * weeks);
  const reported = ctx.dateAt(v.reported);
  const decided = ctx.dateAt(v.decided);
  const decisionDue = reported && resolveAnchor(v.decision, ctx)?.date;

  if (!decided) {
    if (reported && decisionDue && ctx.asOf.isAfter(decisionDue)) {
      findings.push(finding(id, 'undecided', v.undecided, v.reported, { done: reported, due: decisionDue, days: ctx.asOf.since(decisionDue) }));
    }
    return result('info', from, full, null);
  }
  const daysLate = decisionDue && decided.isAfter(decisionDue) ? decided.since(decisionDue) : 0;
  const last = Datum.min(decided.plus(v.endAfterDecision), full).plus(-daysLate);
  const args = { done: decided, due: decisionDue, days: daysLate, limit: full, date: last, from };
  if (last.isBefore(from)) {
    findings.push(finding(id, 'lifted', v.lifted, v.decided, args));
    return result('info', from, null, decided);
  }
  if (last.isBefore(full)) findings.push(finding(id, 'shortened', v.shortened, v.decided, args));
  return result('info', from, last, decided);
}
