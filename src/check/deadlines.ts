import type { Case, Onderbreking } from '../domain/case.js';
import type { Datum } from '../domain/datum.js';
import { RulesEngine } from '../domain/engine.js';
import type { Basis, Status } from '../domain/evaluation.js';
import type { Werkdagen } from '../domain/feestdagen.js';
import { type Lang, textOr } from '../domain/lang.js';
import type { Rule } from '../domain/rule.js';

/**
 * `poort deadlines`: every milestone of the rules table for a case that holds nothing but a
 * ziekmelding (and onderbrekingen). The case is validated like a case file and evaluated by the
 * same engine, so the calculator and `poort check` can never disagree.
 */
export interface DeadlineRow {
  id: string;
  title: string;
  /** The ziekteweek the date falls in. */
  week: number | null;
  from: Datum | null;
  due: Datum | null;
  status: Status;
  days: number | null;
  /** Why the due date is what it is ("end of week 6", put in words by the output). */
  basis: Basis | null;
}

export interface Deadlines {
  asOf: Datum;
  ziekmelding: Datum;
  onderbrekingen: readonly Onderbreking[];
  eindeWachttijd: Datum;
  rows: DeadlineRow[];
}

export interface DeadlineSettings {
  rules: readonly Rule[];
  werkdagen: Werkdagen;
  asOf: Datum;
  lang: Lang;
}

export function computeDeadlines(c: Case, s: DeadlineSettings): Deadlines {
  const ev = new RulesEngine(s.rules, s.werkdagen).evaluate(c, s.asOf);
  const byId = new Map(s.rules.map((r) => [r.id, r]));
  const rows = ev.timeline.map((e) => {
    const date = e.due ?? e.from;
    return {
      id: e.id,
      title: textOr(byId.get(e.id)?.title, s.lang, e.id),
      week: date ? ev.clock.weekOf(date) : null,
      from: e.from,
      due: e.due,
      status: e.status,
      days: e.days,
      basis: e.basis ?? null,
    };
  });
  return { asOf: s.asOf, ziekmelding: c.ziekmelding, onderbrekingen: c.onderbrekingen, eindeWachttijd: ev.clock.eindeWachttijd, rows };
}

/** A row has a place in the calendar: a date, and a rule that applies. */
export function isDated(r: DeadlineRow): boolean {
  return r.status !== 'not-applicable' && (r.due !== null || r.from !== null);
}
