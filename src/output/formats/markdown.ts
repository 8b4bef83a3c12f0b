import type { Lang } from '../../domain/lang.js';
import { fill, formatDate, normText, words } from '../locale/index.js';
import { exposureCell, summaryExposureText } from '../money.js';
import { nextStepText } from '../next-step.js';
import { printable } from '../printable.js';
import { setupLines } from '../setup.js';
import type { CaseReport, Summary } from '../../check/case-report.js';
import { ciPath } from './github.js';
import type { FormatContext, Formatter } from './index.js';

/**
 * A summary for a pull-request comment (GitHub, GitLab): a heading, the totals, a table of the
 * cases with errors, warnings or input problems, and the error findings in a collapsible list.
 * For people: dates in Dutch notation in Dutch, as the text format writes them.
 * The totals come first but are known only at the end, so the table and the list are kept
 * until then, each cut off after a fixed number of entries: memory stays bounded on a batch
 * of 100,000 cases and the comment stays under GitHub's 65,536 characters.
 */
export const MAX_ROWS = 100;
export const MAX_DETAILS = 100;

export function markdownFormatter(ctx: FormatContext): Formatter<{ row: string | null; details: string[] }> {
  const lang = ctx.lang;
  const rows: string[] = [];
  const details: string[] = [];
  let moreRows = 0;
  let moreDetails = 0;
  return {
    start: () => '',
    render: (c) => ({ row: tableRow(c, lang), details: detailLines(c, lang, ctx.cwd) }),
    add({ row, details: caseDetails }) {
      if (row !== null) {
        if (rows.length < MAX_ROWS) rows.push(row);
        else moreRows++;
      }
      for (const d of caseDetails) {
        if (details.length < MAX_DETAILS) details.push(d);
        else moreDetails++;
      }
      return '';
    },
    end(summary: Summary) {
      const w = words(lang).report;
      const out = [`## ${w.mdHeading}`, '', totals(summary, ctx, lang), ''];
      const setup = setupLines(ctx.setup, lang);
      if (setup.length > 0) out.push(...setup.map((line) => `> ${cell(line)}  `), '');
      if (rows.length === 0) {
        out.push(w.mdAllClear, '');
      } else {
        out.push(
          `| ${w.mdCase} | ${w.mdWerknemer} | ${w.mdWeek} | ${w.mdErrors} | ${w.mdWarnings} | ${words(lang).next.label} | ${words(lang).exposure.column} |`,
          '| --- | --- | ---: | ---: | ---: | --- | ---: |',
          ...rows,
          '',
        );
        if (moreRows > 0) out.push(fill(w.mdMore, { n: moreRows }), '');
      }
      if (details.length > 0) {
        const n = details.length + moreDetails;
        out.push('<details>', `<summary>${w.mdErrorDetails} (${n})</summary>`, '', ...details, '');
        if (moreDetails > 0) out.push(fill(w.mdMore, { n: moreDetails }), '');
        out.push('</details>', '');
      }
      return out.join('\n');
    },
  };
}

function totals(s: Summary, ctx: FormatContext, lang: Lang): string {
  const w = words(lang).report;
  const parts = [
    `**${w.mdCases}: ${s.cases}**`,
    `${s.errors > 0 ? '❌ ' : ''}${w.mdErrors}: ${s.errors}`,
    `${s.warnings > 0 ? '⚠️ ' : ''}${w.mdWarnings}: ${s.warnings}`,
    `${w.mdInfos}: ${s.infos}`,
  ];
  if (s.invalid > 0) parts.push(`❌ ${w.mdInvalidCases}: ${s.invalid}`);
  const money = summaryExposureText(s, lang);
  if (money) parts.push(`💶 ${money}`);
  if (s.heldBack > 0) parts.push(fill(words(lang).ui.heldBack, { n: s.heldBack }));
  parts.push(`${w.mdAsOf}: ${formatDate(ctx.asOf, lang)}`);
  return parts.join(' · ');
}

/** The case's row in the table, or null when it has nothing to show (no errors, warnings or problems). */
function tableRow(c: CaseReport, lang: Lang): string | null {
  const errors = c.findings.filter((f) => f.severity === 'error').length;
  const warnings = c.findings.filter((f) => f.severity === 'warning').length;
  if (c.valid && errors === 0 && warnings === 0) return null;
  const cells = [cell(c.source), cell(c.werknemer ?? '')];
  if (!c.valid) {
    cells.push('', '—', '—', cell(`${words(lang).report.mdInvalid}: ${c.problems.length} ${words(lang).report.inputProblems}`), '');
  } else {
    cells.push(c.clock?.week?.toString() ?? '', String(errors), String(warnings), cell(c.next ? nextStepText(c.next, lang) : ''), cell(exposureCell(c.exposure, lang)));
  }
  return `| ${cells.join(' | ')} |`;
}

/** One list item per error finding and per input problem, with the file and line it is about. */
function detailLines(c: CaseReport, lang: Lang, cwd: string): string[] {
  const file = ciPath(c.file, cwd) ?? c.source;
  const label = c.source === c.file ? '' : ` (${c.source})`;
  const at = (line: number | null): string => cell(`${file}${line !== null ? `:${line}` : ''}${label}`);
  return [
    ...c.problems.map((p) => `- ${at(p.line)} · **${cell(words(lang).report.inputProblem)}**: ${cell(p.path ? `${p.path}: ${p.message}` : p.message)}`),
    ...c.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `- ${at(f.line)} · **${cell(f.title)}** (${cell(f.rule)}): ${cell(f.text)} · ${words(lang).ui.norm}: ${cell(normText(f.norm, lang))}`),
  ];
}

/**
 * Text from case files and rules in a table cell or list item: Markdown's active characters
 * backslash-escaped (`|` would end the cell, `<` start HTML, `*` `_` emphasis, `[` a link),
 * line breaks and tabs as spaces (a line break would end the row), other control characters as
 * escapes (`\u001b`).
 */
export function cell(s: string): string {
  return printable(s.replace(/\r\n|[\r\n\t]/g, ' '))
    .replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`)
    // `@name` would notify somebody and `#12` link an issue: a zero-width space after the sign
    // keeps the text and stops both (as dependency bots write them).
    .replace(/([@#])(?=[A-Za-z0-9])/g, '$1&#8203;');
}
