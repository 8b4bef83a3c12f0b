import type { FieldPath } from '../domain/case.js';
import { Datum } from '../domain/datum.js';
import type { Feestdag } from '../domain/feestdagen.js';
import type { Anchor, Condition, FindingSpec, Rule, Variant } from '../domain/rule.js';
import { caseSchema, fieldTypes, type FieldType } from './case-schema.js';
import { keyPosition, parseSource, toValue, valuePosition, yamlLocated, type SourceDocument } from './document.js';
import { issuesToProblems } from './issues.js';
import type { Problem, ProblemArgs, ProblemCode } from './problem.js';
import { rulesFileSchema, type AnchorSource, type ConditionSource, type RuleSource, type VariantSource } from './rules-schema.js';
import { objectKeys, schemaAt, unwrap } from './schema-walk.js';
import { suggest } from './suggest.js';

export interface RulesFile {
  rules: Rule[];
  feestdagen: Feestdag[];
  problems: Problem[];
}

type Path = (string | number)[];

/**
 * Reads and compiles one rules file. Every key a rule names is checked against the case
 * schema here, once, so that a typo in a rules file is a clear error and never a check that
 * silently does nothing.
 */
export function readRulesFile(file: string, text: string): RulesFile {
  const { source, problems } = parseSource(file, text);
  if (problems.length > 0) return { rules: [], feestdagen: [], problems };
  const value = toValue(source);
  if ('problem' in value) return { rules: [], feestdagen: [], problems: [value.problem] };
  const parsed = rulesFileSchema.safeParse(value.value ?? {});
  if (!parsed.success) {
    return { rules: [], feestdagen: [], problems: issuesToProblems(parsed.error.issues, yamlLocated(source), (p) => objectKeys(rulesFileSchema, p)) };
  }
  const compiler = new Compiler(source);
  const rules = parsed.data.rules.map((r, i) => compiler.rule(r, ['rules', i]));
  const feestdagen = parsed.data.feestdagen.flatMap((f, i) => {
    const datum = Datum.parse(f.datum);
    if (!datum) compiler.problem(['feestdagen', i, 'datum'], 'not-a-date', { value: f.datum });
    return datum ? [{ datum, naam: f.naam }] : [];
  });
  return { rules, feestdagen, problems: compiler.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/**
 * Adds a file's rules to those already loaded. A rule whose id exists replaces it only when it
 * says `override: true`, so a clash is never an accident.
 */
export function mergeRules(base: readonly Rule[], extra: RulesFile, file: string): RulesFile {
  const rules = [...base];
  const problems = [...extra.problems];
  for (const rule of extra.rules) {
    const i = rules.findIndex((r) => r.id === rule.id);
    const at = { path: ['rules'], line: rule.origin.line, column: 1 };
    if (i >= 0 && !rule.overrides) problems.push({ code: 'rule-duplicate-id', ...at, args: { id: rule.id, file } });
    else if (i < 0 && rule.overrides) problems.push({ code: 'rule-override-unknown', ...at, args: { id: rule.id } });
    else if (i >= 0) rules[i] = rule;
    else rules.push(rule);
  }
  return { rules, feestdagen: extra.feestdagen, problems };
}

/**
 * Rule references (`rule:`, `plusDaysLate:`) must name a rule, and never lead back to
 * themselves. Checked over all files together, since a user's rule may refer to a built-in one.
 */
export function checkReferences(rules: readonly Rule[]): { file: string; problem: Problem }[] {
  const ids = rules.map((r) => r.id);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const problems: { file: string; problem: Problem }[] = [];
  const at = (rule: Rule, code: ProblemCode, args: ProblemArgs) =>
    problems.push({ file: rule.origin.file, problem: { code, path: ['rules'], line: rule.origin.line, column: 1, args } });
  for (const rule of rules) {
    for (const ref of ruleRefs(rule)) {
      if (!byId.has(ref)) {
        at(rule, 'rule-unknown-ref', { id: rule.id, ref, suggestion: suggest(ref, ids) });
      }
    }
  }
  const clockDates = new Map<string, Rule>();
  for (const rule of rules) {
    if (!rule.clockDate) continue;
    const first = clockDates.get(rule.clockDate);
    if (first) at(rule, 'rule-clock-date-twice', { id: rule.id, first: first.id, clockDate: rule.clockDate });
    else clockDates.set(rule.clockDate, rule);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      at(byId.get(id)!, 'rule-cycle', { cycle: [...trail.slice(trail.indexOf(id)), id].join(' → ') });
      return;
    }
    state.set(id, 'visiting');
    for (const ref of ruleRefs(byId.get(id)!)) if (byId.has(ref)) visit(ref, [...trail, id]);
    state.set(id, 'done');
  };
  for (const r of rules) visit(r.id, []);
  return problems;
}

function* ruleRefs(rule: Rule): Generator<string> {
  const fromAnchor = function* (a: Anchor | undefined): Generator<string> {
    if (!a) return;
    if (a.base.type === 'rule') yield a.base.id;
    if (a.base.type === 'earliest' || a.base.type === 'latest') for (const sub of a.base.of) yield* fromAnchor(sub);
    if (a.plusDaysLate) yield a.plusDaysLate;
  };
  const fromCondition = function* (c: Condition | undefined): Generator<string> {
    if (!c) return;
    if (c.type === 'asOfOnOrAfter') yield* fromAnchor(c.anchor);
    if (c.type === 'compare') {
      yield* fromAnchor(c.subject);
      yield* fromAnchor(c.anchor);
    }
    if (c.type === 'all' || c.type === 'any') for (const sub of c.of) yield* fromCondition(sub);
    if (c.type === 'not') yield* fromCondition(c.of);
  };
  for (const v of rule.variants) {
    yield* fromCondition(v.when);
    if (v.kind === 'deadline') {
      yield* fromAnchor(v.from);
      yield* fromAnchor(v.due);
      yield* fromAnchor(v.expectedBy);
      yield* fromAnchor(v.lateAgainst);
    }
    if (v.kind === 'interval') yield* fromAnchor(v.until);
    if (v.kind === 'date') yield* fromAnchor(v.date);
    if (v.kind === 'loonsanctie') {
      yield* fromAnchor(v.start);
      yield* fromAnchor(v.decision);
    }
  }
}

/** Placeholders every template may use, and those of each kind of finding. */
const COMMON_PLACEHOLDERS = ['key', 'title'];
const PLACEHOLDERS: Record<string, readonly string[]> = {
  late: ['done', 'due', 'days', 'basis', 'from', 'limit'],
  missing: ['due', 'days', 'basis', 'from', 'limit'],
  early: ['done', 'from', 'days', 'due'],
  delayed: ['done', 'limit', 'days', 'due', 'basis'],
  shortened: ['done', 'due', 'days', 'limit', 'date', 'from'],
  lifted: ['done', 'due', 'days', 'limit', 'date', 'from'],
  undecided: ['done', 'due', 'days'],
  order: ['done', 'limit'],
  gap: ['from', 'done', 'days'],
  check: ['value'],
  before: ['date', 'limit'],
  after: ['date', 'limit'],
  match: ['value'],
};

class Compiler {
  readonly problems: Problem[] = [];

  constructor(private readonly source: SourceDocument) {}

  problem(path: Path, code: ProblemCode, args: ProblemArgs): void {
    // A missing key is best shown at the key that should hold it; anything else at the value.
    const at = code === 'rule-missing-key' ? keyPosition(this.source, path) : valuePosition(this.source, path);
    this.problems.push({ code, path, ...at, args });
  }

  rule(r: RuleSource, at: Path): Rule {
    const variants: Variant[] = r.variants
      ? r.variants.flatMap((v, j) => this.variant(v, r, [...at, 'variants', j]) ?? [])
      : [this.variantOrMissing(r, at)].flatMap((v) => v ?? []);
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      interpretation: r.interpretation,
      source: typeof r.source === 'string' ? { nl: r.source, en: r.source } : r.source,
      norm: r.norm,
      overrides: r.override,
      clockDate: r.clockDate,
      variants,
      origin: { file: this.source.file, line: valuePosition(this.source, at).line },
    };
  }

  private variantOrMissing(r: RuleSource, at: Path): Variant | undefined {
    if (!r.kind) {
      this.problem(at, 'rule-missing-key', { key: 'kind', kind: 'rule' });
      return undefined;
    }
    return this.variant({ ...r, kind: r.kind }, r, at);
  }

  private variant(v: VariantSource, rule: RuleSource, at: Path): Variant | undefined {
    const when = v.when && this.condition(v.when, [...at, 'when']);
    const spec = (name: keyof NonNullable<VariantSource['messages']>, required: boolean): FindingSpec | undefined => {
      // A variant may take a message from its rule, as it takes the rule's severity and consequence.
      const m = v.messages?.[name] ?? rule.messages?.[name];
      if (!m) {
        if (required) this.problem([...at, 'messages'], 'rule-missing-key', { key: `messages.${name}`, kind: v.kind });
        return undefined;
      }
      const severity = m.severity ?? v.severity ?? rule.severity;
      const consequence = m.consequence ?? v.consequence ?? rule.consequence ?? 'geen';
      if (!severity) this.problem([...at, 'messages', name], 'rule-missing-key', { key: 'severity', kind: v.kind });
      this.placeholders([...at, 'messages', name], name, m);
      return { severity: severity ?? 'error', consequence, message: { nl: m.nl, en: m.en } };
    };
    const need = <T>(value: T | undefined, key: string): T | undefined => {
      if (value === undefined) this.problem(at, 'rule-missing-key', { key, kind: v.kind });
      return value;
    };

    switch (v.kind) {
      case 'deadline': {
        const field = this.field(need(v.field, 'field'), [...at, 'field'], ['date']);
        const dated = !v.noDeadline;
        if (v.noDeadline && v.due) this.problem([...at, 'due'], 'rule-anchor', { found: 'due + noDeadline' });
        const late = spec('late', dated);
        const missing = spec('missing', dated);
        const order = spec('order', v.notBefore !== undefined);
        const delayed = spec('delayed', v.expectedBy !== undefined);
        if (!field || (dated && (!late || !missing))) return undefined;
        return {
          kind: 'deadline', when, field, late, missing, order, delayed, early: spec('early', false),
          from: v.from && this.anchor(v.from, [...at, 'from']),
          due: v.due && this.anchor(v.due, [...at, 'due']),
          noDeadline: v.noDeadline,
          expectedBy: v.expectedBy && this.anchor(v.expectedBy, [...at, 'expectedBy']),
          lateAgainst: v.lateAgainst && this.anchor(v.lateAgainst, [...at, 'lateAgainst']),
          notBefore: this.field(v.notBefore, [...at, 'notBefore'], ['date']),
          notAfter: this.field(v.notAfter, [...at, 'notAfter'], ['date']),
        };
      }
      case 'interval': {
        const start = this.field(need(v.start, 'start'), [...at, 'start'], ['date']);
        const list = this.field(need(v.list, 'list'), [...at, 'list'], ['dates']);
        const maxGapDays = need(v.maxGapDays, 'maxGapDays');
        const gap = spec('gap', true);
        const missing = spec('missing', true);
        if (!start || !list || !maxGapDays || !gap || !missing) return undefined;
        return { kind: 'interval', when, start, list, maxGapDays, gap, missing, until: v.until && this.anchor(v.until, [...at, 'until']) };
      }
      case 'date': {
        const date = need(v.date, 'date');
        return date && { kind: 'date', when, date: this.anchor(date, [...at, 'date']), notAfterEnd: v.notAfterEnd };
      }
      case 'check': {
        const cond = need(when, 'when');
        const target = this.field(need(v.at, 'at'), [...at, 'at'], undefined);
        const finding = spec('check', true);
        return cond && target && finding && { kind: 'check', when: cond, at: target, finding };
      }
      case 'date-order': {
        const before = spec('before', true);
        const after = spec('after', true);
        const future = (v.future ?? []).map((f, i) => this.field(f, [...at, 'future', i], ['date']) && f);
        if (!before || !after || future.some((f) => !f)) return undefined;
        return { kind: 'date-order', when, future: future as string[], before, after };
      }
      case 'loonsanctie': {
        const from = need(v.from, 'from');
        const decision = need(v.decision, 'decision');
        const endAfterDecision = need(v.endAfterDecision, 'endAfterDecision');
        const weeks = this.field(need(v.weeks, 'weeks'), [...at, 'weeks'], ['number']);
        const reported = this.field(need(v.reported, 'reported'), [...at, 'reported'], ['date']);
        const decided = this.field(need(v.decided, 'decided'), [...at, 'decided'], ['date']);
        const pausedBy = this.field(v.pausedBy, [...at, 'pausedBy'], ['ranges']);
        const shortened = spec('shortened', true);
        const lifted = spec('lifted', true);
        const undecided = spec('undecided', true);
        if (!from || !decision || endAfterDecision === undefined || !weeks || !reported || !decided || !shortened || !lifted || !undecided) return undefined;
        return {
          kind: 'loonsanctie', when, start: this.anchor(from, [...at, 'from']), weeks, pausedBy, reported, decided,
          decision: this.anchor(decision, [...at, 'decision']), endAfterDecision, shortened, lifted, undecided,
        };
      }
      case 'text-scan': {
        const fields = need(v.fields, 'fields')?.map((f, i) => this.field(f, [...at, 'fields', i], ['text']));
        const terms = need(v.terms, 'terms');
        const match = spec('match', true);
        if (!fields || fields.some((f) => !f) || !terms || !match) return undefined;
        return { kind: 'text-scan', when, fields: fields as FieldPath[], terms, match };
      }
    }
  }

  /** A case key path, checked against the case schema (and its type, where one is needed). */
  private field(name: string | undefined, at: Path, types: readonly FieldType[] | undefined): FieldPath | undefined {
    if (name === undefined) return undefined;
    const path = name.split('.');
    const schema = schemaAt(caseSchema, path);
    if (!schema) {
      const parent = path.slice(0, -1);
      const known = objectKeys(caseSchema, parent).map((k) => [...parent, k].join('.'));
      this.problem(at, 'rule-unknown-field', { field: name, suggestion: suggest(name, known) });
      return undefined;
    }
    const type = fieldTypes.get(schema)?.fieldType ?? fieldTypes.get(unwrap(schema))?.fieldType;
    if (types && (!type || !types.includes(type))) {
      this.problem(at, 'rule-field-type', { field: name, expected: types.join(' | '), actual: type ?? 'object' });
    }
    return path;
  }

  private anchor(a: AnchorSource, at: Path): Anchor {
    const bases = (['week', 'field', 'clock', 'rule', 'earliest', 'latest'] as const).filter((k) => a[k] !== undefined);
    if (bases.length !== 1) this.problem(at, 'rule-anchor', { found: bases.join(', ') || '—' });
    const days = (a.days ?? 0) + 7 * (a.weeks ?? 0);
    const some = (list: AnchorSource[], key: 'earliest' | 'latest') => list.map((sub, i) => this.anchor(sub, [...at, key, i]));
    const base: Anchor['base'] =
      a.week !== undefined ? { type: 'week', week: a.week, at: a.at ?? 'end' }
      : a.field !== undefined ? { type: 'field', path: this.field(a.field, [...at, 'field'], ['date', 'date-or-geen']) ?? [] }
      : a.clock !== undefined ? { type: 'clock', name: a.clock }
      : a.rule !== undefined ? { type: 'rule', id: a.rule, point: a.point ?? 'due' }
      : a.latest !== undefined ? { type: 'latest', of: some(a.latest, 'latest') }
      : { type: 'earliest', of: some(a.earliest ?? [], 'earliest') };
    const werkdag = a.werkdag === true ? 'next' : a.werkdag === false ? undefined : a.werkdag;
    return { base, days, ...(a.plusDaysLate ? { plusDaysLate: a.plusDaysLate } : {}), ...(werkdag ? { werkdag } : {}) };
  }

  private condition(c: ConditionSource, at: Path): Condition {
    const tests: Condition[] = [];
    if (c.field !== undefined && c.date !== undefined) this.problem(at, 'rule-anchor', { found: 'field, date' });
    let subject: Anchor | undefined;
    if (c.field !== undefined) {
      const path = this.field(c.field, [...at, 'field'], c.before || c.after ? ['date', 'date-or-geen'] : undefined) ?? [];
      if (c.in) tests.push({ type: 'in', path, values: c.in });
      if (c.present !== undefined) tests.push({ type: 'present', path, present: c.present });
      if (c.below !== undefined) tests.push({ type: 'below', path, limit: c.below });
      subject = { base: { type: 'field', path }, days: 0 };
    }
    // before/after compare a date: a recorded one (`field`) or a computed one (`date`).
    if (c.date !== undefined) subject = this.anchor(c.date, [...at, 'date']);
    for (const op of ['before', 'after'] as const) {
      const other = c[op];
      if (!other) continue;
      if (subject) tests.push({ type: 'compare', subject, op, anchor: this.anchor(other, [...at, op]) });
      else this.problem([...at, op], 'rule-missing-key', { key: 'field | date', kind: op });
    }
    if ((c.field !== undefined || c.date !== undefined) && tests.length === 0) this.problem(at, 'rule-missing-key', { key: 'in | present | below | before | after', kind: 'when' });
    if (c.asOfOnOrAfter) tests.push({ type: 'asOfOnOrAfter', anchor: this.anchor(c.asOfOnOrAfter, [...at, 'asOfOnOrAfter']) });
    if (c.all) tests.push({ type: 'all', of: c.all.map((s, i) => this.condition(s, [...at, 'all', i])) });
    if (c.any) tests.push({ type: 'any', of: c.any.map((s, i) => this.condition(s, [...at, 'any', i])) });
    if (c.not) tests.push({ type: 'not', of: this.condition(c.not, [...at, 'not']) });
    if (tests.length === 0 && c.field === undefined && c.date === undefined) this.problem(at, 'rule-missing-key', { key: 'field | date | asOfOnOrAfter | all | any | not', kind: 'when' });
    return tests.length === 1 ? tests[0]! : { type: 'all', of: tests };
  }

  private placeholders(at: Path, kind: string, m: { nl: string; en: string }): void {
    const allowed = [...COMMON_PLACEHOLDERS, ...(PLACEHOLDERS[kind] ?? [])];
    for (const lang of ['nl', 'en'] as const) {
      for (const [, name] of m[lang].matchAll(/\{([^}]*)\}/g)) {
        if (allowed.includes(name!)) continue;
        if (name!.includes('.') || objectKeys(caseSchema, []).includes(name!)) {
          if (schemaAt(caseSchema, name!.split('.'))) continue;
        }
        this.problem([...at, lang], 'rule-placeholder', { placeholder: name!, allowed: allowed.join(', ') });
      }
    }
  }
}
