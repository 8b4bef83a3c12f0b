import { isMap } from 'yaml';
import type { Datum } from '../domain/datum.js';
import { evaluate } from '../domain/engine.js';
import type { Status } from '../domain/evaluation.js';
import type { Werkdagen } from '../domain/feestdagen.js';
import type { Consequence, Lang, Rule, Severity } from '../domain/rule.js';
import { readCase } from '../input/case-file.js';
import { keyLine } from '../input/document.js';
import { formatPath, type Problem } from '../input/problem.js';
import { problemMessage } from './i18n.js';
import { findingMessage } from './message.js';

/**
 * The one result type every output format reads (as ESLint's formatters share one result):
 * per case its problems or its clock, timeline and findings, already in words and with the
 * source lines CI formats need.
 */
export interface ProblemEntry {
  code: Problem['code'];
  path: string;
  line: number | null;
  column: number | null;
  message: string;
}

export interface TimelineRow {
  id: string;
  title: string;
  /** The ziekteweek the date falls in. */
  week: number | null;
  from: Datum | null;
  due: Datum | null;
  done: Datum | null;
  status: Status;
  days: number | null;
}

export interface FindingEntry {
  rule: string;
  title: string;
  severity: Severity;
  consequence: Consequence;
  /** With ISO dates, for the machine-readable formats. */
  message: string;
  /** The same for people: Dutch date notation in Dutch. */
  text: string;
  source: string;
  line: number;
}

export interface CaseReport {
  source: string;
  werknemer: string | null;
  valid: boolean;
  problems: ProblemEntry[];
  clock: { ziekmelding: Datum; week: number | null; eindeWachttijd: Datum; eindeLoondoorbetaling: Datum; hersteld: Datum | null } | null;
  timeline: TimelineRow[];
  findings: FindingEntry[];
}

export interface Summary {
  cases: number;
  invalid: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report {
  asOf: Datum;
  lang: Lang;
  cases: CaseReport[];
  summary: Summary;
}

export interface CheckSettings {
  rules: readonly Rule[];
  werkdagen: Werkdagen;
  asOf: Datum;
  lang: Lang;
}

/** One case file's text, read, validated, evaluated and put into words. */
export function reportCase(file: string, text: string, s: CheckSettings): CaseReport {
  const read = readCase(file, text);
  if (!read.case) {
    const contents = read.source.doc.contents;
    const werknemer = isMap(contents) ? contents.get('werknemer') : undefined;
    return invalidCase(file, read.problems, s.lang, typeof werknemer === 'string' || typeof werknemer === 'number' ? String(werknemer) : null);
  }
  const c = read.case;
  const ev = evaluate(c, s.rules, s.asOf, s.werkdagen);
  const byId = new Map(s.rules.map((r) => [r.id, r]));
  const weekOf = (d: Datum | null): number | null => (d ? Math.max(1, Math.ceil(ev.clock.sickDaysBy(d) / 7)) : null);
  const timeline = ev.timeline.map((e) => ({
    id: e.id,
    title: byId.get(e.id)?.title[s.lang] ?? e.id,
    week: weekOf(e.due ?? e.from ?? e.done),
    from: e.from,
    due: e.due,
    done: e.done,
    status: e.status,
    days: e.days,
  }));
  const findings = ev.findings.map((f) => {
    const rule = byId.get(f.rule);
    return {
      rule: f.rule,
      title: rule?.title[s.lang] ?? f.rule,
      severity: f.severity,
      consequence: f.consequence,
      message: findingMessage(f, rule, c, s.lang, 'iso'),
      text: findingMessage(f, rule, c, s.lang, 'local'),
      source: rule?.source ?? '',
      line: keyLine(read.source, f.path),
    };
  });
  const eindeLoon = ev.timeline.find((e) => e.id === 'einde-loondoorbetaling')?.due;
  return {
    source: file,
    werknemer: c.werknemer ?? null,
    valid: true,
    problems: [],
    clock: {
      ziekmelding: c.ziekmelding,
      week: ev.week,
      eindeWachttijd: ev.clock.eindeWachttijd,
      eindeLoondoorbetaling: eindeLoon ?? ev.clock.eindeWachttijd,
      hersteld: c.hersteld ?? null,
    },
    timeline,
    findings,
  };
}

/** A case that could not be evaluated: only its problems, so that it still counts in every report. */
export function invalidCase(file: string, problems: readonly Problem[], lang: Lang, werknemer: string | null = null): CaseReport {
  return {
    source: file,
    werknemer,
    valid: false,
    problems: problems.map((p) => ({
      code: p.code,
      path: formatPath(p.path),
      line: p.line,
      column: p.column,
      message: problemMessage(p.code, p.args, lang),
    })),
    clock: null,
    timeline: [],
    findings: [],
  };
}

export function summarize(cases: readonly CaseReport[]): Summary {
  const s: Summary = { cases: cases.length, invalid: 0, errors: 0, warnings: 0, infos: 0 };
  for (const c of cases) {
    if (!c.valid) s.invalid++;
    for (const f of c.findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}
