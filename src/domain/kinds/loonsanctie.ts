import * as z from 'zod/mini';
import { resolveAnchor } from '../anchor.js';
import type { FieldPath, Periode } from '../case.js';
import type { RuleResult } from '../context.js';
import { Datum } from '../datum.js';
import { finding, type Finding, type TimelineEntry } from '../evaluation.js';
import type { EveryLang } from '../lang.js';
import type { KindModule, VariantBase } from '../kind.js';
import { Pauses } from '../periode.js';
import type { Anchor } from '../rule.js';
import { anchorKey } from './keys.js';

/**
 * The loonsanctie period (art. 25 lid 9–14 Wet WIA): `weeks` from `start`, paused during
 * WAZO-verlof, shortened once UWV decides the shortcoming is repaired: it then ends
 * `endAfterDecision` days after the decision, less the days the decision came after `decision`.
 * Its findings: the shortened end, as information; shortened to nothing (`lifted`); a reported
 * repair with no decision in time (`undecided`).
 */
export interface LoonsanctieVariant extends VariantBase<'loonsanctie', 'shortened' | 'lifted' | 'undecided'> {
  start: Anchor;
  weeks: FieldPath;
  /** Periods during which the loonsanctie pauses (WAZO-verlof). */
  pausedBy?: FieldPath | undefined;
  /** The day UWV received the employer's report of the repair. */
  reported: FieldPath;
  /** UWV's decision that the shortcoming is repaired. */
  decided: FieldPath;
  /** By when UWV must decide (the report + 3 weeks, Atw). */
  decision: Anchor;
  endAfterDecision: number;
}

const keys = {
  from: anchorKey,
  weeks: z.string(),
  pausedBy: z.string(),
  reported: z.string(),
  decided: z.string(),
  decision: anchorKey,
  endAfterDecision: z.int().check(z.minimum(0)),
};

const outcome = ['done', 'due', 'days', 'limit', 'date', 'from'] as const;

/**
 * The loonsanctie period (docs/law.md, "Loonsanctie"): from `start`, `weeks` × 7 days, paused
 * during the periods in `pausedBy` (WAZO-verlof). Once UWV decides the shortcoming is repaired
 * (H), it ends `endAfterDecision` days after H, never later than it would have, less the days H
 * came after the decision was due (G): min(H + 42, end) − L. A reported repair without a
 * decision by G is a finding of its own.
 */
export const loonsanctie: KindModule<LoonsanctieVariant, { [K in keyof typeof keys]: z.output<(typeof keys)[K]> }> = {
  kind: 'loonsanctie',
  keys,
  milestone: 'deadline',
  findings: {
    shortened: { main: true, placeholders: () => outcome },
    lifted: { main: false, placeholders: () => outcome },
    undecided: { main: true, placeholders: () => ['done', 'due', 'days'] },
  },

  compile(c) {
    const start = c.anchor('from', true);
    const decision = c.anchor('decision', true);
    const endAfterDecision = c.need('endAfterDecision');
    const weeks = c.field('weeks', ['number'], true);
    const reported = c.field('reported', ['date'], true);
    const decided = c.field('decided', ['date'], true);
    const pausedBy = c.field('pausedBy', ['ranges'], false);
    const shortened = c.spec('shortened', true);
    const lifted = c.spec('lifted', true);
    const undecided = c.spec('undecided', true);
    if (!start || !decision || endAfterDecision === undefined || !weeks || !reported || !decided || !shortened || !lifted || !undecided) return undefined;
    return { kind: 'loonsanctie', when: c.when, start, weeks, pausedBy, reported, decided, decision, endAfterDecision, specs: { undecided, shortened, lifted } };
  },

  evaluate(id, v, ctx) {
    const weeks = ctx.valueAt(v.weeks);
    const start = typeof weeks === 'number' && weeks > 0 ? resolveAnchor(v.start, ctx) : undefined;
    const findings: Finding[] = [];
    const result = (status: TimelineEntry['status'], from: Datum | null, due: Datum | null, done: Datum | null): RuleResult => ({
      entry: { id, from, due, done, status, days: null, basis: null, provisional: start?.provisional },
      findings,
      daysLate: 0,
    });
    const lastDay = ctx.clock.laatsteDag;
    if (typeof weeks !== 'number' || weeks <= 0 || !start || (lastDay && start.date.isAfter(lastDay))) {
      return result('not-applicable', null, null, null);
    }

    const from = start.date;
    const pauses = v.pausedBy ? (ctx.valueAt(v.pausedBy) as Periode[] | undefined) ?? [] : [];
    const full = new Pauses(pauses).nthDay(from, 7 * weeks);
    const reported = ctx.dateAt(v.reported);
    const decided = ctx.dateAt(v.decided);
    const decisionDue = reported && resolveAnchor(v.decision, ctx)?.date;

    if (!decided) {
      if (reported && decisionDue && ctx.asOf.isAfter(decisionDue)) {
        findings.push(finding(id, 'undecided', v.specs.undecided!, v.reported, { done: reported, due: decisionDue, days: ctx.asOf.since(decisionDue) }));
      }
      return result('info', from, full, null);
    }
    const daysLate = decisionDue && decided.isAfter(decisionDue) ? decided.since(decisionDue) : 0;
    const last = Datum.min(decided.plus(v.endAfterDecision), full).plus(-daysLate);
    const args = { done: decided, due: decisionDue, days: daysLate, limit: full, date: last, from };
    if (last.isBefore(from)) {
      findings.push(finding(id, 'lifted', v.specs.lifted!, v.decided, args));
      return result('info', from, null, decided);
    }
    if (last.isBefore(full)) findings.push(finding(id, 'shortened', v.specs.shortened!, v.decided, args));
    return result('info', from, last, decided);
  },

  anchors: (v) => [v.start, v.decision],

  describe: (v) => [{
    text: WORDS.loonsanctie,
    values: { from: { anchor: v.start }, weeks: { path: v.weeks }, decided: { path: v.decided }, n: { amount: v.endAfterDecision }, decision: { anchor: v.decision } },
  }],
};

const WORDS = {
  loonsanctie: {
    nl: 'vanaf {from}, {weeks} weken (gepauzeerd tijdens WAZO-verlof); na {decided} nog {n}, min de dagen dat UWV later besliste dan {decision}',
    en: 'from {from}, {weeks} weeks (paused during WAZO-verlof); after {decided} {n} more, less the days UWV decided after {decision}',
  },
} as const satisfies Readonly<Record<string, EveryLang>>;
