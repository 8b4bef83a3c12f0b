import { Chalk } from 'chalk';
import type { Datum } from '../domain/datum.js';
import { RulesEngine } from '../domain/engine.js';
import { KINDS } from '../domain/kinds/index.js';
import type { TimelineEntry } from '../domain/evaluation.js';
import type { Werkdagen } from '../domain/feestdagen.js';
import type { FieldPath } from '../domain/case.js';
import type { Rule } from '../domain/rule.js';
import { type Lang, textIn } from '../domain/lang.js';
import { readCase } from '../input/case-file.js';
import { formatPath } from '../input/problem.js';
import { fill, formatDay, normText, words } from './locale/index.js';
import { describeBasis } from './message.js';
import { describeVariant, phrase, ruleConsequences, ruleSeverities } from './rule-words.js';
import { wrap } from './wrap.js';

/*
 * `poort rules --format json` and `poort explain`: each rule in words, read from the rules table
 * in force, with a worked example computed by the engine.
 */

/** Where a rule came from, when not from the built-in table. */
export type RuleOrigin = { kind: 'builtin' } | { kind: 'override' | 'added'; file: string };

export function ruleOrigin(rule: Rule, builtinIds: ReadonlySet<string>): RuleOrigin {
  if (rule.overrides) return { kind: 'override', file: rule.origin.file };
  return builtinIds.has(rule.id) ? { kind: 'builtin' } : { kind: 'added', file: rule.origin.file };
}

/** A rule as a JSON object in the chosen language. */
export function ruleJson(rule: Rule, lang: Lang, origin: RuleOrigin) {
  return {
    id: rule.id,
    title: textIn(rule.title, lang),
    norm: rule.norm,
    severities: ruleSeverities(rule),
    consequences: ruleConsequences(rule),
    deadline: rule.variants.map((v) => describeVariant(v, lang)),
    description: textIn(rule.description, lang),
    interpretation: rule.interpretation ? textIn(rule.interpretation, lang) : null,
    source: textIn(rule.source, lang),
    origin: origin.kind === 'builtin' ? 'builtin' : { [origin.kind]: origin.file },
  };
}

export function rulesJson(rules: readonly Rule[], lang: Lang, builtinIds: ReadonlySet<string>): string {
  return `${JSON.stringify({ poort: 1, rules: rules.map((r) => ruleJson(r, lang, ruleOrigin(r, builtinIds))) }, null, 2)}\n`;
}

/** The lines under a rules table or a case that say which rules a user's file replaced or added. */
export function originLines(rules: readonly Rule[], lang: Lang, builtinIds: ReadonlySet<string>): string[] {
  return rules.flatMap((r) => {
    const o = ruleOrigin(r, builtinIds);
    if (o.kind === 'builtin') return [];
    return [fill(o.kind === 'override' ? words(lang).rules.replacedBy : words(lang).rules.addedBy, { id: r.id, file: o.file })];
  });
}

export const severitiesText = (rule: Rule, lang: Lang): string => ruleSeverities(rule).map((s) => words(lang).severity[s]).join(', ') || '—';
export const consequencesText = (rule: Rule, lang: Lang): string =>
  ruleConsequences(rule).map((c) => words(lang).consequenceShort[c]).join(', ') || '—';

// ——— the worked example ———

/** The worked example of docs/law.md: ziekmelding Monday 2025-01-06. */
export const EXAMPLE_ZIEKMELDING = '2025-01-06';

type Fact = { path: FieldPath; value: string | number };

/**
 * What the example dossier may also hold, for rules that only apply once something is recorded,
 * as the worked examples of docs/law.md have it: A (the tweede spoor needs eerste_spoor.status;
 * the voortgangsgesprek counts from the plan van aanpak; with an EJE on 2025-11-20 and eerste
 * spoor onwaarschijnlijk the tweede spoor is due 2026-01-01, and starts then), E (a contract
 * that ends on 2025-06-30), and a loonsanctie of 52 weeks. One scenario at a time: the end of
 * a contract would make the rules of A not applicable.
 */
const EXAMPLE_SCENARIOS: readonly (readonly Fact[])[] = [
  [
    { path: ['plan_van_aanpak'], value: '2025-02-24' },
    { path: ['eerste_spoor', 'status'], value: 'onwaarschijnlijk' },
    { path: ['eerstejaarsevaluatie'], value: '2025-11-20' },
    { path: ['tweede_spoor', 'gestart'], value: '2026-01-01' },
  ],
  [{ path: ['einde_dienstverband'], value: '2025-06-30' }],
  [{ path: ['loonsanctie', 'weken'], value: 52 }],
];

export interface Example {
  /** The case evaluated, key by key, as it would be written in a case file. */
  facts: { path: string; value: string }[];
  from: Datum | null;
  due: Datum | null;
  /** Why the due date is what it is, in words; null where the engine gives no reason. */
  basis: string | null;
}

/**
 * The rule's dates for the example dossier, computed by the engine: from the ziekmelding alone
 * where that is enough, else with the fewest facts of the first scenario that makes the rule
 * apply (never the rule's own key, which would make it done). Undefined for a rule that
 * computes no date.
 */
