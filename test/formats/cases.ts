import type { Lang } from '../../src/domain/lang.js';
import type { FormatterFactory } from '../../src/output/formats/index.js';
import type { CaseReport } from '../../src/check/case-report.js';
import { caseReport, formatReport, report, rules } from '../helpers.js';

/** The four cases every format test reads, all at one as-of date (ziekteweek 53). */
export const AS_OF = '2026-01-10';

const dossier = (werknemer: string, gesprekken: string, gestart: string): string =>
  [
    `werknemer: ${werknemer}`,
    'ziekmelding: 2025-01-06',
    'probleemanalyse: 2025-02-10',
    'plan_van_aanpak: 2025-02-24',
    `voortgangsgesprekken: [${gesprekken}]`,
    'melding_42e_week: 2025-10-27',
    'eerste_spoor: { status: onwaarschijnlijk, vastgesteld: 2025-09-15 }',
    'arbeidsdeskundig_onderzoek: 2025-10-01',
    'eerstejaarsevaluatie: 2025-11-20',
    'tweede_spoor:',
    `  gestart: ${gestart}`,
    '  begeleider: Re-integratiebureau Noord',
    `  bijstelling_plan_van_aanpak: ${gestart}`,
    '',
  ].join('\n');

const ALL = '2025-04-01, 2025-05-12, 2025-06-20, 2025-08-01, 2025-09-10, 2025-10-20, 2025-11-20, 2025-12-30';
/** Without 2025-06-20: 81 days from 2025-05-12 to 2025-08-01, a voortgangsgesprek warning. */
const GAP = '2025-04-01, 2025-05-12, 2025-08-01, 2025-09-10, 2025-10-20, 2025-11-20, 2025-12-30';

export const YAML = {
  clean: dossier('E-1', ALL, '2025-12-15'),
  /** Tweede spoor started 2026-01-02, due 2026-01-01: an error at line 11 (`gestart`). */
  late: dossier('E-2', ALL, '2026-01-02'),
  /** A werknemer reference with every character a format must escape. */
  warning: dossier(`'E-3 | Jansen, "A" <b> & co; =1+1'`, GAP, '2025-12-15'),
  invalid: 'werknemer: E-4\nziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-29\nprobleemanalyze: 2025-02-10\n',
};

export const FILES = { clean: 'dossiers/clean.yaml', late: 'dossiers/late.yaml', warning: 'dossiers/warn case #1.yaml', invalid: 'dossiers/invalid.yaml' };

export function cases(lang: Lang = 'en'): Record<keyof typeof YAML, CaseReport> {
  const one = (k: keyof typeof YAML) => caseReport(YAML[k], AS_OF, { lang, file: FILES[k] });
  return { clean: one('clean'), late: one('late'), warning: one('warning'), invalid: one('invalid') };
}

/** The report of these cases (all four by default), through one format. */
export function render(factory: FormatterFactory, lang: Lang = 'en', list?: CaseReport[]): string {
  const c = cases(lang);
  const r = report(list ?? [c.clean, c.late, c.warning, c.invalid], AS_OF, lang);
  return formatReport(factory, r, { colorLevel: 0, rules: rules().rules, version: '0.1.0' });
}

/** A finding with a message and title holding everything the formats must escape. */
export function nasty(c: CaseReport): CaseReport {
  const f = c.findings[0]!;
  const message = '100% late: see\nline 2, then\r\nline 3 & <more> "quoted" | pipe\u0007';
  return {
    ...c,
    findings: [{ ...f, title: 'Tweede: spoor, 100% "te" <laat> & co\u0001', message, text: message }],
  };
}
