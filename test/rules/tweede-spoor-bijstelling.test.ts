import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, lineOf } from './support.js';

// The plan van aanpak is adjusted for the tweede spoor on or after its start (2025-10-01 here).
const RULE = 'tweede-spoor-bijstelling';
const GESTART = '2025-10-01';
const BASE = ['ziekmelding: 2025-01-06', 'eerste_spoor:', '  status: onwaarschijnlijk', 'arbeidsdeskundig_onderzoek: 2025-09-01'];
const started = (...more: string[]) => ['tweede_spoor:', `  gestart: ${GESTART}`, '  begeleider: Re-integratiebureau Noord', ...more];

describe('tweede-spoor-bijstelling', () => {
  it('adjusted on the start day: on time, no finding', () => {
    const c = check(caseYaml(...BASE, ...started(`  bijstelling_plan_van_aanpak: ${GESTART}`)), '2025-11-01');
    expect(entry(c, RULE)).toMatchObject({ from: GESTART, done: GESTART, status: 'on-time' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('adjusted after the start: on time (there is no deadline after it)', () => {
    const c = check(caseYaml(...BASE, ...started('  bijstelling_plan_van_aanpak: 2026-02-01')), '2026-03-01');
    expect(entry(c, RULE).status).toBe('on-time');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('adjusted the day before the start: early, one warning naming the start, on the bijstelling line', () => {
    const yaml = caseYaml(...BASE, ...started('  bijstelling_plan_van_aanpak: 2025-09-30'));
    const c = check(yaml, '2025-11-01');
    expect(entry(c, RULE)).toMatchObject({ from: GESTART, done: '2025-09-30', status: 'early' });
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', line: lineOf(yaml, 'bijstelling_plan_van_aanpak:') });
    expect(f[0]!.message).toContain(GESTART);
  });

  it('not recorded once the tweede spoor has started: one warning on the tweede_spoor line', () => {
    const yaml = caseYaml(...BASE, ...started());
    const c = check(yaml, '2025-11-01');
    expect(entry(c, RULE).status).not.toBe('on-time');
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', line: lineOf(yaml, 'tweede_spoor:') });
    expect(f[0]!.message).toContain(GESTART);
  });

  it('is not applicable while no tweede spoor has started', () => {
    const c = check(caseYaml(...BASE), '2025-11-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });
});
