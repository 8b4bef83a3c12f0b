import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../src/api/rules-loader.js';
import { problemMessage } from '../src/output/locale/index.js';
import { check, entry, findings, RULES_DIR } from './helpers.js';

const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', 'rules', name);

describe('the built-in rules table', () => {
  const loaded = loadRules(RULES_DIR, []);
  it('loads without problems', () => expect(loaded.problems).toEqual([]));
  it('has every rule of docs/law.md', () => {
    expect(loaded.rules.map((r) => r.id).sort()).toEqual(
      [
        'probleemanalyse', 'plan-van-aanpak', 'voortgangsgesprek', 'melding-42e-week', 'eerstejaarsevaluatie',
        'eerste-spoor-verklaring', 'arbeidsdeskundig-onderzoek', 'tweede-spoor', 'tweede-spoor-begeleiding',
        'tweede-spoor-bijstelling', 'actueel-oordeel', 'eindevaluatie', 'wia-aanvraag', 'einde-wachttijd',
        'einde-loondoorbetaling', 'loondoorbetaling-minimum', 'datum-volgorde', 'medische-gegevens',
        'einde-dienstverband', 'riv-einde-dienstverband', 'loonsanctie-bekorting',
      ].sort(),
    );
  });
  it('gives every rule the norm and the source of docs/law.md', () => {
    const expected: Record<string, [string | null, string]> = {
      probleemanalyse: ['regeling', 'art. 2 lid 2–3 Regeling procesgang eerste en tweede ziektejaar; UWV "uiterlijk in de zesde week"'],
      'plan-van-aanpak': ['regeling', 'art. 7:658a lid 3 BW; art. 25 lid 2 Wet WIA; art. 4 lid 1 Regeling procesgang eerste en tweede ziektejaar'],
      voortgangsgesprek: ['uwv', 'art. 7:658a lid 3 BW ("regelmatig"); UWV "minstens eens per zes weken"'],
      'melding-42e-week': ['wet', 'art. 38 lid 1 en 3 Ziektewet; UWV "uiterlijk de eerste werkdag na de 42e ziekteweek"'],
      eerstejaarsevaluatie: ['regeling', 'art. 4 lid 2 sub b en art. 6 Regeling procesgang eerste en tweede ziektejaar; UWV "tussen week 46 en week 52"'],
      'eerste-spoor-verklaring': ['praktijk', 'art. 7:658a lid 1 BW; UWV Werkwijzer Poortwachter'],
      'arbeidsdeskundig-onderzoek': ['praktijk', 'UWV Werkwijzer Poortwachter'],
      'tweede-spoor': ['uwv', 'art. 7:658a lid 1 BW; art. 25 lid 9 Wet WIA; UWV Werkwijzer Poortwachter'],
      'tweede-spoor-begeleiding': ['praktijk', 'art. 7:658a lid 1–2 BW'],
      'tweede-spoor-bijstelling': ['regeling', 'art. 7:658a lid 3 BW; art. 4 lid 5 Regeling procesgang eerste en tweede ziektejaar'],
      'actueel-oordeel': ['wet', 'art. 25 lid 3, 4, 8 en 9 en art. 65 Wet WIA; art. 6 Regeling procesgang eerste en tweede ziektejaar'],
      eindevaluatie: ['wet', 'art. 25 lid 3, 4, 8 en 9 en art. 65 Wet WIA; art. 6 Regeling procesgang eerste en tweede ziektejaar'],
      'wia-aanvraag': ['wet', 'art. 64 lid 2, 3 en 6 Wet WIA; art. 7:629 lid 11 sub a en lid 3 sub f BW'],
      'einde-wachttijd': ['wet', 'art. 23 en 24 Wet WIA'],
      'einde-loondoorbetaling': ['wet', 'art. 7:629 lid 1 en lid 11 BW; art. 25 lid 9–14 Wet WIA'],
      'loonsanctie-bekorting': ['wet', 'art. 25 lid 9 en 12–14 Wet WIA'],
      'einde-dienstverband': ['wet', 'art. 38 lid 2 en 3 Ziektewet'],
      'riv-einde-dienstverband': ['wet', 'art. 38 lid 2 en 6 Ziektewet'],
      'loondoorbetaling-minimum': ['wet', 'art. 7:629 lid 1 BW'],
      'datum-volgorde': [null, 'consistency of the dossier'],
      'medische-gegevens': ['wet', 'art. 9 AVG; art. 30 UAVG; Autoriteit Persoonsgegevens, De zieke werknemer (2016)'],
    };
    expect(Object.fromEntries(loaded.rules.map((r) => [r.id, [r.norm, r.source.en]]))).toEqual(expected);
  });

  it('gives every rule a title, description and source in both languages', () => {
    for (const r of loaded.rules) {
      expect(r.title.nl && r.title.en && r.description.nl && r.description.en && r.source.nl && r.source.en, r.id).toBeTruthy();
    }
  });
});

