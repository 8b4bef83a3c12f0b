import { Datum } from '../domain/datum.js';
import { RulesEngine } from '../domain/engine.js';
import type { FindingArgs, FindingType, Status } from '../domain/evaluation.js';
import type { Werkdagen } from '../domain/feestdagen.js';
import type { Consequence, Norm, Rule, Severity } from '../domain/rule.js';
import { type Lang, textOr } from '../domain/lang.js';
import type { ReadCase } from '../input/case-file.js';
import { caseSchema } from '../input/case-schema.js';
import { capped, formatPath, type Problem, type ProblemArgs } from '../input/problem.js';
import { schemaAt } from '../input/schema-walk.js';
import { locale, problemMessage } from './locale/index.js';
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
  norm: Norm | null;
  /** The ziekteweek the date falls in. */
  week: number | null;
  from: Datum | null;
  due: Datum | null;
  done: Datum | null;
  status: Status;
  days: number | null;
}

/** The facts a finding's message was made from, for scripts: dates as YYYY-MM-DD. */
export interface FindingFacts {
  due?: string;
  done?: string;
  from?: string;
  date?: string;
  limit?: string;
  days?: number;
  value?: string | number;
}

export interface FindingEntry {
  rule: string;
  title: string;
  severity: Severity;
  consequence: Consequence;
  norm: Norm | null;
  /** Which way the rule is not satisfied: late, missing, gap … */
  type: FindingType;
  args: FindingFacts;
  /** With ISO dates, for the machine-readable formats. */
  message: string;
  /** The same for people: Dutch date notation in Dutch. */
  text: string;
  source: string;
  line: number;
}

export interface CaseReport {
  /** Where the case came from, for people: `case.yaml`, `export.csv row 12`, `cases.jsonl line 56`. */
  source: string;
  /** The file it is in (`-` for standard input); every line number below is a line of this file. */
  file: string;
  werknemer: string | null;
  valid: boolean;
  problems: ProblemEntry[];
  clock: {
    ziekmelding: Datum;
    week: number | null;
    eindeWachttijd: Datum;
    eindeLoondoorbetaling: Datum;
    /** eindeLoondoorbetaling still grows with the as-of date (a WIA aanvraag overdue and not yet made). */
    provisional: boolean;
    hersteld: Datum | null;
  } | null;
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

export interface CheckSettings {
  rules: readonly Rule[];
  werkdagen: Werkdagen;
  asOf: Datum;
  lang: Lang;
  /** --redact: werknemer references and free text become pseudonyms in every output. */
  mask?: ((text: string) => string) | undefined;
}

/** Where a case came from: a label for people, and the file its line numbers belong to. */
export interface Origin {
  source: string;
  file: string;
}

/** Evaluates cases and puts them into words, with the settings of one run. */
export class Checker {
  private readonly byId: ReadonlyMap<string, Rule>;
  private readonly engine: RulesEngine;
  /** The rule whose date is the end of wage payment (`clockDate` in the rules); without one, einde wachttijd. */
  private readonly eindeLoondoorbetaling: string | undefined;

  constructor(readonly settings: CheckSettings) {
    this.byId = new Map(settings.rules.map((r) => [r.id, r]));
    this.eindeLoondoorbetaling = settings.rules.find((r) => r.clockDate === 'eindeLoondoorbetaling')?.id;
    this.engine = new RulesEngine(settings.rules, settings.werkdagen);
  }

  /** Input that could not be read as a case at all: a file that is missing, too large, not CSV. */
  unreadable(origin: Origin, problem: Problem): CaseReport {
    return invalidCase(maskedOrigin(origin, this.settings.mask), [problem], this.settings.lang, null, this.settings.mask);
  }

