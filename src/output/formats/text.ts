import { Chalk, type ChalkInstance } from 'chalk';
import type { Status } from '../../domain/evaluation.js';
import { SEVERITY_RANK, type Severity } from '../../domain/rule.js';
import type { Lang } from '../../domain/lang.js';
import type { Plural } from '../locale/locale.js';
import { fill, formatDay, normText, plural, words } from '../locale/index.js';
import { statusWords } from '../status-words.js';
import { printable } from '../printable.js';
import { setupLines } from '../setup.js';
import { problemLine } from '../problem-line.js';
import { exposureCell, exposureText, findingExposureText } from '../money.js';
import { totalsText } from '../totals.js';
import { nextStepText } from '../next-step.js';
import { compactTable, listEntry, milestoneEntry, tableOrList } from '../table.js';
import { Lines } from '../wrap.js';
import type { CaseReport, Summary, TimelineRow } from '../../check/case-report.js';
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
    end: (summary) => `${summary.cases > 1 ? `\n${summaryTable(rows, summary, ctx, c)}` : ''}${heldBackText(summary, ctx, c)}${setupText(ctx, c)}`,
  };
}

/** Said after every report with a baseline that held findings back, also of one case. */
function heldBackText(s: Summary, ctx: FormatContext, c: ChalkInstance): string {
  return s.heldBack === 0 ? '' : new Lines(ctx.width).add(c.dim(fill(words(ctx.lang).ui.heldBack, { n: s.heldBack })), { hanging: 2 }).toString();
}

/** The config and own rules files in force, dimmed, after everything else; nothing without them. */
function setupText(ctx: FormatContext, c: ChalkInstance): string {
  const lines = setupLines(ctx.setup, ctx.lang);
  const out = new Lines(ctx.width);
  for (const l of lines) out.add(c.dim(l), { hanging: 2 });
  return lines.length === 0 ? '' : `\n${out}`;
}

/** A batch ends with one line per case; past this many, only the totals say the rest. */
const SUMMARY_ROWS = 1000;

type SummaryRow = [string, string, string, number | string, number | string, string, string];

function summaryRow(k: CaseReport, errors: number, lang: Lang): SummaryRow {
  const warnings = k.findings.filter((f) => f.severity === 'warning').length;
  const next = k.next;
  const nextText = next ? `${formatDay(next.due, lang)} ${next.rule}` : '';
  const source = printable(k.source);
  const werknemer = printable(k.werknemer ?? '');
  if (!k.valid) return [source, werknemer, '', words(lang).ui.invalidCases, '', '', ''];
  return [source, werknemer, k.clock?.week === null || !k.clock ? '' : String(k.clock.week), errors, warnings, nextText, exposureCell(k.exposure, lang)];
}

/** The lines of a case's findings and the lines under them: from the bullet, a hanging indent to the detail line's. */
const FINDING = { indent: 2, hanging: 6 };

