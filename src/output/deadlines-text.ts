import { Chalk } from 'chalk';
import { compactTable } from './table.js';
import type { Lang } from '../domain/lang.js';
import { fill, formatDay, formatDays, words } from './locale/index.js';
import { isDated, type DeadlineRow, type Deadlines } from '../check/deadlines.js';
import { describeBasis } from './message.js';
import { wrap } from './wrap.js';

/** `poort deadlines` for people: the milestones with a date as a table, like check's timeline. */
export function deadlinesText(d: Deadlines, lang: Lang, colorLevel: 0 | 1 | 2 | 3): string {
  const c = new Chalk({ level: colorLevel });
  const lines = [c.bold(`${fill(words(lang).deadlines.heading, { date: formatDay(d.ziekmelding, lang) })} · ${fill(words(lang).deadlines.asOf, { date: formatDay(d.asOf, lang) })}`)];
  for (const o of d.onderbrekingen) {
    const days = formatDays(o.tot.since(o.van) + 1, lang);
    lines.push(fill(words(lang).deadlines.onderbreking, { van: formatDay(o.van, lang), tot: formatDay(o.tot, lang), days }));
  }
  // Milestone and reason wrap, so the table stays about 120 columns wide.
  const heads = [words(lang).ui.week, words(lang).deadlines.from, words(lang).deadlines.due, words(lang).ui.milestone, words(lang).deadlines.basis, words(lang).ui.status];
  const table = compactTable(heads, c, { colWidths: [null, null, null, 30, 28, null], wordWrap: true });
  const dated = d.rows.filter(isDated);
  for (const r of dated) {
    table.push([r.week ?? '', r.from ? formatDay(r.from, lang) : '', r.due ? formatDay(r.due, lang) : '', r.title, r.basis ? describeBasis(r.basis, lang) : '', statusText(r, lang)]);
  }
  lines.push(table.toString());
  const undated = d.rows.filter((r) => !isDated(r)).map((r) => r.title);
  if (undated.length > 0) lines.push(...wrap(fill(words(lang).deadlines.undated, { list: undated.join(', ') }), 92).map((l) => c.dim(l)));
  return `${lines.join('\n')}\n`;
}

function statusText(r: DeadlineRow, lang: Lang): string {
  const word = words(lang).status[r.status];
  if (r.days === null) return word;
  if (r.status === 'open') return `${word}: ${words(lang).ui.dueIn} ${formatDays(r.days, lang)}`;
  return `${word}: ${formatDays(r.days, lang)}`;
}
