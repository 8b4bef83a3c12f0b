import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, itIsMissing, lineOf } from './support.js';

// art. 38 lid 2 Ziektewet: when at least six weeks lie between the first day of sickness and the
// last working day before the contract ends, the employer (not an eigenrisicodrager) draws up a
// re-integratieverslag by that last working day; late or missing, UWV sets a term (lid 6).
// Worked example E: ziekmelding 2025-01-06, einde_dienstverband Mon 2025-06-30: due that day.
const RULE = 'riv-einde-dienstverband';
const ZM = 'ziekmelding: 2025-01-06';
const EDV = 'einde_dienstverband: 2025-06-30';
const DUE = '2025-06-30';

describe('riv-einde-dienstverband', () => {
  it('worked example E: due on the last working day, as the melding', () => {
    expect(entry(check(caseYaml(ZM, EDV), '2025-06-01'), RULE)).toMatchObject({ due: DUE, status: 'open', norm: 'wet' });
  });

  it('done on the due day is on time', () => {
    const c = check(caseYaml(ZM, EDV, `riv_einde_dienstverband: ${DUE}`), '2025-07-10');
    expect(entry(c, RULE)).toMatchObject({ done: DUE, status: 'on-time' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('done the day after is late: one error, consequence geen, saying UWV sets a term', () => {
    const yaml = caseYaml(ZM, EDV, 'riv_einde_dienstverband: 2025-07-01');
    const f = findings(check(yaml, '2025-07-10'), RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', consequence: 'geen', type: 'late', source: 'art. 38 lid 2 en 6 Ziektewet', line: lineOf(yaml, 'riv_einde_dienstverband:') });
    expect(f[0]!.message).toContain('UWV sets a term');
  });

  itIsMissing(RULE, { due: DUE, dayAfter: '2025-07-01', lines: [ZM, EDV], severity: 'error', consequence: 'geen', at: 'ziekmelding' });

  it('applies when the last working day is 42 days after the ziekmelding (Mon 2025-02-17), not when it is 39 (contract ends Sun 2025-02-16)', () => {
    expect(entry(check(caseYaml(ZM, 'einde_dienstverband: 2025-02-17'), '2025-02-01'), RULE)).toMatchObject({ due: '2025-02-17', status: 'open' });
    const short = check(caseYaml(ZM, 'einde_dienstverband: 2025-02-16'), '2025-03-01');
    expect(entry(short, RULE).status).toBe('not-applicable');
    expect(findings(short, RULE)).toEqual([]);
    // The melding itself is still due, on Friday 2025-02-14.
    expect(entry(short, 'einde-dienstverband')).toMatchObject({ due: '2025-02-14', status: 'overdue' });
  });

  it('is not applicable without an einde_dienstverband, or when hersteld by the last working day', () => {
    expect(entry(check(caseYaml(ZM), '2026-01-01'), RULE).status).toBe('not-applicable');
    const c = check(caseYaml(ZM, EDV, 'hersteld: 2025-06-30'), '2025-08-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });
});
