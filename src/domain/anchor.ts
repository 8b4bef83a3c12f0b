import type { Datum } from './datum.js';
import type { Basis } from './evaluation.js';
import type { Anchor } from './rule.js';
import type { Context } from './context.js';

export interface Resolved {
  date: Datum;
  basis: Basis;
}

/** The date an anchor stands for in this case, or undefined when a date it needs is not recorded. */
export function resolveAnchor(anchor: Anchor, ctx: Context): Resolved | undefined {
  const start = resolveBase(anchor, ctx);
  if (!start) return undefined;
  let date = start.date.plus(anchor.days);
  if (anchor.plusWeeksOf) {
    const weeks = ctx.valueAt(anchor.plusWeeksOf);
    if (typeof weeks === 'number') date = date.plus(7 * weeks);
  }
  if (anchor.plusDaysLate) date = date.plus(ctx.result(anchor.plusDaysLate).daysLate);
  if (anchor.werkdag) date = ctx.werkdagen.volgendeWerkdag(date);
  return { date, basis: start.basis };
}

function resolveBase(anchor: Anchor, ctx: Context): Resolved | undefined {
  const base = anchor.base;
  switch (base.type) {
    case 'week': {
      const date =
        base.at === 'start' ? ctx.clock.weekStart(base.week)
        : base.at === 'end' ? ctx.clock.weekEnd(base.week)
        : ctx.clock.dayAfterWeek(base.week);
      return { date, basis: { anchor } };
    }
    case 'field': {
      const date = ctx.dateAt(base.path);
      return date && { date, basis: { anchor, fieldDate: date } };
    }
    case 'clock':
      return { date: base.name === 'ziekmelding' ? ctx.clock.ziekmelding : ctx.clock.eindeWachttijd, basis: { anchor } };
    case 'rule': {
      const entry = ctx.result(base.id).entry;
      const date = entry?.[base.point];
      return date ? { date, basis: { anchor } } : undefined;
    }
    case 'earliest': {
      // The earliest of the dates that can be computed; its own basis says which one decided.
      let best: Resolved | undefined;
      for (const sub of base.of) {
        const r = resolveAnchor(sub, ctx);
        if (r && (!best || r.date.isBefore(best.date))) best = r;
      }
      return best;
    }
  }
}
