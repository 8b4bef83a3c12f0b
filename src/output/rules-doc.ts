import { Chalk } from 'chalk';
import { KINDS } from '../domain/kinds/index.js';
import type { Werkdagen } from '../domain/feestdagen.js';
import type { Rule } from '../domain/rule.js';
import { type Lang, textIn } from '../domain/lang.js';
import { EXAMPLE_ZIEKMELDING, workedExample, type Example } from '../check/worked-example.js';
import { fill, formatDay, normText, words } from './locale/index.js';
import { describeBasis } from './message.js';
import { describeVariant, phrase, ruleConsequences, ruleSeverities } from './rule-words.js';
import { wrap, type TextStyle } from './wrap.js';

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

// ——— poort explain ———

export interface ExplainSettings {
  rules: readonly Rule[];
  werkdagen: Werkdagen;
  lang: Lang;
  builtinIds: ReadonlySet<string>;
}

export function explainJson(rule: Rule, s: ExplainSettings): string {
  const ex = workedExample(rule, s.rules, s.werkdagen);
  const doc = {
    poort: 1,
    rule: ruleJson(rule, s.lang, ruleOrigin(rule, s.builtinIds)),
    example: ex ? { case: Object.fromEntries(ex.facts.map((f) => [f.path, f.value])), from: ex.from, due: ex.due, basis: basisText(ex, s.lang) } : null,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** explain reads as a page: its paragraphs wrapped at this width, or the terminal's when narrower. */
const EXPLAIN_WIDTH = 92;

export function explainText(rule: Rule, s: ExplainSettings, style: TextStyle): string {
  const lang = s.lang;
  const c = new Chalk({ level: style.colorLevel });
  const width = style.width;
  /** A text of the rules table as one paragraph (its line breaks are the YAML's, not meant), indented. */
  const paragraph = (text: string): string[] => wrap(text.replace(/\s+/g, ' ').trim(), Math.min(width ?? EXPLAIN_WIDTH, EXPLAIN_WIDTH), { indent: 2 });
  /** A line of its own, wrapped only to fit the terminal. */
  const line = (text: string, indent: number): string[] => wrap(text, width, { indent, hanging: indent + 2 });
  const out: string[] = [...line(c.bold(`${rule.id} — ${textIn(rule.title, lang)}`), 0), ''];
  const section = (heading: string, body: string[]): void => {
    out.push(c.bold(heading), ...body.flatMap((b) => paragraph(b)), '');
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
  // A file path is not wrapped at the page's width: it stays one piece to copy.
  if (note.length > 0) out.splice(out.length - 1, 0, ...note.flatMap((n) => line(n, 2)));

  const ex = workedExample(rule, s.rules, s.werkdagen);
  out.push(...line(c.bold(fill(words(lang).rules.example, { date: formatDay(EXAMPLE_ZIEKMELDING, lang) })), 0));
  if (!ex) out.push(...paragraph(words(lang).rules.exampleNone));
  else {
    if (ex.facts.length > 1) {
      out.push(...line(words(lang).rules.exampleCase, 2));
      for (const f of ex.facts) out.push(...line(`${f.path}: ${f.value}`, 4));
    }
    if (ex.from) out.push(...line(`→ ${fill(words(lang).rules.exampleFrom, { date: formatDay(ex.from, lang) })}`, 2));
    if (ex.due) {
      const date = formatDay(ex.due, lang);
      const basis = basisText(ex, lang);
      const isDate = rule.variants.some((v) => KINDS.of(v.kind).milestone === 'date');
      const text = isDate && basis ? fill(words(lang).rules.exampleDate, { date, basis })
        : basis ? fill(words(lang).rules.exampleDue, { date, basis })
        : fill(words(lang).rules.exampleDueNoBasis, { date });
      out.push(...line(`→ ${text}`, 2));
    }
  }
  return `${out.join('\n')}\n`;
}

/** Why the example's date is what it is, in words. */
function basisText(ex: Example, lang: Lang): string | null {
  return ex.basis === null ? null : 'anchor' in ex.basis ? describeBasis(ex.basis.anchor, lang) : phrase(ex.basis.phrase, lang);
}