function caseText(k: CaseReport, ctx: FormatContext, c: ChalkInstance): string {
  const lang = ctx.lang;
  const source = printable(k.source);
  const out = new Lines(ctx.width).add(c.bold(`${printable(k.werknemer ?? words(lang).ui.unnamed)}  ${c.dim(source)}`), { hanging: 2 });
  if (!k.valid || !k.clock) {
    out.add(c.red(`${words(lang).ui.invalid} (${k.problems.length})`));
    for (const p of k.problems) out.add(problemLine(k.file, p), { indent: 2, hanging: 4 });
    return out.toString();
  }
  const clock = k.clock;
  const state = clock.week !== null ? `${words(lang).ui.sickWeek} ${clock.week}`
    : clock.hersteld && ctx.asOf.toString() >= clock.hersteld ? `${words(lang).ui.hersteld} ${formatDay(clock.hersteld, lang)}`
    : words(lang).ui.notSick;
  out.add(`${words(lang).ui.ziekmelding} ${formatDay(clock.ziekmelding, lang)} · ${words(lang).ui.asOf} ${formatDay(ctx.asOf, lang)} · ${state}`, { hanging: 2 });

  const table = compactTable([words(lang).ui.week, words(lang).ui.date, words(lang).ui.milestone, words(lang).ui.status], c);
  const rows = k.timeline.map((row) => {
    const date = row.due ?? row.from ?? row.done;
    return { row, date: date ? formatDay(date, lang) : '', status: statusText(row, lang, c) };
  });
  for (const r of rows) table.push([r.row.week ?? '', r.date, r.row.title, r.status]);
  out.put(...tableOrList(table, ctx.width, () => rows.flatMap((r) => milestoneEntry(r.row.week, r.date, r.row.title, [r.status], lang, ctx.width))));
  if (k.next) out.add(c.bold(`${words(lang).next.label}: ${nextStepText(k.next, lang)}`), { hanging: 2 });

  out.add(c.bold(words(lang).ui.findings));
  if (k.findings.length === 0) out.add(c.green(words(lang).ui.noFindings), FINDING);
  for (const f of k.findings) {
    const mark = severityMark(f.severity, lang, c);
    out.add(`${mark} ${c.dim(f.rule)}  ${printable(f.text)}${f.baseline ? ` ${c.dim(`(${words(lang).ui.inBaseline})`)}` : ''}`, FINDING);
    const money = findingExposureText(f.exposure, lang);
    const consequence = f.consequence === 'geen' ? '' : `${words(lang).ui.consequence}: ${words(lang).consequence[f.consequence]} · ${money ? `${money} · ` : ''}`;
    out.add(c.dim(`${consequence}${words(lang).ui.norm}: ${normText(f.norm, lang)} · ${words(lang).ui.source}: ${printable(f.source)} · ${source}:${f.line}`), { indent: FINDING.hanging });
  }
  const money = exposureText(k.exposure, lang);
  if (money) out.add(c.bold.yellow(money), { hanging: 2 });
  // A rule replaced through --rules (`override: true`) is said, so a stricter policy never passes for the law.
  for (const r of ctx.rules) if (r.overrides) out.add(c.dim(`↻ ${fill(words(lang).rules.replacedBy, { id: r.id, file: r.origin.file })}`), { indent: 2, hanging: 4 });
  return out.toString();
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

function summaryTable(rows: readonly SummaryRow[], s: Summary, ctx: FormatContext, c: ChalkInstance): string {
  const lang = ctx.lang;
  const heads = [words(lang).ui.case_, words(lang).ui.werknemer, words(lang).ui.week, words(lang).ui.errors, words(lang).ui.warnings, words(lang).ui.nextDeadline, words(lang).exposure.column];
  const table = compactTable(heads.map((h) => h[0]!.toUpperCase() + h.slice(1)), c);
  for (const r of rows) table.push(r.map((value, i) => cell(value, i, c)));
  const out = new Lines(ctx.width).put(...tableOrList(table, ctx.width, () => rows.flatMap((r) => summaryEntry(r, lang, c, ctx.width))));
  if (s.cases > rows.length) out.add(`… ${s.cases - rows.length} ${words(lang).ui.cases}`);
  return `${out}${summaryLine(s, ctx, c)}`;
}

/** A summary cell: a count of errors (column 3) or warnings (4) coloured when not nought. */
function cell(value: number | string, i: number, c: ChalkInstance): string {
  if (typeof value !== 'number' || value === 0) return String(value);
  return i === 3 ? c.red(value) : i === 4 ? c.yellow(value) : String(value);
}

/** A case of the summary in the compact list: source and werknemer, then week and counts (or why there are none), then the next deadline. */
function summaryEntry(row: SummaryRow, lang: Lang, c: ChalkInstance, width: number | null): string[] {
  const [source, werknemer, week, errors, warnings, next, money] = row;
  const { ui, units } = words(lang);
  const counted = (n: number, forms: Plural, colour: ChalkInstance): string => (n > 0 ? colour(plural(forms, n, lang)) : plural(forms, n, lang));
  // A case that could not be read has a word where the counts are.
  const counts = typeof errors === 'string' ? errors : `${week ? `${ui.sickWeek} ${week} · ` : ''}${counted(errors, units.errors, c.red)} · ${counted(Number(warnings), units.warnings, c.yellow)}`;
  return listEntry(`${source}  ${werknemer}`.trim(), [counts, ...(next ? [`${ui.nextDeadline}: ${next}`] : []), ...(money ? [`${words(lang).exposure.column}: ${money}`] : [])], width);
}

function summaryLine(s: Summary, ctx: FormatContext, c: ChalkInstance): string {
  return new Lines(ctx.width)
    .add(c.bold(totalsText(s, ctx.lang)), { hanging: 2 })
    .toString();
}
