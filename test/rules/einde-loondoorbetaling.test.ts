import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseReport, check, entry, findings } from '../helpers.js';
import { caseYaml } from './support.js';

// einde wachttijd + 7 × loonsanctie_weken (max 52) + the days the WIA aanvraag was late.
// ziekmelding 2025-01-06: einde wachttijd 2027-01-03, WIA aanvraag due 2026-10-18.
const RULE = 'einde-loondoorbetaling';

describe('einde-loondoorbetaling', () => {
  it('without loonsanctie or late WIA aanvraag it is the einde wachttijd, as information', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06'), '2026-01-01');
    expect(c.clock?.eindeLoondoorbetaling).toBe('2027-01-03');
    expect(entry(c, RULE)).toMatchObject({ due: '2027-01-03', status: 'info' });
    expect(findings(c, RULE)).toEqual([]);
  });

  it('a loonsanctie of 52 weeks adds 364 days: 2028-01-02', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'loonsanctie_weken: 52'), '2026-01-01');
    expect(c.clock?.eindeLoondoorbetaling).toBe('2028-01-02');
    expect(c.clock?.eindeWachttijd).toBe('2027-01-03');
  });

  it('a loonsanctie over 52 weeks is not accepted as such (at most 52)', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'loonsanctie_weken: 53'), '2026-01-01');
    if (c.valid) expect(c.clock?.eindeLoondoorbetaling).toBe('2028-01-02');
    else expect(c.problems.some((p) => p.path.includes('loonsanctie_weken'))).toBe(true);
  });

  it('loonsanctie and a late WIA aanvraag add up: 10 weeks + 5 days → 2027-03-19', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'wia_aanvraag: 2026-10-23', 'loonsanctie_weken: 10'), '2026-11-01');
    expect(c.clock?.eindeLoondoorbetaling).toBe('2027-03-19');
    expect(entry(c, RULE).due).toBe('2027-03-19');
  });

  it('a WIA aanvraag on time adds nothing', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'wia_aanvraag: 2026-10-18'), '2026-11-01');
    expect(c.clock?.eindeLoondoorbetaling).toBe('2027-01-03');
  });

  it('a WIA aanvraag still missing extends it by the days it is late so far (10 days as of 2026-10-28), and says why', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06'), '2026-10-28');
    expect(c.clock).toMatchObject({ eindeLoondoorbetaling: '2027-01-13', provisional: true });
    const row = caseReport(caseYaml('ziekmelding: 2025-01-06'), '2026-10-28');
    expect(row.clock?.provisional).toBe(true);
  });

  it('VLD and loonsanctie: 2027-03-14 + 10 weeks = 2027-05-23', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'verlenging_weken: 10', 'loonsanctie_weken: 10'), '2026-01-01');
    expect(c.clock?.eindeWachttijd).toBe('2027-03-14');
    expect(c.clock?.eindeLoondoorbetaling).toBe('2027-05-23');
  });
});

describe('the rule that gives clock.eindeLoondoorbetaling', () => {
  const dir = mkdtempSync(join(tmpdir(), 'poort-clock-date-'));
  const rulesFile = (name: string, extra: string) => {
    const path = join(dir, name);
    writeFileSync(path, `rules:\n  - id: ${RULE}\n    override: true\n    title: { nl: E, en: E }\n    description: { nl: E, en: E }\n    source: cao\n    norm: praktijk\n${extra}    kind: date\n    date: { clock: eindeWachttijd, days: 30 }\n`);
    return path;
  };

  it('is the one marked `clockDate: eindeLoondoorbetaling`, whatever it computes', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06'), '2026-01-01', { extraRules: [rulesFile('marked.yaml', '    clockDate: eindeLoondoorbetaling\n')] });
    expect(c.clock?.eindeLoondoorbetaling).toBe('2027-02-02');
  });

  it('without a marked rule, the report gives the einde wachttijd', () => {
    const c = check(caseYaml('ziekmelding: 2025-01-06', 'loonsanctie_weken: 52'), '2026-01-01', { extraRules: [rulesFile('unmarked.yaml', '')] });
    expect(entry(c, RULE).due).toBe('2027-02-02');
    expect(c.clock?.eindeLoondoorbetaling).toBe('2027-01-03');
  });
});
