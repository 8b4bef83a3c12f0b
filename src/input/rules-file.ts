import type * as z from 'zod/mini';
import type { FieldPath, FieldType } from '../domain/case.js';
import { Datum } from '../domain/datum.js';
import type { Costs } from '../domain/exposure.js';
import type { Feestdag } from '../domain/feestdagen.js';
import { LANGS, type Text } from '../domain/lang.js';
import { PLACEHOLDERS, type KindCompiler, type KindModule, type Kinds } from '../domain/kind.js';
import { KINDS } from '../domain/kinds/index.js';
import type { Anchor, Condition, Rule, Variant } from '../domain/rule.js';
import { caseSchema, fieldTypes } from './case-schema.js';
import { keyPosition, parseSource, toValue, valuePosition, yamlLocated, type SourceDocument } from './document.js';
import { issuesToProblems } from './issues.js';
import type { Problem, ProblemArgs, ProblemCode } from './problem.js';
import { ruleWithVariantsSchema, rulesFileSchema, variantSchema, type AnchorSource, type ConditionSource, type RuleSource, type VariantSource } from './rules-schema.js';
import { objectKeys, schemaAt, unwrap } from './schema-walk.js';
import { suggest } from './suggest.js';

export interface RulesFile {
  rules: Rule[];
  feestdagen: Feestdag[];
  costs: Costs;
  problems: Problem[];
}

type Path = (string | number)[];

/**
 * Reads and compiles one rules file. Every key a rule names is checked against the case
 * schema here, once, so that a typo in a rules file is a clear error and never a check that
 * silently does nothing.
 */
