import { fieldAt, type Case, type FieldPath } from './case.js';
import { Clock } from './clock.js';
import { holds } from './condition.js';
import type { Context, RuleResult } from './context.js';
import { Datum } from './datum.js';
import type { Evaluation, Finding, TimelineEntry } from './evaluation.js';
import type { Werkdagen } from './feestdagen.js';
import type { Rule, Variant } from './rule.js';
import { evaluateCheck } from './kinds/check.js';
import { evaluateDate } from './kinds/date.js';
import { evaluateDateOrder } from './kinds/date-order.js';
import { evaluateDeadline } from './kinds/deadline.js';
import { evaluateInterval } from './kinds/interval.js';
import { evaluateLoonsanctie } from './kinds/loonsanctie.js';
import { evaluateTextScan } from './kinds/text-scan.js';

/**
 * The rules table, ready to run cases through. Pure: the as-of date and the calendar come in
 * as arguments, so the same input gives the same result on any machine, any day.
 */
export class RulesEngine {
  private readonly byId: ReadonlyMap<string, Rule>;
  private readonly order: ReadonlyMap<string, number>;

  constructor(readonly rules: readonly Rule[], readonly werkdagen: Werkdagen) {
    this.byId = new Map(rules.map((r) => [r.id, r]));
    this.order = new Map(rules.map((r, i) => [r.id, i]));
  }

  evaluate(c: Case, asOf: Datum): Evaluation {
    const clock = Clock.of(c);
    const laatsteDag = clock.laatsteDag;
    // A rule being evaluated is in `results` as IN_PROGRESS, so a reference back to it is caught.
    const results = new Map<string, RuleResult>();
    const byId = this.byId;

    const ctx: Context = {
      case: c,
      clock,
      asOf,
      asOfInCase: laatsteDag ? Datum.min(asOf, laatsteDag) : asOf,
      werkdagen: this.werkdagen,
      valueAt: (path) => fieldAt(c, path),
      dateAt: (path) => {
        const v = fieldAt(c, path);
        return v instanceof Datum ? v : undefined;
      },
      result(id) {
        const done = results.get(id);
        if (done && done !== IN_PROGRESS) return done;
        const rule = byId.get(id);
        // The rules loader refuses unknown references and cycles; this guards the engine's own callers.
        if (!rule || done) throw new Error(`rule reference cannot be evaluated: ${id}`);
        results.set(id, IN_PROGRESS);
        const r = evaluateRule(rule, ctx);
        results.set(id, r);
        return r;
      },
    };

    const timeline: TimelineEntry[] = [];
    const findings: Finding[] = [];
    for (const rule of this.rules) {
      const r = ctx.result(rule.id);
      if (r.entry) timeline.push(r.entry);
      for (const f of r.findings) findings.push(f);
    }

    const order = this.order;
    return {
      clock,
      week: clock.weekOn(asOf),
      timeline: timeline.sort((x, y) => sortDay(x) - sortDay(y)),
      findings: findings.sort(
        (x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] || (order.get(x.rule) ?? 0) - (order.get(y.rule) ?? 0),
      ),
    };
  }
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

const IN_PROGRESS: RuleResult = { entry: null, findings: [], daysLate: 0 };

/** Timeline order: by the date that matters most; entries without a date go last. */
function sortDay(e: TimelineEntry): number {
  return (e.due ?? e.from ?? e.done)?.day ?? Number.MAX_SAFE_INTEGER;
}

function evaluateRule(rule: Rule, ctx: Context): RuleResult {
  const variant = rule.variants.find((v) => !v.when || holds(v.when, ctx));
  if (!variant) return notApplicable(rule, ctx);
  const r = evaluateVariant(rule.id, variant, ctx);
  // A milestone stays on the timeline even when this case's variant is only a check.
  if (!r.entry && isMilestone(rule)) r.entry = { ...notApplicable(rule, ctx).entry!, status: r.findings.length > 0 ? 'open' : 'not-applicable' };
  return r;
}

function evaluateVariant(id: string, v: Variant, ctx: Context): RuleResult {
  switch (v.kind) {
    case 'deadline': return evaluateDeadline(id, v, ctx);
    case 'interval': return evaluateInterval(id, v, ctx);
    case 'date': return evaluateDate(id, v, ctx);
    case 'check': return evaluateCheck(id, v, ctx);
    case 'date-order': return evaluateDateOrder(id, v, ctx);
    case 'text-scan': return evaluateTextScan(id, v, ctx);
    case 'loonsanctie': return evaluateLoonsanctie(id, v, ctx);
  }
}

function isMilestone(rule: Rule): boolean {
  return rule.variants.some((v) => v.kind === 'deadline' || v.kind === 'interval' || v.kind === 'date' || v.kind === 'loonsanctie');
}

/** The field a milestone rule is satisfied by, to show what was recorded even when it does not apply. */
function milestoneField(rule: Rule): FieldPath | undefined {
  for (const v of rule.variants) if (v.kind === 'deadline') return v.field;
  return undefined;
}

function notApplicable(rule: Rule, ctx: Context): RuleResult {
  if (!isMilestone(rule)) return { entry: null, findings: [], daysLate: 0 };
  const field = milestoneField(rule);
  const done = (field && ctx.dateAt(field)) ?? null;
  return { entry: { id: rule.id, from: null, due: null, done, status: 'not-applicable', days: null, basis: null }, findings: [], daysLate: 0 };
}
