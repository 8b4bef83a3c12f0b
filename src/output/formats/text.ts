import { Chalk, type ChalkInstance } from 'chalk';
import type { Status } from '../../domain/evaluation.js';
import type { Lang, Severity } from '../../domain/rule.js';
import { CONSEQUENCE, fill, formatDay, formatDays, normText, SEVERITY, STATUS, UI } from '../i18n.js';
import { printable } from '../printable.js';
import { setupLines } from '../setup.js';
import { problemLine } from '../problem-line.js';
import { compactTable } from '../table.js';
import { RULES } from '../words-commands.js';
import { nextDeadline, type CaseReport, type Summary, type TimelineRow } from '../report.js';
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
      // --quiet: only cases with errors (or that could not be read) are shown in full.
      return { text: ctx.quiet && k.valid && errors === 0 ? '' : caseText(k, ctx, c), row: summaryRow(k, errors, ctx.lang) };
    },
    add({ text, row }) {
      if (rows.length < SUMMARY_ROWS) rows.push(row);
      return text === '' ? '' : `${count++ > 0 ? '\n' : ''}${text}`;
    },
    end: (summary) => `${summary.cases > 1 ? `\n${summaryTable(rows, summary, ctx.lang, c)}` : ''}${setupText(ctx, c)}`,
  };
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
  const next = nextDeadline(k);
  const nextText = next?.due ? `${formatDay(next.due, lang)} ${next.id}` : '';
  const source = printable(k.source);
  const werknemer = printable(k.werknemer ?? '');
  if (!k.valid) return [source, werknemer, '', UI.invalidCases[lang], '', ''];
  return [source, werknemer, k.clock?.week === null || !k.clock ? '' : String(k.clock.week), errors, warnings, nextText];
}

function caseText(k: CaseReport, ctx: FormatContext, c: ChalkInstance): string {
  const lang = ctx.lang;
  const source = printable(k.source);
  const lines = [c.bold(`${printable(k.werknemer ?? UI.unnamed[lang])}  ${c.dim(source)}`)];
  if (!k.valid || !k.clock) {
    lines.push(c.red(`${UI.invalid[lang]} (${k.problems.length})`));
    for (const p of k.problems) lines.push(`  ${problemLine(k.file, p)}`);
    return `${lines.join('\n')}\n`;
  }
  const clock = k.clock;
  const state = clock.week !== null ? `${UI.sickWeek[lang]} ${clock.week}`
    : clock.hersteld && !ctx.asOf.isBefore(clock.hersteld) ? `${UI.hersteld[lang]} ${formatDay(clock.hersteld, lang)}`
    : UI.notSick[lang];
  lines.push(`${UI.ziekmelding[lang]} ${formatDay(clock.ziekmelding, lang)} · ${UI.asOf[lang]} ${formatDay(ctx.asOf, lang)} · ${state}`);

  const table = compactTable([UI.week[lang], UI.date[lang], UI.milestone[lang], UI.status[lang]], c);
  for (const row of k.timeline) {
    const date = row.due ?? row.from ?? row.done;
    table.push([row.week ?? '', date ? formatDay(date, lang) : '', row.title, statusText(row, lang, c)]);
  }
  lines.push(table.toString());

  lines.push(c.bold(UI.findings[lang]));
  if (k.findings.length === 0) lines.push(`  ${c.green(UI.noFindings[lang])}`);
  for (const f of k.findings) {
    const mark = severityMark(f.severity, lang, c);
    lines.push(`  ${mark} ${c.dim(f.rule)}  ${printable(f.text)}`);
    const consequence = f.consequence === 'geen' ? '' : `${UI.consequence[lang]}: ${CONSEQUENCE[f.consequence][lang]} · `;
    lines.push(`      ${c.dim(`${consequence}${UI.norm[lang]}: ${normText(f.norm, lang)} · ${UI.source[lang]}: ${printable(f.source)} · ${source}:${f.line}`)}`);
  }
  // A rule replaced through --rules (`override: true`) is said, so a stricter policy never passes for the law.
  for (const r of ctx.rules) if (r.overrides) lines.push(`  ${c.dim(`↻ ${fill(RULES.replacedBy[lang], { id: r.id, file: r.origin.file })}`)}`);
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
  const word = STATUS[row.status][lang];
  let detail = '';
  if (row.done && row.status !== 'overdue') detail = ` (${UI.doneOn[lang]} ${formatDay(row.done, lang)})`;
  if (row.days !== null) {
    if (row.status === 'open') detail = `: ${UI.dueIn[lang]} ${formatDays(row.days, lang)}`;
    else if (row.status === 'overdue') detail = `: ${formatDays(row.days, lang)}`;
    else detail = `: ${formatDays(row.days, lang)}${detail}`;
  }
  if (row.status === 'open' && row.from && row.due) detail += ` (${formatDay(row.from, lang)} – ${formatDay(row.due, lang)})`;
  return c[STATUS_COLOUR[row.status]](`${word}${detail}`);
}

function severityMark(s: Severity, lang: Lang, c: ChalkInstance): string {
  const word = SEVERITY[s][lang];
  if (s === 'error') return c.red(`✖ ${word}`);
  if (s === 'warning') return c.yellow(`▲ ${word}`);
  return c.cyan(`ℹ ${word}`);
}

function summaryTable(rows: readonly SummaryRow[], s: Summary, lang: Lang, c: ChalkInstance): string {
  const heads = [UI.case_[lang], UI.werknemer[lang], UI.week[lang], UI.errors[lang], UI.warnings[lang], UI.nextDeadline[lang]];
  const table = compactTable(heads.map((h) => h[0]!.toUpperCase() + h.slice(1)), c);
  for (const r of rows) table.push(r.map((cell, i) => (i === 3 && typeof cell === 'number' && cell > 0 ? c.red(cell) : i === 4 && typeof cell === 'number' && cell > 0 ? c.yellow(cell) : cell)));
  const more = s.cases > rows.length ? `\n… ${s.cases - rows.length} ${UI.cases[lang]}` : '';
  return `${table.toString()}${more}\n${summaryLine(s, lang, c)}`;
}

function summaryLine(s: Summary, lang: Lang, c: ChalkInstance): string {
  return c.bold(
    `${UI.summary[lang]}: ${s.cases} ${UI.cases[lang]} · ${s.invalid} ${UI.invalidCases[lang]} · ${s.errors} ${UI.errors[lang]} · ${s.warnings} ${UI.warnings[lang]} · ${s.infos} ${UI.infos[lang]}\n`,
  );
}
