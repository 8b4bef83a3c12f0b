import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, lineOf } from './support.js';

// ziekmelding Mon 2025-01-06 (worked example A): end of week 8 Sun 2025-03-02, end of week 52
// Sun 2026-01-04. With an EJE on 2025-11-20, EJE + 42 days = Thu 2026-01-01.
const RULE = 'tweede-spoor';
const ZM = 'ziekmelding: 2025-01-06';
const EJE = 'eerstejaarsevaluatie: 2025-11-20';

/** A case with the given eerste_spoor.status (or none) and further lines. */
function dossier(status: string | null, ...more: string[]): string {
  return caseYaml(ZM, EJE, ...(status ? ['eerste_spoor:', `  status: ${status}`] : []), ...more);
}

describe('tweede-spoor', () => {
  describe('eerste spoor onwaarschijnlijk / uitgesloten: due the earlier of end of week 52 and EJE + 42 days (error, loonsanctie)', () => {
    it('worked example A: EJE 2025-11-20, started 2026-01-01 is on time', () => {
      const c = check(dossier('onwaarschijnlijk', 'tweede_spoor:', '  gestart: 2026-01-01'), '2026-02-01');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-01-01', done: '2026-01-01', status: 'on-time' });
      expect(findings(c, RULE)).toEqual([]);
    });

    it('worked example A: started 2026-01-02 is too late — one error, loonsanctie, on the gestart line', () => {
      const yaml = dossier('onwaarschijnlijk', 'tweede_spoor:', '  gestart: 2026-01-02');
      const c = check(yaml, '2026-02-01');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-01-01', status: 'late' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'error', consequence: 'loonsanctie', line: lineOf(yaml, 'gestart:') });
      expect(f[0]!.message).toContain('tweede spoor too late');
      expect(f[0]!.message).toContain('loonsanctie');
      expect(f[0]!.message).toContain('2026-01-01');
    });

    it('worked example A in Dutch: "te laat" and "loonsanctie"', () => {
      const c = check(dossier('onwaarschijnlijk', 'tweede_spoor:', '  gestart: 2026-01-02'), '2026-02-01', { lang: 'nl' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]!.message).toContain('tweede spoor te laat');
      expect(f[0]!.message).toContain('loonsanctie');
      expect(f[0]!.message).toMatch(/2026-01-01|01-01-2026/);
    });

    it('without an EJE recorded, due is the end of week 52: started then is on time, a day later is an error', () => {
      const onTime = check(caseYaml(ZM, 'eerste_spoor:', '  status: uitgesloten', 'tweede_spoor:', '  gestart: 2026-01-04'), '2026-02-01');
      expect(entry(onTime, RULE)).toMatchObject({ due: '2026-01-04', status: 'on-time' });
      expect(findings(onTime, RULE)).toEqual([]);

      const late = check(caseYaml(ZM, 'eerste_spoor:', '  status: uitgesloten', 'tweede_spoor:', '  gestart: 2026-01-05'), '2026-02-01');
      expect(entry(late, RULE)).toMatchObject({ due: '2026-01-04', status: 'late' });
      const f = findings(late, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'error', consequence: 'loonsanctie' });
      expect(f[0]!.message).toContain('2026-01-04');
    });

    // Both statuses, with an EJE on 2025-11-20 (due EJE + 42 = 2026-01-01) and without one (due end of week 52 = 2026-01-04).
    it.each([
      ['onwaarschijnlijk', true, '2026-01-01', '2026-01-02'],
      ['onwaarschijnlijk', false, '2026-01-04', '2026-01-05'],
      ['uitgesloten', true, '2026-01-01', '2026-01-02'],
      ['uitgesloten', false, '2026-01-04', '2026-01-05'],
    ])('%s, EJE recorded: %s → due %s; started then on time, a day later an error; not started: open on the due day, an error the day after', (status, withEje, due, dayAfter) => {
      const lines = (...more: string[]) => caseYaml(ZM, ...(withEje ? [EJE] : []), 'eerste_spoor:', `  status: ${status}`, ...more);

      const onTime = check(lines('tweede_spoor:', `  gestart: ${due}`), '2026-02-01');
      expect(entry(onTime, RULE)).toMatchObject({ due, status: 'on-time' });
      expect(findings(onTime, RULE)).toEqual([]);

      const late = check(lines('tweede_spoor:', `  gestart: ${dayAfter}`), '2026-02-01');
      expect(entry(late, RULE)).toMatchObject({ due, status: 'late' });
      expect(findings(late, RULE)).toMatchObject([{ severity: 'error', consequence: 'loonsanctie' }]);
      expect(findings(late, RULE)[0]!.message).toContain(due);

      const open = check(lines(), due);
      expect(entry(open, RULE)).toMatchObject({ due, status: 'open' });
      expect(findings(open, RULE)).toEqual([]);

      const overdue = check(lines(), dayAfter);
      expect(entry(overdue, RULE)).toMatchObject({ due, status: 'overdue' });
      expect(findings(overdue, RULE)).toMatchObject([{ severity: 'error', consequence: 'loonsanctie' }]);
    });

    it('when EJE + 42 days falls after week 52, the end of week 52 decides', () => {
      // EJE 2025-12-20 + 42 = 2026-01-31, later than 2026-01-04.
      const yaml = caseYaml(ZM, 'eerstejaarsevaluatie: 2025-12-20', 'eerste_spoor:', '  status: uitgesloten', 'tweede_spoor:', '  gestart: 2026-01-05');
      const c = check(yaml, '2026-02-15');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-01-04', status: 'late' });
      expect(findings(c, RULE)).toHaveLength(1);
      expect(findings(c, RULE)[0]!.severity).toBe('error');
    });

    it('started on the from date (end of week 8) is on time', () => {
      const c = check(dossier('onwaarschijnlijk', 'tweede_spoor:', '  gestart: 2025-03-02'), '2026-02-01');
      expect(entry(c, RULE)).toMatchObject({ from: '2025-03-02', status: 'on-time' });
      expect(findings(c, RULE)).toEqual([]);
    });

    it('started the day before the end of week 8 is early: info (allowed), on the gestart line', () => {
      const yaml = dossier('onwaarschijnlijk', 'tweede_spoor:', '  gestart: 2025-03-01');
      const c = check(yaml, '2026-02-01');
      expect(entry(c, RULE)).toMatchObject({ from: '2025-03-02', done: '2025-03-01', status: 'early' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'info', line: lineOf(yaml, 'gestart:') });
    });

    it('not started, as of the due day: open, no finding yet', () => {
      const c = check(dossier('onwaarschijnlijk'), '2026-01-01');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-01-01', done: null, status: 'open' });
      expect(findings(c, RULE)).toEqual([]);
    });

    it('not started, as of the day after the due day: overdue, one error (loonsanctie) on the ziekmelding line', () => {
      const yaml = dossier('onwaarschijnlijk');
      const c = check(yaml, '2026-01-02');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-01-01', status: 'overdue' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'error', consequence: 'loonsanctie', line: lineOf(yaml, 'ziekmelding:') });
      expect(f[0]!.message).toContain('tweede spoor too late');
      expect(f[0]!.message).toContain('loonsanctie');
      expect(f[0]!.message).toContain('2026-01-01');
    });

    it('not started while a tweede_spoor block exists: the finding is on the tweede_spoor line', () => {
      const yaml = dossier('uitgesloten', 'tweede_spoor:', '  begeleider: Re-integratiebureau Noord');
      const f = findings(check(yaml, '2026-01-02'), RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'error', line: lineOf(yaml, 'tweede_spoor:') });
    });
  });

  describe('eerste spoor onduidelijk with an EJE recorded: warning when not started by EJE + 42 days', () => {
    it('started on EJE + 42 days is on time', () => {
      const c = check(dossier('onduidelijk', 'tweede_spoor:', '  gestart: 2026-01-01'), '2026-02-01');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-01-01', status: 'on-time' });
      expect(findings(c, RULE)).toEqual([]);
    });

    it('started the day after: late, one warning, loonsanctie, naming the due date', () => {
      const yaml = dossier('onduidelijk', 'tweede_spoor:', '  gestart: 2026-01-02');
      const c = check(yaml, '2026-02-01');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-01-01', status: 'late' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'warning', consequence: 'loonsanctie', line: lineOf(yaml, 'gestart:') });
      expect(f[0]!.message).toContain('2026-01-01');
    });

    it('not started, as of EJE + 42 days: no finding yet', () => {
      const c = check(dossier('onduidelijk'), '2026-01-01');
      expect(entry(c, RULE).status).toBe('open');
      expect(findings(c, RULE)).toEqual([]);
    });

    it('not started, as of EJE + 42 + 1 days: overdue, one warning (loonsanctie)', () => {
      const c = check(dossier('onduidelijk'), '2026-01-02');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-01-01', status: 'overdue' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'warning', consequence: 'loonsanctie' });
      expect(f[0]!.message).toContain('2026-01-01');
    });

    it('onduidelijk without an EJE recorded gives no tweede-spoor finding (the missing EJE is its own error)', () => {
      const c = check(caseYaml(ZM, 'eerste_spoor:', '  status: onduidelijk'), '2026-06-01');
      expect(findings(c, RULE)).toEqual([]);
    });
  });

  describe('eerste spoor kansrijk: not applicable', () => {
    it('not started, long after week 52: not-applicable, no finding', () => {
      const c = check(dossier('kansrijk'), '2026-06-01');
      expect(entry(c, RULE).status).toBe('not-applicable');
      expect(findings(c, RULE)).toEqual([]);
    });

    it('started late anyway: still no finding', () => {
      const c = check(dossier('kansrijk', 'tweede_spoor:', '  gestart: 2026-03-01'), '2026-06-01');
      expect(entry(c, RULE).status).toBe('not-applicable');
      expect(findings(c, RULE)).toEqual([]);
    });
  });

  describe('no eerste_spoor.status recorded', () => {
    it('as of the day before the EJE is due (end of week 52): no warning', () => {
      const c = check(caseYaml(ZM, EJE), '2026-01-03');
      expect(findings(c, RULE)).toEqual([]);
    });

    it('as of the EJE due date (end of week 52): one warning that the dossier does not say how eerste spoor stands', () => {
      const yaml = caseYaml('werknemer: E-1', ZM, EJE);
      const c = check(yaml, '2026-01-04');
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]!.severity).toBe('warning');
      expect(f[0]!.message).toContain('eerste_spoor.status');
      expect(f[0]!.line).toBe(lineOf(yaml, 'ziekmelding:'));
    });

    it('after the EJE due date, without an EJE recorded either: still the warning', () => {
      const f = findings(check(caseYaml(ZM), '2026-03-01'), RULE);
      expect(f).toHaveLength(1);
      expect(f[0]!.severity).toBe('warning');
    });

    it('an eerste_spoor block without a status: the warning is on the eerste_spoor line', () => {
      const yaml = caseYaml(ZM, EJE, 'eerste_spoor:', '  vastgesteld: 2025-10-01');
      const f = findings(check(yaml, '2026-01-04'), RULE);
      expect(f).toHaveLength(1);
      expect(f[0]!.line).toBe(lineOf(yaml, 'eerste_spoor:'));
    });
  });
});
