import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, lineOf } from './support.js';

// ziekmelding 2025-01-06, plan van aanpak Mon 2025-02-24. 42 days after it is 2025-04-07.
const RULE = 'voortgangsgesprek';

describe('voortgangsgesprek', () => {
  it('a gap of exactly 42 days is fine', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'plan_van_aanpak: 2025-02-24', 'voortgangsgesprekken:', '  - 2025-04-07');
    const c = check(yaml, '2025-04-20');
    expect(findings(c, RULE)).toEqual([]);
    expect(entry(c, RULE).status).not.toBe('late');
  });

  it('a gap of 43 days gives one warning (loonsanctie) on the line of the gesprek that ended it', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'plan_van_aanpak: 2025-02-24', 'voortgangsgesprekken:', '  - 2025-04-08');
    const c = check(yaml, '2025-04-20');
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', consequence: 'loonsanctie', line: lineOf(yaml, '- 2025-04-08') });
    // The message identifies the gap by its two ends and its length.
    expect(f[0]!.message).toContain('2025-02-24');
    expect(f[0]!.message).toContain('2025-04-08');
    expect(f[0]!.message).toContain('43');
  });

  it('gives one warning per gap that is too long, each on its own line', () => {
    // 2025-02-24 → 2025-04-08: 43 days; 2025-04-08 → 2025-04-30: 22 days; 2025-04-30 → 2025-06-16: 47 days.
    const yaml = caseYaml(
      'ziekmelding: 2025-01-06',
      'plan_van_aanpak: 2025-02-24',
      'voortgangsgesprekken:',
      '  - 2025-04-08',
      '  - 2025-04-30',
      '  - 2025-06-16',
    );
    const c = check(yaml, '2025-06-20');
    const f = findings(c, RULE);
    expect(f).toHaveLength(2);
    expect(f.every((x) => x.severity === 'warning' && x.consequence === 'loonsanctie')).toBe(true);
    expect(f.map((x) => x.line).sort((a, b) => a - b)).toEqual([lineOf(yaml, '- 2025-04-08'), lineOf(yaml, '- 2025-06-16')]);
  });

  it('the running gap: as of exactly 42 days after the last gesprek it is open, without a finding', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'plan_van_aanpak: 2025-02-24', 'voortgangsgesprekken:', '  - 2025-04-07');
    const c = check(yaml, '2025-05-19');
    expect(entry(c, RULE)).toMatchObject({ due: '2025-05-19', done: '2025-04-07', status: 'open' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('the running gap: as of 43 days after the last gesprek it is overdue, one warning naming the due date, on the voortgangsgesprekken line', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'plan_van_aanpak: 2025-02-24', 'voortgangsgesprekken:', '  - 2025-04-07');
    const c = check(yaml, '2025-05-20');
    expect(entry(c, RULE)).toMatchObject({ due: '2025-05-19', status: 'overdue' });
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', consequence: 'loonsanctie', line: lineOf(yaml, 'voortgangsgesprekken:') });
    expect(f[0]!.message).toContain('2025-05-19');
  });

  it('the running gap from the plan van aanpak when no gesprek is recorded: warning on the ziekmelding line after 42 days', () => {
    const yaml = caseYaml('werknemer: E-1', 'ziekmelding: 2025-01-06', 'plan_van_aanpak: 2025-02-24');
    expect(findings(check(yaml, '2025-04-07'), RULE)).toEqual([]);
    const c = check(yaml, '2025-04-08');
    expect(entry(c, RULE)).toMatchObject({ due: '2025-04-07', status: 'overdue' });
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', consequence: 'loonsanctie', line: lineOf(yaml, 'ziekmelding:') });
    expect(f[0]!.message).toContain('2025-04-07');
  });

  it('both a gap in the list and the running gap count, one warning each', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'plan_van_aanpak: 2025-02-24', 'voortgangsgesprekken:', '  - 2025-04-08');
    // 2025-04-08 + 42 = 2025-05-20; as of 2025-05-21 the running gap is 43 days.
    const f = findings(check(yaml, '2025-05-21'), RULE);
    expect(f).toHaveLength(2);
  });

  it('hersteld ends the obligation: a gap of 42 days up to hersteld is fine, and nothing runs on after it', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'plan_van_aanpak: 2025-02-24', 'hersteld: 2025-04-07'), '2025-09-01');
    expect(findings(c, RULE)).toEqual([]);
    expect(entry(c, RULE).status).not.toBe('overdue');
  });

  it('hersteld 43 days after the last gesprek: that last gap is too long, one warning', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'plan_van_aanpak: 2025-02-24', 'hersteld: 2025-04-08'), '2025-09-01');
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', consequence: 'loonsanctie' });
  });

  it('without a plan van aanpak there is no gap to measure (the plan-van-aanpak rule reports it)', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'probleemanalyse: 2025-02-10'), '2025-09-01');
    expect(findings(c, RULE)).toEqual([]);
    expect(entry(c, RULE).status).toBe('not-applicable');
  });

  it('after one long gap, the next gesprek (still in the future) is open, not late, and is the next deadline', () => {
    // 2025-02-24 → 2025-05-01: 66 days (a warning); the next is due 2025-06-12, still to come as of 2025-05-10.
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'plan_van_aanpak: 2025-02-24', 'voortgangsgesprekken:', '  - 2025-05-01');
    const c = check(yaml, '2025-05-10');
    expect(findings(c, RULE)).toMatchObject([{ type: 'gap', args: { days: 66 } }]);
    expect(entry(c, RULE)).toMatchObject({ due: '2025-06-12', done: '2025-05-01', status: 'open' });
  });

  it('gaps count sick-days: the days of an onderbreking do not count', () => {
    // plan 2025-02-24; onderbreking 2025-03-10 … 2025-03-19 (10 days); gesprek 2025-04-15: 50 calendar days, 40 sick-days.
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'onderbrekingen:', '  - { van: 2025-03-10, tot: 2025-03-19 }', 'plan_van_aanpak: 2025-02-24', 'voortgangsgesprekken:', '  - 2025-04-15');
    expect(findings(check(yaml, '2025-04-20'), RULE)).toEqual([]);
    // The running gap too: the next is due 42 sick-days after 2025-02-24, 10 days later than by the calendar.
    const none = caseYaml('ziekmelding: 2025-01-06', 'onderbrekingen:', '  - { van: 2025-03-10, tot: 2025-03-19 }', 'plan_van_aanpak: 2025-02-24');
    expect(entry(check(none, '2025-04-01'), RULE).due).toBe('2025-04-17');
  });

  it('gaps count sick-days: the days of WAZO-verlof do not count', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'wazo_verlof:', '  - { van: 2025-03-10, tot: 2025-06-15 }', 'plan_van_aanpak: 2025-02-24', 'voortgangsgesprekken:', '  - 2025-07-01');
    expect(findings(check(yaml, '2025-07-02'), RULE)).toEqual([]);
  });

  it('runs on through a loonsanctie: after the end of the wachttijd a gap still counts', () => {
    // einde wachttijd 2027-01-03; with 52 weeks of loonsanctie wages run to 2028-01-02.
    const lines = (...more: string[]) => caseYaml('ziekmelding: 2025-01-06', 'plan_van_aanpak: 2025-02-24', 'voortgangsgesprekken: [2026-12-20]', 'wia_aanvraag: 2026-10-01', ...more);
    const c = check(lines('loonsanctie: { weken: 52 }'), '2027-03-01');
    expect(entry(c, RULE)).toMatchObject({ due: '2027-01-31', status: 'overdue' });
    // Without one, the chain ended with wage payment on 2027-01-03: 14 days after the last gesprek.
    const without = check(lines(), '2027-03-01');
    expect(entry(without, RULE)).toMatchObject({ due: null, status: 'on-time' });
    expect(findings(without, RULE).filter((f) => f.type !== 'gap' || f.args.from !== '2025-02-24')).toEqual([]);
  });

  it('ends with the contract: a gesprek due on its last day is still owed, nothing runs on after it', () => {
    // plan 2025-02-24 + 42 = 2025-04-07.
    const owed = check(caseYaml('ziekmelding: 2025-01-06', 'plan_van_aanpak: 2025-02-24', 'einde_dienstverband: 2025-04-07'), '2025-09-01');
    expect(findings(owed, RULE)).toMatchObject([{ type: 'gap', severity: 'warning' }]);
    const fine = check(caseYaml('ziekmelding: 2025-01-06', 'plan_van_aanpak: 2025-02-24', 'einde_dienstverband: 2025-04-06'), '2025-09-01');
    expect(findings(fine, RULE)).toEqual([]);
    expect(entry(fine, RULE).status).toBe('on-time');
  });

  it('a next gesprek that falls after the end of wage payment is not owed', () => {
    // Wages end 2027-01-03 (no loonsanctie); a gesprek on 2026-12-20 makes the next due 2027-01-31.
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'plan_van_aanpak: 2025-02-24', 'voortgangsgesprekken: [2026-12-20]', 'wia_aanvraag: 2026-10-01'), '2026-12-28');
    expect(entry(c, RULE)).toMatchObject({ due: '2027-01-31', status: 'not-applicable' });
  });
});
