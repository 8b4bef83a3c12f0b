import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, itIsMissing, lineOf } from './support.js';

// Due: the first working day after week 42 = sick-day 295, moved to the next working day (Atw).
const RULE = 'melding-42e-week';

describe('melding-42e-week', () => {
  describe('worked example C: ziekmelding Mon 2025-07-07, sick-day 295 is Koningsdag Mon 2026-04-27', () => {
    const ZM = 'ziekmelding: 2025-07-07';
    const DUE = '2026-04-28';

    it('is due on Tuesday 2026-04-28', () => {
      expect(entry(check(caseYaml(ZM), '2026-01-01'), RULE).due).toBe(DUE);
    });

    it('done on the due day is on time, without a finding', () => {
      const c = check(caseYaml(ZM, `melding_42e_week: ${DUE}`), '2026-05-01');
      expect(entry(c, RULE)).toMatchObject({ due: DUE, done: DUE, status: 'on-time' });
      expect(findings(c, RULE)).toEqual([]);
    });

    it('done on Koningsdag itself (before the due day) is on time', () => {
      const c = check(caseYaml(ZM, 'melding_42e_week: 2026-04-27'), '2026-05-01');
      expect(entry(c, RULE).status).toBe('on-time');
      expect(findings(c, RULE)).toEqual([]);
    });

    it('done the day after the due day is late: one error with a boete (no loonsanctie), naming the due date', () => {
      const yaml = caseYaml('werknemer: E-1', ZM, 'melding_42e_week: 2026-04-29');
      const c = check(yaml, '2026-05-01');
      expect(entry(c, RULE)).toMatchObject({ due: DUE, done: '2026-04-29', status: 'late' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'error', consequence: 'boete', line: lineOf(yaml, 'melding_42e_week:') });
      expect(f[0]!.message).toContain(DUE);
    });

    it('says it in Dutch with --lang nl', () => {
      const c = check(caseYaml(ZM, 'melding_42e_week: 2026-04-29'), '2026-05-01', { lang: 'nl' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]!.message).toContain('te laat');
      expect(f[0]!.message).toMatch(/2026-04-28|28-04-2026/);
    });

    itIsMissing(RULE, { due: DUE, dayAfter: '2026-04-29', lines: [ZM], severity: 'error', consequence: 'boete', at: 'ziekmelding' });
  });

  it('worked example A: ziekmelding Mon 2025-01-06 → due Mon 2025-10-27 (already a working day)', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'melding_42e_week: 2025-10-28'), '2025-11-01');
    expect(entry(c, RULE)).toMatchObject({ due: '2025-10-27', status: 'late' });
    expect(findings(c, RULE)[0]!.message).toContain('2025-10-27');
  });

  // Sick-day 295 falls on a weekend or an algemeen erkende feestdag: the due day moves on.
  it.each([
    ['a Saturday', '2025-01-04', '2025-10-27'], // day 295 Sat 2025-10-25 → Mon 2025-10-27
    ['Koningsdag 2025 moved to Sat 26 April (27th is a Sunday); Mon 28 April is a working day', '2024-07-06', '2025-04-28'],
    ['Goede Vrijdag 2026-04-03, then the weekend and Tweede Paasdag 2026-04-06', '2025-06-13', '2026-04-07'],
    ['5 mei 2026 (a Tuesday)', '2025-07-15', '2026-05-06'],
    ['Hemelvaartsdag 2026-05-14 (Easter + 39)', '2025-07-24', '2026-05-15'],
    ['Tweede Pinksterdag 2026-05-25 (Easter + 50)', '2025-08-04', '2026-05-26'],
    ['Eerste Kerstdag 2025-12-25, then Tweede Kerstdag and the weekend', '2025-03-06', '2025-12-29'],
    ['Nieuwjaarsdag 2026-01-01 (a Thursday)', '2025-03-13', '2026-01-02'],
  ])('sick-day 295 on %s: ziekmelding %s → due %s', (_what, zm, due) => {
    const late = new Date(Date.parse(`${due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(entry(check(caseYaml(`ziekmelding: ${zm}`, `melding_42e_week: ${due}`), '2026-12-31'), RULE)).toMatchObject({ due, status: 'on-time' });
    const c = check(caseYaml(`ziekmelding: ${zm}`, `melding_42e_week: ${late}`), '2026-12-31');
    expect(entry(c, RULE)).toMatchObject({ due, status: 'late' });
    expect(findings(c, RULE)).toHaveLength(1);
  });

  it('is not applicable when the employee is hersteld before the due date', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'hersteld: 2025-06-01'), '2025-12-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });
});