export function workedExample(rule: Rule, rules: readonly Rule[], werkdagen: Werkdagen, lang: Lang): Example | undefined {
  const own = ownFields(rule);
  const engine = new RulesEngine(rules, werkdagen);
  const entryFor = (fs: readonly Fact[]): TimelineEntry | undefined => {
    const read = readCase('example', JSON.stringify(caseValue(fs)));
    if (!read.case) return undefined;
    const e = engine.evaluate(read.case, read.case.ziekmelding).timeline.find((t) => t.id === rule.id);
    return e && e.status !== 'not-applicable' && (e.due ?? e.from) ? e : undefined;
  };
  let facts: readonly Fact[] = [];
  let entry = entryFor(facts);
  for (const scenario of entry ? [] : EXAMPLE_SCENARIOS) {
    facts = scenario.filter((f) => !own.has(formatPath(f.path)));
    entry = entryFor(facts);
    if (entry) break;
  }
  if (!entry) return undefined;
  // Leave out each fact that makes no difference, so the example shows only what matters.
  for (const f of [...facts]) {
    const without = facts.filter((x) => x !== f);
    const e = entryFor(without);
    if (e && same(e, entry)) facts = without;
  }
  let basis = entry.basis ? describeBasis(entry.basis, lang) : null;
  if (!basis && entry.due) {
    // Where the evaluation gives no anchor (an interval's chain), the kind says why.
    const why = rule.variants.map((v) => KINDS.of(v.kind).exampleBasis?.(v, entry!.due!.day)).find((p) => p !== undefined);
    if (why) basis = phrase(why, lang);
  }
  return {
    facts: [{ path: 'ziekmelding', value: EXAMPLE_ZIEKMELDING }, ...facts.map((f) => ({ path: formatPath(f.path), value: String(f.value) }))],
    from: entry.from,
    due: entry.due,
    basis,
  };
}

function same(a: TimelineEntry, b: TimelineEntry): boolean {
  return String(a.due) === String(b.due) && String(a.from) === String(b.from);
}

/** The keys that record the rule done: an example never fills them in. */
function ownFields(rule: Rule): Set<string> {
  const own = new Set<string>();
  for (const v of rule.variants) {
    const path = KINDS.of(v.kind).recordedIn?.(v);
    if (path) own.add(formatPath(path));
  }
  return own;
}

function caseValue(facts: readonly Fact[]): Record<string, unknown> {
  const value: Record<string, unknown> = { ziekmelding: EXAMPLE_ZIEKMELDING };
  for (const { path, value: v } of facts) {
    let at = value;
    path.slice(0, -1).forEach((step) => {
      at[step] ??= {};
      at = at[step] as Record<string, unknown>;
    });
    at[path[path.length - 1]!] = v;
  }
  return value;
}

// ——— poort explain ———

export interface ExplainSettings {
  rules: readonly Rule[];
  werkdagen: Werkdagen;
  lang: Lang;
  builtinIds: ReadonlySet<string>;
}

export function explainJson(rule: Rule, s: ExplainSettings): string {
  const ex = workedExample(rule, s.rules, s.werkdagen, s.lang);
  const doc = {
    poort: 1,
    rule: ruleJson(rule, s.lang, ruleOrigin(rule, s.builtinIds)),
    example: ex ? { case: Object.fromEntries(ex.facts.map((f) => [f.path, f.value])), from: ex.from, due: ex.due, basis: ex.basis } : null,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function explainText(rule: Rule, s: ExplainSettings, colorLevel: 0 | 1 | 2 | 3): string {
  const lang = s.lang;
  const c = new Chalk({ level: colorLevel });
  const out: string[] = [c.bold(`${rule.id} — ${textIn(rule.title, lang)}`), ''];
  const section = (heading: string, body: string[]): void => {
    out.push(c.bold(heading), ...body.flatMap((b) => wrap(b, 2)), '');
  };
  section(words(lang).rules.checks, [textIn(rule.description, lang)]);
  section(words(lang).rules.reading, [rule.interpretation ? textIn(rule.interpretation, lang) : words(lang).rules.noReading]);
  section(words(lang).rules.deadline, rule.variants.map((v) => `${rule.variants.length > 1 ? '• ' : ''}${describeVariant(v, lang)}`));
  const consequences = ruleConsequences(rule).map((k) => words(lang).consequence[k]).join('; ');
  section(words(lang).rules.severityLine, [`${severitiesText(rule, lang)}${consequences ? ` · ${consequences}` : ''}`]);
  section(words(lang).rules.norm, [normText(rule.norm, lang)]);
  const origin = ruleOrigin(rule, s.builtinIds);
  const note = origin.kind === 'override' ? [fill(words(lang).rules.overrideNote, { file: origin.file })]
    : origin.kind === 'added' ? [fill(words(lang).rules.userNote, { file: origin.file })]
    : [];
  section(words(lang).rules.source, [textIn(rule.source, lang)]);
  // A file path is not wrapped: it stays one piece to copy.
  if (note.length > 0) out.splice(out.length - 1, 0, ...note.map((n) => `  ${n}`));

  const zm = readCase('example', JSON.stringify({ ziekmelding: EXAMPLE_ZIEKMELDING })).case!.ziekmelding;
  const ex = workedExample(rule, s.rules, s.werkdagen, lang);
  out.push(c.bold(fill(words(lang).rules.example, { date: formatDay(zm, lang) })));
  if (!ex) out.push(...wrap(words(lang).rules.exampleNone, 2));
  else {
    if (ex.facts.length > 1) {
      out.push(`  ${words(lang).rules.exampleCase}`);
      for (const f of ex.facts) out.push(`    ${f.path}: ${f.value}`);
    }
    if (ex.from) out.push(`  → ${fill(words(lang).rules.exampleFrom, { date: formatDay(ex.from, lang) })}`);
    if (ex.due) {
      const date = formatDay(ex.due, lang);
      const isDate = rule.variants.some((v) => KINDS.of(v.kind).milestone === 'date');
      const text = isDate && ex.basis ? fill(words(lang).rules.exampleDate, { date, basis: ex.basis })
        : ex.basis ? fill(words(lang).rules.exampleDue, { date, basis: ex.basis })
        : fill(words(lang).rules.exampleDueNoBasis, { date });
      out.push(`  → ${text}`);
    }
  }
  return `${out.join('\n')}\n`;
}
