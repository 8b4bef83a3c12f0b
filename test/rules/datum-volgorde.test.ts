import { describe, expect, it } from 'vitest';
import { check, findings } from '../helpers.js';
import { caseYaml, lineOf } from './support.js';

// Every recorded date lies between the ziekmelding and the as-of date; otherwise: error.
const RULE = 'datum-volgorde';

describe('datum-volgorde', () => {
  it('a date the day before the ziekmelding: one error on its line, naming the key and both dates', () => {
    const yaml = caseYaml('werknemer: E-1', 'ziekmelding: 2025-01-06', 'probleemanalyse: 2025-01-05');
    const f = findings(check(yaml, '2025-03-01'), RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', line: lineOf(yaml, 'probleemanalyse:') });
    expect(f[0]!.message).toContain('probleemanalyse');
    expect(f[0]!.message).toContain('2025-01-05');
    expect(f[0]!.message).toContain('2025-01-06');
  });

  it('a date on the ziekmelding day is fine', () => {
    expect(findings(check(caseYaml('ziekmelding: 2025-01-06', 'probleemanalyse: 2025-01-06'), '2025-03-01'), RULE)).toEqual([]);
  });

  it('a date the day after the as-of date: one error on its line, naming the as-of date', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'probleemanalyse: 2025-02-10', 'plan_van_aanpak: 2025-03-02');
    const f = findings(check(yaml, '2025-03-01'), RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', line: lineOf(yaml, 'plan_van_aanpak:') });
    expect(f[0]!.message).toContain('plan_van_aanpak');
    expect(f[0]!.message).toContain('2025-03-02');
    expect(f[0]!.message).toContain('2025-03-01');
  });

  it('a date on the as-of date is fine', () => {
    expect(findings(check(caseYaml('ziekmelding: 2025-01-06', 'plan_van_aanpak: 2025-03-01'), '2025-03-01'), RULE)).toEqual([]);
  });

  it('a nested date after the as-of date: the error is on the nested key\'s line', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'eerste_spoor:', '  status: onwaarschijnlijk', 'tweede_spoor:', '  begeleider: Noord', '  gestart: 2025-12-01');
    const f = findings(check(yaml, '2025-11-01'), RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', line: lineOf(yaml, 'gestart:') });
  });

  it('a voortgangsgesprek in a list: before the ziekmelding and after the as-of date, one error each on its own line', () => {
    const yaml = caseYaml(
      'ziekmelding: 2025-01-06',
      'plan_van_aanpak: 2025-02-24',
      'voortgangsgesprekken:',
      '  - 2024-12-31',
      '  - 2025-03-20',
      '  - 2025-05-02',
    );
    const f = findings(check(yaml, '2025-05-01'), RULE);
    expect(f).toHaveLength(2);
    expect(f.every((x) => x.severity === 'error')).toBe(true);
    expect(f.map((x) => x.line).sort((a, b) => a - b)).toEqual([lineOf(yaml, '- 2024-12-31'), lineOf(yaml, '- 2025-05-02')]);
  });

  it('an ordinary dossier has no date-order finding', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'probleemanalyse: 2025-02-10', 'plan_van_aanpak: 2025-02-24', 'voortgangsgesprekken: [2025-03-20]');
    expect(findings(check(yaml, '2025-04-01'), RULE)).toEqual([]);
  });

  it('says it in Dutch with --lang nl', () => {
    const f = findings(check(caseYaml('ziekmelding: 2025-01-06', 'probleemanalyse: 2025-01-05'), '2025-03-01', { lang: 'nl' }), RULE);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('ziekmelding');
    expect(f[0]!.message).toMatch(/vóór|voor/);
  });

  it('einde_dienstverband and the end of a leave may lie after the as-of date; the start of a leave may not', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'einde_dienstverband: 2025-12-31', 'wazo_verlof:', '  - { van: 2025-03-01, tot: 2025-06-20 }');
    expect(findings(check(yaml, '2025-04-01'), RULE)).toEqual([]);
    const early = findings(check(yaml, '2025-02-01'), RULE);
    expect(early).toMatchObject([{ type: 'after', args: { date: '2025-03-01', limit: '2025-02-01' }, line: lineOf(yaml, '- { van') }]);
  });

  it('the dates of a loonsanctie and the UWV letter are recorded dates like any other', () => {
    const yaml = caseYaml('ziekmelding: 2025-01-06', 'uwv_wia_brief: 2026-10-10', 'loonsanctie: { weken: 10, herstel_gemeld: 2027-03-01 }');
    expect(findings(check(yaml, '2026-10-01'), RULE).map((f) => f.args.date)).toEqual(['2026-10-10', '2027-03-01']);
    // `geen` is no date.
    expect(findings(check(caseYaml('ziekmelding: 2025-01-06', 'uwv_wia_brief: geen'), '2025-02-01'), RULE)).toEqual([]);
  });

  it('has no norm: it checks the dossier itself, and says so as its source', () => {
    const f = findings(check(caseYaml('ziekmelding: 2025-01-06', 'probleemanalyse: 2025-01-05'), '2025-03-01', { lang: 'nl' }), RULE);
    expect(f[0]).toMatchObject({ norm: null, source: 'samenhang van het dossier' });
  });
});
