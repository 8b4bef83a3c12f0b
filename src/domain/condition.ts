import { resolveAnchor } from './anchor.js';
import type { Context } from './context.js';
import type { Condition } from './rule.js';

/** Whether a rule's `when` holds for this case. */
export function holds(cond: Condition, ctx: Context): boolean {
  switch (cond.type) {
    case 'in': {
      const v = ctx.valueAt(cond.path);
      return (typeof v === 'string' || typeof v === 'number') && cond.values.includes(v);
    }
    case 'present':
      return (ctx.valueAt(cond.path) !== undefined) === cond.present;
    case 'below': {
      const v = ctx.valueAt(cond.path);
      return typeof v === 'number' && v < cond.limit;
    }
    case 'compare': {
      const subject = resolveAnchor(cond.subject, ctx);
      const other = subject && resolveAnchor(cond.anchor, ctx);
      if (!subject || !other) return false;
      return cond.op === 'before' ? subject.date.isBefore(other.date) : subject.date.isAfter(other.date);
    }
    case 'asOfOnOrAfter': {
      const r = resolveAnchor(cond.anchor, ctx);
      return r !== undefined && !ctx.asOfInCase.isBefore(r.date);
    }
    case 'all':
      return cond.of.every((c) => holds(c, ctx));
    case 'any':
      return cond.of.some((c) => holds(c, ctx));
    case 'not':
      return !holds(cond.of, ctx);
  }
}
