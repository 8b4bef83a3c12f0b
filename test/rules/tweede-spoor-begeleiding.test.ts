import { describe, expect, it } from 'vitest';
import { check, findings } from '../helpers.js';
import { caseYaml, lineOf } from './support.js';

// Once the tweede spoor has started, tweede_spoor.begeleider names who provides begeleiding.
const RULE = 'tweede-spoor-begeleiding';
const BASE = ['ziekmelding: 2025-01-06', 'eerste_spoor:', '  status: onwaarschijnlijk', 'arbeidsdeskundig_onderzoek: 2025-09-01'];

describe('tweede-spoor-begeleiding', () => {
  it('a started tweede spoor with a begeleider: no finding', () => {
    const c = check(caseYaml(...BASE, 'tweede_spoor:', '  gestart: 2025-10-01', '  begeleider: Re-integratiebureau Noord'), '2025-11-01');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('the werkgever itself as begeleider counts', () => {
    const c = check(caseYaml(...BASE, 'tweede_spoor:', '  gestart: 2025-10-01', '  begeleider: werkgever (HR)'), '2025-11-01');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('started with no begeleider recorded: one warning on the tweede_spoor line, from the start day on', () => {
    const yaml = caseYaml(...BASE, 'tweede_spoor:', '  gestart: 2025-10-01', '  bijstelling_plan_van_aanpak: 2025-10-01');
    for (const asOf of ['2025-10-01', '2025-11-01']) {
      const f = findings(check(yaml, asOf), RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'warning', line: lineOf(yaml, 'tweede_spoor:') });
      expect(f[0]!.message).toContain('begeleider');
    }
  });

  it('is not applicable while no tweede spoor has started', () => {
    expect(findings(check(caseYaml(...BASE), '2025-11-01'), RULE)).toEqual([]);
  });

  it('is not applicable when the tweede_spoor block has no gestart date', () => {
    const c = check(caseYaml(...BASE, 'tweede_spoor:', '  bijstelling_plan_van_aanpak: 2025-10-01'), '2025-11-01');
    expect(findings(c, RULE)).toEqual([]);
  });
});
