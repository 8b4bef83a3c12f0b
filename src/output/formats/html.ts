import type { CaseReport, Summary } from '../../check/case-report.js';
import { fill, formatDate, formatDay, formatNumber, words } from '../locale/index.js';
import { summaryExposureText } from '../money.js';
import { totalsText } from '../totals.js';
import { setupLines } from '../setup.js';
import { caseSection, summaryHeads, summaryRow, type CaseView } from '../html/case.js';
import { esc } from '../html/escape.js';
import { page } from '../html/page.js';
import type { FormatContext, Formatter } from './index.js';

/**
 * One self-contained HTML page for people (screen and A4): a batch opens with a summary table
 * and the totals, then every case on a page of its own. The summary comes first but is known
 * only at the end, so the rendered cases are kept until then: a page is read by people, not a
 * batch of 100,000, so it holds at most MAX_CASES cases in full and MAX_ROWS rows of the
 * summary, and says how many more there were; memory stays bounded.
 */
export const MAX_CASES = 500;
export const MAX_ROWS = 20_000;

export function htmlFormatter(ctx: FormatContext): Formatter<{ c: CaseReport; row: string }> {
  const view: CaseView = {
    asOf: ctx.asOf.toString(),
    lang: ctx.lang,
    loonsanctie: new Set(ctx.rules.filter((r) => r.variants.some((v) => v.kind === 'loonsanctie')).map((r) => r.id)),
  };
  // Kept as UTF-8 bytes: a drawn case is a string of thousands of joined pieces, which V8 holds
  // as a tree of them; 500 of those took 100 MB where their bytes take 8.
  const sections: Buffer[] = [];
  const rows: string[] = [];
  return {
    start: () => '',
    // A case is drawn only when it will be on the page: past MAX_CASES only its summary row is made.
    render: (c) => ({ c, row: summaryRow(c, ctx.lang) }),
    add({ c, row }) {
      if (sections.length < MAX_CASES) sections.push(Buffer.from(caseSection(c, view)));
      if (rows.length < MAX_ROWS) rows.push(row);
      return '';
    },
    end(summary: Summary) {
      const lang = ctx.lang;
      const w = words(lang).html;
      const body = [`<h1>${esc(w.title)}</h1>`];
      const setup = setupLines(ctx.setup, lang);
      if (setup.length > 0) body.push(...setup.map((l) => `<p class="note">${esc(l)}</p>`));
      if (summary.cases > 1) body.push(summaryTable(rows, summary, ctx));
      body.push(...sections.map((s) => s.toString()));
      if (summary.cases > sections.length) body.push(`<p class="note">${esc(fill(w.moreCases, { n: formatNumber(summary.cases - sections.length, lang), max: formatNumber(MAX_CASES, lang) }))}</p>`);
      body.push(`<footer>${esc(fill(w.generated, { version: ctx.version, date: formatDate(ctx.asOf, lang) }))}</footer>`);
      return page(lang, `${w.title} · ${formatDay(ctx.asOf, lang)}`, body.join('\n'));
    },
  };
}

function summaryTable(rows: readonly string[], s: Summary, ctx: FormatContext): string {
  const lang = ctx.lang;
  const ui = words(lang).ui;
  const w = words(lang).html;
  const n = (v: number): string => formatNumber(v, lang);
  const totals = totalsText(s, lang);
  const out = [
    '<section class="summary">',
    `<h2>${esc(w.summary)}</h2>`,
    `<p class="meta">${esc(ui.asOf)} ${esc(formatDay(ctx.asOf, lang))}</p>`,
    `<table class="summary-table"><thead>${summaryHeads(lang)}</thead><tbody>`,
    ...rows,
    '</tbody></table>',
  ];
  if (s.cases > rows.length) out.push(`<p class="note">${esc(fill(w.moreRows, { n: n(s.cases - rows.length) }))}</p>`);
  out.push(`<p><strong>${esc(totals)}</strong></p>`);
  // The totals name the money at risk; it is an estimate, and the page says so.
  if (summaryExposureText(s, lang)) out.push(`<p class="note">${esc(w.exposureNote)}</p>`);
  if (s.invalid > 0) out.push(`<p class="invalid">${esc(fill(w.notJudged, { n: n(s.invalid), total: n(s.cases) }))}</p>`);
  out.push('</section>');
  return out.join('\n');
}
