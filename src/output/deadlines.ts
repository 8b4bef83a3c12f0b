import type { Deadlines } from '../check/deadlines.js';
import type { Lang } from '../domain/lang.js';
import type { Rule } from '../domain/rule.js';
import { formatDate } from './locale/index.js';
import { icsEnd, icsEvents, icsStart } from './ics.js';
import { describeBasis } from './message.js';

/** `poort deadlines --format json` as data: every timeline entry, as in `check --format json`, dates as YYYY-MM-DD. */
export type DeadlinesDocument = ReturnType<typeof deadlinesDocument>;

export function deadlinesDocument(d: Deadlines, lang: Lang) {
  return {
    poort: 1,
    asOf: d.asOf.toString(),
    ziekmelding: d.ziekmelding.toString(),
    onderbrekingen: d.onderbrekingen.map((o) => ({ van: o.van.toString(), tot: o.tot.toString() })),
    eindeWachttijd: d.eindeWachttijd.toString(),
    timeline: d.rows.map((r) => ({ id: r.id, title: r.title, week: r.week, from: r.from?.toString() ?? null, due: r.due?.toString() ?? null, status: r.status, basis: r.basis && describeBasis(r.basis, lang) })),
  };
}

/** One JSON document. */
export function deadlinesJson(d: Deadlines, lang: Lang): string {
  return `${JSON.stringify(deadlinesDocument(d, lang), null, 2)}\n`;
}

/** The same milestones as events; keyed by the ziekmelding, so a second run updates the first. */
export function deadlinesIcs(d: Deadlines, rules: readonly Rule[], lang: Lang, version: string): string {
  const label = `ziekmelding ${formatDate(d.ziekmelding, lang)}`;
  const c = { key: `deadlines ${d.ziekmelding.toString()}`, who: label, source: `poort deadlines ${d.ziekmelding.toString()}`, milestones: d.rows };
  return icsStart(lang, version) + icsEvents(c, rules, d.asOf, lang) + icsEnd();
}
