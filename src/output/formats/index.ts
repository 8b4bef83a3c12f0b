import type { Datum } from '../../domain/datum.js';
import type { Rule, Severity } from '../../domain/rule.js';
import type { Lang } from '../../domain/lang.js';
import type { CaseReport, Summary } from '../../check/case-report.js';
import type { Setup } from '../setup.js';

/**
 * The output formats: separate modules over one result type (as ESLint's formatters), loaded
 * only when chosen so that `--format json` never pays for chalk and cli-table3. A formatter
 * streams: it gets the cases one by one, in input order, so a batch of 100,000 cases is never
 * held in memory.
 */
export interface FormatContext {
  asOf: Datum;
  lang: Lang;
  /** chalk colour level: 0 none, 1 basic, 2 256, 3 truecolor. */
  colorLevel: 0 | 1 | 2 | 3;
  /** The display columns people's text fits (wrap.ts); null for no limit (a pipe). */
  width: number | null;
  /** The rules table in force (built-in plus --rules), for formats that describe the rules. */
  rules: readonly Rule[];
  /** The config and the user's rules files: every report that has a place for them names them. */
  setup: Setup;
  version: string;
  /** The working directory: CI formats name files relative to it, as the runner checked them out. */
  cwd: string;
  /**
   * --quiet: people's formats show only the cases that fail the run, with a finding at or above
   * this level (--fail-on), and those that could not be read; false shows every case.
   */
  quiet?: Severity | 'never' | false;
  /**
   * --per-finding (csv only; `poort check` refuses it with another format): a row per finding,
   * and per input problem of a case that could not be evaluated, instead of a row per case.
   */
  perFinding?: boolean;
}

export interface Formatter<R = unknown> {
  /** Text before the first case. */
  start(): string;
  /**
   * One case from the case alone, without the formatter's state: the costly part, which a
   * worker thread may do (the result is structured-cloned to the main thread).
   */
  render(c: CaseReport): R;
  /** A rendered case into the report, in input order: the text to write now. */
  add(rendered: R): string;
  /** Text after the last case; the summary counts every case that came in. */
  end(summary: Summary): string;
}

export type FormatterFactory = (ctx: FormatContext) => Formatter;

export const FORMATS = {
  text: async (): Promise<FormatterFactory> => (await import('./text.js')).textFormatter,
  json: async (): Promise<FormatterFactory> => (await import('./json.js')).jsonFormatter,
  ics: async (): Promise<FormatterFactory> => (await import('./ics.js')).icsFormatter,
  sarif: async (): Promise<FormatterFactory> => (await import('./sarif.js')).sarifFormatter,
  junit: async (): Promise<FormatterFactory> => (await import('./junit.js')).junitFormatter,
  github: async (): Promise<FormatterFactory> => (await import('./github.js')).githubFormatter,
  csv: async (): Promise<FormatterFactory> => (await import('./csv.js')).csvFormatter,
  markdown: async (): Promise<FormatterFactory> => (await import('./markdown.js')).markdownFormatter,
  html: async (): Promise<FormatterFactory> => (await import('./html.js')).htmlFormatter,
} as const;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
