import type { Lang } from '../../domain/lang.js';
import { locale, words, type Words } from '../locale/index.js';
import { field, neutralize } from '../csv-cells.js';
import { type CaseReport, type FindingEntry } from '../../check/case-report.js';
import type { FormatContext, Formatter } from './index.js';

/**
 * One row per case, for spreadsheet users: its clock, counts, a one-word status, the next
 * open or overdue deadline and, last, the rules with an error or warning. RFC 4180 (CRLF line
 * ends, fields quoted when they hold the separator, a quote or a line break). With `--lang nl`
 * it is what Dutch Excel opens without an import dialog: `;` between fields, Dutch headers and
 * a UTF-8 byte order mark; otherwise `,`, English headers that match the JSON keys, and no BOM.
 * Dates are YYYY-MM-DD in both. With `--per-finding` (ctx.perFinding): one row per finding
 * instead, and one per input problem of a case that could not be evaluated.
 */
export function csvFormatter(ctx: FormatContext): Formatter<string> {
  const { separator: sep, bom } = locale(ctx.lang).csv;
  const row = (cells: readonly (string | number | null)[]): string => `${cells.map((v) => field(v === null ? '' : String(v), sep)).join(sep)}\r\n`;
  const header: readonly ((typeof HEADER)[number] | (typeof FINDING_HEADER)[number])[] = ctx.perFinding ? FINDING_HEADER : HEADER;
  const render = ctx.perFinding
    ? (c: CaseReport): string => findingRows(c, ctx.lang).map(row).join('')
    : (c: CaseReport): string => row(csvRow(c, ctx.lang));
  return {
    start: () => (bom ? '\uFEFF' : '') + row(header.map((k) => words(ctx.lang).report[k])),
    render,
    add: (line) => line,
    end: () => '',
  };
}

// New columns go at the end: a spreadsheet that reads columns by position keeps working.
const HEADER = [
  'csvSource', 'csvWerknemer', 'csvValid', 'csvWeek', 'csvZiekmelding', 'csvEindeWachttijd',
  'csvErrors', 'csvWarnings', 'csvInfos', 'csvStatus', 'csvNext', 'csvNextDue', 'csvNextStatus', 'csvRules', 'csvExposure', 'csvExposureComplete',
] as const satisfies readonly (keyof Words['report'])[];

const FINDING_HEADER = [
  'csvSource', 'csvWerknemer', 'csvRule', 'csvSeverity', 'csvNorm', 'csvType', 'csvDue', 'csvDays', 'csvMessage', 'csvLine', 'csvExposure',
] as const satisfies readonly (keyof Words['report'])[];

export type CaseStatus = 'ok' | 'errors' | 'warnings' | 'invalid';

/** The one-word status of a case: invalid, else its most severe finding (infos are ok). */
export function caseStatus(c: CaseReport): CaseStatus {
  if (!c.valid) return 'invalid';
  if (c.findings.some((f) => f.severity === 'error')) return 'errors';
  if (c.findings.some((f) => f.severity === 'warning')) return 'warnings';
  return 'ok';
}

/** The ids of the rules with an error or warning (infos fail no case), each once, in the order of the findings. */
export function failingRules(c: CaseReport): string[] {
  return [...new Set(c.findings.filter((f) => f.severity !== 'info').map((f) => f.rule))];
}

const STATUS_WORD = { ok: 'statusOk', errors: 'statusErrors', warnings: 'statusWarnings', invalid: 'statusInvalid' } as const;

function csvRow(c: CaseReport, lang: Lang): (string | number | null)[] {
  const w = words(lang).report;
  const count = (s: string): number => c.findings.filter((f) => f.severity === s).length;
  const next = c.next;
  return [
    neutralize(c.source),
    c.werknemer === null ? null : neutralize(c.werknemer),
    c.valid ? w.yes : w.no,
    c.clock?.week ?? null,
    c.clock?.ziekmelding ?? null,
    c.clock?.eindeWachttijd ?? null,
    count('error'),
    count('warning'),
    count('info'),
    w[STATUS_WORD[caseStatus(c)]],
    next?.rule ?? null,
    next?.due ?? null,
    next ? w.csvStatuses[next.days < 0 ? 'overdue' : 'open'] : null,
    neutralize(failingRules(c).join(', ')),
    c.exposure?.total ?? null,
    c.exposure ? (c.exposure.complete ? w.yes : w.no) : null,
  ];
}

/** The rule column of a row about an input problem, as SARIF and JUnit name it. */
export const INPUT_PROBLEM = 'input-problem';

/**
 * The finding types whose `days` are the days past `due`: late (done after it), overdue (not
 * done by the as-of date) and UWV's decision late. Other types count other days (too early, the
 * sick-days of a gap between meetings, after the expected date yet in time): no lateness.
 */
const DAYS_PAST_DUE: ReadonlySet<string> = new Set(['late', 'missing', 'undecided', 'shortened', 'lifted']);

/** Days late or overdue when the finding knows them, else null. */
export function daysPastDue(f: Pick<FindingEntry, 'type' | 'args'>): number | null {
  return DAYS_PAST_DUE.has(f.type) && f.args.due !== undefined && f.args.days !== undefined ? f.args.days : null;
}

/**
 * `--per-finding`: a row per finding (infos too, with their severity), or for a case that could
 * not be evaluated a row per input problem; a valid case without findings has no row.
 */
function findingRows(c: CaseReport, lang: Lang): (string | number | null)[][] {
  const severity = words(lang).severity;
  const source = neutralize(c.source);
  const werknemer = c.werknemer === null ? null : neutralize(c.werknemer);
  if (!c.valid) {
    return c.problems.map((p) => [
      source, werknemer, INPUT_PROBLEM, severity.error, null, p.code, null, null, neutralize(p.path ? `${p.path}: ${p.message}` : p.message), p.line, null,
    ]);
  }
  return c.findings.map((f) => [
    source, werknemer, neutralize(f.rule), severity[f.severity], f.norm, f.type, f.args.due ?? null, daysPastDue(f), neutralize(f.text), f.line, f.exposure,
  ]);
}
