import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, itIsMissing, lineOf } from './support.js';

// ziekmelding Mon 2025-01-06 (worked example A): einde wachttijd Sun 2027-01-03; the WIA aanvraag
// is due einde wachttijd − 77 days = Sun 2026-10-18, from due − 41 days = Mon 2026-09-07.
// Each day late extends the loondoorbetaling by a day (BW 7:629 lid 11 sub a).
const RULE = 'wia-aanvraag';
const FROM = '2026-09-07';
const DUE = '2026-10-18';
const EINDE = '2027-01-03';

describe('wia-aanvraag', () => {
  it('has the window of worked example A', () => {
    expect(entry(check(caseYaml('ziekmelding: 2025-01-06'), '2026-01-01'), RULE)).toMatchObject({ from: FROM, due: DUE });
  });

  it('done on the due day is on time, without a finding, and does not extend the loondoorbetaling', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', `wia_aanvraag: ${DUE}`), '2026-11-01');
    expect(entry(c, RULE)).toMatchObject({ from: FROM, due: DUE, done: DUE, status: 'on-time' });
    expect(findings(c, RULE)).toEqual([]);
    expect(c.clock?.eindeLoondoorbetaling).toBe(EINDE);
  });

  it('done on the first day of the window is on time', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', `wia_aanvraag: ${FROM}`), '2026-11-01');
    expect(entry(c, RULE).status).toBe('on-time');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('done the day after the due day: late, one error naming the due date, and the loondoorbetaling ends a day later', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'wia_aanvraag: 2026-10-19');
    const c = check(yaml, '2026-11-01');
    expect(entry(c, RULE)).toMatchObject({ due: DUE, done: '2026-10-19', status: 'late' });
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', consequence: 'verlenging-loondoorbetaling', line: lineOf(yaml, 'wia_aanvraag:') });
    expect(f[0]!.message).toContain(DUE);
    expect(c.clock?.eindeWachttijd).toBe(EINDE);
    expect(c.clock?.eindeLoondoorbetaling).toBe('2027-01-04');
  });

  it('done 10 days late extends the loondoorbetaling by 10 days', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'wia_aanvraag: 2026-10-28'), '2026-11-01');
    expect(entry(c, RULE).status).toBe('late');
    expect(c.clock?.eindeLoondoorbetaling).toBe('2027-01-13');
    expect(entry(c, 'einde-loondoorbetaling').due).toBe('2027-01-13');
  });

  it('done the day before the window (before UWV\'s letter in week 88): early, not an error', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'wia_aanvraag: 2026-09-06');
    const c = check(yaml, '2026-11-01');
    expect(entry(c, RULE)).toMatchObject({ from: FROM, done: '2026-09-06', status: 'early' });
    expect(findings(c, RULE).filter((f) => f.severity === 'error')).toEqual([]);
    expect(c.clock?.eindeLoondoorbetaling).toBe(EINDE);
  });

  itIsMissing(RULE, { due: DUE, dayAfter: '2026-10-19', lines: ['ziekmelding: 2025-01-06'], severity: 'error', consequence: 'verlenging-loondoorbetaling', at: 'ziekmelding' });

  it('VLD (verlenging_weken: 10) moves the window with the einde wachttijd (2027-03-14)', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'verlenging_weken: 10'), '2026-01-01');
    expect(entry(c, RULE)).toMatchObject({ from: '2026-11-16', due: '2026-12-27' });
  });

  it('is not applicable when the employee is hersteld before the due date', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'hersteld: 2026-06-01'), '2026-12-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });
});
