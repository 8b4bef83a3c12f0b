import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, itIsMissing, lineOf } from './support.js';

// ziekmelding Monday 2025-01-06 (worked example A): end of week 6 = sick-day 42 = Sun 2025-02-16.
const RULE = 'probleemanalyse';
const DUE = '2025-02-16';

describe('probleemanalyse', () => {
  it('done on the due day (end of week 6) is on time, without a finding', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', `probleemanalyse: ${DUE}`), '2025-03-01');
    expect(entry(c, RULE)).toMatchObject({ due: DUE, done: DUE, status: 'on-time' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('accepts the DD-MM-YYYY notation for the same date', () => {
    const c = check(caseYaml('ziekmelding: 06-01-2025', 'probleemanalyse: 16-02-2025'), '2025-03-01');
    expect(entry(c, RULE)).toMatchObject({ due: DUE, done: DUE, status: 'on-time' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('done the day after the due day is late: one error, loonsanctie, naming the due date, on the probleemanalyse line', () => {
    const yaml = caseYaml('werknemer: E-1', 'ziekmelding: 2025-01-06', 'probleemanalyse: 2025-02-17');
    const c = check(yaml, '2025-03-01');
    expect(entry(c, RULE)).toMatchObject({ due: DUE, done: '2025-02-17', status: 'late' });
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', consequence: 'loonsanctie', line: lineOf(yaml, 'probleemanalyse:') });
    expect(f[0]!.message).toContain(DUE);
  });

  itIsMissing(RULE, { due: DUE, dayAfter: '2025-02-17', lines: ['ziekmelding: 2025-01-06', 'loon_percentage: 70'], severity: 'error', consequence: 'loonsanctie', at: 'ziekmelding' });

  it('says the missing probleemanalyse in Dutch with --lang nl', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06'), '2025-02-17', { lang: 'nl' });
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/probleemanalyse/);
    expect(f[0]!.message).toMatch(/vastgelegd|ontbreekt/);
    // The due date, in either notation the product may use in Dutch prose.
    expect(f[0]!.message).toMatch(/2025-02-16|16-02-2025/);
  });

  it('is not applicable when the employee is hersteld before the due date', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'hersteld: 2025-02-01'), '2025-06-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('an onderbreking shifts the due date by its recovery days (samentelling)', () => {
    // 7 recovery days (2025-01-20 … 2025-01-26) do not count: sick-day 42 becomes 2025-02-23.
    const yaml = caseYaml(
      'ziekmelding: 2025-01-06',
      'onderbrekingen:',
      '  - { van: 2025-01-20, tot: 2025-01-26 }',
      'probleemanalyse: 2025-02-23',
    );
    const c = check(yaml, '2025-03-01');
    expect(entry(c, RULE)).toMatchObject({ due: '2025-02-23', status: 'on-time' });
    expect(findings(c, RULE)).toEqual([]);
  });
});
