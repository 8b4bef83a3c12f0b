import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, itIsMissing, lineOf } from './support.js';

// ziekmelding Mon 2025-01-06: end of week 7 Sun 2025-02-23, end of week 52 Sun 2026-01-04. Applies when eerste_spoor.status is onwaarschijnlijk or uitgesloten.
const RULE = 'eerste-spoor-verklaring';
const DUE = '2026-01-04';

describe('eerste-spoor-verklaring', () => {
  it('recorded on the due day (end of week 52) is on time, without a finding', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'eerste_spoor:', '  status: onwaarschijnlijk', `  vastgesteld: ${DUE}`);
    const c = check(yaml, '2026-02-01');
    expect(entry(c, RULE)).toMatchObject({ due: DUE, done: DUE, status: 'on-time' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('recorded in week 8 is on time', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'eerste_spoor:', '  status: uitgesloten', '  vastgesteld: 2025-03-02');
    const c = check(yaml, '2025-04-01');
    expect(entry(c, RULE).status).toBe('on-time');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('recorded the day after the due day is late: one warning, loonsanctie, naming the due date, on the vastgesteld line', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'eerste_spoor:', '  status: onwaarschijnlijk', '  vastgesteld: 2026-01-05');
    const c = check(yaml, '2026-02-01');
    expect(entry(c, RULE)).toMatchObject({ due: DUE, status: 'late' });
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', consequence: 'loonsanctie', line: lineOf(yaml, 'vastgesteld:') });
    expect(f[0]!.message).toContain(DUE);
  });

  it('recorded in week 7 is on time too: no source sets a first date for the judgement', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'eerste_spoor:', '  status: onwaarschijnlijk', '  vastgesteld: 2025-02-23');
    const c = check(yaml, '2025-04-01');
    expect(entry(c, RULE)).toMatchObject({ from: null, done: '2025-02-23', status: 'on-time' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('rests on practice (norm praktijk) and cites art. 7:658a lid 1 BW', () => {
    const f = findings(check(caseYaml('ziekmelding: 2025-01-06', 'eerste_spoor:', '  status: uitgesloten'), '2026-02-01'), RULE);
    expect(f).toMatchObject([{ norm: 'praktijk', source: 'art. 7:658a lid 1 BW; UWV Werkwijzer Poortwachter' }]);
  });

  itIsMissing(RULE, { due: DUE, dayAfter: '2026-01-05', lines: ['ziekmelding: 2025-01-06', 'eerste_spoor:', '  status: uitgesloten'], severity: 'warning', consequence: 'loonsanctie', at: 'eerste_spoor' });

  it.each(['kansrijk', 'onduidelijk'])('is not applicable when eerste_spoor.status is %s', (status) => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'eerste_spoor:', `  status: ${status}`), '2026-06-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('is not applicable when no eerste_spoor.status is recorded', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06'), '2026-06-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('is not applicable when the employee is hersteld before the due date', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'hersteld: 2025-10-01', 'eerste_spoor:', '  status: onwaarschijnlijk'), '2026-06-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });
});
