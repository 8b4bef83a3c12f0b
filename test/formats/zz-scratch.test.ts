import { it } from 'vitest';
import { caseReport } from '../helpers.js';
it('x', () => {
  const late = ['werknemer: E-2','ziekmelding: 2025-01-06','probleemanalyse: 2025-02-10','plan_van_aanpak: 2025-02-24',
    'voortgangsgesprekken: [2025-04-01, 2025-05-12, 2025-06-20, 2025-08-01, 2025-09-10, 2025-10-20, 2025-11-20, 2025-12-30]',
    'melding_42e_week: 2025-10-27','eerste_spoor: { status: onwaarschijnlijk, vastgesteld: 2025-09-15 }','arbeidsdeskundig_onderzoek: 2025-10-01',
    'eerstejaarsevaluatie: 2025-11-20','tweede_spoor:','  gestart: 2026-01-02','  begeleider: Re-integratiebureau Noord','  bijstelling_plan_van_aanpak: 2026-01-05',''].join('\n');
  console.log(JSON.stringify(caseReport(late, '2026-01-10'), null, 1));
  console.log(JSON.stringify(caseReport('ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-10\nplan_van_aanpak: 2025-02-20\n', '2025-04-10'), null, 1));
  console.log(JSON.stringify(caseReport('ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-29\nprobleemanalyze: 2025-02-10\n', '2025-04-10'), null, 1));
  console.log(JSON.stringify(caseReport('werknemer: E-1\nziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-10\n', '2025-02-16'), null, 1));
});
