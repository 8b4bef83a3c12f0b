import type { Context, RuleResult } from '../context.js';
import { finding } from '../evaluation.js';
import type { CheckVariant } from '../rule.js';

/** A check whose condition is itself the finding (loon_percentage below 70, say). */
export function evaluateCheck(id: string, v: CheckVariant, ctx: Context): RuleResult {
  const value = ctx.valueAt(v.at);
  const args = { value: typeof value === 'string' || typeof value === 'number' ? value : undefined };
  return {
    entry: null,
    findings: [finding(id, 'check', v.finding, v.at, args)],
    daysLate: 0,
  };
}