describe('extra rules from a file (--rules)', () => {
  it('adds a deadline of an existing kind with a YAML edit only', () => {
    const yaml = 'ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-04\n';
    const opts = { extraRules: [fixture('bedrijfsbeleid.yaml')] };
    // End of week 4 is 2025-02-02: on that day on time, the day after a policy warning.
    expect(entry(check('ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-02\n', '2025-02-10', opts), 'probleemanalyse-bedrijfsbeleid').status).toBe('on-time');
    const c = check(yaml, '2025-02-10', opts);
    expect(entry(c, 'probleemanalyse-bedrijfsbeleid')).toMatchObject({ due: '2025-02-02', status: 'late' });
    expect(findings(c, 'probleemanalyse-bedrijfsbeleid')).toEqual([
      expect.objectContaining({ severity: 'warning', consequence: 'geen', message: 'probleemanalyse 2 days later than our policy (2025-02-02)', line: 2 }),
    ]);
    // The law's own rule is unchanged.
    expect(entry(c, 'probleemanalyse').status).toBe('on-time');
  });

  it('adds a recurring rule with another interval', () => {
    const c = check('ziekmelding: 2025-01-06\nplan_van_aanpak: 2025-02-20\nvoortgangsgesprekken: [2025-03-21]\n', '2025-03-25', { extraRules: [fixture('bedrijfsbeleid.yaml')] });
    expect(findings(c, 'voortgangsgesprek-vierwekelijks')).toEqual([expect.objectContaining({ message: '29 days without a meeting', line: 3 })]);
    expect(findings(c, 'voortgangsgesprek')).toEqual([]);
  });

  it('replaces a built-in rule only when it says override: true', () => {
    const yaml = 'ziekmelding: 2025-01-06\neerste_spoor: { status: onwaarschijnlijk }\ntweede_spoor: { gestart: 2025-10-13 }\n';
    expect(entry(check(yaml, '2025-11-01'), 'tweede-spoor').status).toBe('on-time');
    const c = check(yaml, '2025-11-01', { extraRules: [fixture('strenger-tweede-spoor.yaml')] });
    expect(entry(c, 'tweede-spoor')).toMatchObject({ due: '2025-10-12', status: 'late' });
  });
});

