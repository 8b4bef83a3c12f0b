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
  if (a.base.type === 'earliest' || a.base.type === 'latest') {
    const nested = (sub: Anchor): string => (sub.base.type === 'earliest' || sub.base.type === 'latest' ? `(${describeAnchor(sub, lang)})` : describeAnchor(sub, lang));
    what = fill(W[a.base.type][lang], { list: a.base.of.map(nested).join(W.and[lang]) });
    if (a.days !== 0) what = fill(BASIS[a.days > 0 ? 'after' : 'before'][lang], { n: amount(a.days, lang), what });
    if (a.werkdag === 'next') what += BASIS.workingDay[lang];
    else if (a.werkdag === 'previous') what = fill(BASIS.lastWorkingDayBy[lang], { what });
  } else {
    what = describeBasis({ anchor: a }, lang);
  }
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
    case 'compare':
      return fill(W[c.op][lang], { subject: describeAnchor(c.subject, lang), anchor: describeAnchor(c.anchor, lang) });
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
        : v.noDeadline ? (from ? fill(W.fromNoDeadline[lang], { from }) : W.noDeadline[lang])
        : from ? fill(W.from[lang], { from })
        : W.asSoonAs[lang];
      if (v.expectedBy) what += `; ${fill(W.expectedBy[lang], { date: describeAnchor(v.expectedBy, lang) })}`;
      if (v.lateAgainst) what += `; ${fill(W.lateAgainst[lang], { date: describeAnchor(v.lateAgainst, lang) })}`;
      if (v.notBefore) what += `; ${fill(W.notBefore[lang], { field: formatPath(v.notBefore) })}`;
      if (v.notAfter) what += `; ${fill(W.notAfter[lang], { field: formatPath(v.notAfter) })}`;
      break;
    }
    case 'interval':
      what = fill(W.interval[lang], { n: v.maxGapDays, start: formatPath(v.start), list: formatPath(v.list) });
      if (v.until) what += `, ${fill(W.until[lang], { until: describeAnchor(v.until, lang) })}`;
      break;
    case 'date':
      what = describeAnchor(v.date, lang);
      if (v.notAfterEnd) what += `; ${W.notAfterEnd[lang]}`;
      break;
    case 'loonsanctie':
      what = fill(W.loonsanctie[lang], {
        from: describeAnchor(v.start, lang), weeks: formatPath(v.weeks), decided: formatPath(v.decided),
        n: amount(v.endAfterDecision, lang), decision: describeAnchor(v.decision, lang),
      });
      break;
    case 'check':
      return fill(W.checkWhen[lang], { cond: describeCondition(v.when, lang) });
    case 'date-order':
      what = W.dateOrder[lang];
      if (v.future.length > 0) what += `; ${fill(W.future[lang], { fields: v.future.join(', ') })}`;
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
    case 'deadline': return [v.late, v.missing, v.delayed].filter((f): f is FindingSpec => f !== undefined);
    case 'interval': return [v.gap, v.missing];
    case 'check': return [v.finding];
    case 'date-order': return [v.before, v.after];
    case 'text-scan': return [v.match];
    case 'loonsanctie': return [v.undecided, v.shortened];
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