export function readRulesFile(file: string, text: string, kinds: Kinds = KINDS): RulesFile {
  const { source, problems } = parseSource(file, text);
  if (problems.length > 0) return { rules: [], feestdagen: [], costs: {}, problems };
  const value = toValue(source);
  if ('problem' in value) return { rules: [], feestdagen: [], costs: {}, problems: [value.problem] };
  const schema = rulesFileSchema(kinds);
  const parsed = schema.safeParse(value.value ?? {});
  if (!parsed.success) {
    return { rules: [], feestdagen: [], costs: {}, problems: issuesToProblems(parsed.error.issues, yamlLocated(source), (p) => objectKeys(schema, p)) };
  }
  const compiler = new Compiler(source, kinds);
  const rules = parsed.data.rules.map((r, i) => compiler.rule(r, ['rules', i]));
  const feestdagen = parsed.data.feestdagen.flatMap((f, i) => {
    const datum = Datum.parse(f.datum);
    if (!datum) compiler.problem(['feestdagen', i, 'datum'], 'not-a-date', { value: f.datum });
    return datum ? [{ datum, naam: f.naam }] : [];
  });
  const costs = Object.fromEntries(Object.entries(parsed.data.costs).map(([k, cost]) => [k, { ...cost, source: citationText(cost.source) }]));
  return { rules, feestdagen, costs, problems: compiler.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
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
  return { rules, feestdagen: extra.feestdagen, costs: extra.costs, problems };
}

/**
 * Rule references (`rule:`, `plusDaysLate:`) must name a rule, and never lead back to
 * themselves. Checked over all files together, since a user's rule may refer to a built-in one.
 */
export function checkReferences(rules: readonly Rule[], kinds: Kinds = KINDS): { file: string; problem: Problem }[] {
  const ids = rules.map((r) => r.id);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const problems: { file: string; problem: Problem }[] = [];
  const at = (rule: Rule, code: ProblemCode, args: ProblemArgs) =>
    problems.push({ file: rule.origin.file, problem: { code, path: ['rules'], line: rule.origin.line, column: 1, args } });
  for (const rule of rules) {
    for (const ref of ruleRefs(rule, kinds)) {
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
    for (const ref of ruleRefs(byId.get(id)!, kinds)) if (byId.has(ref)) visit(ref, [...trail, id]);
    state.set(id, 'done');
  };
  for (const r of rules) visit(r.id, []);
  return problems;
}

function* ruleRefs(rule: Rule, kinds: Kinds): Generator<string> {
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
    for (const a of kinds.of(v.kind).anchors(v)) yield* fromAnchor(a);
  }
}

/** Placeholders every message may use, besides those its way of failing fills and the case keys. */
const COMMON_PLACEHOLDERS = ['key', 'title'];

type Messages = VariantSource['messages'];

class Compiler {
  readonly problems: Problem[] = [];

  constructor(private readonly source: SourceDocument, private readonly kinds: Kinds) {}

  problem(path: Path, code: ProblemCode, args: ProblemArgs): void {
    // A missing key is best shown at the key that should hold it; anything else at the value.
    const at = code === 'rule-missing-key' ? keyPosition(this.source, path) : valuePosition(this.source, path);
    this.problems.push({ code, path, ...at, args });
  }

  rule(r: RuleSource, at: Path): Rule {
    let variants: Variant[] = [];
    if (r.variants) {
      this.exactly(r, ruleWithVariantsSchema(this.kinds), at);
      variants = r.variants.flatMap((v, j) => this.variant(v, r, [...at, 'variants', j], false) ?? []);
    } else if (r.kind) {
      variants = [this.variant(r, r, at, true)].flatMap((v) => v ?? []);
    } else {
      this.problem(at, 'rule-missing-key', { key: 'kind', kind: 'rule' });
    }
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      todo: r.todo,
      interpretation: r.interpretation,
      source: citationText(r.source),
      norm: r.norm,
      overrides: r.override,
      clockDate: r.clockDate,
      variants,
      origin: { file: this.source.file, line: valuePosition(this.source, at).line },
    };
  }

  /** The value if it has exactly the keys of `schema`, else undefined after a located problem per issue. */
  private exactly<T>(value: unknown, schema: z.ZodMiniType<T>, at: Path): T | undefined {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const problems = issuesToProblems(parsed.error.issues, yamlLocated(this.source, at), (p) => objectKeys(schema, p));
    this.problems.push(...problems.map((p) => ({ ...p, path: [...at, ...p.path] })));
    return undefined;
  }

  /** One variant, read with exactly its kind's keys and compiled by its kind; `isRule` when the rule is its own variant. */
  private variant(raw: { kind?: string | undefined }, rule: RuleSource, at: Path, isRule: boolean): Variant | undefined {
    const kind = this.kinds.of(raw.kind!);
    const v = this.exactly(raw, variantSchema(this.kinds, kind, isRule), at);
    if (!v) return undefined;
    const when = v.when && this.condition(v.when, [...at, 'when']);
    /** Where each message came from: the variant, or its rule. */
    const messageAt = new Map<string, Path>();
    const missing = (key: string): void => this.problem(at, 'rule-missing-key', { key, kind: v.kind });
    const need = <T>(key: string): T | undefined => {
      const value = v[key] as T | undefined;
      if (value === undefined) missing(key);
      return value;
    };
    const given = <T>(key: string, required: boolean): T | undefined => (required ? need<T>(key) : (v[key] as T | undefined));
    const c: KindCompiler<Record<string, unknown>> = {
      when,
      needWhen: () => {
        if (!when) missing('when');
        return when;
      },
      value: (key) => v[key],
      need: (key) => need(key),
      field: (key, types, required) => this.field(given<string>(key, required), [...at, key], types),
      fields: (key, types, required) => {
        const names = given<string[]>(key, required);
        const paths = names?.map((name, i) => this.field(name, [...at, key, i], types));
        return paths && !paths.some((p) => !p) ? (paths as FieldPath[]) : undefined;
      },
      anchor: (key, required) => {
        const a = given<AnchorSource>(key, required);
        return a && this.anchor(a, [...at, key]);
      },
      spec: (type, required) => {
        // A variant may take a message from its rule, as it takes the rule's severity and consequence.
        const own = v.messages?.[type];
        const m = own ?? rule.messages?.[type];
        if (!m) {
          if (required) this.problem([...at, 'messages'], 'rule-missing-key', { key: `messages.${type}`, kind: v.kind });
          return undefined;
        }
        const where = own ? [...at, 'messages', type] : [...at.slice(0, isRule ? at.length : -2), 'messages', type];
        messageAt.set(type, where);
        const severity = m.severity ?? v.severity ?? rule.severity;
        if (!severity) this.problem(where, 'rule-missing-key', { key: 'severity', kind: v.kind });
        return { severity: severity ?? 'error', consequence: m.consequence ?? v.consequence ?? rule.consequence ?? 'geen', message: Object.fromEntries(LANGS.flatMap((l) => (m[l] === undefined ? [] : [[l, m[l]]]))) as Text };
      },
      clash: (key, found) => this.problem([...at, key], 'rule-anchor', { found }),
    };
    const compiled = kind.compile(c);
    this.placeholders(kind, compiled, v.messages, rule.messages, messageAt);
    return compiled;
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

  /**
   * Each message uses only the placeholders its way of failing fills for this variant (and key,
   * title, case keys). A variant that did not compile is checked against every placeholder there is.
   */
  private placeholders(kind: KindModule, v: Variant | undefined, own: Messages, inherited: Messages, messageAt: ReadonlyMap<string, Path>): void {
    for (const [type, at] of messageAt) {
      const fills = kind.findings[type];
      const message = own?.[type] ?? inherited?.[type];
      if (!fills || !message) continue;
      const allowed = [...COMMON_PLACEHOLDERS, ...(v ? fills.placeholders(v) : PLACEHOLDERS)];
      for (const lang of LANGS) {
        for (const [, name] of (message[lang] ?? '').matchAll(/\{([^}]*)\}/g)) {
          if (allowed.includes(name!) || this.isCaseKey(name!)) continue;
          this.problem([...at, lang], 'rule-placeholder', { placeholder: name!, allowed: allowed.join(', ') });
        }
      }
    }
  }

  private isCaseKey(name: string): boolean {
    return (name.includes('.') || objectKeys(caseSchema, []).includes(name)) && schemaAt(caseSchema, name.split('.')) !== undefined;
  }
}

/** A citation reads the same in every language unless written per language. */
function citationText(source: string | Text): Text {
  return typeof source === 'string' ? (Object.fromEntries(LANGS.map((l) => [l, source])) as Text) : source;
}
