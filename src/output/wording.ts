import type { Wording } from '../check/checker.js';
import type { CostBasis } from '../domain/exposure.js';
import type { Lang } from '../domain/lang.js';
import { fill, formatDays, formatMoney, formatWeeks, isoInSentences, problemMessage, words } from './locale/index.js';
import { findingMessage } from './message.js';

/** The words of a report in one language, for the checker: findings from their rules' templates, problems from the catalogue. */
export function wordingFor(lang: Lang, mask?: (text: string) => string): Wording {
  const bases = new Map<string, string>();
  return {
    lang,
    finding: (f, rule, c, notation) => findingMessage(f, rule, c, { lang, notation, mask }),
    isoForPeople: isoInSentences(lang),
    problem: (code, args) => problemMessage(code, args, lang),
    costBasis: (basis) => {
      // A batch says the same few bases over and over (52 weeks of wages, no wage known): each is put in words once.
      const key = basis.type === 'fixed' ? `f${basis.euros}` : `${basis.type === 'wage-weeks' ? `w${basis.weeks}` : `d${basis.days}`}:${basis.wage?.perMonth}:${basis.wage?.percentage}`;
      let text = bases.get(key);
      if (text === undefined) {
        text = costBasis(basis, lang);
        if (bases.size < 10_000) bases.set(key, text);
      }
      return text;
    },
  };
}

/** How a maximum amount is made, so that a werkgever can check it: "52 weken × 70% van € 3.500 per maand". */
function costBasis(basis: CostBasis, lang: Lang): string {
  const w = words(lang).exposure;
  if (basis.type === 'fixed') return fill(w.fixed, { euros: formatMoney(basis.euros, lang) });
  const span = basis.type === 'wage-weeks' ? formatWeeks(basis.weeks, lang) : formatDays(basis.days, lang);
  if (!basis.wage) return fill(w.wageUnknown, { span });
  const values = { percentage: basis.wage.percentage, wage: formatMoney(basis.wage.perMonth, lang) };
  return basis.type === 'wage-weeks' ? fill(w.wageWeeks, { ...values, weeks: span }) : fill(w.wageDays, { ...values, days: span });
}
