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

/**
 * What a rule rests on (docs/law.md, "Norms are not all law"): a statute, the Regeling
 * procesgang eerste en tweede ziektejaar, UWV's published practice, or common practice.
 */
export type Norm = 'wet' | 'regeling' | 'uwv' | 'praktijk';
export const NORMS: readonly Norm[] = ['wet', 'regeling', 'uwv', 'praktijk'];

/** Dates the clock itself defines. */
export type ClockDate = 'ziekmelding' | 'eindeWachttijd';
export const CLOCK_DATES: readonly ClockDate[] = ['ziekmelding', 'eindeWachttijd'];

/** The clock dates a report takes from a rule rather than from the sickness clock itself. */
export const REPORTED_CLOCK_DATES = ['eindeLoondoorbetaling'] as const;
export type ReportedClockDate = (typeof REPORTED_CLOCK_DATES)[number];

/**
 * Where a date comes from. The base is one of: a point of the sickness clock (`week` with
 * `at`), a date recorded in the case (`field`), a date of the clock (`clock`), a date of
 * another rule (`rule`), or the earliest or latest of several anchors. Offsets follow, in
 * calendar days (docs/law.md, "Counting").
 */
export type AnchorBase =
  | { type: 'week'; week: number; at: 'start' | 'end' | 'after' }
  | { type: 'field'; path: FieldPath }
  | { type: 'clock'; name: ClockDate }
  | { type: 'rule'; id: string; point: 'from' | 'due' }
  | { type: 'earliest' | 'latest'; of: readonly Anchor[] };

/** Moving a date that is not a working day: to the next one (Atw art. 1), or back to the one before. */
export type WerkdagShift = 'next' | 'previous';

export interface Anchor {
  base: AnchorBase;
  /** Calendar days added (weeks are stored as 7 days each). */
  days: number;
  /** Add the days by which another rule's deadline was or is being missed. */
  plusDaysLate?: string | undefined;
  /** Move to a working day when the date is not one. */
  werkdag?: WerkdagShift | undefined;
}

export type Condition =
  | { type: 'in'; path: FieldPath; values: readonly (string | number)[] }
  | { type: 'present'; path: FieldPath; present: boolean }
  | { type: 'below'; path: FieldPath; limit: number }
  /** A date compared with another: a recorded date after sick-day 623, say. False when either is unknown. */
  | { type: 'compare'; subject: Anchor; op: 'before' | 'after'; anchor: Anchor }
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
  /** Required unless `noDeadline`. */
  late?: FindingSpec | undefined;
  missing?: FindingSpec | undefined;
  early?: FindingSpec | undefined;
  order?: FindingSpec | undefined;
  delayed?: FindingSpec | undefined;
}

/**
 * A recurring obligation: from `start`, each entry of `list`, up to the as-of date, no gap over
 * `maxGapDays` sick-days (days of an onderbreking or leave do not count).
 */
export interface IntervalVariant {
  kind: 'interval';
  when?: Condition | undefined;
  start: FieldPath;
  list: FieldPath;
  maxGapDays: number;
  /** The obligation stops here (the end of wage payment), besides at the as-of date and the case's last day. */
  until?: Anchor | undefined;
  gap: FindingSpec;
  missing: FindingSpec;
}

/** A computed date with nothing to do, shown on the timeline. */
export interface DateVariant {
  kind: 'date';
  when?: Condition | undefined;
  date: Anchor;
  /** Never after the case's last day (the day before hersteld, the end of the contract): wages stop there. */
  notAfterEnd?: boolean | undefined;
}

/**
 * The loonsanctie period (art. 25 lid 9–14 Wet WIA): `weeks` from `start`, paused during
 * WAZO-verlof, shortened once UWV decides the shortcoming is repaired: it then ends
 * `endAfterDecision` days after the decision, less the days the decision came after `decision`.
 */
export interface LoonsanctieVariant {
  kind: 'loonsanctie';
  when?: Condition | undefined;
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
  /** The shortened end, as information. */
  shortened: FindingSpec;
  /** Shortened to nothing: the period ends before it starts. */
  lifted: FindingSpec;
  /** A reported repair with no decision in time. */
  undecided: FindingSpec;
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
  /** Keys whose dates may lie after the as-of date (a planned end of contract), list indexes left out: `wazo_verlof.tot`. */
  future: readonly string[];
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

export type Variant = DeadlineVariant | IntervalVariant | DateVariant | CheckVariant | DateOrderVariant | TextScanVariant | LoonsanctieVariant;
export type RuleKind = Variant['kind'];

export interface Rule {
  id: string;
  title: Text;
  description: Text;
  /** How poort reads the law here, in plain words, for `poort explain` (docs/law.md). */
  interpretation?: Text | undefined;
  /** What a consultant can cite: the statute and article, or UWV's published practice. */
  source: Text;
  /** What the rule rests on; null for a check of the dossier's own consistency. */
  norm: Norm | null;
  /** Whether a rule from a user's file replaced a built-in one of the same id. */
  overrides?: boolean | undefined;
  /** The date of the case's clock this rule's date is, in every report (`clock` in docs/report.md). */
  clockDate?: ReportedClockDate | undefined;
  /** The first variant whose `when` holds is the one that applies; none: not applicable. */
  variants: readonly Variant[];
  /** Where the rule was defined, for messages about the rules themselves. */
  origin: { file: string; line: number };
}
