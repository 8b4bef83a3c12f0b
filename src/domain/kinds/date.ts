import { resolveAnchor } from '../anchor.js';
import type { Context, RuleResult } from '../context.js';
import type { Basis } from '../evaluation.js';
import type { DateVariant } from '../rule.js';

/**
 * A computed date: information, nothing to do. With `notAfterEnd` it stops at the case's last
 * day (einde loondoorbetaling: never after the end of the contract, or after hersteld); else it
 * is moot once hersteld before it (the einde wachttijd of a recovered case).
 */
export function evaluateDate(id: string, v: DateVariant, ctx: Context): RuleResult {
  const r = resolveAnchor(v.date, ctx);
  const end = ctx.clock.laatsteDag;
  const capped = v.notAfterEnd && r && end && end.isBefore(r.date);
  const date = capped ? end : r?.date;
  const hersteld = ctx.clock.hersteld;
  const moot = !date || (!v.notAfterEnd && hersteld !== undefined && !hersteld.isAfter(date));
  return {
    entry: {
      id, from: null, due: date ?? null, done: null, status: moot ? 'not-applicable' : 'info', days: null,
      basis: capped ? endBasis(ctx) : r?.basis ?? null,
      provisional: !capped && (r?.provisional ?? false),
    },
    findings: [],
    daysLate: 0,
  };
}

/** Why the case's last day is what it is: the end of the contract, or the day before hersteld. */
function endBasis(ctx: Context): Basis {
  const { eindeDienstverband: eind, laatsteDag } = ctx.clock;
  return eind && laatsteDag?.equals(eind)
    ? { anchor: { base: { type: 'field', path: ['einde_dienstverband'] }, days: 0 }, fieldDate: eind }
    : { anchor: { base: { type: 'field', path: ['hersteld'] }, days: -1 }, fieldDate: ctx.clock.hersteld };
}
