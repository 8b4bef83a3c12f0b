import { Chalk } from 'chalk';
import { compactTable, milestoneEntry, tableOrList } from './table.js';
import type { Lang } from '../domain/lang.js';
import { fill, formatDay, formatDays, words } from './locale/index.js';
import { isDated, type Deadlines } from '../check/deadlines.js';
import { deadlineStatusWords } from './status-words.js';
import { describeBasis } from './message.js';
import { Lines, wrap, type TextStyle } from './wrap.js';

/** `poort deadlines` for people: the milestones with a date as a table, like check's timeline (a list when the table does not fit). */
export function deadlinesText(d: Deadlines, lang: Lang, style: TextStyle): string {
  const c = new Chalk({ level: style.colorLevel });
  const out = new Lines(style.width);
  out.add(c.bold(`${fill(words(lang).deadlines.heading, { date: formatDay(d.ziekmelding, lang) })} · ${fill(words(lang).deadlines.asOf, { date: formatDay(d.asOf, lang) })}`), { hanging: 2 });
  for (const o of d.onderbrekingen) {
    const days = formatDays(o.tot.since(o.van) + 1, lang);
    out.add(fill(words(lang).deadlines.onderbreking, { van: formatDay(o.van, lang), tot: formatDay(o.tot, lang), days }), { hanging: 2 });
  }
  // Milestone and reason wrap, so the table stays about 120 columns wide.
  const heads = [words(lang).ui.week, words(lang).deadlines.from, words(lang).deadlines.due, words(lang).ui.milestone, words(lang).deadlines.basis, words(lang).ui.status];
  const table = compactTable(heads, c, { colWidths: [null, null, null, 30, 28, null], wordWrap: true });
  const rows = d.rows.filter(isDated).map((r) => ({
    r,
    from: r.from ? formatDay(r.from, lang) : '',
    due: r.due ? formatDay(r.due, lang) : '',
    basis: r.basis ? describeBasis(r.basis, lang) : '',
    status: deadlineStatusWords(r, lang),
  }));
  for (const { r, from, due, basis, status } of rows) table.push([r.week ?? '', from, due, r.title, basis, status]);
  // As a list: week, due date and milestone, then the status, from when, and why.
  const entry = ({ r, from, due, basis, status }: (typeof rows)[number]): string[] =>
    milestoneEntry(r.week, due, r.title, [[status, from && fill(words(lang).deadlines.fromDay, { date: from }), basis].filter(Boolean).join(' · ')], lang, style.width);
  out.put(...tableOrList(table, style.width, () => rows.flatMap(entry)));
  const undated = d.rows.filter((r) => !isDated(r)).map((r) => r.title);
  // Without a width, the paragraph keeps the width it always had.
  if (undated.length > 0) out.put(...wrap(fill(words(lang).deadlines.undated, { list: undated.join(', ') }), style.width ?? 92).map((l) => c.dim(l)));
  return out.toString();
}
