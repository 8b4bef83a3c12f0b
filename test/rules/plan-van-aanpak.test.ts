import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, itIsMissing, lineOf } from './support.js';

// Worked example A: ziekmelding Monday 2025-01-06. With a probleemanalyse on 2025-01-20 the plan
// van aanpak is due 14 days later, Mon 2025-02-03 (art. 4 lid 1 Regeling procesgang); without
// one, at the end of week 8 = sick-day 56 = Sun 2025-03-02.
const RULE = 'plan-van-aanpak';
const ZM = 'ziekmelding: 2025-01-06';
const PA = 'probleemanalyse: 2025-01-20';
const DUE = '2025-02-03';
const DUE_WEEK_8 = '2025-03-02';

describe('plan-van-aanpak', () => {
  describe('with a probleemanalyse recorded: due 14 days after it', () => {
    it('worked example A: due 2025-02-03; done that day is on time, without a finding', () => {
      const c = check(caseYaml(ZM, PA, `plan_van_aanpak: ${DUE}`), '2025-03-10');
      expect(entry(c, RULE)).toMatchObject({ due: DUE, done: DUE, status: 'on-time' });
      expect(findings(c, RULE)).toEqual([]);
    });

    it('done the day after is late: one error, loonsanctie, naming the due date and the probleemanalyse, on the plan_van_aanpak line', () => {
      const yaml = caseYaml(ZM, PA, 'plan_van_aanpak: 2025-02-04');
      const c = check(yaml, '2025-03-10');
      expect(entry(c, RULE)).toMatchObject({ due: DUE, done: '2025-02-04', status: 'late' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'error', consequence: 'loonsanctie', norm: 'regeling', type: 'late', args: { due: DUE, done: '2025-02-04', days: 1 }, line: lineOf(yaml, 'plan_van_aanpak:') });
      expect(f[0]!.message).toContain(DUE);
      expect(f[0]!.message).toContain('2 weeks after probleemanalyse (2025-01-20)');
    });

    itIsMissing(RULE, { due: DUE, dayAfter: '2025-02-04', lines: [ZM, PA], severity: 'error', consequence: 'loonsanctie', at: 'ziekmelding' });

    it('a late probleemanalyse moves the plan van aanpak with it (week 7 + 14 days)', () => {
      const c = check(caseYaml(ZM, 'probleemanalyse: 2025-02-20', 'plan_van_aanpak: 2025-03-06'), '2025-03-10');
      expect(entry(c, RULE)).toMatchObject({ due: '2025-03-06', status: 'on-time' });
      expect(findings(c, RULE)).toEqual([]);
    });

    it('agreed before the probleemanalyse it builds on: a finding on the plan_van_aanpak line', () => {
      const yaml = caseYaml(ZM, 'probleemanalyse: 2025-02-20', 'plan_van_aanpak: 2025-02-19');
      const c = check(yaml, '2025-03-10');
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'error', consequence: 'loonsanctie', type: 'order', line: lineOf(yaml, 'plan_van_aanpak:') });
      expect(f[0]!.message).toContain('2025-02-20');
      expect(f[0]!.message).toContain('2025-02-19');
    });

    it('agreed on the same day as the probleemanalyse is fine', () => {
      const c = check(caseYaml(ZM, 'probleemanalyse: 2025-02-20', 'plan_van_aanpak: 2025-02-20'), '2025-03-10');
      expect(entry(c, RULE).status).toBe('on-time');
      expect(findings(c, RULE)).toEqual([]);
    });
  });

  describe('without a probleemanalyse: due at the end of week 8', () => {
    it('done on the due day is on time', () => {
      const c = check(caseYaml(ZM, `plan_van_aanpak: ${DUE_WEEK_8}`), '2025-03-10');
      expect(entry(c, RULE)).toMatchObject({ due: DUE_WEEK_8, status: 'on-time' });
      expect(findings(c, RULE)).toEqual([]);
    });

    it('done the day after is late: one error', () => {
      const c = check(caseYaml(ZM, 'plan_van_aanpak: 2025-03-03'), '2025-03-10');
      expect(entry(c, RULE)).toMatchObject({ due: DUE_WEEK_8, status: 'late' });
      expect(findings(c, RULE)).toMatchObject([{ severity: 'error', consequence: 'loonsanctie' }]);
    });

    itIsMissing(RULE, { due: DUE_WEEK_8, dayAfter: '2025-03-03', lines: [ZM], severity: 'error', consequence: 'loonsanctie', at: 'ziekmelding' });
  });

  it('is not applicable when the employee is hersteld before the due date', () => {
    const c = check(caseYaml(ZM, PA, 'hersteld: 2025-02-01'), '2025-06-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('is applicable when hersteld comes the day after the due date', () => {
    const c = check(caseYaml(ZM, PA, 'hersteld: 2025-02-04'), '2025-06-01');
    expect(entry(c, RULE).status).toBe('overdue');
    expect(findings(c, RULE)).toHaveLength(1);
  });
});
