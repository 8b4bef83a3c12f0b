import { Checker } from '../check/checker.js';
import type { Baseline } from '../check/baseline.js';
import type { CaseReport } from '../check/case-report.js';
import { readingOf, type Reading, type ReadingSpec } from '../check/inputs.js';
import { Datum } from '../domain/datum.js';
import { Werkdagen } from '../domain/feestdagen.js';
import type { RulesTable } from '../input/rules-cache.js';
import type { Lang } from '../domain/lang.js';
import type { Severity } from '../domain/rule.js';
import { FORMATS, type FormatName, type Formatter } from '../output/formats/index.js';
import { pseudonymizer } from '../output/pseudonym.js';
import type { Setup } from '../output/setup.js';
import { wordingFor } from '../output/wording.js';

/**
 * What decides how each case of a run is checked and rendered, as plain data: made once (by the
 * CLI from its flags and config, by checkFiles from its options), and the main thread and every
 * worker thread open the same run from it (openRun), so that a case reads the same whichever
 * thread checked it.
 */
export interface RunSpec {
  /** The as-of date, as a day number. */
  asOf: number;
  lang: Lang;
  /** --redact's key: every thread makes the same pseudonyms. */
  redactKey: string | undefined;
  maxFileSize: number;
  cwd: string;
  /** The config's gross monthly wage, for cases without one. */
  loonPerMaand: number | undefined;
  /** --baseline: the findings accepted; `update` (--update-baseline) accepts every finding of this run instead. */
  baseline?: Baseline | undefined;
  /** How exports are read: columns, periods, sheet. */
  reading: ReadingSpec;
  rendering: Rendering;
}

/**
 * What is made of each case: the text of an output format, or the report itself (for a caller
 * that gathers, as the agenda, or hands cases on, as checkFiles); `timelineRisk` works out what
 * missing each open step can cost, which only the agenda shows.
 */
export type Rendering =
  | { kind: 'format'; format: FormatName; colorLevel: 0 | 1 | 2 | 3; width: number | null; quiet: Severity | 'never' | false; perFinding: boolean; version: string; setup: Setup }
  | { kind: 'report'; timelineRisk: boolean };

export interface Run<T = unknown> {
  /** The rules table in force, for worker threads to open the same run. */
  table: RulesTable;
  checker: Checker;
  /** How exports are read, ready to apply. */
  reading: Reading;
  /** One case into what the command adds to its output; pure, so any thread may do it. */
  render(c: CaseReport): T;
  /** The whole formatter (its start, add and end are the main thread's), for a format rendering. */
  formatter: Formatter<T> | undefined;
}

/** `table`: the rules table in force; a worker gets it from the rules cache. */
export async function openRun<T>(spec: RunSpec, table: RulesTable): Promise<Run<T>> {
  const checker = checkerOf(spec, table);
  const reading = readingOf(spec.reading);
  const r = spec.rendering;
  if (r.kind === 'report') return { table, checker, reading, render: (c) => c as T, formatter: undefined };
  const formatter = (await FORMATS[r.format]())({ ...r, asOf: checker.settings.asOf, lang: spec.lang, rules: table.rules, cwd: spec.cwd }) as Formatter<T>;
  return { table, checker, reading, render: (c) => formatter.render(c), formatter };
}

/** The run's checker alone, for a case that is not read from a file (checkCase). */
export function checkerOf(spec: RunSpec, { rules, feestdagen, costs }: RulesTable): Checker {
  const mask = spec.redactKey === undefined ? undefined : pseudonymizer(spec.redactKey);
  const r = spec.rendering;
  return new Checker({
    rules, werkdagen: new Werkdagen(feestdagen), asOf: Datum.fromDay(spec.asOf), wording: wordingFor(spec.lang, mask), mask, costs,
    loonPerMaand: spec.loonPerMaand, baseline: spec.baseline, timelineRisk: r.kind === 'report' && r.timelineRisk,
  });
}