describe('invalid rules files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'poort-rules-'));
  const problems = (yaml: string) => {
    const path = join(dir, `r${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(path, yaml);
    return loadRules(RULES_DIR, [path]).problems.map(({ file, problem }) => ({
      file: file === path ? 'rules.yaml' : file,
      line: problem.line,
      column: problem.column,
      code: problem.code,
      message: problemMessage(problem.code, problem.args, 'en'),
    }));
  };
  const rule = (body: string) => `rules:\n  - id: x-regel\n    title: { nl: X, en: X }\n    description: { nl: X, en: X }\n    source: test\n    severity: warning\n${body}${body.endsWith('\n') ? '' : '\n'}    norm: praktijk\n`;
  const msgs = '    messages:\n      late: { nl: "{due}", en: "{due}" }\n      missing: { nl: "{due}", en: "{due}" }\n';

  it('names an unknown case key with file, line and a suggestion', () => {
    expect(problems(rule(`    kind: deadline\n    field: probleemanalise\n    due: { week: 4 }\n${msgs}`))).toEqual([
      { file: 'rules.yaml', line: 8, column: 12, code: 'rule-unknown-field', message: '`probleemanalise` is not a case file key (did you mean `probleemanalyse`?)' },
    ]);
  });

  it('refuses a field of the wrong type', () => {
    expect(problems(rule(`    kind: deadline\n    field: loon_percentage\n    due: { week: 4 }\n${msgs}`))[0]).toMatchObject({ line: 8, code: 'rule-field-type' });
  });

  it('refuses an unknown placeholder and a missing message', () => {
    const p = problems(rule(`    kind: deadline\n    field: probleemanalyse\n    due: { week: 4 }\n    messages:\n      late: { nl: "{dueDate}", en: "{due}" }\n`));
    expect(p.map((x) => [x.line, x.code])).toEqual([
      [10, 'rule-missing-key'],
      [11, 'rule-placeholder'],
    ]);
  });

  it('refuses an anchor with two bases, an unknown kind and an unknown top-level key', () => {
    expect(problems(rule(`    kind: deadline\n    field: probleemanalyse\n    due: { week: 4, field: ziekmelding }\n${msgs}`))[0]).toMatchObject({ line: 9, code: 'rule-anchor' });
    expect(problems(rule(`    kind: termijn\n`))[0]).toMatchObject({ line: 7, code: 'not-one-of' });
    expect(problems(rule(`    kind: deadline\n    veld: probleemanalyse\n`))[0]).toMatchObject({ line: 8, code: 'unknown-key', message: 'unknown key `veld` (did you mean `field`?)' });
  });

  it('refuses a second rule of the same id unless it overrides, and an override of nothing', () => {
    const dup = `rules:\n  - id: probleemanalyse\n    title: { nl: X, en: X }\n    description: { nl: X, en: X }\n    source: t\n    norm: praktijk\n    kind: date\n    date: { week: 1 }\n`;
    expect(problems(dup)).toEqual([expect.objectContaining({ line: 2, code: 'rule-duplicate-id' })]);
    expect(problems(rule('    override: true\n    kind: date\n    date: { week: 1 }\n'))).toEqual([expect.objectContaining({ code: 'rule-override-unknown' })]);
  });

  it('refuses a second rule that gives the end of wage payment, and a clock date it does not know', () => {
    expect(problems(rule('    clockDate: eindeLoondoorbetaling\n    kind: date\n    date: { week: 110 }\n'))).toEqual([
      expect.objectContaining({ line: 2, code: 'rule-clock-date-twice', message: 'rules einde-loondoorbetaling and x-regel both give clockDate eindeLoondoorbetaling; keep it on one' }),
    ]);
    expect(problems(rule('    clockDate: eindeWachttijd\n    kind: date\n    date: { week: 110 }\n'))[0]).toMatchObject({ line: 7, code: 'not-one-of' });
  });

  it('refuses references to unknown rules and cycles', () => {
    expect(problems(rule('    kind: date\n    date: { rule: wia-aanvrag }\n'))).toEqual([
      expect.objectContaining({ code: 'rule-unknown-ref', message: 'rule x-regel refers to unknown rule `wia-aanvrag` (did you mean `wia-aanvraag`?)' }),
    ]);
    const cycle = `rules:\n  - { id: a-a, title: { nl: A, en: A }, description: { nl: A, en: A }, source: t, norm: praktijk, kind: date, date: { rule: b-b } }\n  - { id: b-b, title: { nl: B, en: B }, description: { nl: B, en: B }, source: t, norm: praktijk, kind: deadline, field: probleemanalyse, due: { rule: a-a }, severity: info, messages: { late: { nl: x, en: x }, missing: { nl: x, en: x } } }\n`;
    expect(problems(cycle).map((p) => p.code)).toContain('rule-cycle');
  });

  it('reports a file that does not exist', () => {
    const p = loadRules(RULES_DIR, [join(dir, 'nope.yaml')]).problems;
    expect(p).toEqual([expect.objectContaining({ problem: expect.objectContaining({ code: 'file-unreadable' }) })]);
  });
});

describe('the compiled rules cache (dist/rules.json)', () => {
  it('gives the same table as the YAML, and is ignored once the YAML changes', async () => {
    const { cpSync, readFileSync } = await import('node:fs');
    const { writeRulesCache } = await import('../src/api/rules-loader.js');
    const dir = mkdtempSync(join(tmpdir(), 'poort-cache-'));
    cpSync(RULES_DIR, join(dir, 'rules'), { recursive: true });
    const cache = join(dir, 'rules.json');
    const fromYaml = writeRulesCache(join(dir, 'rules'), cache);
    expect(fromYaml.problems).toEqual([]);
    const fromCache = loadRules(join(dir, 'rules'), [], cache);
    expect(JSON.parse(JSON.stringify(fromCache.rules))).toEqual(JSON.parse(JSON.stringify(fromYaml.rules)));

    // A YAML edit: the cache no longer matches, so the edit takes effect at once.
    const file = join(dir, 'rules', 'poortwachter.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('due: { week: 6 }', 'due: { week: 5 }'));
    const edited = loadRules(join(dir, 'rules'), [], cache);
    const week = (rules: typeof edited.rules) => JSON.stringify(rules.find((r) => r.id === 'probleemanalyse')?.variants[0]);
    expect(week(edited.rules)).toContain('"week":5');
    expect(week(fromCache.rules)).toContain('"week":6');
  });
});

describe('the problem catalogue', () => {
  it('has every problem code in the README, with Dutch and English words in the product', async () => {
    const { readFileSync } = await import('node:fs');
    const { words } = await import('../src/output/locale/index.js');
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    for (const code of Object.keys(words('en').problems)) expect(readme, code).toContain(`| \`${code}\` |`);
  });
});
