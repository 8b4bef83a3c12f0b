import type { Case } from '../domain/case.js';
import { Datum } from '../domain/datum.js';
import { baselineKey, heldBack, type Baseline } from './baseline.js';
import { RulesEngine } from '../domain/engine.js';
import { caseExposure, costEuros, MINIMUM_PERCENTAGE, type AtRisk, type CostBasis, type Costed, type Costs, type Wage } from '../domain/exposure.js';
import type { Finding, FindingArgs, TimelineEntry } from '../domain/evaluation.js';
import type { Werkdagen } from '../domain/feestdagen.js';
import { textIn, textOr, type Lang } from '../domain/lang.js';
import type { Consequence, Rule } from '../domain/rule.js';
import type { ReadCase } from '../input/case-file.js';
import { caseSchema } from '../input/case-schema.js';
import { capped, formatPath, type Problem, type ProblemArgs } from '../input/problem.js';
import { schemaAt } from '../input/schema-walk.js';
import type { CaseExposure, CaseReport, FindingFacts, NextStep, Origin, TimelineRow } from './case-report.js';

/**
 * The words a report carries, for one language: the output layer makes them (output/wording.ts),
 * so that this layer has none of its own and a format never needs the case again.
 */
export interface Wording {
  readonly lang: Lang;
  /** A finding's message, its dates in ISO 8601 (`iso`) or as people read them in the language (`local`). */
  finding(f: Finding, rule: Rule | undefined, c: Case, notation: 'iso' | 'local'): string;
  /** The language writes ISO dates for people too: a finding's text is its message. */
  readonly isoForPeople: boolean;
  problem(code: Problem['code'], args: ProblemArgs): string;
  /** How a maximum amount is made: "52 weken × 70% van € 3.500 per maand". */
  costBasis(basis: CostBasis): string;
}

export interface CheckSettings {
  rules: readonly Rule[];
  werkdagen: Werkdagen;
  asOf: Datum;
  wording: Wording;
  /** --redact: werknemer references and free text become pseudonyms in every output. */
  mask?: ((text: string) => string) | undefined;
  /** What each consequence costs at most (the rules table's `costs:`). */
  costs: Costs;
  /** The config's gross monthly wage, for a case without `loon_per_maand`. */
  loonPerMaand?: number | undefined;
  /** --baseline: the findings accepted, which fail no run. */
  baseline?: Baseline | undefined;
  /** What missing each open or overdue step can cost (TimelineRow.risk): only the agenda asks, so a check need not work it out for every row. */
  timelineRisk?: boolean | undefined;
}

