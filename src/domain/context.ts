import type { Case, FieldPath } from './case.js';
import type { Clock } from './clock.js';
import type { Datum } from './datum.js';
import type { Finding, TimelineEntry } from './evaluation.js';
import type { Werkdagen } from './feestdagen.js';

/** What one rule contributes: at most one timeline entry, any number of findings. */
export interface RuleResult {
  entry: TimelineEntry | null;
  findings: Finding[];
  /** Days by which the rule's deadline was, or so far is, missed (0 when not). */
  daysLate: number;
  /** `daysLate` is still growing: the entry is missing and overdue. */
  provisional?: boolean | undefined;
}

/** Everything a rule may look at while one case is evaluated. */
export interface Context {
  readonly case: Case;
  readonly clock: Clock;
  readonly asOf: Datum;
  readonly werkdagen: Werkdagen;
  /**
   * The as-of date, or the case's last day if that came first: a condition such as "once the
   * as-of date is past week 52" looks no further than the end of the employer's obligations.
   */
  readonly asOfInCase: Datum;
  valueAt(path: FieldPath): unknown;
  dateAt(path: FieldPath): Datum | undefined;
  /** Another rule's result, evaluated once per case. */
  result(ruleId: string): RuleResult;
}
