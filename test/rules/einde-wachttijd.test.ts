import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml } from './support.js';

// Sick-day 728, plus 7 × verlenging_weken calendar days (VLD). Information: nothing to do.
const RULE = 'einde-wachttijd';

describe('einde-wachttijd', () => {
  it('worked example A: ziekmelding 2025-01-06 → Sun 2027-01-03, as information', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06'), '2026-01-01');
    expect(c.clock?.eindeWachttijd).toBe('2027-01-03');
    expect(entry(c, RULE)).toMatchObject({ due: '2027-01-03', status: 'info' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('worked example B without the recovery: ziek 2022-01-03 → 2023-12-31', () => {
    const c = check(caseYaml('ziekmelding: 2022-01-03'), '2023-06-01');
    expect(c.clock?.eindeWachttijd).toBe('2023-12-31');
    expect(entry(c, RULE).due).toBe('2023-12-31');
  });

  it('worked example B: 21 recovery days (2022-07-04 … 2022-07-24 inclusive) shift it to Sun 2024-01-21', () => {
    const yaml = caseYaml('ziekmelding: 2022-01-03', 'onderbrekingen:', '  - { van: 2022-07-04, tot: 2022-07-24 }');
    const c = check(yaml, '2023-06-01');
    expect(c.valid).toBe(true);
    expect(c.clock?.eindeWachttijd).toBe('2024-01-21');
    expect(entry(c, RULE)).toMatchObject({ due: '2024-01-21', status: 'info' });
  });

  it('two onderbrekingen add up (10 + 5 recovery days)', () => {
    const yaml = caseYaml(
      'ziekmelding: 2025-01-06',
      'onderbrekingen:',
      '  - { van: 2025-03-10, tot: 2025-03-19 }',
      '  - { van: 2025-06-02, tot: 2025-06-06 }',
    );
    // 2027-01-03 + 15 days
    expect(check(yaml, '2026-01-01').clock?.eindeWachttijd).toBe('2027-01-18');
  });

  it('verlenging_weken (VLD) adds 7 calendar days per week: 10 weeks → 2027-03-14', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'verlenging_weken: 10'), '2026-01-01');
    expect(c.clock?.eindeWachttijd).toBe('2027-03-14');
    expect(entry(c, RULE).due).toBe('2027-03-14');
  });

  it('verlenging_weken is in calendar days, not moved to a working day', () => {
    // 2027-01-03 + 1 week = Sun 2027-01-10: stays a Sunday.
    expect(check(caseYaml('ziekmelding: 2025-01-06', 'verlenging_weken: 1'), '2026-01-01').clock?.eindeWachttijd).toBe('2027-01-10');
  });

  it('is moot once the employee is hersteld before it (the case closes on hersteld)', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'hersteld: 2025-06-01'), '2026-01-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('hersteld only after it: the wachttijd did end, so it stays information', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'hersteld: 2027-02-01'), '2027-03-01');
    expect(c.clock?.eindeWachttijd).toBe('2027-01-03');
    expect(entry(c, RULE)).toMatchObject({ due: '2027-01-03', status: 'info' });
  });
});
