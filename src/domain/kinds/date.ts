import { resolveAnchor } from '../anchor.js';
import type { Context, RuleResult } from '../context.js';
import type { DateVariant } from '../rule.js';

/** A computed date (einde wachttijd): information, nothing to do; moot once hersteld before it. */
export function evaluateDate(id: string, v: DateVariant, ctx: Context): RuleResult {
  const r = resolveAnchor(v.date, ctx);
  const hersteld = ctx.clock.hersteld;
  const moot = !r || (hersteld !== undefined && !hersteld.isAfter(r.date));
  return {
    entry: { id, from: null, due: r?.date ?? null, done: null, status: moot ? 'not-applicable' : 'info', days: null, basis: r?.basis ?? null },
    findings: [],
    daysLate: 0,
  };
}
