import type { FieldPath } from './case.js';

/**
 * The rules table as data (rules/*.yaml). The engine knows these kinds of rule and of date
 * anchor; a new deadline of an existing kind is a new row of data, not code.
 */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type Consequence = 'loonsanctie' | 'boete' | 'verlenging-loondoorbetaling' | 'geen';
export const CONSEQUENCES: readonly Consequence[] = ['loonsanctie', 'boete', 'verlenging-loondoorbetaling', 'geen'];

export type Lang = 'nl' | 'en';
export type Text = Readonly<Record<Lang, string>>;

/** Dates the clock itself defines. */
export type ClockDate = 'ziekmelding' | 'eindeWachttijd';
export const CLOCK_DATES: readonly ClockDate[] = ['ziekmelding', 'eindeWachttijd'];

/** The clock dates a report takes from a rule rather than from the sickness clock itself. */
export const REPORTED_CLOCK_DATES = ['eindeLoondoorbetaling'] as const;
export type ReportedClockDate = (typeof REPORTED_CLOCK_DATES)[number];

/**
 * Where a date comes from. The base is one of: a point of the sickness clock (`week` with
 * `at`), a date recorded in the case (`field`), a date of the clock (`clock`), a date of
 * another rule (`rule`), or the earliest of several anchors. Offsets follow, in calendar days.
 */
export type AnchorBase =
  | { type: 'week'; week: number; at: 'start' | 'end' | 'after' }
  | { type: 'field'; path: FieldPath }
  | { type: 'clock'; name: ClockDate }
  | { type: 'rule'; id: string; point: 'from' | 'due' }
  | { type: 'earliest'; of: readonly Anchor[] };

export interface Anchor {
  base: AnchorBase;
  /** Calendar days added (weeks are stored as 7 days each). */
  days: number;
  /** A case field counting weeks, added as 7 days each (loonsanctie_weken). */
  plusWeeksOf?: FieldPath | undefined;
  /** Add the days by which another rule's deadline was or is being missed. */
  plusDaysLate?: string | undefined;
  /** Move forward to the first working day (Atw art. 1). */
  werkdag: boolean;
}

export type Condition =
  | { type: 'in'; path: FieldPath; values: readonly (string | number)[] }
  | { type: 'present'; path: FieldPath; present: boolean }
  | { type: 'below'; path: FieldPath; limit: number }
  | { type: 'asOfOnOrAfter'; anchor: Anchor }
  | { type: 'all'; of: readonly Condition[] }
  | { type: 'any'; of: readonly Condition[] }
  | { type: 'not'; of: Condition };

/** What a rule says when it is not satisfied in one particular way. */
export interface FindingSpec {
  severity: Severity;
  consequence: Consequence;
  message: Text;
}

/** A dated milestone: the date in `field` must fall in [from, due]. */
export interface DeadlineVariant {
  kind: 'deadline';
  when?: Condition | undefined;
  field: FieldPath;
  from?: Anchor | undefined;
  /** Absent: there is no deadline, the entry is expected as soon as the rule applies. */
  due?: Anchor | undefined;
  /** The date must not come before this recorded date (plan van aanpak after probleemanalyse). */
  notBefore?: FieldPath | undefined;
  /** The deadline moves up to this recorded date when it is earlier (RIV before WIA aanvraag). */
  notAfter?: FieldPath | undefined;
  late: FindingSpec;
  missing: FindingSpec;
  early?: FindingSpec | undefined;
  order?: FindingSpec | undefined;
}

/** A recurring obligation: from `start`, each entry of `list`, up to the as-of date, no gap over `maxGapDays`. */
export interface IntervalVariant {
  kind: 'interval';
  when?: Condition | undefined;
  start: FieldPath;
  list: FieldPath;
  maxGapDays: number;
  /** The obligation stops here (the end of the wachttijd), besides at hersteld and as-of. */
  until?: Anchor | undefined;
  gap: FindingSpec;
  missing: FindingSpec;
}

/** A computed date with nothing to do, shown on the timeline. */
export interface DateVariant {
  kind: 'date';
  when?: Condition | undefined;
  date: Anchor;
}

/** A condition that, when it holds, is itself the finding. */
export interface CheckVariant {
  kind: 'check';
  when: Condition;
  /** The key the finding is about. */
  at: FieldPath;
  finding: FindingSpec;
}

/** Every recorded date must lie between the ziekmelding and the as-of date. */
export interface DateOrderVariant {
  kind: 'date-order';
  when?: Condition | undefined;
  before: FindingSpec;
  after: FindingSpec;
}

/** Free-text fields must not name any of these terms (medical details, say). */
export interface TextScanVariant {
  kind: 'text-scan';
  when?: Condition | undefined;
  fields: readonly FieldPath[];
  /**
   * Whole words, matched case- and accent-insensitively. `*` at an end also matches a word
   * that goes on there (`*kanker` finds longkanker), for Dutch compounds.
   */
  terms: readonly string[];
  match: FindingSpec;
}

export type Variant = DeadlineVariant | IntervalVariant | DateVariant | CheckVariant | DateOrderVariant | TextScanVariant;
export type RuleKind = Variant['kind'];

export interface Rule {
  id: string;
  title: Text;
  description: Text;
  /** Domain.md's reading of the law, in plain words, for `poort explain`. */
  interpretation?: Text | undefined;
  source: string;
  /** Whether a rule from a user's file replaced a built-in one of the same id. */
  overrides?: boolean | undefined;
  /** The date of the case's clock this rule's date is, in every report (contract.md `clock`). */
  clockDate?: ReportedClockDate | undefined;
  /** The first variant whose `when` holds is the one that applies; none: not applicable. */
  variants: readonly Variant[];
  /** Where the rule was defined, for messages about the rules themselves. */
  origin: { file: string; line: number };
}
