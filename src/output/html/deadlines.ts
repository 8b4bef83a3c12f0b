import type { Deadlines } from '../../check/deadlines.js';
import { isDated } from '../../check/deadlines.js';
import type { Lang } from '../../domain/lang.js';
import { fill, formatDay, formatDays, words } from '../locale/index.js';
import { describeBasis } from '../message.js';
import { deadlineStatusWords } from '../status-words.js';
import { esc } from './escape.js';
import { page } from './page.js';

/** `poort deadlines --format html`: the text's table of computed dates as a page. */
export function deadlinesHtml(d: Deadlines, lang: Lang): string {
  const ui = words(lang).ui;
  const w = words(lang).deadlines;
  const title = fill(w.heading, { date: formatDay(d.ziekmelding, lang) });
  const body = [`<h1>${esc(`${title} · ${fill(w.asOf, { date: formatDay(d.asOf, lang) })}`)}</h1>`];
  for (const o of d.onderbrekingen) {
    const days = formatDays(o.tot.since(o.van) + 1, lang);
    body.push(`<p class="meta">${esc(fill(w.onderbreking, { van: formatDay(o.van, lang), tot: formatDay(o.tot, lang), days }))}</p>`);
  }
  const heads = [ui.week, w.from, w.due, ui.milestone, w.basis, ui.status].map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const rows = d.rows.filter(isDated).map((r) => {
    const cells = [String(r.week ?? ''), r.from ? formatDay(r.from, lang) : '', r.due ? formatDay(r.due, lang) : '', r.title, r.basis ? describeBasis(r.basis, lang) : ''];
    return `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}<td class="status-${r.status}">${esc(deadlineStatusWords(r, lang))}</td></tr>`;
  });
  body.push(`<table class="deadlines"><thead><tr>${heads}</tr></thead><tbody>`, ...rows, '</tbody></table>');
  const undated = d.rows.filter((r) => !isDated(r)).map((r) => r.title);
  if (undated.length > 0) body.push(`<p class="note">${esc(fill(w.undated, { list: undated.join(', ') }))}</p>`);
  return page(lang, title, body.join('\n'));
}
