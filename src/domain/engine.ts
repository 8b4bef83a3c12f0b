import { fieldAt, type Case, type FieldPath } from './case.js';
import { Clock } from './clock.js';
import { holds } from './condition.js';
import type { Context, RuleResult } from './context.js';
import { Datum } from './datum.js';
import type { Evaluation, Finding, TimelineEntry } from './evaluation.js';
import type { Werkdagen } from './feestdagen.js';
import type { KindModule, Kinds } from './kind.js';
import { KINDS } from './kinds/index.js';
import { SEVERITY_RANK, type Consequence, type Rule, type Variant } from './rule.js';

/**
 * The rules table, ready to run cases through. Pure: the as-of date and the calendar come in
 * as arguments, so the same input gives the same result on any machine, any day.
 */
export class RulesEngine {
  private readonly byId: ReadonlyMap<string, Rule>;
  private readonly order: ReadonlyMap<string, number>;

  constructor(readonly rules: readonly Rule[], readonly werkdagen: Werkdagen, private readonly kinds: Kinds = KINDS) {
    this.byId = new Map(rules.map((r) => [r.id, r]));
    this.order = new Map(rules.map((r, i) => [r.id, i]));
  }

  evaluate(c: Case, asOf: Datum): Evaluation {
    const clock = Clock.of(c);
    const laatsteDag = clock.laatsteDag;
    // A rule being evaluated is in `results` as IN_PROGRESS, so a reference back to it is caught.
    const results = new Map<string, RuleResult>();
    const byId = this.byId;
    const kinds = this.kinds;

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
        const r = evaluateRule(rule, ctx, kinds);
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

const IN_PROGRESS: RuleResult = { entry: null, findings: [], daysLate: 0 };

/** Timeline order: by the date that matters most; entries without a date go last. */
function sortDay(e: TimelineEntry): number {
  return (e.due ?? e.from ?? e.done)?.day ?? Number.MAX_SAFE_INTEGER;
}

function evaluateRule(rule: Rule, ctx: Context, kinds: Kinds): RuleResult {
  const variant = rule.variants.find((v) => !v.when || holds(v.when, ctx));
  if (!variant) return notApplicable(rule, ctx, kinds);
  const kind = kinds.of(variant.kind);
  const r = kind.evaluate(rule.id, variant, ctx);
  // A milestone stays on the timeline even when this case's variant is only a check.
  if (!r.entry && isMilestone(rule, kinds)) r.entry = { ...notApplicable(rule, ctx, kinds).entry!, status: r.findings.length > 0 ? 'open' : 'not-applicable' };
  const risk = riskOf(variant, kind);
  if (r.entry && risk) r.entry.risk = risk;
  return r;
}

const risks = new WeakMap<Variant, Consequence | undefined>();

/** What missing a variant's step risks: the consequence of its main way of failing (asked once per variant, not per case). */
function riskOf(variant: Variant, kind: KindModule): Consequence | undefined {
  if (risks.has(variant)) return risks.get(variant);
  const main = Object.keys(kind.findings).find((type) => kind.findings[type]!.main && variant.specs[type]);
  const risk = main === undefined ? undefined : variant.specs[main]!.consequence;
  risks.set(variant, risk);
  return risk;
}

function isMilestone(rule: Rule, kinds: Kinds): boolean {
  return rule.variants.some((v) => kinds.of(v.kind).milestone !== undefined);
}

/** The key a milestone rule is recorded in, to show what was recorded even when it does not apply. */
function recordedIn(rule: Rule, kinds: Kinds): FieldPath | undefined {
  for (const v of rule.variants) {
    const path = kinds.of(v.kind).recordedIn?.(v);
    if (path) return path;
  }
  return undefined;
}

function notApplicable(rule: Rule, ctx: Context, kinds: Kinds): RuleResult {
  if (!isMilestone(rule, kinds)) return { entry: null, findings: [], daysLate: 0 };
  const field = recordedIn(rule, kinds);
  const done = (field && ctx.dateAt(field)) ?? null;
  return { entry: { id: rule.id, from: null, due: null, done, status: 'not-applicable', days: null, basis: null }, findings: [], daysLate: 0 };
}
