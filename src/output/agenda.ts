import type { Datum } from '../domain/datum.js';
import type { Rule } from '../domain/rule.js';
import type { Lang } from '../domain/lang.js';
import { datum, fill, formatDay, formatDays, locale, words } from './locale/index.js';
import { agendaExposureText } from './money.js';
import { field, neutralize } from './csv-cells.js';
import { caseKey, icsEnd, icsEvents, icsNotJudged, icsStart } from './ics.js';
import type { NotJudged } from './not-judged.js';
import { printable } from './printable.js';
import type { CaseReport, TimelineRow } from '../check/case-report.js';
import { setupLines, type Setup } from './setup.js';
import { Lines, type TextStyle } from './wrap.js';

/**
 * The consultant's Monday-morning list: every overdue deadline, and every open one due within
 * the window, across all cases, by date.
 */
export interface AgendaItem {
  /** What identifies its case across runs (ics.ts, caseKey). */
  key: string;
  due: Datum;
  status: 'overdue' | 'open';
  /** Overdue by, or due in, this many days. */
  days: number;
  rule: string;
  title: string;
  source: string;
  werknemer: string | null;
  week: number | null;
  /** What missing it can cost at most. */
  risk: TimelineRow['risk'];
}

export function agendaItems(c: CaseReport, asOf: Datum, withinDays: number, cwd: string): AgendaItem[] {
  const until = asOf.plus(withinDays);
  return c.timeline.flatMap((t) =>
    (t.status === 'overdue' || t.status === 'open') && t.due && !datum(t.due).isAfter(until)
      ? [{ key: caseKey(c, cwd), due: datum(t.due), status: t.status, days: Math.abs(datum(t.due).since(asOf)), rule: t.id, title: t.title, source: c.source, werknemer: c.werknemer, week: t.week, risk: t.risk }]
      : [],
  );
}

/**
 * What the deadlines on the list can cost at most if missed: per case one loonsanctie however
 * many of its steps risk one, each boete, each day of wages so far; and how many cases lack a
 * wage for it.
 */
export function agendaExposure(items: readonly AgendaItem[]): { total: number; incomplete: number } {
  const loonsanctie = new Map<string, number>();
  const incomplete = new Set<string>();
  let total = 0;
  for (const { key, risk } of items) {
    if (!risk) continue;
    if (risk.euros === null) incomplete.add(key);
    else if (risk.consequence === 'loonsanctie') loonsanctie.set(key, Math.max(loonsanctie.get(key) ?? 0, risk.euros));
    else total += risk.euros;
  }
  for (const euros of loonsanctie.values()) total += euros;
  return { total, incomplete: incomplete.size };
}

/** By date, then case, then rule: the order of a diary. */
export function sortAgenda(items: AgendaItem[]): AgendaItem[] {
  return items.sort((a, b) => a.due.since(b.due) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) || (a.rule < b.rule ? -1 : 1));
}

export interface AgendaContext {
  asOf: Datum;
  withinDays: number;
  lang: Lang;
  /** The config and own rules files: named under the text and in the JSON. */
  setup: Setup;
}

/**
 * The agenda for people. Dossiers that could not be judged are said first: an empty list must
 * not read as good news in a cron mail of stdout when nothing could be read.
 */
