import type { FieldPath } from './case.js';
import type { Clock } from './clock.js';
import type { Datum } from './datum.js';
import type { Anchor, Consequence, FindingSpec, Severity } from './rule.js';
import type { Text } from './lang.js';

/** What the engine returns for one case: coded results; wording is the output layer's job. */
export type Status = 'on-time' | 'late' | 'early' | 'overdue' | 'open' | 'not-applicable' | 'info';

export interface TimelineEntry {
  id: string;
  from: Datum | null;
  due: Datum | null;
  done: Datum | null;
  status: Status;
  /** Late by, early by, overdue by, or due in this many days; null where none applies. */
  days: number | null;
  /** The anchor that decided `due`, to say why a date is what it is. */
  basis: Basis | null;
  /** `due` still moves with the as-of date (it adds days late that are still running). */
  provisional?: boolean | undefined;
  /** What missing the step risks: the consequence of its variant's main way of failing. */
  risk?: Consequence | undefined;
}

/** The anchor that produced a date, with the recorded date it started from (if any). */
export interface Basis {
  anchor: Anchor;
  fieldDate?: Datum | undefined;
  /** The days another rule's deadline was missed, added by `plusDaysLate`. */
  daysLate?: number | undefined;
}

/** Which way a rule is not satisfied (late, missing, gap …); its kind declares the types it has (kinds/). */
export type FindingType = string;

export interface FindingArgs {
  due?: Datum | undefined;
  done?: Datum | undefined;
  from?: Datum | undefined;
  days?: number | undefined;
  basis?: Basis | undefined;
  /** The recorded value a check is about. */
  value?: string | number | undefined;
  /** The date a date-order finding is about. */
  date?: Datum | undefined;
  /** The bound a date crossed: the ziekmelding, the as-of date, the date it must not precede, a lapsed grace period. */
  limit?: Datum | undefined;
}

export interface Finding {
  rule: string;
  type: FindingType;
  severity: Severity;
  consequence: Consequence;
  /** The key the finding is about; for a missing entry, the key that should have held it. */
  path: FieldPath;
  args: FindingArgs;
  /** The rule's message template for this way of failing; rendered by the output layer. */
  template: Text;
}

export function finding(rule: string, type: FindingType, spec: FindingSpec, path: FieldPath, args: FindingArgs): Finding {
  return { rule, type, severity: spec.severity, consequence: spec.consequence, path, args, template: spec.message };
}

export interface Evaluation {
  clock: Clock;
  /** The ziekteweek of the as-of date; null before the ziekmelding or once hersteld. */
  week: number | null;
  timeline: TimelineEntry[];
  findings: Finding[];
}
