import type { Lang } from '../../domain/lang.js';
import { locale, words, type Words } from '../locale/index.js';
import { field, neutralize } from '../csv-cells.js';
import { nextDeadline, type CaseReport } from '../../check/case-report.js';
import type { FormatContext, Formatter } from './index.js';

/**
 * One row per case, for spreadsheet users: its clock, counts, a one-word status and the next
 * open or overdue deadline. RFC 4180 (CRLF line ends, fields quoted when they hold the
 * separator, a quote or a line break). With `--lang nl` it is what Dutch Excel opens without
 * an import dialog: `;` between fields, Dutch headers and a UTF-8 byte order mark; otherwise
 * `,`, English headers that match the JSON keys, and no BOM. Dates are YYYY-MM-DD in both.
 */
export function csvFormatter(ctx: FormatContext): Formatter<string> {
  const { separator: sep, bom } = locale(ctx.lang).csv;
  const row = (cells: readonly (string | number | null)[]): string => `${cells.map((v) => field(v === null ? '' : String(v), sep)).join(sep)}\r\n`;
  return {
    start: () => (bom ? '\uFEFF' : '') + row(HEADER.map((k) => words(ctx.lang).report[k])),
    render: (c) => row(csvRow(c, ctx.lang)),
    add: (line) => line,
    end: () => '',
  };
}

const HEADER = [
  'csvSource', 'csvWerknemer', 'csvValid', 'csvWeek', 'csvZiekmelding', 'csvEindeWachttijd',
  'csvErrors', 'csvWarnings', 'csvInfos', 'csvStatus', 'csvNext', 'csvNextDue', 'csvNextStatus',
] as const satisfies readonly (keyof Words['report'])[];

export type CaseStatus = 'ok' | 'errors' | 'warnings' | 'invalid';

/** The one-word status of a case: invalid, else its most severe finding (infos are ok). */
export function caseStatus(c: CaseReport): CaseStatus {
  if (!c.valid) return 'invalid';
  if (c.findings.some((f) => f.severity === 'error')) return 'errors';
  if (c.findings.some((f) => f.severity === 'warning')) return 'warnings';
  return 'ok';
}

const STATUS_WORD = { ok: 'statusOk', errors: 'statusErrors', warnings: 'statusWarnings', invalid: 'statusInvalid' } as const;

function csvRow(c: CaseReport, lang: Lang): (string | number | null)[] {
  const w = words(lang).report;
  const count = (s: string): number => c.findings.filter((f) => f.severity === s).length;
  const next = nextDeadline(c);
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
    next?.id ?? null,
    next?.due ?? null,
    next ? w.csvStatuses[next.status] : null,
  ];
}
