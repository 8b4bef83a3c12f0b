import { fill, formatDay, formatDays, formatMoney, words } from '../locale/index.js';
import { setupLines } from '../setup.js';
import { agendaExposure, type AgendaContext, type AgendaItem } from '../agenda.js';
import type { NotJudged } from '../not-judged.js';
import { agendaExposureText } from '../money.js';
import { esc } from './escape.js';
import { page } from './page.js';

/**
 * `poort agenda --format html`: the text agenda's content as a page, overdue steps marked. The
 * dossiers that could not be judged are said first, as in the text: an empty list must not read
 * as good news when nothing could be read.
 */
export function agendaHtml(items: readonly AgendaItem[], ctx: AgendaContext, summary: NotJudged): string {
  const { lang } = ctx;
  const ui = words(lang).ui;
  const a = words(lang).agenda;
  const heading = `${a.title} · ${ui.asOf} ${formatDay(ctx.asOf, lang)} · ${a.within} ${formatDays(ctx.withinDays, lang)}`;
  const body = [`<h1>${esc(heading)}</h1>`, ...setupLines(ctx.setup, lang).map((l) => `<p class="note">${esc(l)}</p>`)];
  if (summary.invalid > 0) {
    body.push(`<p class="invalid">${esc(fill(a.notJudged, { n: summary.invalid, total: summary.cases }))}</p>`);
    body.push(`<ul class="problems">${summary.sources.map((s) => `<li>${esc(s)}</li>`).join('')}${summary.invalid > summary.sources.length ? '<li>…</li>' : ''}</ul>`);
  }
  if (items.length === 0) {
    body.push(`<p${summary.invalid > 0 ? '' : ' class="status-on-time"'}>${esc(summary.invalid > 0 ? a.nothingRead : a.nothing)}</p>`);
  } else {
    const heads = [ui.date, ui.status, ui.milestone, ui.case_, ui.werknemer].map((h) => `<th scope="col">${esc(h)}</th>`).join('');
    const rows = items.map((i) => {
      const status = i.status === 'overdue' ? `${words(lang).status.overdue}: ${formatDays(i.days, lang)}` : `${ui.dueIn} ${formatDays(i.days, lang)}`;
      const money = i.risk ? (i.risk.euros === null ? words(lang).exposure.wages : formatMoney(i.risk.euros, lang)) : '';
      return `<tr><td>${esc(formatDay(i.due, lang))}</td><td class="status-${i.status}">${esc(status)}</td><td>${esc(i.title)}</td><td class="source">${esc(i.source)}</td><td>${esc(i.werknemer ?? '')}</td><td class="num">${esc(money)}</td></tr>`;
    });
    body.push(`<table class="agenda"><thead><tr>${heads}<th scope="col" class="num">${esc(words(lang).exposure.column)}</th></tr></thead><tbody>`, ...rows, '</tbody></table>');
    const money = agendaExposureText(items.some((i) => i.risk) ? agendaExposure(items) : null, lang);
    if (money) body.push(`<p class="exposure-total">${esc(money)}</p>`);
  }
  return page(lang, heading, body.join('\n'));
}
