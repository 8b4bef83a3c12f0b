import type { Anchor, Condition, Consequence, FindingSpec, Lang, Rule, Severity, Variant } from '../domain/rule.js';
import { formatPath } from '../input/problem.js';
import { BASIS, fill, formatDays, formatWeeks } from './i18n.js';
import { describeBasis } from './message.js';
import { DEADLINE_WORDS as W } from './words-commands.js';

/**
 * A rule's deadline, conditions, severities and consequences in words, read from the rules
 * table itself (never a second hand-kept description), for `poort rules` and `poort explain`.
 */

/** An anchor in words: "end of week 6", "the earliest of end of week 52, 6 weeks after eerstejaarsevaluatie". */
export function describeAnchor(a: Anchor, lang: Lang): string {
  let what: string;
  if (a.base.type === 'earliest') {
    what = fill(W.earliest[lang], { list: a.base.of.map((sub) => describeAnchor(sub, lang)).join(', ') });
    if (a.days !== 0) what = fill(BASIS[a.days > 0 ? 'after' : 'before'][lang], { n: amount(a.days, lang), what });
    if (a.werkdag) what += BASIS.workingDay[lang];
  } else {
    what = describeBasis({ anchor: a }, lang);
  }
  if (a.plusWeeksOf) what += fill(W.plusWeeksOf[lang], { field: formatPath(a.plusWeeksOf) });
  if (a.plusDaysLate) what += fill(W.plusDaysLate[lang], { id: a.plusDaysLate });
  return what;
}

/** Calendar days as people say them: whole weeks in weeks. */
export function amount(days: number, lang: Lang): string {
  const n = Math.abs(days);
  return n % 7 === 0 ? formatWeeks(n / 7, lang) : formatDays(n, lang);
}

export function describeCondition(c: Condition, lang: Lang): string {
  switch (c.type) {
    case 'in':
      return fill(W.in[lang], { path: formatPath(c.path), values: c.values.map(String).join(W.or[lang]) });
    case 'present':
      return fill((c.present ? W.present : W.absent)[lang], { path: formatPath(c.path) });
    case 'below':
      return fill(W.below[lang], { path: formatPath(c.path), limit: c.limit });
    case 'asOfOnOrAfter':
      return fill(W.asOfOnOrAfter[lang], { anchor: describeAnchor(c.anchor, lang) });
    case 'all':
      return c.of.map((s) => describeCondition(s, lang)).join(W.and[lang]);
    case 'any':
      return c.of.map((s) => describeCondition(s, lang)).join(W.or[lang]);
    case 'not':
      return fill(W.not[lang], { cond: describeCondition(c.of, lang) });
  }
}

/** What one variant asks, in words, with its condition in front when it has one. */
export function describeVariant(v: Variant, lang: Lang): string {
  let what: string;
  switch (v.kind) {
    case 'deadline': {
      const from = v.from && describeAnchor(v.from, lang);
      const due = v.due && describeAnchor(v.due, lang);
      what = from && due ? fill(W.window[lang], { from, due })
        : due ? fill(W.due[lang], { due })
        : from ? fill(W.from[lang], { from })
        : W.asSoonAs[lang];
      if (v.notBefore) what += `; ${fill(W.notBefore[lang], { field: formatPath(v.notBefore) })}`;
      if (v.notAfter) what += `; ${fill(W.notAfter[lang], { field: formatPath(v.notAfter) })}`;
      break;
    }
    case 'interval':
      what = fill(W.interval[lang], { n: formatDays(v.maxGapDays, lang), start: formatPath(v.start), list: formatPath(v.list) });
      if (v.until) what += `, ${fill(W.until[lang], { until: describeAnchor(v.until, lang) })}`;
      break;
    case 'date':
      what = describeAnchor(v.date, lang);
      break;
    case 'check':
      return fill(W.checkWhen[lang], { cond: describeCondition(v.when, lang) });
    case 'date-order':
      what = W.dateOrder[lang];
      break;
    case 'text-scan':
      what = fill(W.textScan[lang], { fields: v.fields.map(formatPath).join(', '), n: v.terms.length });
      break;
  }
  return v.when ? fill(W.when[lang], { cond: describeCondition(v.when, lang), what }) : what;
}

/** The ways a variant is not satisfied that make its severity (not the side notes: early, order). */
function mainSpecs(v: Variant): FindingSpec[] {
  switch (v.kind) {
    case 'deadline': return [v.late, v.missing];
    case 'interval': return [v.gap, v.missing];
    case 'check': return [v.finding];
    case 'date-order': return [v.before, v.after];
    case 'text-scan': return [v.match];
    case 'date': return [];
  }
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The severities a rule can give, most severe first; none for a computed date. */
export function ruleSeverities(rule: Rule): Severity[] {
  const set = new Set(rule.variants.flatMap((v) => mainSpecs(v).map((s) => s.severity)));
  return [...set].sort((a, b) => RANK[a] - RANK[b]);
}

export function ruleConsequences(rule: Rule): Consequence[] {
  return [...new Set(rule.variants.flatMap((v) => mainSpecs(v).map((s) => s.consequence)))];
}
