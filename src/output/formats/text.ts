import { Chalk, type ChalkInstance } from 'chalk';
import type { Status } from '../../domain/evaluation.js';
import { SEVERITY_RANK, type Severity } from '../../domain/rule.js';
import type { Lang } from '../../domain/lang.js';
import { fill, formatDay, normText, words } from '../locale/index.js';
import { statusWords } from '../status-words.js';
import { printable } from '../printable.js';
import { setupLines } from '../setup.js';
import { problemLine } from '../problem-line.js';
import { exposureText, findingExposureText, summaryExposureText } from '../money.js';
import { nextStepText } from '../next-step.js';
import { compactTable } from '../table.js';
import { type CaseReport, type Summary, type TimelineRow } from '../../check/case-report.js';
import type { FormatContext, Formatter } from './index.js';

/** The consultant's view: per case a header, the timeline as a table, then the findings, errors first. */
export function textFormatter(ctx: FormatContext): Formatter<{ text: string; row: SummaryRow }> {
  const c = new Chalk({ level: ctx.colorLevel });
  const rows: SummaryRow[] = [];
  let count = 0;
  return {
    start: () => '',
    render(k) {
      const errors = k.findings.filter((f) => f.severity === 'error').length;
      // --quiet: only the cases that fail the run (or could not be read) are shown in full.
      const quiet = ctx.quiet;
      const fails = !quiet || quiet === 'never' ? false : k.findings.some((f) => !f.baseline && SEVERITY_RANK[f.severity] <= SEVERITY_RANK[quiet]);
      return { text: quiet !== false && quiet !== undefined && k.valid && !fails ? '' : caseText(k, ctx, c), row: summaryRow(k, errors, ctx.lang) };
    },
    add({ text, row }) {
      if (rows.length < SUMMARY_ROWS) rows.push(row);
      return text === '' ? '' : `${count++ > 0 ? '\n' : ''}${text}`;
    },
    end: (summary) => `${summary.cases > 1 ? `\n${summaryTable(rows, summary, ctx.lang, c)}` : ''}${heldBackText(summary, ctx.lang, c)}${setupText(ctx, c)}`,
  };
}

/** Said after every report with a baseline that held findings back, also of one case. */
function heldBackText(s: Summary, lang: Lang, c: ChalkInstance): string {
  return s.heldBack === 0 ? '' : `${c.dim(fill(words(lang).ui.heldBack, { n: s.heldBack }))}\n`;
}

/** The config and own rules files in force, dimmed, after everything else; nothing without them. */
function setupText(ctx: FormatContext, c: ChalkInstance): string {
  const lines = setupLines(ctx.setup, ctx.lang);
  return lines.length === 0 ? '' : `\n${lines.map((l) => c.dim(l)).join('\n')}\n`;
}

/** A batch ends with one line per case; past this many, only the totals say the rest. */
const SUMMARY_ROWS = 1000;

type SummaryRow = [string, string, string, number | string, number | string, string];

function summaryRow(k: CaseReport, errors: number, lang: Lang): SummaryRow {
  const warnings = k.findings.filter((f) => f.severity === 'warning').length;
  const next = k.next;
  const nextText = next ? `${formatDay(next.due, lang)} ${next.rule}` : '';
  const source = printable(k.source);
  const werknemer = printable(k.werknemer ?? '');
  if (!k.valid) return [source, werknemer, '', words(lang).ui.invalidCases, '', ''];
  return [source, werknemer, k.clock?.week === null || !k.clock ? '' : String(k.clock.week), errors, warnings, nextText];
}

