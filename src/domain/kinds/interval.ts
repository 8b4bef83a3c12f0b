import * as z from 'zod/mini';
import { resolveAnchor } from '../anchor.js';
import type { FieldPath } from '../case.js';
import { Datum } from '../datum.js';
import { finding, type Finding, type TimelineEntry } from '../evaluation.js';
import type { EveryLang } from '../lang.js';
import type { KindModule, VariantBase } from '../kind.js';
import type { Anchor } from '../rule.js';
import { anchorKey } from './keys.js';

/**
 * A recurring obligation: from `start`, each entry of `list`, up to the as-of date, no gap over
 * `maxGapDays` sick-days (days of an onderbreking or leave do not count).
 */
export interface IntervalVariant extends VariantBase<'interval', 'gap' | 'missing'> {
  start: FieldPath;
  list: FieldPath;
  maxGapDays: number;
  /** The obligation stops here (the end of wage payment), besides at the as-of date and the case's last day. */
  until?: Anchor | undefined;
}

const keys = {
  start: z.string(),
  list: z.string(),
  maxGapDays: z.int().check(z.minimum(1)),
  until: anchorKey,
};

/**
 * A recurring obligation such as the voortgangsgesprek: a chain from the start date through
 * every entry of the list, up to the as-of date or the first day the obligation no longer runs:
 * hersteld, the day after the contract ends, the day after `until` (the end of wage payment).
 * Gaps count sick-days: days of an onderbreking or leave do not count (docs/law.md,
 * "voortgangsgesprek"). One finding per gap too long; the timeline entry is the next one due,
 * open or overdue on the running gap alone.
 */
export const interval: KindModule<IntervalVariant, { [K in keyof typeof keys]: z.output<(typeof keys)[K]> }> = {
  kind: 'interval',
  keys,
  milestone: 'deadline',
  findings: {
    gap: { main: true, placeholders: () => ['from', 'done', 'days'] },
    missing: { main: true, placeholders: () => ['from', 'due', 'days'] },
  },

  compile(c) {
    const start = c.field('start', ['date'], true);
    const list = c.field('list', ['dates'], true);
    const maxGapDays = c.need('maxGapDays');
    const gap = c.spec('gap', true);
    const missing = c.spec('missing', true);
    const until = c.anchor('until', false);
    if (!start || !list || !maxGapDays || !gap || !missing) return undefined;
    return { kind: 'interval', when: c.when, start, list, maxGapDays, until, specs: { gap, missing } };
  },

  evaluate(id, v, ctx) {
    const start = ctx.dateAt(v.start);
    const entry = (status: TimelineEntry['status'], due: Datum | null, done: Datum | null, days: number | null): TimelineEntry =>
      ({ id, from: null, due, done, status, days, basis: null });
    if (!start) return { entry: entry('not-applicable', null, null, null), findings: [], daysLate: 0 };

    const clock = ctx.clock;
    const until = v.until && resolveAnchor(v.until, ctx);
    const stops = [clock.hersteld, clock.eindeDienstverband?.plus(1), until?.date.plus(1)].filter((d): d is Datum => d !== undefined);
    const end = stops.reduce(Datum.min, ctx.asOf);
    const running = stops.every((d) => d.isAfter(ctx.asOf));

    const listed = ctx.valueAt(v.list);
    const entries = (Array.isArray(listed) ? listed : [])
      .map((date: unknown, index) => ({ date, index }))
      .filter((e): e is { date: Datum; index: number } => e.date instanceof Datum && !e.date.isBefore(start) && !e.date.isAfter(end))
      .sort((a, b) => a.date.since(b.date));

    const findings: Finding[] = [];
    const gapOf = (from: Datum, to: Datum): number => clock.sickDaysBy(to) - clock.sickDaysBy(from);
    let last = start;
    for (const e of entries) {
      const days = gapOf(last, e.date);
      if (days > v.maxGapDays) findings.push(finding(id, 'gap', v.specs.gap!, [...v.list, e.index], { from: last, done: e.date, days }));
      last = e.date;
    }

    const lastEntry = entries.length > 0 ? last : null;
    if (!running) {
      const days = gapOf(last, end);
      const tooLong = days > v.maxGapDays;
      if (tooLong) findings.push(finding(id, 'gap', v.specs.gap!, v.list, { from: last, done: end, days }));
      return { entry: entry(tooLong ? 'late' : 'on-time', null, lastEntry, null), findings, daysLate: 0 };
    }
    const due = clock.sickDay(clock.sickDaysBy(last) + v.maxGapDays);
    // A contract or wage payment that ends before the next one is due (known ahead): that one is not owed.
    const lastDay = [clock.laatsteDag, until?.date].reduce<Datum | undefined>((a, d) => (a && d ? Datum.min(a, d) : a ?? d), undefined);
    if (lastDay && due.isAfter(lastDay)) return { entry: entry('not-applicable', due, lastEntry, null), findings, daysLate: 0 };
    if (ctx.asOf.isAfter(due)) {
      const days = ctx.asOf.since(due);
      findings.push(finding(id, 'missing', v.specs.missing!, v.list, { from: last, due, days }));
      return { entry: entry('overdue', due, lastEntry, days), findings, daysLate: days };
    }
    return { entry: entry('open', due, lastEntry, due.since(ctx.asOf)), findings, daysLate: 0 };
  },

  anchors: (v) => [v.until],
  recordedIn: (v) => v.list,

  describe: (v) => [{
    text: v.until ? WORDS.intervalUntil : WORDS.interval,
    values: { n: v.maxGapDays, start: { path: v.start }, list: { path: v.list }, ...(v.until ? { until: { anchor: v.until } } : {}) },
  }],

  // The chain's next date counts sick-days from the start (in the example, with no onderbreking, days).
  exampleBasis: (v, due) => ({ text: WORDS.exampleBasis, values: { n: { days: v.maxGapDays }, what: { path: v.start, day: due - v.maxGapDays } } }),
};

const WORDS = {
  interval: { nl: 'hoogstens {n} ziektedagen tussen {start}, elk van {list} en de peildatum', en: 'at most {n} sick-days between {start}, each of {list} and the as-of date' },
  intervalUntil: {
    nl: 'hoogstens {n} ziektedagen tussen {start}, elk van {list} en de peildatum, tot {until}',
    en: 'at most {n} sick-days between {start}, each of {list} and the as-of date, until {until}',
  },
  exampleBasis: { nl: '{n} na {what}', en: '{n} after {what}' },
} as const satisfies Readonly<Record<string, EveryLang>>;