  report(unmasked: Origin, read: ReadCase): CaseReport {
    const s = this.settings;
    const origin = maskedOrigin(unmasked, s.mask);
    const werknemer = (w: string | null | undefined): string | null => (w == null ? null : s.mask ? s.mask(w) : w);
    if (!read.case) return invalidCase(origin, read.problems, s.lang, werknemer(read.werknemer), s.mask);
    const c = read.case;
    const ev = this.engine.evaluate(c, s.asOf);
    const weekOf = (d: Datum | null): number | null => (d ? ev.clock.weekOf(d) : null);
    const timeline = ev.timeline.map((e) => {
      const rule = this.byId.get(e.id);
      return {
        id: e.id,
        title: textOr(rule?.title, s.lang, e.id),
        norm: rule?.norm ?? null,
        week: weekOf(e.due ?? e.from ?? e.done),
        from: e.from,
        due: e.due,
        done: e.done,
        status: e.status,
        days: e.days,
      };
    });
    const findings = ev.findings.map((f) => {
      const rule = this.byId.get(f.rule);
      const message = findingMessage(f, rule, c, { lang: s.lang, notation: 'iso', mask: s.mask });
      return {
        rule: f.rule,
        title: textOr(rule?.title, s.lang, f.rule),
        severity: f.severity,
        consequence: f.consequence,
        norm: rule?.norm ?? null,
        type: f.type,
        args: factsOf(f.args, s.mask),
        message,
        // A language that writes ISO dates for people too has its message as its text.
        text: locale(s.lang).dates === 'iso' ? message : findingMessage(f, rule, c, { lang: s.lang, notation: 'local', mask: s.mask }),
        source: textOr(rule?.source, s.lang, ''),
        line: read.located.findingLine(f.path),
      };
    });
    const eindeLoon = ev.timeline.find((e) => e.id === this.eindeLoondoorbetaling);
    return {
      ...origin,
      werknemer: werknemer(c.werknemer),
      valid: true,
      problems: [],
      clock: {
        ziekmelding: c.ziekmelding,
        week: ev.week,
        eindeWachttijd: ev.clock.eindeWachttijd,
        eindeLoondoorbetaling: eindeLoon?.due ?? ev.clock.eindeWachttijd,
        provisional: eindeLoon?.provisional ?? false,
        hersteld: c.hersteld ?? null,
      },
      timeline,
      findings,
    };
  }
}

/** A finding's arguments as plain facts (the basis is wording: the message says it). */
function factsOf(a: FindingArgs, mask: ((text: string) => string) | undefined): FindingFacts {
  const facts: FindingFacts = {};
  for (const key of ['due', 'done', 'from', 'date', 'limit'] as const) {
    const d = a[key];
    if (d) facts[key] = d.toString();
  }
  if (a.days !== undefined) facts.days = a.days;
  // A check's or a text scan's value may be free text from the dossier.
  if (a.value !== undefined) facts.value = mask && typeof a.value === 'string' ? mask(a.value) : a.value;
  return facts;
}

/**
 * Under --redact, a file may be named after the person in it: its path becomes a pseudonym,
 * keeping the extension and the row, line or item of an export (`anon-….csv row 12`).
 */
function maskedOrigin(o: Origin, mask: ((text: string) => string) | undefined): Origin {
  if (!mask || o.file === '-') return o;
  const extension = /\.[A-Za-z0-9]+$/.exec(o.file)?.[0] ?? '';
  const file = `${mask(o.file)}${extension}`;
  return { file, source: o.source.startsWith(o.file) ? file + o.source.slice(o.file.length) : file };
}

/**
 * A report as it arrives from a worker thread: a structured clone keeps the data but not the
 * class, so its dates are made Datums again.
 */
export function reviveReport(c: CaseReport): CaseReport {
  const datum = (d: Datum | null): Datum | null => (d === null ? null : Datum.fromDay(d.day));
  const k = c.clock;
  if (k) {
    c.clock = { ...k, ziekmelding: datum(k.ziekmelding)!, eindeWachttijd: datum(k.eindeWachttijd)!, eindeLoondoorbetaling: datum(k.eindeLoondoorbetaling)!, hersteld: datum(k.hersteld) };
  }
  for (const t of c.timeline) {
    t.from = datum(t.from);
    t.due = datum(t.due);
    t.done = datum(t.done);
  }
  return c;
}

/** A case that could not be evaluated: only its problems, so that it still counts in every report. */
function invalidCase(origin: Origin, problems: readonly Problem[], lang: Lang, werknemer: string | null = null, mask?: (text: string) => string): CaseReport {
  return {
    ...origin,
    werknemer,
    valid: false,
    problems: capped(problems).map((p) => {
      const q = mask ? redacted(p, mask) : p;
      return { code: q.code, path: formatPath(q.path), line: q.line, column: q.column, message: problemMessage(q.code, q.args, lang) };
    }),
    clock: null,
    timeline: [],
    findings: [],
  };
}

/** What a problem quotes from the input: a value, a key, a tag, a pattern. */
const QUOTES_INPUT = ['value', 'key', 'tag', 'pattern'] as const;

/**
 * A problem under --redact: whatever it quotes from the input is a pseudonym (a name typed into
 * a date column, an unknown key that is a name, a YAML tag, a glob), and so is every key of its
 * path that a case file does not have.
 */
function redacted(p: Problem, mask: (text: string) => string): Problem {
  const args: Record<string, ProblemArgs[string]> = { ...p.args };
  for (const k of QUOTES_INPUT) {
    const v = args[k];
    if (typeof v === 'string' && v !== '') args[k] = mask(v);
  }
  const path = p.path.map((step, i) => (typeof step === 'string' && !schemaAt(caseSchema, p.path.slice(0, i + 1)) ? mask(step) : step));
  return { ...p, path, args };
}

/** The deadline that comes next: the earliest open or overdue milestone with a date. */
export function nextDeadline(c: CaseReport): TimelineRow | undefined {
  let next: TimelineRow | undefined;
  for (const t of c.timeline) {
    if ((t.status === 'open' || t.status === 'overdue') && t.due && (!next || t.due.isBefore(next.due!))) next = t;
  }
  return next;
}

/** What a batch's totals need of a case. */
export interface CaseCounts {
  valid: boolean;
  errors: number;
  warnings: number;
  infos: number;
}

export function countsOf(c: CaseReport): CaseCounts {
  const counts = { valid: c.valid, errors: 0, warnings: 0, infos: 0 };
  for (const f of c.findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The running totals of a batch, and its exit code (docs/report.md): kept as the cases stream past. */
export class Tally {
  readonly summary: Summary = { cases: 0, invalid: 0, errors: 0, warnings: 0, infos: 0 };
  /** The most severe finding seen, as a rank (0 error, 1 warning, 2 info); 3 for none. */
  private worst = 3;

  add(c: CaseCounts): void {
    const s = this.summary;
    s.cases++;
    if (!c.valid) s.invalid++;
    s.errors += c.errors;
    s.warnings += c.warnings;
    s.infos += c.infos;
    this.worst = Math.min(this.worst, c.errors > 0 ? RANK.error : c.warnings > 0 ? RANK.warning : c.infos > 0 ? RANK.info : 3);
  }

  /** 2 when any case could not be evaluated; 1 when a finding reaches `failOn`; else 0. */
  exitCode(failOn: Severity | 'never'): 0 | 1 | 2 {
    if (this.summary.invalid > 0) return 2;
    return failOn !== 'never' && this.worst <= RANK[failOn] ? 1 : 0;
  }
}
