import type { FieldPath } from './case.js';
import type { Text } from './lang.js';
import type { VariantBase } from './kind.js';

/**
 * The rules table as data (rules/*.yaml). The engine knows these kinds of date anchor and the
 * kinds of rule in kinds/; a new deadline of an existing kind is a new row of data, not code.
 */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** Most severe first: the order of findings, of `poort rules`' severities and of --fail-on. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export type Consequence = 'loonsanctie' | 'boete' | 'verlenging-loondoorbetaling' | 'geen';
export const CONSEQUENCES: readonly Consequence[] = ['loonsanctie', 'boete', 'verlenging-loondoorbetaling', 'geen'];


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

/** One way a rule applies: a variant of one kind of rule (kinds/), with its own condition. */
export type Variant = VariantBase;

export interface Rule {
  id: string;
  title: Text;
  description: Text;
  /** The step as an action, for a report's next step ("plan van aanpak bijstellen"); else the title. */
  todo?: Text | undefined;
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
