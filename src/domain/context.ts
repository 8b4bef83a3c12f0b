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
}

/** Everything a rule may look at while one case is evaluated. */
export interface Context {
  readonly case: Case;
  readonly clock: Clock;
  readonly asOf: Datum;
  readonly werkdagen: Werkdagen;
  valueAt(path: FieldPath): unknown;
  dateAt(path: FieldPath): Datum | undefined;
  /** Another rule's result, evaluated once per case. */
  result(ruleId: string): RuleResult;
}
