import * as z from 'zod/mini';
import { resolveAnchor, type Resolved } from '../anchor.js';
import type { FieldPath } from '../case.js';
import type { Context, RuleResult } from '../context.js';
import type { Datum } from '../datum.js';
import { finding as makeFinding, type Finding, type FindingArgs, type Status } from '../evaluation.js';
import type { EveryLang } from '../lang.js';
import type { KindModule, Phrase, Placeholder, VariantBase } from '../kind.js';
import type { Anchor, FindingSpec } from '../rule.js';
import { anchorKey } from './keys.js';

/** A dated milestone: the date in `field` must fall in [from, due]. */
export interface DeadlineVariant extends VariantBase<'deadline', 'late' | 'missing' | 'early' | 'order' | 'delayed'> {
  field: FieldPath;
  from?: Anchor | undefined;
  /** Absent: the entry is expected as soon as the rule applies (or never late, with `noDeadline`). */
  due?: Anchor | undefined;
  /** There is no last date at all: the entry can be early, never late or missing (art. 64 lid 6 Wet WIA). */
  noDeadline?: boolean | undefined;
  /** Done after this date but by `due`: the `delayed` finding (practice expects it sooner than the law demands). */
  expectedBy?: Anchor | undefined;
  /** When late, the days late count from this date rather than from `due` (a grace period that lapsed). */
  lateAgainst?: Anchor | undefined;
  /** The date must not come before this recorded date (plan van aanpak after probleemanalyse). */
  notBefore?: FieldPath | undefined;
  /** The deadline moves up to this recorded date when it is earlier (RIV before WIA aanvraag). */
  notAfter?: FieldPath | undefined;
}

const keys = {
  field: z.string(),
  from: anchorKey,
  due: anchorKey,
  noDeadline: z.boolean(),
  expectedBy: anchorKey,
  lateAgainst: anchorKey,
  notBefore: z.string(),
  notAfter: z.string(),
};

/** What a late or missing finding fills: its due date and why, and the lapsed grace period when days count from before it. */
const dueArgs = (v: DeadlineVariant): Placeholder[] => ['due', 'basis', ...(v.lateAgainst ? (['limit'] as const) : [])];

/**
 * A dated milestone. Recorded: on time when within [from, due], else late or early (and
 * `delayed` when after `expectedBy` but by `due`). Not recorded: open until the due date,
 * overdue the day after. A rule with no `due` at all expects its entry as soon as it applies;
 * with `noDeadline`, never. A milestone that falls after the case's last day (hersteld, the end
 * of the contract) is not applicable (docs/law.md, "After hersteld or the end of the contract").
 */
export const deadline: KindModule<DeadlineVariant, { [K in keyof typeof keys]: z.output<(typeof keys)[K]> }> = {
  kind: 'deadline',
  keys,
  milestone: 'deadline',
  findings: {
    late: { main: true, placeholders: (v) => ['done', 'days', ...dueArgs(v)] },
    missing: { main: true, placeholders: (v) => (v.due ? ['days', ...dueArgs(v)] : v.from ? ['from'] : []) },
    early: { main: false, placeholders: () => ['done', 'from', 'days'] },
    delayed: { main: true, placeholders: (v) => ['done', 'limit', 'days', ...(v.due ? (['due', 'basis'] as const) : [])] },
    order: { main: false, placeholders: () => ['done', 'limit'] },
  },

  compile(c) {
    const field = c.field('field', ['date'], true);
    const dated = !c.value('noDeadline');
    if (c.value('noDeadline') && c.value('due')) c.clash('due', 'due + noDeadline');
    // With no last date there is nothing to be late for: a message the rule has for its other variants is not this one's.
    const late = dated ? c.spec('late', true) : undefined;
    const missing = dated ? c.spec('missing', true) : undefined;
    const order = c.spec('order', c.value('notBefore') !== undefined);
    const delayed = c.spec('delayed', c.value('expectedBy') !== undefined);
    const early = c.spec('early', false);
    const v: DeadlineVariant = {
      kind: 'deadline', when: c.when, field: field ?? [], specs: { late, missing, order, delayed, early },
      from: c.anchor('from', false),
      due: c.anchor('due', false),
      noDeadline: c.value('noDeadline'),
      expectedBy: c.anchor('expectedBy', false),
      lateAgainst: c.anchor('lateAgainst', false),
      notBefore: c.field('notBefore', ['date'], false),
      notAfter: c.field('notAfter', ['date'], false),
    };
    return !field || (dated && (!late || !missing)) ? undefined : v;
  },

  evaluate(id, v, ctx) {
    return evaluateDeadline(id, v, ctx);
  },

  anchors: (v) => [v.from, v.due, v.expectedBy, v.lateAgainst],
  recordedIn: (v) => v.field,

  describe(v) {
    const from = v.from && { anchor: v.from };
    const due = v.due && { anchor: v.due };
    const main: Phrase = from && due ? { text: WORDS.window, values: { from, due } }
      : due ? { text: WORDS.due, values: { due } }
      : v.noDeadline ? (from ? { text: WORDS.fromNoDeadline, values: { from } } : { text: WORDS.noDeadline })
      : from ? { text: WORDS.from, values: { from } }
      : { text: WORDS.asSoonAs };
    const more: Phrase[] = [];
    if (v.expectedBy) more.push({ text: WORDS.expectedBy, values: { date: { anchor: v.expectedBy } } });
    if (v.lateAgainst) more.push({ text: WORDS.lateAgainst, values: { date: { anchor: v.lateAgainst } } });
    if (v.notBefore) more.push({ text: WORDS.notBefore, values: { field: { path: v.notBefore } } });
    if (v.notAfter) more.push({ text: WORDS.notAfter, values: { field: { path: v.notAfter } } });
    return [main, ...more];
  },
};

