import { describe, expect, it } from 'vitest';
import { caseReport } from './helpers.js';

// The next step of a case: the earliest open or overdue milestone with a date, as an action.

describe('next step', () => {
  it('an overdue step comes first, with the days past its date as a negative number', () => {
    // No probleemanalyse: due at the end of week 6 (2025-02-16), 4 days before the as-of date.
    const c = caseReport('ziekmelding: 2025-01-06\n', '2025-02-20');
    expect(c.next).toEqual({ rule: 'probleemanalyse', title: 'Probleemanalyse (problem analysis)', todo: 'have the bedrijfsarts make the probleemanalyse', due: '2025-02-16', days: -4 });
  });

  it('else the earliest open step, with the days to go', () => {
    const c = caseReport('ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-05\n', '2025-02-10');
    expect(c.next).toMatchObject({ rule: 'plan-van-aanpak', todo: 'draw up the plan van aanpak with the werknemer', due: '2025-02-19', days: 9 });
  });

  it('on its due day the step is due in 0 days; the day after, overdue by 1', () => {
    const yaml = 'ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-05\n';
    expect(caseReport(yaml, '2025-02-19').next).toMatchObject({ rule: 'plan-van-aanpak', days: 0 });
    expect(caseReport(yaml, '2025-02-20').next).toMatchObject({ rule: 'plan-van-aanpak', days: -1 });
  });

  it('in Dutch, the action as a consultant writes it', () => {
    const c = caseReport('ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-05\n', '2025-02-10', { lang: 'nl' });
    expect(c.next).toMatchObject({ title: 'Plan van aanpak', todo: 'plan van aanpak opstellen met de werknemer' });
  });

  it('none for a recovered case with nothing left to do, and for an invalid case', () => {
    const done = 'ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-05\nplan_van_aanpak: 2025-02-12\nhersteld: 2025-02-20\n';
    expect(caseReport(done, '2025-03-01').next).toBeNull();
    expect(caseReport('ziekmelding: 2025-02-30\n', '2025-03-01').next).toBeNull();
  });
});
