import { Datum } from '../domain/datum.js';
import type { FindingKind, Kinds, Phrase, PhraseValue } from '../domain/kind.js';
import { KINDS } from '../domain/kinds/index.js';
import { SEVERITY_RANK, type Anchor, type Condition, type Consequence, type FindingSpec, type Rule, type Severity, type Variant } from '../domain/rule.js';
import { type Lang, textIn } from '../domain/lang.js';
import { formatPath } from '../input/problem.js';
import { fill, formatAmount, formatDate, formatDays, words } from './locale/index.js';
import { describeBasis } from './message.js';

/*
 * A rule's deadline, conditions, severities and consequences in words, read from the rules
 * table itself (never a second hand-kept description), for `poort rules` and `poort explain`.
 */

/** An anchor in words: "end of week 6", "the earliest of end of week 52, 6 weeks after eerstejaarsevaluatie". */
export function describeAnchor(a: Anchor, lang: Lang): string {
  let what: string;
  if (a.base.type === 'earliest' || a.base.type === 'latest') {
    const nested = (sub: Anchor): string => (sub.base.type === 'earliest' || sub.base.type === 'latest' ? `(${describeAnchor(sub, lang)})` : describeAnchor(sub, lang));
    what = fill(words(lang).conditions[a.base.type], { list: a.base.of.map(nested).join(words(lang).conditions.and) });
    if (a.days !== 0) what = fill(words(lang).basis[a.days > 0 ? 'after' : 'before'], { n: formatAmount(a.days, lang), what });
    if (a.werkdag === 'next') what += words(lang).basis.workingDay;
    else if (a.werkdag === 'previous') what = fill(words(lang).basis.lastWorkingDayBy, { what });
  } else {
    what = describeBasis({ anchor: a }, lang);
  }
  if (a.plusDaysLate) what += fill(words(lang).conditions.plusDaysLate, { id: a.plusDaysLate });
  return what;
}


export function describeCondition(c: Condition, lang: Lang): string {
  switch (c.type) {
    case 'in':
      return fill(words(lang).conditions.in, { path: formatPath(c.path), values: c.values.map(String).join(words(lang).conditions.or) });
    case 'present':
      return fill(c.present ? words(lang).conditions.present : words(lang).conditions.absent, { path: formatPath(c.path) });
    case 'below':
      return fill(words(lang).conditions.below, { path: formatPath(c.path), limit: c.limit });
    case 'compare':
      return fill(words(lang).conditions[c.op], { subject: describeAnchor(c.subject, lang), anchor: describeAnchor(c.anchor, lang) });
    case 'asOfOnOrAfter':
      return fill(words(lang).conditions.asOfOnOrAfter, { anchor: describeAnchor(c.anchor, lang) });
    case 'all':
      return c.of.map((s) => describeCondition(s, lang)).join(words(lang).conditions.and);
    case 'any':
      return c.of.map((s) => describeCondition(s, lang)).join(words(lang).conditions.or);
    case 'not':
      return fill(words(lang).conditions.not, { cond: describeCondition(c.of, lang) });
  }
}

/** What one variant asks, in words, with its condition in front when it has one. */
export function describeVariant(v: Variant, lang: Lang, kinds: Kinds = KINDS): string {
  const kind = kinds.of(v.kind);
  const what = kind.describe(v).map((p) => phrase(p, lang)).join('; ');
  return v.when && !kind.describesWhen ? fill(words(lang).conditions.when, { cond: describeCondition(v.when, lang), what }) : what;
}

/** A kind's phrase in words: its text in the language, each value put in words. */
export function phrase(p: Phrase, lang: Lang): string {
  const values: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(p.values ?? {})) values[name] = valueWords(v, lang);
  return fill(textIn(p.text, lang), values);
}

function valueWords(v: PhraseValue, lang: Lang): string | number {
  if (typeof v !== 'object') return v;
  if ('anchor' in v) return describeAnchor(v.anchor, lang);
  if ('day' in v) return `${formatPath(v.path)} (${formatDate(Datum.fromDay(v.day), lang)})`;
  if ('path' in v) return formatPath(v.path);
  if ('paths' in v) return v.paths.map((p) => (typeof p === 'string' ? p : formatPath(p))).join(', ');
  if ('amount' in v) return formatAmount(v.amount, lang);
  if ('days' in v) return formatDays(v.days, lang);
  return describeCondition(v.condition, lang);
}

/** The ways a variant fails that make its rule's severity (not the side notes: early, order). */
function mainSpecs(v: Variant, kinds: Kinds): FindingSpec[] {
  const findings: Readonly<Record<string, FindingKind<Variant>>> = kinds.of(v.kind).findings;
  return Object.entries(v.specs as Readonly<Record<string, FindingSpec | undefined>>)
    .filter((e): e is [string, FindingSpec] => e[1] !== undefined && findings[e[0]]?.main === true)
    .map(([, spec]) => spec);
}


/** The severities a rule can give, most severe first; none for a computed date. */
export function ruleSeverities(rule: Rule, kinds: Kinds = KINDS): Severity[] {
  const set = new Set(rule.variants.flatMap((v) => mainSpecs(v, kinds).map((s) => s.severity)));
  return [...set].sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b]);
}

export function ruleConsequences(rule: Rule, kinds: Kinds = KINDS): Consequence[] {
  return [...new Set(rule.variants.flatMap((v) => mainSpecs(v, kinds).map((s) => s.consequence)))];
}
