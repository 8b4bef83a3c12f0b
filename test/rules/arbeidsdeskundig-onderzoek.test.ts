import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, lineOf } from './support.js';

// A tweede spoor started on 2025-10-01 expects an arbeidsdeskundig onderzoek on or before that day.
const RULE = 'arbeidsdeskundig-onderzoek';
const GESTART = '2025-10-01';
const BASE = ['ziekmelding: 2025-01-06', 'eerste_spoor:', '  status: onwaarschijnlijk'];
const STARTED = ['tweede_spoor:', `  gestart: ${GESTART}`, '  begeleider: Re-integratiebureau Noord'];

describe('arbeidsdeskundig-onderzoek', () => {
  it('an onderzoek on the day the tweede spoor starts is in time, without a finding', () => {
    const c = check(caseYaml(...BASE, `arbeidsdeskundig_onderzoek: ${GESTART}`, ...STARTED), '2025-11-01');
    expect(entry(c, RULE)).toMatchObject({ due: GESTART, done: GESTART, status: 'on-time' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('an onderzoek before the start is in time', () => {
    const c = check(caseYaml(...BASE, 'arbeidsdeskundig_onderzoek: 2025-09-01', ...STARTED), '2025-11-01');
    expect(entry(c, RULE).status).toBe('on-time');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('an onderzoek the day after the start: late, one warning naming the start, on the arbeidsdeskundig_onderzoek line', () => {
    const yaml = caseYaml(...BASE, 'arbeidsdeskundig_onderzoek: 2025-10-02', ...STARTED);
    const c = check(yaml, '2025-11-01');
    expect(entry(c, RULE)).toMatchObject({ due: GESTART, status: 'late' });
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', line: lineOf(yaml, 'arbeidsdeskundig_onderzoek:') });
    expect(f[0]!.message).toContain(GESTART);
  });

  it('no onderzoek, as of the start day: open, no finding yet', () => {
    const c = check(caseYaml(...BASE, ...STARTED), GESTART);
    expect(entry(c, RULE)).toMatchObject({ due: GESTART, done: null, status: 'open' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('no onderzoek, as of the day after the start: overdue, one warning on the ziekmelding line', () => {
    const yaml = caseYaml('werknemer: E-1', ...BASE, ...STARTED);
    const c = check(yaml, '2025-10-02');
    expect(entry(c, RULE)).toMatchObject({ due: GESTART, status: 'overdue' });
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', line: lineOf(yaml, 'ziekmelding:') });
    expect(f[0]!.message).toContain(GESTART);
  });

  it('is not applicable while no tweede spoor has started', () => {
    const c = check(caseYaml(...BASE), '2025-11-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('is not applicable when the tweede_spoor block has no gestart date', () => {
    const c = check(caseYaml(...BASE, 'tweede_spoor:', '  begeleider: Re-integratiebureau Noord'), '2025-11-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });
});
