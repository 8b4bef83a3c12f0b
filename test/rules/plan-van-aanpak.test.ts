import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, itIsMissing, lineOf } from './support.js';

// ziekmelding Monday 2025-01-06 (worked example A): end of week 8 = sick-day 56 = Sun 2025-03-02.
const RULE = 'plan-van-aanpak';
const DUE = '2025-03-02';

describe('plan-van-aanpak', () => {
  it('done on the due day (end of week 8) is on time, without a finding', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'probleemanalyse: 2025-02-10', `plan_van_aanpak: ${DUE}`), '2025-03-10');
    expect(entry(c, RULE)).toMatchObject({ due: DUE, done: DUE, status: 'on-time' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('done the day after the due day is late: one error, loonsanctie, naming the due date, on the plan_van_aanpak line', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'probleemanalyse: 2025-02-10', 'plan_van_aanpak: 2025-03-03');
    const c = check(yaml, '2025-03-10');
    expect(entry(c, RULE)).toMatchObject({ due: DUE, done: '2025-03-03', status: 'late' });
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', consequence: 'loonsanctie', line: lineOf(yaml, 'plan_van_aanpak:') });
    expect(f[0]!.message).toContain(DUE);
  });

  itIsMissing(RULE, { due: DUE, dayAfter: '2025-03-03', lines: ['ziekmelding: 2025-01-06', 'probleemanalyse: 2025-02-10'], severity: 'error', consequence: 'loonsanctie', at: 'ziekmelding' });

  it('agreed before the probleemanalyse it builds on: a finding on the plan_van_aanpak line', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'probleemanalyse: 2025-02-20', 'plan_van_aanpak: 2025-02-19');
    const c = check(yaml, '2025-03-10');
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    // domain.md: "due: end of week 8 (and not before the probleemanalyse) | error, loonsanctie".
    expect(f[0]).toMatchObject({ severity: 'error', consequence: 'loonsanctie', line: lineOf(yaml, 'plan_van_aanpak:') });
    expect(f[0]!.message).toContain('2025-02-20');
    expect(f[0]!.message).toContain('2025-02-19');
  });

  it('agreed on the same day as the probleemanalyse is fine', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'probleemanalyse: 2025-02-20', 'plan_van_aanpak: 2025-02-20'), '2025-03-10');
    expect(entry(c, RULE).status).toBe('on-time');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('is not applicable when the employee is hersteld before the due date', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'probleemanalyse: 2025-02-10', 'hersteld: 2025-02-20'), '2025-06-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });
});
