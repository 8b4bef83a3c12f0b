import type { Consequence } from './rule.js';
import type { Text } from './lang.js';

/**
 * What a missed step can cost the werkgever at most (docs/law.md, "Money at risk"). The amounts
 * are data of the rules table (`costs:`), each with its source; this file only does the sums. A
 * maximum estimate, never a bill: UWV may impose less, or nothing.
 */
export type Cost =
  /** Wages for a period: a loonsanctie is at most 52 weeks, one per case however many steps risk it. */
  | { wageWeeks: number; source: Text }
  /** A fixed maximum per finding: a boete. */
  | { euros: number; source: Text }
  /** Wages for each day a step was late: a late WIA aanvraag extends wage payment by the delay. */
  | { wagePerDayLate: true; source: Text };

export type Costed = Exclude<Consequence, 'geen'>;
export type Costs = Readonly<Partial<Record<Costed, Cost>>>;

/** The wage a case's exposure is computed from. */
export interface Wage {
  /** Gross monthly wage in euros (`loon_per_maand`, or the config's default). */
  perMonth: number;
  /** The share of it paid during sickness, in percent: at least 70 (art. 7:629 lid 1 BW). */
  percentage: number;
}

/** The statutory minimum of wages paid during sickness (art. 7:629 lid 1 BW), when the case gives none higher. */
export const MINIMUM_PERCENTAGE = 70;

/** What a finding risks: its consequence, and the days it was late (for a cost per day late). */
export interface AtRisk {
  rule: string;
  consequence: Consequence;
  days?: number | undefined;
}

/** How an amount was made, for the report to say: wages for weeks or days, or a fixed maximum. */
export type CostBasis =
  | { type: 'wage-weeks'; weeks: number; wage: Wage | null }
  | { type: 'wage-days'; days: number; wage: Wage | null }
  | { type: 'fixed'; euros: number };

export interface Exposed {
  consequence: Costed;
  rules: string[];
  /** Whole euros at most; null when it is wages and no wage is known. */
  euros: number | null;
  basis: CostBasis;
  source: Text;
}

/**
 * Week and day wages from a monthly wage as Dutch payroll converts them: 13 four-week periods
 * make 12 months, so a week is 3/13 of a month and 52 weeks are exactly 12 months.
 */
function wages(wage: Wage, days: number): number {
  return Math.round(((wage.perMonth * 12) / 364) * days * (wage.percentage / 100));
}

/** Whole euros a cost comes to at most (null: wages, and no wage known); `days` late for a cost per day late. */
export function costEuros(cost: Cost, days: number | undefined, wage: Wage | null): number | null {
  if ('euros' in cost) return cost.euros;
  if (!wage) return null;
  return wages(wage, 'wageWeeks' in cost ? cost.wageWeeks * 7 : Math.max(0, days ?? 0));
}

/** The most one finding can cost, or undefined when its consequence costs nothing in money. */
export function findingExposure(f: AtRisk, costs: Costs, wage: Wage | null): Exposed | undefined {
  const cost = f.consequence === 'geen' ? undefined : costs[f.consequence];
  if (!cost) return undefined;
  const basis: CostBasis = 'euros' in cost ? { type: 'fixed', euros: cost.euros }
    : 'wageWeeks' in cost ? { type: 'wage-weeks', weeks: cost.wageWeeks, wage }
    : { type: 'wage-days', days: Math.max(0, f.days ?? 0), wage };
  return { consequence: f.consequence as Costed, rules: [f.rule], source: cost.source, euros: costEuros(cost, f.days, wage), basis };
}

/**
 * What a case risks in all: one item per finding, except that the wage periods of one kind (a
 * loonsanctie) are one item, since UWV extends the one period of wage payment, by 52 weeks at
 * most, however many steps fell short.
 */
export function caseExposure(findings: readonly AtRisk[], costs: Costs, wage: Wage | null): { items: Exposed[]; total: number; complete: boolean } {
  const items: Exposed[] = [];
  for (const f of findings) {
    const e = findingExposure(f, costs, wage);
    if (!e) continue;
    const same = e.basis.type === 'wage-weeks' ? items.find((i) => i.consequence === e.consequence) : undefined;
    if (same) {
      if (!same.rules.includes(f.rule)) same.rules.push(f.rule);
    } else items.push(e);
  }
  return {
    items,
    total: items.reduce((sum, i) => sum + (i.euros ?? 0), 0),
    complete: items.every((i) => i.euros !== null),
  };
}
