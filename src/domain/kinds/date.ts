import * as z from 'zod/mini';
import { resolveAnchor } from '../anchor.js';
import type { Context } from '../context.js';
import type { Basis } from '../evaluation.js';
import type { EveryLang } from '../lang.js';
import type { KindModule, VariantBase } from '../kind.js';
import type { Anchor } from '../rule.js';
import { anchorKey } from './keys.js';

/** A computed date with nothing to do, shown on the timeline. */
export interface DateVariant extends VariantBase<'date', never> {
  date: Anchor;
  /** Never after the case's last day (the day before hersteld, the end of the contract): wages stop there. */
  notAfterEnd?: boolean | undefined;
}

const keys = { date: anchorKey, notAfterEnd: z.boolean() };

/**
 * A computed date: information, nothing to do. With `notAfterEnd` it stops at the case's last
 * day (einde loondoorbetaling: never after the end of the contract, or after hersteld); else it
 * is moot once hersteld before it (the einde wachttijd of a recovered case).
 */
export const date: KindModule<DateVariant, { [K in keyof typeof keys]: z.output<(typeof keys)[K]> }> = {
  kind: 'date',
  keys,
  milestone: 'date',
  findings: {},

  compile(c) {
    const anchor = c.anchor('date', true);
    return anchor && { kind: 'date', when: c.when, date: anchor, notAfterEnd: c.value('notAfterEnd'), specs: {} };
  },

  evaluate(id, v, ctx) {
    const r = resolveAnchor(v.date, ctx);
    const end = ctx.clock.laatsteDag;
    const capped = v.notAfterEnd && r && end && end.isBefore(r.date);
    const day = capped ? end : r?.date;
    const hersteld = ctx.clock.hersteld;
    const moot = !day || (!v.notAfterEnd && hersteld !== undefined && !hersteld.isAfter(day));
    return {
      entry: {
        id, from: null, due: day ?? null, done: null, status: moot ? 'not-applicable' : 'info', days: null,
        basis: capped ? endBasis(ctx) : r?.basis ?? null,
        provisional: !capped && (r?.provisional ?? false),
      },
      findings: [],
      daysLate: 0,
    };
  },

  anchors: (v) => [v.date],
  describe: (v) => [{ text: WORDS.on, values: { date: { anchor: v.date } } }, ...(v.notAfterEnd ? [{ text: WORDS.notAfterEnd }] : [])],
};

const WORDS = {
  on: { nl: '{date}', en: '{date}' },
  notAfterEnd: { nl: 'nooit na hersteld of het einde van het dienstverband', en: 'never after hersteld or the end of the contract' },
} as const satisfies Readonly<Record<string, EveryLang>>;

/** Why the case's last day is what it is: the end of the contract, or the day before hersteld. */
function endBasis(ctx: Context): Basis {
  const { eindeDienstverband: eind, laatsteDag } = ctx.clock;
  return eind && laatsteDag?.equals(eind)
    ? { anchor: { base: { type: 'field', path: ['einde_dienstverband'] }, days: 0 }, fieldDate: eind }
    : { anchor: { base: { type: 'field', path: ['hersteld'] }, days: -1 }, fieldDate: ctx.clock.hersteld };
}