/** Evaluates cases read from the input into reports, with the settings of one run. */
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

  /** Input that could not be read as a case at all: a file that is missing, too large, not CSV; an export's header. */
  unreadable(origin: Origin, problems: readonly Problem[]): CaseReport {
    return this.invalid(maskedOrigin(origin, this.settings.mask), problems, null);
  }

  report(unmasked: Origin, read: ReadCase): CaseReport {
    const { mask, wording, asOf } = this.settings;
    const lang = wording.lang;
    const origin = maskedOrigin(unmasked, mask);
    const werknemer = (w: string | null | undefined): string | null => (w == null ? null : mask ? mask(w) : w);
    if (!read.case) return this.invalid(origin, read.problems, werknemer(read.werknemer));
    const c = read.case;
    const ev = this.engine.evaluate(c, asOf);
    const iso = (d: Datum | null): string | null => d?.toString() ?? null;
    const wage = this.wageOf(c);
    const timeline = ev.timeline.map((e) => {
      const rule = this.byId.get(e.id);
      const date = e.due ?? e.from ?? e.done;
      return {
        id: e.id,
        title: textOr(rule?.title, lang, e.id),
        norm: rule?.norm ?? null,
        week: date ? ev.clock.weekOf(date) : null,
        from: iso(e.from),
        due: iso(e.due),
        done: iso(e.done),
        status: e.status,
        days: e.days,
        risk: this.settings.timelineRisk && (e.status === 'open' || e.status === 'overdue') ? this.risk(e.risk, e.status === 'overdue' ? (e.days ?? 0) : 0, wage) : null,
      };
    });
    // Named by the werknemer as the dossier has it: a baseline is matched before --redact masks it.
    const key = this.settings.baseline && baselineKey({ werknemer: c.werknemer ?? null, file: unmasked.file, source: unmasked.source }, this.settings.baseline);
    const accepted = key === undefined ? undefined : this.settings.baseline!.cases[key];
    const risks = ev.findings.map((f): AtRisk => ({ rule: f.rule, consequence: f.consequence, days: f.args.days }));
    const findings = ev.findings.map((f) => {
      const rule = this.byId.get(f.rule);
      const message = wording.finding(f, rule, c, 'iso');
      return {
        rule: f.rule,
        title: textOr(rule?.title, lang, f.rule),
        severity: f.severity,
        consequence: f.consequence,
        norm: rule?.norm ?? null,
        type: f.type,
        args: factsOf(f.args, mask),
        message,
        text: wording.isoForPeople ? message : wording.finding(f, rule, c, 'local'),
        source: textOr(rule?.source, lang, ''),
        line: read.located.findingLine(f.path),
        exposure: this.euros(f.consequence, f.args.days, wage),
        baseline: this.settings.baseline?.update === true || heldBack(accepted, f),
      };
    });
    const eindeLoon = ev.timeline.find((e) => e.id === this.eindeLoondoorbetaling);
    return {
      ...origin,
      werknemer: werknemer(c.werknemer),
      valid: true,
      problems: [],
      clock: {
        ziekmelding: c.ziekmelding.toString(),
        week: ev.week,
        eindeWachttijd: ev.clock.eindeWachttijd.toString(),
        eindeLoondoorbetaling: (eindeLoon?.due ?? ev.clock.eindeWachttijd).toString(),
        provisional: eindeLoon?.provisional ?? false,
        hersteld: iso(c.hersteld ?? null),
        pauses: [
          ...c.onderbrekingen.map((p) => ({ from: p.van.toString(), to: p.tot.toString(), kind: 'onderbreking' as const })),
          ...c.wazo_verlof.map((p) => ({ from: p.van.toString(), to: p.tot.toString(), kind: 'wazo' as const })),
        ].sort((a, b) => (a.from < b.from ? -1 : 1)),
      },
      timeline,
      findings,
      exposure: this.exposure(risks, wage),
      next: this.nextStep(ev.timeline),
      baselineKey: key,
    };
  }

  /** The wage the money at risk is a share of: the case's, else the config's; none, and wages at risk are unknown. */
  private wageOf(c: Case): Wage | null {
    const perMonth = c.loon_per_maand ?? this.settings.loonPerMaand;
    return perMonth === undefined ? null : { perMonth, percentage: Math.max(MINIMUM_PERCENTAGE, c.loon_percentage ?? MINIMUM_PERCENTAGE) };
  }

  /** The most a finding can cost in euros; null when nothing in money or no wage known. */
  private euros(consequence: Consequence, days: number | undefined, wage: Wage | null): number | null {
    const cost = consequence === 'geen' ? undefined : this.settings.costs[consequence];
    return cost ? costEuros(cost, days, wage) : null;
  }

  /** What missing a step risks; a cost per day late counts the days it is overdue so far. */
  private risk(consequence: Consequence | undefined, days: number, wage: Wage | null): TimelineRow['risk'] {
    const cost = consequence && consequence !== 'geen' ? this.settings.costs[consequence] : undefined;
    return cost ? { consequence: consequence as Costed, euros: costEuros(cost, days, wage) } : null;
  }

  private exposure(risks: readonly AtRisk[], wage: Wage | null): CaseExposure {
    const { wording, costs } = this.settings;
    if (risks.every((r) => r.consequence === 'geen')) return { total: 0, complete: true, items: [] };
    const { items, total, complete } = caseExposure(risks, costs, wage);
    return {
      total,
      complete,
      items: items.map((e) => ({ consequence: e.consequence, rules: e.rules, euros: e.euros, basis: wording.costBasis(e.basis), source: textIn(e.source, wording.lang) })),
    };
  }

  /** The earliest open or overdue milestone with a date, as an action with that date. */
  private nextStep(timeline: readonly TimelineEntry[]): NextStep | null {
    let next: TimelineEntry | undefined;
    for (const t of timeline) if ((t.status === 'open' || t.status === 'overdue') && t.due && (!next || t.due.day < next.due!.day)) next = t;
    if (!next) return null;
    const rule = this.byId.get(next.id);
    const lang = this.settings.wording.lang;
    const title = textOr(rule?.title, lang, next.id);
    return { rule: next.id, title, todo: textOr(rule?.todo, lang, title), due: next.due!.toString(), days: next.due!.day - this.settings.asOf.day };
  }

  /** A case that could not be evaluated: only its problems, so that it still counts in every report. */
  private invalid(origin: Origin, problems: readonly Problem[], werknemer: string | null): CaseReport {
    const { mask, wording } = this.settings;
    return {
      ...origin,
      werknemer,
      valid: false,
      problems: capped(problems).map((p) => {
        const q = mask ? redacted(p, mask) : p;
        return { code: q.code, path: formatPath(q.path), line: q.line, column: q.column, message: wording.problem(q.code, q.args) };
      }),
      clock: null,
      timeline: [],
      findings: [],
      exposure: null,
      next: null,
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

/** What a problem quotes from the input: a value, a key (or the column it clashes with), a tag, a pattern. */
const QUOTES_INPUT = ['value', 'key', 'first', 'tag', 'pattern'] as const;

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
