import * as z from 'zod/mini';
import type { FieldPath } from '../case.js';
import { Datum } from '../datum.js';
import { finding, type Finding } from '../evaluation.js';
import type { EveryLang } from '../lang.js';
import type { KindModule, VariantBase } from '../kind.js';

/** Every recorded date must lie between the ziekmelding and the as-of date. */
export interface DateOrderVariant extends VariantBase<'date-order', 'before' | 'after'> {
  /** Keys whose dates may lie after the as-of date (a planned end of contract), list indexes left out: `wazo_verlof.tot`. */
  future: readonly string[];
}

const keys = { future: z.array(z.string()) };

/**
 * Every date recorded in the case lies between the ziekmelding and the as-of date; the keys in
 * `future` (a planned end of contract, the end of a leave) may lie after the as-of date.
 */
export const dateOrder: KindModule<DateOrderVariant, { [K in keyof typeof keys]: z.output<(typeof keys)[K]> }> = {
  kind: 'date-order',
  keys,
  findings: {
    before: { main: true, placeholders: () => ['date', 'limit'] },
    after: { main: true, placeholders: () => ['date', 'limit'] },
  },

  compile(c) {
    const before = c.spec('before', true);
    const after = c.spec('after', true);
    const future = c.value('future') === undefined ? [] : c.fields('future', ['date'], false);
    if (!before || !after || !future) return undefined;
    return { kind: 'date-order', when: c.when, future: future.map(keyOf), specs: { before, after } };
  },

  evaluate(id, v, ctx) {
    const findings: Finding[] = [];
    const zm = ctx.case.ziekmelding;
    for (const { path, date } of recordedDates(ctx.case)) {
      if (path.length === 1 && path[0] === 'ziekmelding') continue;
      const before = date.isBefore(zm);
      if (before || (date.isAfter(ctx.asOf) && !v.future.includes(keyOf(path)))) {
        findings.push(finding(id, before ? 'before' : 'after', before ? v.specs.before! : v.specs.after!, path, { date, limit: before ? zm : ctx.asOf }));
      }
    }
    return { entry: null, findings, daysLate: 0 };
  },

  anchors: () => [],
  describe: (v) => [{ text: WORDS.dateOrder }, ...(v.future.length > 0 ? [{ text: WORDS.future, values: { fields: { paths: v.future } } }] : [])],
};

const WORDS = {
  dateOrder: { nl: 'elke datum tussen de ziekmelding en de peildatum', en: 'every date between the ziekmelding and the as-of date' },
  future: { nl: '{fields} mogen na de peildatum liggen', en: '{fields} may lie after the as-of date' },
} as const satisfies Readonly<Record<string, EveryLang>>;

/** A key path without its list indexes: `wazo_verlof[0].tot` is `wazo_verlof.tot`. */
function keyOf(path: FieldPath): string {
  return path.filter((p) => typeof p === 'string').join('.');
}

/** Every date in the case, wherever it is nested, with its key path (one path array, copied only for a date). */
function recordedDates(value: unknown, path: (string | number)[] = [], out: { path: FieldPath; date: Datum }[] = []): { path: FieldPath; date: Datum }[] {
  if (value instanceof Datum) out.push({ path: [...path], date: value });
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      recordedDates(value[i], path, out);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const k in value) {
      path.push(k);
      recordedDates((value as Record<string, unknown>)[k], path, out);
      path.pop();
    }
  }
  return out;
}
