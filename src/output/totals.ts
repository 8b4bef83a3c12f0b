import type { Summary } from '../check/case-report.js';
import type { Lang } from '../domain/lang.js';
import { formatNumber, plural, words } from './locale/index.js';
import type { Plural } from './locale/locale.js';
import { summaryExposureText } from './money.js';

/** A batch's totals in one sentence: "Totaal: 4 dossiers · 1 niet te beoordelen · 1 fout · 1 waarschuwing · 0 info · …". */
export function totalsText(s: Summary, lang: Lang): string {
  const { ui, units } = words(lang);
  const n = (forms: Plural, count: number): string => plural(forms, count, lang, formatNumber(count, lang));
  const money = summaryExposureText(s, lang);
  return `${ui.summary}: ${n(units.cases, s.cases)} · ${formatNumber(s.invalid, lang)} ${ui.invalidCases} · ${n(units.errors, s.errors)} · ${n(units.warnings, s.warnings)} · ${formatNumber(s.infos, lang)} ${ui.infos}${money ? ` · ${money}` : ''}`;
}
