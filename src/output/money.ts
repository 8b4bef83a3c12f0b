import type { CaseExposure, Summary } from '../check/case-report.js';
import type { Lang } from '../domain/lang.js';
import { fill, formatMoney, words, type Words } from './locale/index.js';

/*
 * Money at risk in words: always "at most", always an estimate, and never "€ 0" for wages that
 * are at risk but have no amount for want of a wage.
 */

type Forms = Words['exposure']['summary'];

/** The sentence for a total, where `incomplete` counts what lacks a wage (cases, or 1 for one case). */
function moneyLine(forms: Forms, total: number, incomplete: number, lang: Lang): string {
  const form = incomplete === 0 ? forms.full : total === 0 ? forms.wagesOnly : forms.partial;
  return fill(form, { euros: formatMoney(total, lang), n: incomplete });
}

/** A case's money at risk in one line; nothing when nothing is at risk. */
export function exposureText(e: CaseExposure | null, lang: Lang): string {
  if (!e || e.items.length === 0) return '';
  return moneyLine(words(lang).exposure.case, e.total, e.complete ? 0 : 1, lang);
}

/** A case's money at risk in a table cell: "€ 28.560", "€ 455 + loon", "loon"; empty when nothing is at risk. */
export function exposureCell(e: CaseExposure | null, lang: Lang): string {
  if (!e || e.items.length === 0) return '';
  const wages = words(lang).exposure.wages;
  if (e.complete) return formatMoney(e.total, lang);
  return e.total === 0 ? wages : `${formatMoney(e.total, lang)} + ${wages}`;
}

/** A finding's maximum beside it: "maximaal € 31.200"; nothing when it has none. */
export function findingExposureText(euros: number | null, lang: Lang): string {
  return euros === null ? '' : fill(words(lang).exposure.finding, { euros: formatMoney(euros, lang) });
}

/** The batch's total for a summary line; nothing when nothing is at risk. */
export function summaryExposureText(s: Summary, lang: Lang): string {
  if (s.exposure.total === 0 && s.exposure.incomplete === 0) return '';
  return moneyLine(words(lang).exposure.summary, s.exposure.total, s.exposure.incomplete, lang);
}

/** What the agenda's deadlines can cost; nothing when none of them costs money. */
export function agendaExposureText(e: { total: number; incomplete: number } | null, lang: Lang): string {
  return e ? moneyLine(words(lang).exposure.agenda, e.total, e.incomplete, lang) : '';
}
