import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, itIsMissing, lineOf } from './support.js';

// ziekmelding Mon 2025-01-06 (worked example A): window Mon 2025-11-17 (week 46 begins,
// sick-day 316) … Sun 2026-01-04 (end of week 52, sick-day 364).
const RULE = 'eerstejaarsevaluatie';
const FROM = '2025-11-17';
const DUE = '2026-01-04';

describe('eerstejaarsevaluatie', () => {
  it('has the window of worked example A', () => {
    expect(entry(check(caseYaml('ziekmelding: 2025-01-06'), '2025-06-01'), RULE)).toMatchObject({ from: FROM, due: DUE });
  });

  it('done on the due day (end of week 52) is on time, without a finding', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', `eerstejaarsevaluatie: ${DUE}`), '2026-02-01');
    expect(entry(c, RULE)).toMatchObject({ from: FROM, due: DUE, done: DUE, status: 'on-time' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('done on the first day of the window (week 46 begins) is on time', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', `eerstejaarsevaluatie: ${FROM}`), '2026-02-01');
    expect(entry(c, RULE).status).toBe('on-time');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('done the day before the window is early: one warning on the eerstejaarsevaluatie line', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'eerstejaarsevaluatie: 2025-11-16');
    const c = check(yaml, '2026-02-01');
    expect(entry(c, RULE)).toMatchObject({ from: FROM, done: '2025-11-16', status: 'early' });
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', line: lineOf(yaml, 'eerstejaarsevaluatie:') });
    expect(f[0]!.message).toContain(FROM);
  });

  it('done the day after the due day is late: one error, loonsanctie, naming the due date', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'eerstejaarsevaluatie: 2026-01-05');
    const c = check(yaml, '2026-02-01');
    expect(entry(c, RULE)).toMatchObject({ due: DUE, done: '2026-01-05', status: 'late' });
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', consequence: 'loonsanctie', line: lineOf(yaml, 'eerstejaarsevaluatie:') });
    expect(f[0]!.message).toContain(DUE);
  });

  itIsMissing(RULE, { due: DUE, dayAfter: '2026-01-05', lines: ['ziekmelding: 2025-01-06'], severity: 'error', consequence: 'loonsanctie', at: 'ziekmelding' });

  it('is not applicable when the employee is hersteld before the due date', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'hersteld: 2025-12-01'), '2026-03-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });
});
