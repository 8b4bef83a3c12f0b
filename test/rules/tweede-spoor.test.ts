import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, lineOf } from './support.js';

// ziekmelding Mon 2025-01-06 (worked example A): end of week 8 (sick-day 56) Sun 2025-03-02,
// end of week 52 Sun 2026-01-04. The tweede spoor is due 42 days after the earlier of the EJE and
// the end of week 52, or after eerste_spoor.vastgesteld when that is later (docs/law.md).
const RULE = 'tweede-spoor';
const ZM = 'ziekmelding: 2025-01-06';
const EJE = 'eerstejaarsevaluatie: 2025-11-20';

/** A case with the given eerste_spoor.status (or none) and further lines. */
function dossier(status: string | null, ...more: string[]): string {
  return caseYaml(ZM, EJE, ...(status ? ['eerste_spoor:', `  status: ${status}`] : []), ...more);
}

const started = (date: string) => ['tweede_spoor:', `  gestart: ${date}`];

describe('tweede-spoor', () => {
  describe('eerste spoor onwaarschijnlijk / uitgesloten: due 42 days after the earlier of EJE and end of week 52 (error, loonsanctie)', () => {
    it('worked example A: EJE 2025-11-20, started 2026-01-01 is on time', () => {
      const c = check(dossier('onwaarschijnlijk', ...started('2026-01-01')), '2026-02-01');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-01-01', done: '2026-01-01', status: 'on-time', norm: 'uwv' });
      expect(findings(c, RULE)).toEqual([]);
    });

    it('worked example A: started 2026-01-02 is too late: one error, loonsanctie, on the gestart line', () => {
      const yaml = dossier('onwaarschijnlijk', ...started('2026-01-02'));
      const c = check(yaml, '2026-02-01');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-01-01', status: 'late' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'error', consequence: 'loonsanctie', norm: 'uwv', type: 'late', args: { due: '2026-01-01', done: '2026-01-02', days: 1 }, line: lineOf(yaml, 'gestart:') });
      expect(f[0]!.message).toContain('tweede spoor too late, loonsanctie risk');
      expect(f[0]!.message).toContain('2026-01-01');
      expect(f[0]!.source).toBe('art. 7:658a lid 1 BW; art. 25 lid 9 Wet WIA; UWV Werkwijzer Poortwachter');
    });

    it('worked example A in Dutch: "te laat" and "loonsanctie"', () => {
      const f = findings(check(dossier('onwaarschijnlijk', ...started('2026-01-02')), '2026-02-01', { lang: 'nl' }), RULE);
      expect(f).toHaveLength(1);
      expect(f[0]!.message).toContain('tweede spoor te laat, risico op loonsanctie');
    });

    it('worked example A: with an EJE on 2026-01-02 it is due 2026-02-13; a start on 2026-02-02 is a warning (after week 52), not an error', () => {
      const lines = (...more: string[]) => caseYaml(ZM, 'eerstejaarsevaluatie: 2026-01-02', 'eerste_spoor:', '  status: onwaarschijnlijk', ...more);
      const yaml = lines(...started('2026-02-02'));
      const c = check(yaml, '2026-03-01');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-02-13', status: 'on-time' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'warning', consequence: 'loonsanctie', type: 'delayed', args: { limit: '2026-01-04', due: '2026-02-13', days: 29 }, line: lineOf(yaml, 'gestart:') });
      expect(f[0]!.message).toContain('after week 52');

      const onDue = findings(check(lines(...started('2026-02-13')), '2026-03-01'), RULE);
      expect(onDue).toMatchObject([{ severity: 'warning', type: 'delayed' }]);
      const late = findings(check(lines(...started('2026-02-14')), '2026-03-01'), RULE);
      expect(late).toMatchObject([{ severity: 'error', type: 'late', args: { due: '2026-02-13', days: 1 } }]);
    });

    it('started in the first year, before the end of week 52: no finding', () => {
      expect(findings(check(dossier('uitgesloten', ...started('2025-12-01')), '2026-02-01'), RULE)).toEqual([]);
      expect(findings(check(caseYaml(ZM, 'eerstejaarsevaluatie: 2026-01-02', 'eerste_spoor:', '  status: uitgesloten', ...started('2026-01-04')), '2026-03-01'), RULE)).toEqual([]);
    });

    it('a start the day after week 52 is the warning already', () => {
      const c = check(caseYaml(ZM, 'eerstejaarsevaluatie: 2026-01-02', 'eerste_spoor:', '  status: uitgesloten', ...started('2026-01-05')), '2026-03-01');
      expect(findings(c, RULE)).toMatchObject([{ severity: 'warning', type: 'delayed', args: { days: 1 } }]);
    });

    // Both statuses, with an EJE on 2025-11-20 (due EJE + 42 = 2026-01-01) and without one (due end of week 52 + 42 = 2026-02-15).
    it.each([
      ['onwaarschijnlijk', true, '2026-01-01', '2026-01-02'],
      ['onwaarschijnlijk', false, '2026-02-15', '2026-02-16'],
      ['uitgesloten', true, '2026-01-01', '2026-01-02'],
      ['uitgesloten', false, '2026-02-15', '2026-02-16'],
    ])('%s, EJE recorded: %s → due %s; a day later an error; not started: open on the due day, an error the day after', (status, withEje, due, dayAfter) => {
      const lines = (...more: string[]) => caseYaml(ZM, ...(withEje ? [EJE] : []), 'eerste_spoor:', `  status: ${status}`, ...more);

      const onDue = check(lines(...started(due)), '2026-03-01');
      expect(entry(onDue, RULE)).toMatchObject({ due, status: 'on-time' });
      expect(findings(onDue, RULE).filter((f) => f.severity === 'error')).toEqual([]);

      const late = check(lines(...started(dayAfter)), '2026-03-01');
      expect(entry(late, RULE)).toMatchObject({ due, status: 'late' });
      expect(findings(late, RULE)).toMatchObject([{ severity: 'error', consequence: 'loonsanctie' }]);
      expect(findings(late, RULE)[0]!.message).toContain(due);

      const open = check(lines(), due);
      expect(entry(open, RULE)).toMatchObject({ due, status: 'open' });
      expect(findings(open, RULE)).toEqual([]);

      const overdue = check(lines(), dayAfter);
      expect(entry(overdue, RULE)).toMatchObject({ due, status: 'overdue' });
      expect(findings(overdue, RULE)).toMatchObject([{ severity: 'error', consequence: 'loonsanctie', type: 'missing', args: { due, days: 1 } }]);
    });

    it('a late EJE buys no time: EJE 2026-01-20 (after week 52) leaves the due date at the end of week 52 + 42 days', () => {
      const c = check(caseYaml(ZM, 'eerstejaarsevaluatie: 2026-01-20', 'eerste_spoor:', '  status: uitgesloten', ...started('2026-02-16')), '2026-03-01');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-02-15', status: 'late' });
      expect(findings(c, RULE)).toMatchObject([{ severity: 'error' }]);
      expect(findings(c, RULE)[0]!.message).toContain('6 weeks after end of week 52');
    });

    it('a judgement later than the EJE: due 42 days after eerste_spoor.vastgesteld', () => {
      // vastgesteld 2025-12-15 + 42 = 2026-01-26.
      const lines = (...more: string[]) => caseYaml(ZM, EJE, 'eerste_spoor:', '  status: onwaarschijnlijk', '  vastgesteld: 2025-12-15', ...more);
      const onDue = check(lines(...started('2026-01-26')), '2026-03-01');
      expect(entry(onDue, RULE)).toMatchObject({ due: '2026-01-26', status: 'on-time' });
      expect(findings(onDue, RULE)).toMatchObject([{ severity: 'warning', type: 'delayed' }]);
      const late = check(lines(...started('2026-01-27')), '2026-03-01');
      expect(findings(late, RULE)).toMatchObject([{ severity: 'error', type: 'late', args: { due: '2026-01-26' } }]);
      expect(findings(late, RULE)[0]!.message).toContain('6 weeks after eerste_spoor.vastgesteld (2025-12-15)');
    });

    it('a judgement before the EJE changes nothing', () => {
      const c = check(caseYaml(ZM, EJE, 'eerste_spoor:', '  status: onwaarschijnlijk', '  vastgesteld: 2025-10-01'), '2026-01-01');
      expect(entry(c, RULE).due).toBe('2026-01-01');
    });

    it('started on the from date (the day after week 8, sick-day 57) is on time', () => {
      const c = check(dossier('onwaarschijnlijk', ...started('2025-03-03')), '2026-02-01');
      expect(entry(c, RULE)).toMatchObject({ from: '2025-03-03', status: 'on-time' });
      expect(findings(c, RULE)).toEqual([]);
    });

    it('started on sick-day 56 (end of week 8) is early: info (allowed), on the gestart line', () => {
      const yaml = dossier('onwaarschijnlijk', ...started('2025-03-02'));
      const c = check(yaml, '2026-02-01');
      expect(entry(c, RULE)).toMatchObject({ from: '2025-03-03', done: '2025-03-02', status: 'early' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'info', consequence: 'geen', type: 'early', line: lineOf(yaml, 'gestart:') });
    });

    it('not started, as of the day after the due day: overdue, one error (loonsanctie) on the ziekmelding line', () => {
      const yaml = dossier('onwaarschijnlijk');
      const c = check(yaml, '2026-01-02');
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'error', consequence: 'loonsanctie', line: lineOf(yaml, 'ziekmelding:') });
      expect(f[0]!.message).toContain('tweede spoor too late, loonsanctie risk');
    });

    it('not started while a tweede_spoor block exists: the finding is on the tweede_spoor line', () => {
      const yaml = dossier('uitgesloten', 'tweede_spoor:', '  begeleider: Re-integratiebureau Noord');
      const f = findings(check(yaml, '2026-01-02'), RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'error', line: lineOf(yaml, 'tweede_spoor:') });
    });

    it('is not applicable when hersteld comes before the due date, started or not', () => {
      for (const more of [[], started('2026-03-01')]) {
        const c = check(dossier('onwaarschijnlijk', 'hersteld: 2025-12-20', ...more), '2026-06-01');
        expect(entry(c, RULE).status).toBe('not-applicable');
        expect(findings(c, RULE)).toEqual([]);
      }
    });

    it('is not applicable when the contract ends before the due date', () => {
      const c = check(dossier('onwaarschijnlijk', 'einde_dienstverband: 2025-12-31'), '2026-06-01');
      expect(entry(c, RULE).status).toBe('not-applicable');
      expect(findings(c, RULE)).toEqual([]);
    });
  });

  describe('eerste spoor onduidelijk with an EJE recorded: warning when not started by the same due date', () => {
    it('started on EJE + 42 days is on time', () => {
      const c = check(dossier('onduidelijk', ...started('2026-01-01')), '2026-02-01');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-01-01', status: 'on-time' });
      expect(findings(c, RULE)).toEqual([]);
    });

    it('started the day after: late, one warning, loonsanctie, naming the due date', () => {
      const yaml = dossier('onduidelijk', ...started('2026-01-02'));
      const c = check(yaml, '2026-02-01');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-01-01', status: 'late' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'warning', consequence: 'loonsanctie', line: lineOf(yaml, 'gestart:') });
      expect(f[0]!.message).toContain('2026-01-01');
    });

    it('not started, as of EJE + 42 days: no finding yet; the day after: overdue, one warning', () => {
      expect(findings(check(dossier('onduidelijk'), '2026-01-01'), RULE)).toEqual([]);
      const c = check(dossier('onduidelijk'), '2026-01-02');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-01-01', status: 'overdue' });
      expect(findings(c, RULE)).toMatchObject([{ severity: 'warning', consequence: 'loonsanctie', type: 'missing' }]);
    });

    it('onduidelijk without an EJE recorded gives no tweede-spoor finding (the missing EJE is its own error)', () => {
      expect(findings(check(caseYaml(ZM, 'eerste_spoor:', '  status: onduidelijk'), '2026-06-01'), RULE)).toEqual([]);
    });

    it('is not applicable when hersteld before the due date', () => {
      const c = check(dossier('onduidelijk', 'hersteld: 2025-12-01'), '2026-06-01');
      expect(entry(c, RULE).status).toBe('not-applicable');
      expect(findings(c, RULE)).toEqual([]);
    });
  });

  describe('eerste spoor kansrijk: not applicable', () => {
    it('not started, long after week 52, or started late anyway: not-applicable, no finding', () => {
      for (const more of [[], started('2026-03-01')]) {
        const c = check(dossier('kansrijk', ...more), '2026-06-01');
        expect(entry(c, RULE).status).toBe('not-applicable');
        expect(findings(c, RULE)).toEqual([]);
      }
    });
  });

  describe('no eerste_spoor.status recorded', () => {
    it('as of the end of week 52: no warning yet', () => {
      expect(findings(check(caseYaml(ZM, EJE), '2026-01-04'), RULE)).toEqual([]);
    });

    it('as of the day after week 52: one warning that the dossier does not say how eerste spoor stands', () => {
      const yaml = caseYaml('werknemer: E-1', ZM, EJE);
      const f = findings(check(yaml, '2026-01-05'), RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'warning', type: 'check', line: lineOf(yaml, 'ziekmelding:') });
      expect(f[0]!.message).toContain('eerste_spoor.status');
    });

    it('an eerste_spoor block without a status: the warning is on the eerste_spoor line', () => {
      const yaml = caseYaml(ZM, EJE, 'eerste_spoor:', '  vastgesteld: 2025-10-01');
      const f = findings(check(yaml, '2026-01-05'), RULE);
      expect(f).toHaveLength(1);
      expect(f[0]!.line).toBe(lineOf(yaml, 'eerste_spoor:'));
    });

    it('a recovered case gets no warning, however late the as-of date (a batch of short absences passes --fail-on warning)', () => {
      for (const hersteld of ['2025-02-01', '2025-12-01', '2026-01-05']) {
        const c = check(caseYaml(ZM, `hersteld: ${hersteld}`), '2026-12-01');
        expect(findings(c, RULE), hersteld).toEqual([]);
      }
      // A short absence: nothing at all to warn about.
      expect(check(caseYaml(ZM, 'hersteld: 2025-02-01'), '2026-12-01').findings).toEqual([]);
    });

    it('recovered only after week 52 was past: the warning stands', () => {
      expect(findings(check(caseYaml(ZM, 'hersteld: 2026-01-06'), '2026-12-01'), RULE)).toMatchObject([{ severity: 'warning' }]);
    });
  });
});
