import { describe, expect, it } from 'vitest';
import { check, findings } from '../helpers.js';
import { caseYaml, lineOf } from './support.js';

// At least 70% of the wage in the first two years; loon_percentage below 70 is an error.
const RULE = 'loondoorbetaling-minimum';

describe('loondoorbetaling-minimum', () => {
  it('69% is an error on the loon_percentage line, naming the percentage', () => {
    const yaml = caseYaml('werknemer: E-1', 'ziekmelding: 2025-01-06', 'loon_percentage: 69');
    const f = findings(check(yaml, '2025-02-01'), RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', line: lineOf(yaml, 'loon_percentage:') });
    expect(f[0]!.message).toContain('69');
    expect(f[0]!.message).toContain('70');
  });

  it('69.5% is still below 70: an error', () => {
    const f = findings(check(caseYaml('ziekmelding: 2025-01-06', 'loon_percentage: 69.5'), '2025-02-01'), RULE);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
  });

  it.each([70, 85, 100])('%d%% is fine', (pct) => {
    expect(findings(check(caseYaml('ziekmelding: 2025-01-06', `loon_percentage: ${pct}`), '2025-02-01'), RULE)).toEqual([]);
  });

  it('not filled in: not checked', () => {
    expect(findings(check(caseYaml('ziekmelding: 2025-01-06'), '2025-02-01'), RULE)).toEqual([]);
  });
});