function caseText(k: CaseReport, ctx: FormatContext, c: ChalkInstance): string {
  const lang = ctx.lang;
  const source = printable(k.source);
  const lines = [c.bold(`${printable(k.werknemer ?? words(lang).ui.unnamed)}  ${c.dim(source)}`)];
  if (!k.valid || !k.clock) {
    lines.push(c.red(`${words(lang).ui.invalid} (${k.problems.length})`));
    for (const p of k.problems) lines.push(`  ${problemLine(k.file, p)}`);
    return `${lines.join('\n')}\n`;
  }
  const clock = k.clock;
  const state = clock.week !== null ? `${words(lang).ui.sickWeek} ${clock.week}`
    : clock.hersteld && ctx.asOf.toString() >= clock.hersteld ? `${words(lang).ui.hersteld} ${formatDay(clock.hersteld, lang)}`
    : words(lang).ui.notSick;
  lines.push(`${words(lang).ui.ziekmelding} ${formatDay(clock.ziekmelding, lang)} · ${words(lang).ui.asOf} ${formatDay(ctx.asOf, lang)} · ${state}`);

  const table = compactTable([words(lang).ui.week, words(lang).ui.date, words(lang).ui.milestone, words(lang).ui.status], c);
  for (const row of k.timeline) {
    const date = row.due ?? row.from ?? row.done;
    table.push([row.week ?? '', date ? formatDay(date, lang) : '', row.title, statusText(row, lang, c)]);
  }
  lines.push(table.toString());
  if (k.next) lines.push(c.bold(`${words(lang).next.label}: ${nextStepText(k.next, lang)}`));

  lines.push(c.bold(words(lang).ui.findings));
  if (k.findings.length === 0) lines.push(`  ${c.green(words(lang).ui.noFindings)}`);
  for (const f of k.findings) {
    const mark = severityMark(f.severity, lang, c);
    lines.push(`  ${mark} ${c.dim(f.rule)}  ${printable(f.text)}${f.baseline ? ` ${c.dim(`(${words(lang).ui.inBaseline})`)}` : ''}`);
    const money = findingExposureText(f.exposure, lang);
    const consequence = f.consequence === 'geen' ? '' : `${words(lang).ui.consequence}: ${words(lang).consequence[f.consequence]} · ${money ? `${money} · ` : ''}`;
    lines.push(`      ${c.dim(`${consequence}${words(lang).ui.norm}: ${normText(f.norm, lang)} · ${words(lang).ui.source}: ${printable(f.source)} · ${source}:${f.line}`)}`);
  }
  const money = exposureText(k.exposure, lang);
  if (money) lines.push(c.bold.yellow(money));
  // A rule replaced through --rules (`override: true`) is said, so a stricter policy never passes for the law.
  for (const r of ctx.rules) if (r.overrides) lines.push(`  ${c.dim(`↻ ${fill(words(lang).rules.replacedBy, { id: r.id, file: r.origin.file })}`)}`);
  return `${lines.join('\n')}\n`;
}

const STATUS_COLOUR: Record<Status, keyof ChalkInstance & ('green' | 'red' | 'yellow' | 'reset' | 'dim' | 'cyan')> = {
  'on-time': 'green',
  late: 'red',
  overdue: 'red',
  early: 'yellow',
  open: 'reset',
  'not-applicable': 'dim',
  info: 'cyan',
};

function statusText(row: TimelineRow, lang: Lang, c: ChalkInstance): string {
  return c[STATUS_COLOUR[row.status]](statusWords(row, lang));
}

function severityMark(s: Severity, lang: Lang, c: ChalkInstance): string {
  const word = words(lang).severity[s];
  if (s === 'error') return c.red(`✖ ${word}`);
  if (s === 'warning') return c.yellow(`▲ ${word}`);
  return c.cyan(`ℹ ${word}`);
}

function summaryTable(rows: readonly SummaryRow[], s: Summary, lang: Lang, c: ChalkInstance): string {
  const heads = [words(lang).ui.case_, words(lang).ui.werknemer, words(lang).ui.week, words(lang).ui.errors, words(lang).ui.warnings, words(lang).ui.nextDeadline];
  const table = compactTable(heads.map((h) => h[0]!.toUpperCase() + h.slice(1)), c);
  for (const r of rows) table.push(r.map((cell, i) => (i === 3 && typeof cell === 'number' && cell > 0 ? c.red(cell) : i === 4 && typeof cell === 'number' && cell > 0 ? c.yellow(cell) : cell)));
  const more = s.cases > rows.length ? `\n… ${s.cases - rows.length} ${words(lang).ui.cases}` : '';
  return `${table.toString()}${more}\n${summaryLine(s, lang, c)}`;
}

function summaryLine(s: Summary, lang: Lang, c: ChalkInstance): string {
  const money = summaryExposureText(s, lang);
  return c.bold(
    `${words(lang).ui.summary}: ${s.cases} ${words(lang).ui.cases} · ${s.invalid} ${words(lang).ui.invalidCases} · ${s.errors} ${words(lang).ui.errors} · ${s.warnings} ${words(lang).ui.warnings} · ${s.infos} ${words(lang).ui.infos}${money ? ` · ${money}` : ''}\n`,
  );
}
