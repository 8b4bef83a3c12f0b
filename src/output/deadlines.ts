import type { Deadlines } from '../check/deadlines.js';
import type { Lang } from '../domain/lang.js';
import type { Rule } from '../domain/rule.js';
import { formatDate } from './locale/index.js';
import { icsEnd, icsEvents, icsStart } from './ics.js';
import { describeBasis } from './message.js';

/** One JSON document; every timeline entry, as in `check --format json`, dates as YYYY-MM-DD. */
export function deadlinesJson(d: Deadlines, lang: Lang): string {
  const doc = {
    poort: 1,
    asOf: d.asOf,
    ziekmelding: d.ziekmelding,
    onderbrekingen: d.onderbrekingen.map((o) => ({ van: o.van, tot: o.tot })),
    eindeWachttijd: d.eindeWachttijd,
    timeline: d.rows.map((r) => ({ id: r.id, title: r.title, week: r.week, from: r.from, due: r.due, status: r.status, basis: r.basis && describeBasis(r.basis, lang) })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The same milestones as events; keyed by the ziekmelding, so a second run updates the first. */
export function deadlinesIcs(d: Deadlines, rules: readonly Rule[], lang: Lang, version: string): string {
  const label = `ziekmelding ${formatDate(d.ziekmelding, lang)}`;
  const c = { key: `deadlines ${d.ziekmelding.toString()}`, who: label, source: `poort deadlines ${d.ziekmelding.toString()}`, milestones: d.rows };
  return icsStart(lang, version) + icsEvents(c, rules, d.asOf, lang) + icsEnd();
}
