import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, itIsMissing, lineOf } from './support.js';

// art. 38 lid 2 Ziektewet: when the contract ends during sickness, the employer reports the
// sickness to UWV on the last working day before it ends (last working day on or before
// einde_dienstverband). Worked example E: ziekmelding 2025-01-06, einde_dienstverband Mon
// 2025-06-30: the melding is due that Monday.
const RULE = 'einde-dienstverband';
const ZM = 'ziekmelding: 2025-01-06';
const EDV = 'einde_dienstverband: 2025-06-30';
const DUE = '2025-06-30';

describe('einde-dienstverband', () => {
  it('worked example E: due on the last day of the contract, a Monday; the statute is the norm', () => {
    const c = check(caseYaml(ZM, EDV), '2025-06-01');
    expect(entry(c, RULE)).toMatchObject({ due: DUE, status: 'open', norm: 'wet' });
  });

  it('done on the due day is on time, without a finding', () => {
    const c = check(caseYaml(ZM, EDV, `melding_einde_dienstverband: ${DUE}`), '2025-07-10');
    expect(entry(c, RULE)).toMatchObject({ due: DUE, done: DUE, status: 'on-time' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('done the day after is late: one error, boete, on the melding line, citing art. 38 lid 2 en 3 Ziektewet', () => {
    const yaml = caseYaml(ZM, EDV, 'melding_einde_dienstverband: 2025-07-01');
    const c = check(yaml, '2025-07-10');
    expect(entry(c, RULE)).toMatchObject({ due: DUE, status: 'late' });
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: 'error', consequence: 'boete', norm: 'wet', type: 'late', args: { due: DUE, done: '2025-07-01', days: 1 },
      source: 'art. 38 lid 2 en 3 Ziektewet', line: lineOf(yaml, 'melding_einde_dienstverband:'),
    });
    expect(f[0]!.message).toContain('boete');
  });

  itIsMissing(RULE, { due: DUE, dayAfter: '2025-07-01', lines: [ZM, EDV], severity: 'error', consequence: 'boete', at: 'ziekmelding' });

  it('a contract ending on a Sunday: due the Friday before', () => {
    expect(entry(check(caseYaml(ZM, 'einde_dienstverband: 2025-06-29'), '2025-06-01'), RULE).due).toBe('2025-06-27');
  });

  it('a contract ending on Tweede Paasdag 2025 (Mon 21 April): due Thursday 17 April, before Goede Vrijdag', () => {
    expect(entry(check(caseYaml(ZM, 'einde_dienstverband: 2025-04-21'), '2025-04-01'), RULE).due).toBe('2025-04-17');
  });

  it('is not applicable without an einde_dienstverband', () => {
    const c = check(caseYaml(ZM), '2026-06-01');
    expect(entry(c, RULE)).toMatchObject({ due: null, status: 'not-applicable' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('is not applicable when the employee is hersteld on or before the last working day; applicable when hersteld the day after', () => {
    for (const hersteld of ['2025-06-01', DUE]) {
      const c = check(caseYaml(ZM, EDV, `hersteld: ${hersteld}`), '2025-08-01');
      expect(entry(c, RULE).status, hersteld).toBe('not-applicable');
      expect(findings(c, RULE), hersteld).toEqual([]);
    }
    const stillSick = check(caseYaml(ZM, 'einde_dienstverband: 2025-06-29', 'hersteld: 2025-06-28'), '2025-08-01');
    expect(entry(stillSick, RULE)).toMatchObject({ due: '2025-06-27', status: 'overdue' });
  });

  it('worked example E: after the end of the contract the EJE, tweede spoor, RIV and WIA rules are not applicable; wages end on it', () => {
    const c = check(caseYaml(ZM, EDV, 'eerste_spoor: { status: onwaarschijnlijk }', 'melding_einde_dienstverband: 2025-06-27', 'riv_einde_dienstverband: 2025-06-27'), '2026-12-01');
    for (const id of ['melding-42e-week', 'eerstejaarsevaluatie', 'eerste-spoor-verklaring', 'tweede-spoor', 'actueel-oordeel', 'eindevaluatie', 'wia-aanvraag']) {
      expect(entry(c, id).status, id).toBe('not-applicable');
      expect(findings(c, id), id).toEqual([]);
    }
    expect(c.clock?.eindeLoondoorbetaling).toBe('2025-06-30');
    expect(entry(c, 'einde-loondoorbetaling')).toMatchObject({ due: '2025-06-30', status: 'info' });
    // The earlier deadlines still apply.
    expect(entry(c, 'probleemanalyse').status).toBe('overdue');
  });

  it('a planned end of the contract may lie after the as-of date: no datum-volgorde error', () => {
    const c = check(caseYaml(ZM, 'einde_dienstverband: 2025-12-31'), '2025-06-01');
    expect(findings(c, 'datum-volgorde')).toEqual([]);
    expect(entry(c, RULE)).toMatchObject({ due: '2025-12-31', status: 'open' });
  });
});
