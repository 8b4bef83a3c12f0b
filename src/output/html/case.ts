import type { Status } from '../../domain/evaluation.js';
import type { Lang } from '../../domain/lang.js';
import type { CaseExposure, CaseReport, FindingEntry, IsoDate, NextStep } from '../../check/case-report.js';
import { fill, formatDay, formatMoney, normText, words } from '../locale/index.js';
import { exposureCell, exposureText, findingExposureText } from '../money.js';
import { nextStepText } from '../next-step.js';
import { problemLine } from '../problem-line.js';
import { statusWords } from '../status-words.js';
import { esc } from './escape.js';
import { markDate, timelineSvg, type Shade } from './timeline-svg.js';

/** What drawing a case needs besides the case: plain data, so that a worker thread can do it. */
export interface CaseView {
  asOf: IsoDate;
  lang: Lang;
  /** The ids of the rules whose row is a loonsanctie period: the axis runs to its end, and it is shaded. */
  loonsanctie: ReadonlySet<string>;
}

/** The symbols of the legend and the table: the same shapes as the marks in the picture. */
const SYMBOL: Readonly<Record<Status, string>> = { 'on-time': '●', late: '▲', overdue: '✕', open: '○', early: '◆', info: '■', 'not-applicable': '–' };

/** One case as a section of the page: header, the timeline as a picture and as a table, findings, money at risk. */
export function caseSection(c: CaseReport, view: CaseView): string {
  const { lang } = view;
  const ui = words(lang).ui;
  const out = [`<section class="case">`, `<h2>${esc(c.werknemer ?? ui.unnamed)}</h2>`];
  if (!c.valid || !c.clock) {
    out.push(
      `<p class="meta"><span class="source">${esc(c.source)}</span></p>`,
      `<p class="invalid">${esc(ui.invalid)}</p>`,
      `<h3>${esc(words(lang).html.problems)}</h3>`,
      `<ul class="problems">${c.problems.map((p) => `<li>${esc(problemLine(c.file, p))}</li>`).join('')}</ul>`,
      '</section>',
    );
    return out.join('\n');
  }
  const clock = c.clock;
  const state = clock.week !== null ? `${ui.sickWeek} ${clock.week}`
    : clock.hersteld && view.asOf >= clock.hersteld ? `${ui.hersteld} ${formatDay(clock.hersteld, lang)}`
    : ui.notSick;
  out.push(`<p class="meta"><span class="source">${esc(c.source)}</span> · ${esc(ui.ziekmelding)} ${esc(formatDay(clock.ziekmelding, lang))} · ${esc(ui.asOf)} ${esc(formatDay(view.asOf, lang))} · ${esc(state)}</p>`);
  const w = words(lang).html;
  const ends = `${w.eindeWachttijd} ${formatDay(clock.eindeWachttijd, lang)} · ${w.eindeLoondoorbetaling} ${formatDay(clock.eindeLoondoorbetaling, lang)}${clock.provisional ? ` (${w.provisional})` : ''}`;
  out.push(`<p class="meta">${esc(ends)}</p>`);
  if (c.next) out.push(nextStep(c.next, lang));

  const picture = timelineSvg({ ...c, clock }, view.asOf, lang, view.loonsanctie);
  out.push(`<figure>`, `<figcaption>${esc(w.timeline)}</figcaption>`, picture.svg, legend(c, picture.shaded, lang), `</figure>`);
  if (picture.outside.length > 0) out.push(`<p class="note">${esc(fill(w.outside, { list: picture.outside.join(', ') }))}</p>`);
  if (!picture.asOfShown) out.push(`<p class="note">${esc(fill(w.asOfOff, { date: formatDay(view.asOf, lang) }))}</p>`);

  out.push(
    `<table class="milestones">`,
    `<thead><tr><th scope="col" class="num">#</th><th scope="col">${esc(ui.week)}</th><th scope="col">${esc(ui.date)}</th><th scope="col">${esc(ui.milestone)}</th><th scope="col">${esc(ui.status)}</th></tr></thead>`,
    '<tbody>',
    ...c.timeline.map((row, i) => {
      const date = markDate(row);
      return `<tr${row.status === 'not-applicable' ? ' class="na"' : ''}><td class="num">${i + 1}</td><td>${row.week ?? ''}</td><td>${date ? esc(formatDay(date, lang)) : ''}</td><td>${esc(row.title)}</td><td class="status-${row.status}"><span class="sym ${row.status}" aria-hidden="true">${SYMBOL[row.status]}</span> ${esc(statusWords(row, lang))}</td></tr>`;
    }),
    '</tbody>',
    '</table>',
  );
  // On paper the rows that do not apply are one line, so that a case fits its page.
  const na = c.timeline.filter((r) => r.status === 'not-applicable').map((r) => r.title);
  if (na.length > 0) out.push(`<p class="na-list note">${esc(`${words(lang).status['not-applicable']}: ${na.join(', ')}`)}</p>`);

  out.push(`<h3>${esc(ui.findings)}</h3>`);
  out.push(c.findings.length === 0 ? `<p class="status-on-time">${esc(ui.noFindings)}</p>` : findingsTable(c.findings, lang));
  if (c.exposure && c.exposure.items.length > 0) out.push(exposure(c.exposure, lang));
  out.push('</section>');
  return out.join('\n');
}

