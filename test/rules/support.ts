import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';

/**
 * Small helpers for the per-rule tests: a case file built from its lines, and the line a key is
 * on (so that `findings[].line` assertions do not depend on counting by hand).
 */

/** A case file from its lines. */
export function caseYaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** The 1-based number of the first line of `yaml` that starts (after indentation) with `start`. */
export function lineOf(yaml: string, start: string): number {
  const i = yaml.split('\n').findIndex((l) => l.trimStart().startsWith(start));
  if (i < 0) throw new Error(`no line starting with ${JSON.stringify(start)} in:\n${yaml}`);
  return i + 1;
}

/** What a rule's missing entry is tested with: the case's lines and the finding it must give. */
export interface Missing {
  due: string;
  dayAfter: string;
  lines: string[];
  severity: 'error' | 'warning';
  consequence: string;
  /** The key the finding points at. */
  at: string;
}

/**
 * A deadline with nothing recorded: open on the due day without a finding; overdue the day
 * after, with one finding on the line of `at` that names the due date.
 */
export function itIsMissing(rule: string, m: Missing): void {
  it('missing, as of the due day: open, no finding yet', () => {
    const c = check(caseYaml(...m.lines), m.due);
    expect(entry(c, rule)).toMatchObject({ due: m.due, done: null, status: 'open' });
    expect(findings(c, rule)).toEqual([]);
  });

  it(`missing, as of the day after the due day: overdue, one ${m.severity} (${m.consequence}) on the ${m.at} line`, () => {
    const yaml = caseYaml('werknemer: E-1', ...m.lines);
    const c = check(yaml, m.dayAfter);
    expect(entry(c, rule)).toMatchObject({ due: m.due, done: null, status: 'overdue' });
    const f = findings(c, rule);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: m.severity, consequence: m.consequence, line: lineOf(yaml, `${m.at}:`) });
    expect(f[0]!.message).toContain(m.due);
  });
}

// The RIV parts of the WIA application (actueel oordeel, eindevaluatie) share one reading:
// ziekmelding Mon 2025-01-06 (worked example A): einde wachttijd Sun 2027-01-03; end of week 91
// = einde wachttijd − 91 days = Sun 2026-10-04 (counted backwards: no Algemene termijnenwet).
// Also not after the WIA aanvraag it goes with. Late or missing risks a loonsanctie (art. 25 lid 8
// and 9 Wet WIA): UWV sets a term or imposes one; wages are not extended by it on their own.
const DUE = '2026-10-04';

export function describeRivPart(RULE: string, KEY: string): void {
  describe(RULE, () => {
    it('is due at the end of week 91 (worked example A)', () => {
      expect(entry(check(caseYaml('ziekmelding: 2025-01-06'), '2026-01-01'), RULE).due).toBe(DUE);
    });

    it('done on the due day is on time, without a finding', () => {
      const c = check(caseYaml('ziekmelding: 2025-01-06', `${KEY}: ${DUE}`), '2026-10-10');
      expect(entry(c, RULE)).toMatchObject({ due: DUE, done: DUE, status: 'on-time' });
      expect(findings(c, RULE)).toEqual([]);
    });

    it('done the day after the due day is late: one error, loonsanctie (norm wet), naming the due date', () => {
      const yaml = caseYaml('ziekmelding: 2025-01-06', `${KEY}: 2026-10-05`);
      const c = check(yaml, '2026-10-10');
      expect(entry(c, RULE)).toMatchObject({ due: DUE, done: '2026-10-05', status: 'late' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'error', consequence: 'loonsanctie', norm: 'wet', line: lineOf(yaml, `${KEY}:`) });
      expect(f[0]!.message).toContain(DUE);
      expect(f[0]!.source).toBe('art. 25 lid 3, 4, 8 en 9 en art. 65 Wet WIA; art. 6 Regeling procesgang eerste en tweede ziektejaar');
    });

    itIsMissing(RULE, { due: DUE, dayAfter: '2026-10-05', lines: ['ziekmelding: 2025-01-06'], severity: 'error', consequence: 'loonsanctie', at: 'ziekmelding' });

    it('missing for long extends nothing by itself: the end of wage payment stays the end of the wachttijd', () => {
      const c = check(caseYaml('ziekmelding: 2025-01-06', 'wia_aanvraag: 2026-10-01'), '2026-12-01');
      expect(entry(c, RULE).status).toBe('overdue');
      expect(c.clock).toMatchObject({ eindeLoondoorbetaling: '2027-01-03', provisional: false });
    });

    it('done on the day of an early WIA aanvraag is on time', () => {
      const c = check(caseYaml('ziekmelding: 2025-01-06', `${KEY}: 2026-09-20`, 'wia_aanvraag: 2026-09-20'), '2026-10-10');
      expect(entry(c, RULE).status).toBe('on-time');
      expect(findings(c, RULE)).toEqual([]);
    });

    it('done after the WIA aanvraag (though before week 91 ends): late, one error naming the WIA aanvraag date', () => {
      const yaml = caseYaml('ziekmelding: 2025-01-06', `${KEY}: 2026-09-21`, 'wia_aanvraag: 2026-09-20');
      const c = check(yaml, '2026-10-10');
      expect(entry(c, RULE).status).toBe('late');
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'error', consequence: 'loonsanctie', line: lineOf(yaml, `${KEY}:`) });
      expect(f[0]!.message).toContain('2026-09-20');
    });

    it('VLD (verlenging_weken: 10) moves the due date with the einde wachttijd: 2027-03-14 − 91 = 2026-12-13', () => {
      const c = check(caseYaml('ziekmelding: 2025-01-06', 'verlenging_weken: 10'), '2026-01-01');
      expect(entry(c, RULE).due).toBe('2026-12-13');
    });

    it('is not applicable when the employee is hersteld before the due date', () => {
      const c = check(caseYaml('ziekmelding: 2025-01-06', 'hersteld: 2026-06-01'), '2026-12-01');
      expect(entry(c, RULE).status).toBe('not-applicable');
      expect(findings(c, RULE)).toEqual([]);
    });
  });
}
