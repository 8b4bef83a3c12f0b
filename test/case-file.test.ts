import { describe, expect, it } from 'vitest';
import { readCase } from '../src/input/case-file.js';
import { formatPath } from '../src/input/problem.js';
import { problemMessage } from '../src/output/locale/index.js';

/** The problems of a case file as `file:line:col: path: message` lines. */
function problems(text: string, lang: 'nl' | 'en' = 'en'): string[] {
  return readCase('case.yaml', text).problems.map(
    (p) => `${p.line}:${p.column}: ${formatPath(p.path)}: ${problemMessage(p.code, p.args, lang)}`,
  );
}

describe('case files', () => {
  it('accept both date notations, JSON, and empty keys as "not recorded"', () => {
    const yaml = readCase('a.yaml', 'ziekmelding: 06-01-2025\nprobleemanalyse: 2025-02-10\nplan_van_aanpak:\nwerknemer: 1042\n');
    expect(yaml.problems).toEqual([]);
    expect(yaml.case?.ziekmelding.toString()).toBe('2025-01-06');
    expect(yaml.case?.plan_van_aanpak).toBeUndefined();
    expect(yaml.case?.werknemer).toBe('1042');
    const json = readCase('a.json', '{\n  "ziekmelding": "2025-01-06",\n  "voortgangsgesprekken": ["2025-03-01"]\n}');
    expect(json.case?.voortgangsgesprekken.map(String)).toEqual(['2025-03-01']);
  });

  it('refuse impossible and malformed dates at the value', () => {
    expect(problems('ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-29\nplan_van_aanpak: 31-04-2025\nhersteld: 2025/06/01\n')).toEqual([
      '2:18: probleemanalyse: 2025-02-29 is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)',
      '3:18: plan_van_aanpak: 31-04-2025 is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)',
      '4:11: hersteld: 2025/06/01 is not a date (expected YYYY-MM-DD or DD-MM-YYYY)',
    ]);
  });

  it('refuse a missing ziekmelding, in Dutch too', () => {
    expect(problems('werknemer: E-1\n')).toEqual(['1:1: ziekmelding: `ziekmelding` is missing; it is required (the first day of sickness, YYYY-MM-DD)']);
    expect(problems('werknemer: E-1\n', 'nl')[0]).toContain('ontbreekt');
  });

  it('refuse unknown keys with a suggestion, at every level', () => {
    expect(problems('ziekmelding: 2025-01-06\nProbleemanalyse: 2025-02-10\ntweede_spoor:\n  gestart: 2025-09-01\n  begeleiding: Bureau\nfoo: 1\n')).toEqual([
      '2:1: Probleemanalyse: unknown key `Probleemanalyse` (did you mean `probleemanalyse`?)',
      '5:3: tweede_spoor.begeleiding: unknown key `begeleiding` (did you mean `begeleider`?)',
      '6:1: foo: unknown key `foo`',
    ]);
  });

  it('refuse duplicate keys, naming the first', () => {
    expect(problems('ziekmelding: 2025-01-06\nhersteld: 2025-03-01\nhersteld: 2025-03-02\n')).toEqual([
      '3:1: : key `hersteld` appears twice (first on line 2); keep one',
    ]);
  });

  it('refuse wrong values: status, ranges, whole numbers, kinds', () => {
    expect(problems('ziekmelding: 2025-01-06\neerste_spoor: { status: Onwaarschijnlijk }\nloon_percentage: 120\nloonsanctie_weken: 53\nverlenging_weken: -1\nvoortgangsgesprekken: 2025-03-01\n')).toEqual([
      '2:25: eerste_spoor.status: Onwaarschijnlijk is not an allowed value (expected one of: kansrijk, onduidelijk, onwaarschijnlijk, uitgesloten)',
      '3:18: loon_percentage: 120 is out of range (at most 100)',
      '4:20: loonsanctie_weken: 53 is out of range (at most 52)',
      '5:19: verlenging_weken: -1 is out of range (at least 0)',
      '6:23: voortgangsgesprekken: 2025-03-01 is not of the expected kind (expected: a list of dates, such as [2025-04-01])',
    ]);
  });

  it('say what a key holds in words a person reads, with an example (it said "expected: array", "object", "number")', () => {
    expect(problems('ziekmelding: 2025-01-06\nvoortgangsgesprekken: 2025-04-01\neerste_spoor: onduidelijk\nloon_percentage: veel\nonderbrekingen: 2025-02-01\n', 'nl')).toEqual([
      '2:23: voortgangsgesprekken: 2025-04-01 heeft niet de verwachte soort (verwacht: een lijst van datums, zoals [2025-04-01])',
      '3:15: eerste_spoor: onduidelijk heeft niet de verwachte soort (verwacht: sleutels met waarden eronder (status, vastgesteld))',
      '4:18: loon_percentage: veel heeft niet de verwachte soort (verwacht: een getal, zoals 70)',
      '5:17: onderbrekingen: 2025-02-01 heeft niet de verwachte soort (verwacht: een lijst van perioden, zoals [{ van: 2025-03-10, tot: 2025-03-20 }])',
    ]);
  });

  describe('onderbrekingen', () => {
    const zm = 'ziekmelding: 2025-01-06\n';
    it('of 27 days are fine, of 28 days start a new case', () => {
      expect(problems(`${zm}onderbrekingen:\n  - { van: 2025-03-01, tot: 2025-03-27 }\n`)).toEqual([]);
      expect(problems(`${zm}onderbrekingen:\n  - { van: 2025-03-01, tot: 2025-03-28 }\n`)).toEqual([
        '3:5: onderbrekingen[0]: a recovery of 28 days (2025-03-01 to 2025-03-28) is 28 days or more: it starts a new case from 2025-03-29; split the case file',
      ]);
    });
    it('must not overlap, come out of order, or run backwards', () => {
      expect(problems(`${zm}onderbrekingen:\n  - { van: 2025-03-01, tot: 2025-03-10 }\n  - { van: 2025-03-10, tot: 2025-03-12 }\n`)).toEqual([
        '4:12: onderbrekingen[1].van: onderbreking from 2025-03-10 overlaps the one before (to 2025-03-10); merge them',
      ]);
      expect(problems(`${zm}onderbrekingen:\n  - { van: 2025-05-01, tot: 2025-05-10 }\n  - { van: 2025-03-01, tot: 2025-03-05 }\n`)).toEqual([
        '4:12: onderbrekingen[1].van: onderbreking from 2025-03-01 comes after the one from 2025-05-01; put them in date order',
      ]);
      expect(problems(`${zm}onderbrekingen:\n  - { van: 2025-03-10, tot: 2025-03-01 }\n`)).toEqual([
        '3:29: onderbrekingen[0].tot: `tot` (2025-03-01) is before `van` (2025-03-10); swap them',
      ]);
    });
    it('lie between the ziekmelding and hersteld', () => {
      expect(problems(`${zm}hersteld: 2025-03-05\nonderbrekingen:\n  - { van: 2025-01-06, tot: 2025-01-08 }\n  - { van: 2025-03-01, tot: 2025-03-05 }\n`)).toEqual([
        '4:12: onderbrekingen[0].van: onderbreking from 2025-01-06 does not start after the ziekmelding (2025-01-06)',
        '5:29: onderbrekingen[1].tot: onderbreking to 2025-03-05 does not end before hersteld (2025-03-05)',
      ]);
    });
    it('are reported even when another key is wrong too', () => {
      expect(problems(`${zm}probleemanalyse: nope\nonderbrekingen:\n  - { van: 2025-03-01, tot: 2025-04-01 }\n`)).toHaveLength(2);
    });
  });

  describe('wazo_verlof (zwangerschaps- en bevallingsverlof)', () => {
    const zm = 'ziekmelding: 2025-01-06\n';
    it('of any length, in order, inside the case, are fine', () => {
      expect(problems(`${zm}wazo_verlof:\n  - { van: 2025-03-01, tot: 2025-06-20 }\nonderbrekingen:\n  - { van: 2025-08-01, tot: 2025-08-10 }\n`)).toEqual([]);
    });
    it('must not run backwards, overlap each other or come out of order', () => {
      expect(problems(`${zm}wazo_verlof:\n  - { van: 2025-03-10, tot: 2025-03-01 }\n`)).toEqual([
        '3:29: wazo_verlof[0].tot: `tot` (2025-03-01) is before `van` (2025-03-10); swap them',
      ]);
      expect(problems(`${zm}wazo_verlof:\n  - { van: 2025-03-01, tot: 2025-06-20 }\n  - { van: 2025-06-20, tot: 2025-07-01 }\n`)).toEqual([
        '4:12: wazo_verlof[1].van: leave from 2025-06-20 does not start after the leave before it (to 2025-06-20); put the periods in date order without overlap',
      ]);
    });
    it('lie inside the case: after the ziekmelding, starting before hersteld', () => {
      expect(problems(`${zm}wazo_verlof:\n  - { van: 2025-01-06, tot: 2025-04-01 }\n`)).toEqual([
        '3:12: wazo_verlof[0].van: leave from 2025-01-06 does not start after the ziekmelding (2025-01-06); sickness before the leave starts at the ziekmelding',
      ]);
      expect(problems(`${zm}hersteld: 2025-03-01\nwazo_verlof:\n  - { van: 2025-03-01, tot: 2025-06-01 }\n`)).toEqual([
        '4:12: wazo_verlof[0].van: leave from 2025-03-01 does not start before hersteld (2025-03-01); it is not part of this sickness case',
      ]);
    });
    it('an onderbreking that overlaps or touches a leave is a problem at the onderbreking', () => {
      const leave = 'wazo_verlof:\n  - { van: 2025-03-01, tot: 2025-06-20 }\n';
      const message = (van: string, tot: string) =>
        `onderbrekingen[0]: onderbreking ${van} to ${tot} touches or overlaps the pregnancy or maternity leave 2025-03-01 to 2025-06-20; sickness directly before and after the leave is one period: remove the onderbreking or correct the dates`;
      expect(problems(`${zm}${leave}onderbrekingen:\n  - { van: 2025-06-21, tot: 2025-06-30 }\n`)).toEqual([`5:5: ${message('2025-06-21', '2025-06-30')}`]);
      expect(problems(`${zm}${leave}onderbrekingen:\n  - { van: 2025-02-20, tot: 2025-02-28 }\n`)).toEqual([`5:5: ${message('2025-02-20', '2025-02-28')}`]);
      expect(problems(`${zm}${leave}onderbrekingen:\n  - { van: 2025-06-22, tot: 2025-06-30 }\n`)).toEqual([]);
      expect(problems(`${zm}${leave}onderbrekingen:\n  - { van: 2025-06-22, tot: 2025-06-30 }\n`, 'nl')).toEqual([]);
    });
  });

  describe('uwv_wia_brief', () => {
    it('a date, or geen in any case; anything else names both', () => {
      expect(problems('ziekmelding: 2025-01-06\nuwv_wia_brief: 2026-10-10\n')).toEqual([]);
      expect(problems('ziekmelding: 2025-01-06\nuwv_wia_brief: GEEN\n')).toEqual([]);
      expect(problems('ziekmelding: 2025-01-06\nuwv_wia_brief: 2026-02-30\n')).toEqual(['2:16: uwv_wia_brief: 2026-02-30 is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)']);
      expect(problems('ziekmelding: 2025-01-06\nuwv_wia_brief: nee\n', 'nl')).toEqual(['2:16: uwv_wia_brief: nee is geen datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ, of `geen`)']);
    });
  });

  it('refuse what is not one YAML mapping', () => {
    expect(problems('')).toEqual(['1:1: : the file is empty; a case needs at least `ziekmelding: YYYY-MM-DD`']);
    expect(problems('# only a comment\n')).toEqual(['1:1: : the file is empty; a case needs at least `ziekmelding: YYYY-MM-DD`']);
    expect(problems('- 2025-01-06\n')).toEqual(['1:1: : expected keys with values (such as `ziekmelding: 2025-01-06`), not a list']);
    expect(problems('ziekmelding: [2025-01-06\n')[0]).toMatch(/^2:1: : not valid YAML: /);
    expect(problems('ziekmelding: 2025-01-06\n---\nziekmelding: 2025-02-01\n')).toEqual([
      '2:1: : this file holds more than one YAML document (a `---` line starts another); keep one case per file, or make the cases a list',
    ]);
    expect(problems('ziekmelding: !!js/function "return 1"\n')).toEqual(['1:14: : YAML tag !!js/function is not supported; write the value without a tag']);
  });

  it('refuse an alias bomb without expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`), 'ziekmelding: 2025-01-06'].join('\n');
    expect(problems(bomb)).toEqual(['1:1: : too many aliases (*name) to expand; a case file needs none: write the values out']);
  });
});

describe('dates and numbers within what the law knows', () => {
  it('a date before 1900 or after 2199 is a problem at its value; 1900-01-01 and 2199-12-31 are fine', () => {
    expect(problems('ziekmelding: 1899-12-31\n')).toEqual(['1:14: ziekmelding: 1899-12-31 lies outside 1900–2199; check the year']);
    expect(problems('ziekmelding: 2025-01-06\nhersteld: 31-12-9999\n')).toEqual(['2:11: hersteld: 31-12-9999 lies outside 1900–2199; check the year']);
    expect(problems('ziekmelding: 1900-01-01\n')).toEqual([]);
    expect(problems('ziekmelding: 2025-01-06\nwia_aanvraag: 2199-12-31\n')).toEqual([]);
  });

  it('verlenging_weken (VLD) at most 52, as loonsanctie weeks', () => {
    expect(problems('ziekmelding: 2025-01-06\nverlenging_weken: 52\n')).toEqual([]);
    expect(problems('ziekmelding: 2025-01-06\nverlenging_weken: 9007199254740991\n')).toEqual(['2:19: verlenging_weken: 9007199254740991 is out of range (at most 52)']);
  });
});