export async function agendaText(items: readonly AgendaItem[], ctx: AgendaContext, style: TextStyle, summary: NotJudged): Promise<string> {
  const [{ Chalk }, { compactTable, listEntry, tableOrList }] = await Promise.all([import('chalk'), import('./table.js')]);
  const c = new Chalk({ level: style.colorLevel });
  const lang = ctx.lang;
  const out = new Lines(style.width);
  out.add(c.bold(`${words(lang).agenda.title} · ${words(lang).ui.asOf} ${formatDay(ctx.asOf, lang)} · ${words(lang).agenda.within} ${formatDays(ctx.withinDays, lang)}`), { hanging: 2 });
  if (summary.invalid > 0) out.add(c.bold.yellow(fill(words(lang).agenda.notJudged, { n: summary.invalid, total: summary.cases })), { indent: 2 });
  if (items.length === 0) out.add(summary.invalid > 0 ? words(lang).agenda.nothingRead : c.green(words(lang).agenda.nothing), { indent: 2 });
  else {
    const table = compactTable([words(lang).ui.date, words(lang).ui.status, words(lang).ui.milestone, words(lang).ui.case_, words(lang).ui.werknemer], c);
    const rows = items.map((i) => {
      const status = i.status === 'overdue' ? c.red(`${words(lang).status.overdue}: ${formatDays(i.days, lang)}`) : `${words(lang).ui.dueIn} ${formatDays(i.days, lang)}`;
      return [formatDay(i.due, lang), status, i.title, printable(i.source), printable(i.werknemer ?? '')] as const;
    });
    for (const r of rows) table.push([...r]);
    // As a list: date and milestone, then how far off, the case and its werknemer.
    out.put(...tableOrList(table, style.width, () => rows.flatMap(([due, status, title, source, werknemer]) => listEntry(`${due}  ${title}`, [[status, source, werknemer].filter(Boolean).join(' · ')], style.width))));
  }
  const money = agendaExposureText(items.some((i) => i.risk) ? agendaExposure(items) : null, lang);
  if (money) out.add(c.bold.yellow(money), { hanging: 2 });
  for (const l of setupLines(ctx.setup, lang)) out.add(c.dim(l), { hanging: 2 });
  return out.toString();
}


export function agendaJson(items: readonly AgendaItem[], ctx: AgendaContext, { cases, invalid, sources }: NotJudged): string {
  const overdue = items.filter((i) => i.status === 'overdue').length;
  const doc = {
    poort: 1,
    asOf: ctx.asOf,
    withinDays: ctx.withinDays,
    config: ctx.setup.config,
    rules: ctx.setup.rules,
    columns: ctx.setup.columns,
    items: items.map((i) => ({ due: i.due, status: i.status, days: i.days, rule: i.rule, source: i.source, werknemer: i.werknemer, week: i.week, exposure: i.risk?.euros ?? null })),
    notJudged: sources,
    summary: { cases, invalid, items: items.length, overdue, exposure: agendaExposure(items) },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** For calendars: the same events, with the same UIDs, as `check --format ics` gives these cases. */
export function agendaIcs(items: readonly AgendaItem[], ctx: AgendaContext, rules: readonly Rule[], version: string, notJudged: NotJudged): string {
  const events = items.map((i) =>
    icsEvents(
      { key: i.key, who: i.werknemer ?? i.source, source: i.source, milestones: [{ id: i.rule, title: i.title, from: null, due: i.due, status: i.status }] },
      rules,
      ctx.asOf,
      ctx.lang,
    ),
  );
  return icsStart(ctx.lang, version) + icsNotJudged(notJudged, ctx.asOf, ctx.lang) + events.join('') + icsEnd();
}

/**
 * For spreadsheets, as the language's Excel opens them (Dutch: `;`, a byte-order mark, Dutch
 * headers). A dossier that could not be judged is a row of its own with status `invalid`, so the
 * sheet never reads as complete when it is not.
 */
export function agendaCsv(items: readonly AgendaItem[], ctx: AgendaContext, notJudged: NotJudged): string {
  const { separator: sep, bom } = locale(ctx.lang).csv;
  const text = (v: string | null): string => field(neutralize(v ?? ''), sep);
  const head = words(ctx.lang).agenda.csvHeader;
  const rows = items.map((i) => [i.due.toString(), i.status, String(i.days), i.rule, text(i.source), text(i.werknemer), i.week === null ? '' : String(i.week), i.risk?.euros ?? ''].join(sep));
  for (const source of notJudged.sources) rows.push(['', 'invalid', '', '', text(source), '', '', ''].join(sep));
  return `${bom ? '\uFEFF' : ''}${[head.join(sep), ...rows].join('\r\n')}\r\n`;
}
