import type { FindingType, Status } from '../domain/evaluation.js';
import type { Consequence, Norm, Severity } from '../domain/rule.js';
import type { Problem } from '../input/problem.js';

/*
 * The one result type every output format reads (as ESLint's formatters share one result):
 * per case its problems or its clock, timeline and findings, with the source lines CI formats
 * need. Plain data (dates are ISO 8601 text), so a worker thread's report arrives as it left.
 */

/** A date as YYYY-MM-DD: sorts as text, and is what the machine-readable formats write. */
export type IsoDate = string;

/** Where a case came from: a label for people, and the file its line numbers belong to. */
export interface Origin {
  source: string;
  file: string;
}

export interface ProblemEntry {
  code: Problem['code'];
  path: string;
  line: number | null;
  column: number | null;
  message: string;
}

export interface TimelineRow {
  id: string;
  title: string;
  norm: Norm | null;
  /** The ziekteweek the date falls in. */
  week: number | null;
  from: IsoDate | null;
  due: IsoDate | null;
  done: IsoDate | null;
  status: Status;
  days: number | null;
  /** What missing an open or overdue step can cost at most: its consequence and euros (null: wages, no wage known). Worked out for the agenda only (CheckSettings.timelineRisk); null otherwise. */
  risk: { consequence: Exclude<Consequence, 'geen'>; euros: number | null } | null;
}

/** The facts a finding's message was made from, for scripts: dates as YYYY-MM-DD. */
export interface FindingFacts {
  due?: string;
  done?: string;
  from?: string;
  date?: string;
  limit?: string;
  days?: number;
  value?: string | number;
}

export interface FindingEntry {
  rule: string;
  title: string;
  severity: Severity;
  consequence: Consequence;
  norm: Norm | null;
  /** Which way the rule is not satisfied: late, missing, gap … */
  type: FindingType;
  args: FindingFacts;
  /** With ISO dates, for the machine-readable formats. */
  message: string;
  /** The same for people: Dutch date notation in Dutch. */
  text: string;
  source: string;
  line: number;
  /** The most this finding can cost the werkgever in euros (a maximum estimate); null when it has no consequence in money or the wage is not known. */
  exposure: number | null;
  /** The baseline (--baseline) accepted it: it fails no run. */
  baseline: boolean;
}

/** One consequence a case risks, and the most it can cost: an estimate, never a bill (docs/law.md, "Money at risk"). */
export interface ExposureItem {
  consequence: Exclude<Consequence, 'geen'>;
  /** The rules whose findings risk it: a loonsanctie is one item however many rules risk it. */
  rules: string[];
  /** Euros at most; null when it is a share of the wage and the case gives no wage. */
  euros: number | null;
  /** How the figure is made, in the report's language: "52 weken × 70% van € 3.500 per maand". */
  basis: string;
  /** What a consultant can cite for it. */
  source: string;
}

export interface CaseExposure {
  /** The sum of the items whose euros are known. */
  total: number;
  /** False when an item needs a wage the case does not give (`loon_per_maand`): the total is then too low. */
  complete: boolean;
  items: ExposureItem[];
}

/** What to do next: the earliest open or overdue milestone with a date. */
export interface NextStep {
  rule: string;
  title: string;
  /** The step as an action, in the report's language: "plan van aanpak bijstellen". */
  todo: string;
  due: IsoDate;
  /** Days from the as-of date to `due`: negative when the step is overdue. */
  days: number;
}

/** An onderbreking (full recovery under 28 days) or a WAZO-verlof: days that do not count in the wachttijd. */
export interface Pause {
  from: IsoDate;
  to: IsoDate;
  kind: 'onderbreking' | 'wazo';
}

export interface CaseReport {
  /** Where the case came from, for people: `case.yaml`, `export.csv row 12`, `cases.jsonl line 56`. */
  source: string;
  /** The file it is in (`-` for standard input); every line number below is a line of this file. */
  file: string;
  werknemer: string | null;
  valid: boolean;
  problems: ProblemEntry[];
  clock: {
    ziekmelding: IsoDate;
    week: number | null;
    eindeWachttijd: IsoDate;
    eindeLoondoorbetaling: IsoDate;
    /** eindeLoondoorbetaling still grows with the as-of date (a WIA aanvraag overdue and not yet made). */
    provisional: boolean;
    hersteld: IsoDate | null;
    /** The days the sickness clock skips, in date order (both days included): for a picture of the case, which shades them. */
    pauses: Pause[];
  } | null;
  timeline: TimelineRow[];
  findings: FindingEntry[];
  /** Null for a case that could not be evaluated. */
  exposure: CaseExposure | null;
  next: NextStep | null;
  /** How a baseline names the case (check/baseline.ts), when the run reads or writes one. */
  baselineKey?: string | undefined;
}

export interface Summary {
  cases: number;
  invalid: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings a baseline (--baseline) holds back: counted above, but failing no run. */
  heldBack: number;
  exposure: {
    /** Euros at most over every case (a loonsanctie once per case). */
    total: number;
    /** Cases whose exposure needs a wage they do not give: the total is then too low. */
    incomplete: number;
  };
}