const WORDS = {
  window: { nl: '{from} t/m {due}', en: '{from} to {due}' },
  due: { nl: 'uiterlijk {due}', en: 'by {due}' },
  from: { nl: 'vanaf {from}', en: 'from {from}' },
  asSoonAs: { nl: 'zodra de regel geldt', en: 'as soon as the rule applies' },
  fromNoDeadline: { nl: 'vanaf {from}, zonder uiterste datum', en: 'from {from}, with no last date' },
  noDeadline: { nl: 'zonder uiterste datum', en: 'with no last date' },
  expectedBy: { nl: 'na {date} (maar op tijd) een aparte bevinding', en: 'after {date} (but in time) a finding of its own' },
  lateAgainst: { nl: 'te laat: de dagen tellen vanaf {date}', en: 'when late, the days count from {date}' },
  notBefore: { nl: 'niet vóór {field}', en: 'not before {field}' },
  notAfter: { nl: 'niet na {field}', en: 'not after {field}' },
} as const satisfies Readonly<Record<string, EveryLang>>;

function evaluateDeadline(id: string, v: DeadlineVariant, ctx: Context): RuleResult {
  const done = ctx.dateAt(v.field);
  const from = v.from && resolveAnchor(v.from, ctx);
  let due = v.due && resolveAnchor(v.due, ctx);
  if (due && v.notAfter) {
    const cap = ctx.dateAt(v.notAfter);
    if (cap && cap.isBefore(due.date)) {
      due = { date: cap, basis: { anchor: { base: { type: 'field', path: v.notAfter }, days: 0 }, fieldDate: cap }, provisional: false };
    }
  }

  const findings: Finding[] = [];
  const finding = (type: keyof DeadlineVariant['specs'], args: FindingArgs): void => {
    // The rules loader requires late and missing wherever they can occur.
    const spec: FindingSpec | undefined = v.specs[type];
    if (spec) findings.push(makeFinding(id, type, spec, v.field, args));
  };
  const entry = (status: Status, days: number | null, daysLate = 0, provisional = false): RuleResult => ({
    entry: { id, from: from?.date ?? null, due: due?.date ?? null, done: done ?? null, status, days, basis: due?.basis ?? null },
    findings,
    daysLate,
    provisional,
  });

  const end = ctx.clock.laatsteDag;
  const when = due?.date ?? from?.date;
  if (end && (when ? when.isAfter(end) : !done)) return entry('not-applicable', null);

  if (done) {
    if (v.notBefore) {
      const other = ctx.dateAt(v.notBefore);
      if (other && done.isBefore(other)) finding('order', { done, limit: other });
    }
    if (due && done.isAfter(due.date)) {
      const { against, args } = lateness(due, v.lateAgainst && resolveAnchor(v.lateAgainst, ctx));
      const days = done.since(against);
      finding('late', { ...args, done, days });
      // The timeline row counts from its own date; the wages, and the finding, from `against`.
      return entry('late', done.since(due.date), days);
    }
    if (from && done.isBefore(from.date)) {
      const days = from.date.since(done);
      finding('early', { done, from: from.date, days });
      return entry('early', days);
    }
    const expected = v.expectedBy && resolveAnchor(v.expectedBy, ctx);
    if (expected && done.isAfter(expected.date)) {
      finding('delayed', { done, limit: expected.date, days: done.since(expected.date), ...(due ? argsFor(due) : {}) });
    }
    return entry('on-time', null);
  }

  if (!v.due) {
    if (v.noDeadline || (from && ctx.asOf.isBefore(from.date))) return entry('open', null);
    finding('missing', { from: from?.date });
    return entry('open', null);
  }
  if (!due) return entry('open', null);
  if (ctx.asOf.isAfter(due.date)) {
    const { against, args } = lateness(due, v.lateAgainst && resolveAnchor(v.lateAgainst, ctx));
    const days = ctx.asOf.since(against);
    finding('missing', { ...args, days });
    return entry('overdue', ctx.asOf.since(due.date), days, true);
  }
  return entry('open', due.date.since(ctx.asOf));
}

function argsFor(due: Resolved): FindingArgs {
  return { due: due.date, basis: due.basis };
}

/**
 * What days late count from: the due date, or, once a grace period (`due`) has lapsed, the
 * earlier date it extended (`lateAgainst`); the lapsed grace period is then the `limit`.
 */
function lateness(due: Resolved, against: Resolved | undefined): { against: Datum; args: FindingArgs } {
  if (!against || !against.date.isBefore(due.date)) return { against: due.date, args: argsFor(due) };
  return { against: against.date, args: { ...argsFor(against), limit: due.date } };
}