/** The next step in words: the days until it, or past it. */
function nextStep(n: NextStep, lang: Lang): string {
  return `<p class="next${n.days < 0 ? ' overdue' : ''}"><strong>${esc(words(lang).next.label)}:</strong> ${esc(nextStepText(n, lang))}</p>`;
}

/** The symbols of what the picture shows: shape, colour and word together. */
function legend(c: CaseReport, shaded: readonly Shade[], lang: Lang): string {
  const w = words(lang).html;
  const shown = new Set<Status>(c.timeline.map((r) => r.status).filter((s) => s !== 'not-applicable'));
  const items = (Object.keys(SYMBOL) as Status[]).filter((s) => shown.has(s)).map((s) => `<li><span class="sym ${s}" aria-hidden="true">${SYMBOL[s]}</span> ${esc(words(lang).status[s])}</li>`);
  for (const kind of shaded) items.push(`<li><span class="sym ${kind}" aria-hidden="true">█</span> ${esc(kind === 'sanction' ? w.loonsanctie : w.pause[kind])}</li>`);
  return `<ul class="legend">${items.join('')}</ul>`;
}

function findingsTable(findings: readonly FindingEntry[], lang: Lang): string {
  const w = words(lang).html;
  const money = findings.some((f) => f.exposure !== null);
  const heads = [w.severity, w.finding, w.consequence, w.norm, w.grondslag, ...(money ? [words(lang).html.exposure] : []), w.line];
  const rows = findings.map((f) => {
    const cells = [
      `<td class="${f.severity}">${esc(words(lang).severity[f.severity])}</td>`,
      `<td><strong>${esc(f.title)}</strong> <span class="note">${esc(f.rule)}</span><br>${esc(f.text)}</td>`,
      `<td>${esc(words(lang).consequence[f.consequence])}</td>`,
      `<td>${esc(normText(f.norm, lang))}</td>`,
      `<td>${esc(f.source)}</td>`,
      ...(money ? [`<td class="num">${esc(findingExposureText(f.exposure, lang))}</td>`] : []),
      `<td class="num">${f.line}</td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  const note = money ? `<p class="note">${esc(w.exposureNote)}</p>` : '';
  return `<table class="findings"><thead><tr>${heads.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>${note}`;
}

/** The case's money at risk: a maximum estimate, each item with how it is made and what to cite. */
function exposure(e: CaseExposure, lang: Lang): string {
  const w = words(lang).html;
  const rows = e.items.map((i) =>
    `<tr><td>${esc(words(lang).consequenceShort[i.consequence])}</td><td>${esc(i.rules.join(', '))}</td><td class="num">${esc(i.euros === null ? w.exposureUnknown : formatMoney(i.euros, lang))}</td><td>${esc(i.basis)}</td><td>${esc(i.source)}</td></tr>`);
  return [
    `<h3>${esc(w.exposure)}</h3>`,
    `<p class="exposure-total${e.complete ? '' : ' warning'}">${esc(exposureText(e, lang))}</p>`,
    `<table class="exposure"><thead><tr><th scope="col">${esc(w.consequence)}</th><th scope="col">${esc(w.rule)}</th><th scope="col" class="num">${esc(w.exposure)}</th><th scope="col">${esc(w.basis)}</th><th scope="col">${esc(w.grondslag)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  ].filter(Boolean).join('\n');
}

/** The case's row in the summary table of a batch. */
export function summaryRow(c: CaseReport, lang: Lang): string {
  const ui = words(lang).ui;
  const cells = [`<td class="source">${esc(c.source)}</td>`, `<td>${esc(c.werknemer ?? '')}</td>`];
  if (!c.valid || !c.clock) {
    cells.push('<td></td>', `<td class="invalid" colspan="4">${esc(`${ui.invalidCases}: ${c.problems.length} ${words(lang).report.inputProblems}`)}</td>`);
  } else {
    const errors = c.findings.filter((f) => f.severity === 'error').length;
    const warnings = c.findings.filter((f) => f.severity === 'warning').length;
    const next = c.next;
    const overdue = next !== null && next.days < 0;
    const due = next ? `${formatDay(next.due, lang)} ${next.title}${overdue ? ` (${words(lang).status.overdue})` : ''}` : '';
    cells.push(
      `<td class="num">${c.clock.week ?? ''}</td>`,
      `<td class="num${errors > 0 ? ' error' : ''}">${errors}</td>`,
      `<td class="num${warnings > 0 ? ' warning' : ''}">${warnings}</td>`,
      `<td${overdue ? ' class="status-overdue"' : ''}>${esc(due)}</td>`,
      `<td class="num">${esc(exposureCell(c.exposure, lang))}</td>`,
    );
  }
  return `<tr>${cells.join('')}</tr>`;
}

/** The heads of the summary table, in the order of summaryRow's cells. */
export function summaryHeads(lang: Lang): string {
  const ui = words(lang).ui;
  const w = words(lang).html;
  const heads = [[w.source, ''], [ui.werknemer, ''], [ui.week, 'num'], [capital(ui.errors), 'num'], [capital(ui.warnings), 'num'], [ui.nextDeadline, ''], [w.exposure, 'num']] as const;
  return `<tr>${heads.map(([h, cls]) => `<th scope="col"${cls ? ` class="${cls}"` : ''}>${esc(h)}</th>`).join('')}</tr>`;
}

const capital = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
