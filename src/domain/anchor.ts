import type { Datum } from './datum.js';
import type { Basis } from './evaluation.js';
import type { Anchor } from './rule.js';
import type { Context } from './context.js';

export interface Resolved {
  date: Datum;
  basis: Basis;
  /** The date still moves: it counts days late up to the as-of date (a WIA aanvraag not yet made). */
  provisional: boolean;
}

/** The date an anchor stands for in this case, or undefined when a date it needs is not recorded. */
export function resolveAnchor(anchor: Anchor, ctx: Context): Resolved | undefined {
  const start = resolveBase(anchor, ctx);
  if (!start) return undefined;
  let date = start.date.plus(anchor.days);
  let provisional = start.provisional;
  let basis = start.basis;
  if (anchor.plusDaysLate) {
    const late = ctx.result(anchor.plusDaysLate);
    date = date.plus(late.daysLate);
    provisional ||= late.provisional ?? false;
    if (late.daysLate > 0) basis = { ...basis, daysLate: late.daysLate };
  }
  if (anchor.werkdag === 'next') date = ctx.werkdagen.volgendeWerkdag(date);
  else if (anchor.werkdag === 'previous') date = ctx.werkdagen.vorigeWerkdag(date);
  return { date, basis, provisional };
}

const plain = (anchor: Anchor, date: Datum): Resolved => ({ date, basis: { anchor }, provisional: false });

function resolveBase(anchor: Anchor, ctx: Context): Resolved | undefined {
  const base = anchor.base;
  switch (base.type) {
    case 'week':
      return plain(anchor, base.at === 'start' ? ctx.clock.weekStart(base.week) : base.at === 'end' ? ctx.clock.weekEnd(base.week) : ctx.clock.dayAfterWeek(base.week));
    case 'field': {
      const date = ctx.dateAt(base.path);
      return date && { date, basis: { anchor, fieldDate: date }, provisional: false };
    }
    case 'clock':
      return plain(anchor, base.name === 'ziekmelding' ? ctx.clock.ziekmelding : ctx.clock.eindeWachttijd);
    case 'rule': {
      const entry = ctx.result(base.id).entry;
      const date = entry?.[base.point];
      return date ? { date, basis: { anchor }, provisional: entry?.provisional ?? false } : undefined;
    }
    case 'earliest':
    case 'latest': {
      // Of the dates that can be computed, the one that decides; the basis says which it was,
      // with this anchor's own offset and working-day rule added, so a message can name it.
      let best: Resolved | undefined;
      for (const sub of base.of) {
        const r = resolveAnchor(sub, ctx);
        if (r && (!best || (base.type === 'earliest' ? r.date.isBefore(best.date) : r.date.isAfter(best.date)))) best = r;
      }
      if (!best) return undefined;
      return { ...best, basis: { ...best.basis, anchor: combined(anchor, best.basis.anchor) } };
    }
  }
}

const combinations = new WeakMap<Anchor, Map<Anchor, Anchor>>();

/**
 * The anchor that decided an earliest/latest, with the outer anchor's offset and working-day
 * rule added. Made once per pair: the rules table is fixed, so the same few pairs recur in
 * every case (and a basis that stays the same object can be put in words once).
 */
function combined(outer: Anchor, decided: Anchor): Anchor {
  let byDecided = combinations.get(outer);
  if (!byDecided) combinations.set(outer, (byDecided = new Map()));
  let anchor = byDecided.get(decided);
  if (!anchor) byDecided.set(decided, (anchor = { ...decided, days: decided.days + outer.days, werkdag: outer.werkdag ?? decided.werkdag }));
  return anchor;
}
