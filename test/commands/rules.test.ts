import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, rules } from '../helpers.js';
import { poort, scratch } from './support.js';

const ids = rules().rules.map((r) => r.id);
const strict = join(ROOT, 'test', 'fixtures', 'rules', 'strenger-tweede-spoor.yaml');
const beleid = join(ROOT, 'test', 'fixtures', 'rules', 'bedrijfsbeleid.yaml');

describe('poort rules', () => {
  it('lists every rule with severity, deadline in words, consequence, norm and source', () => {
    const r = poort(['rules']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const id of ids) expect(r.stdout).toContain(id);
    expect(r.stdout).toMatch(/Rule +│ Severity +│ Deadline +│ Consequence +│ Norm +│ Source/);
    expect(r.stdout).toMatch(/│ probleemanalyse +│ error +│ by end of week 6 +│ loonsanctie +│ regeling +│ art\. 2 lid 2–3 Regeling/);
    expect(r.stdout).toMatch(/│ melding-42e-week +│ error +│ by first working day after week 42 +│ boete \(fine\)/);
    expect(r.stdout).toContain('start of week 46 to end of week 52');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('in Dutch', () => {
    const r = poort(['rules', '--lang', 'nl']);
    expect(r.stdout).toMatch(/Regel +│ Ernst +│ Termijn +│ Gevolg +│ Norm +│ Bron/);
    expect(r.stdout).toMatch(/│ probleemanalyse +│ fout +│ uiterlijk einde week 6 +│ loonsanctie +│ regeling/);
    expect(r.stdout).toContain('eerste werkdag na week 42');
  });

  it('--format json', () => {
    const r = poort(['rules', '--format', 'json']);
    const doc = JSON.parse(r.stdout) as { poort: number; rules: Record<string, unknown>[] };
    expect(doc.poort).toBe(1);
    expect(doc.rules.map((x) => x.id)).toEqual(ids);
    expect(doc.rules.find((x) => x.id === 'tweede-spoor')).toMatchObject({
      norm: 'uwv',
      severities: ['error', 'warning'],
      consequences: ['loonsanctie'],
      origin: 'builtin',
      source: 'art. 7:658a lid 1 BW; art. 25 lid 9 Wet WIA; UWV Werkwijzer Poortwachter',
      deadline: [
        expect.stringContaining('6 weeks after the later of (the earlier of eerstejaarsevaluatie and end of week 52) and eerste_spoor.vastgesteld'),
        expect.any(String),
        expect.any(String),
      ],
    });
    expect(doc.rules.find((x) => x.id === 'datum-volgorde')).toMatchObject({ norm: null, source: 'consistency of the dossier' });
    expect(doc.rules.find((x) => x.id === 'einde-wachttijd')).toMatchObject({ severities: [], consequences: [], deadline: ['the end of the wachttijd'] });
  });

  it('shows a user rules file: overrides and additions are marked', () => {
    const r = poort(['rules', '--rules', strict, '--rules', beleid]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/│ tweede-spoor \* +│/);
    expect(r.stdout).toContain(`* tweede-spoor: replaced by ${strict}`);
    expect(r.stdout).toContain(`* probleemanalyse-bedrijfsbeleid: added from ${beleid}`);
    const doc = JSON.parse(poort(['rules', '--rules', strict, '--format', 'json']).stdout);
    expect(doc.rules.find((x: { id: string }) => x.id === 'tweede-spoor').origin).toEqual({ override: strict });
  });

  it('a broken rules file is exit 2 with file:line problems', () => {
    const { file } = scratch('rules');
    const broken = file('kapot.yaml', 'rules:\n  - id: x\n    title: { nl: X, en: X }\n    description: { nl: X, en: X }\n    source: X\n    norm: praktijk\n    kind: deadline\n    field: probleemanalyze\n    due: { week: 4 }\n    severity: error\n    messages: { late: { nl: a, en: a }, missing: { nl: b, en: b } }\n');
    const r = poort(['rules', '--rules', broken]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:8:\\d+: .*probleemanalyze.*did you mean \`probleemanalyse\``));
  });

  it('a rules file without norm is exit 2: the norm is required, at the rule', () => {
    const { file } = scratch('rules');
    const bare = file('zonder-norm.yaml', 'rules:\n  - id: x\n    title: { nl: X, en: X }\n    description: { nl: X, en: X }\n    source: X\n    kind: date\n    date: { week: 4 }\n');
    const r = poort(['rules', '--rules', bare]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bare}:2:5: rules[0].norm: \`norm\` is missing; it is required (one of: wet, regeling, uwv, praktijk)`);
  });
});

describe('poort explain', () => {
  it.each(ids)('explains %s in English and Dutch', (id) => {
    for (const lang of ['en', 'nl']) {
      const r = poort(['explain', id, '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.startsWith(`${id} — `)).toBe(true);
      const headings = lang === 'en'
        ? ['What the rule checks', 'How poort reads the law', 'Deadline', 'Severity and consequence', 'Norm', 'Source', 'Worked example: ziekmelding Mon 06-01-2025']
        : ['Wat de regel controleert', 'Hoe poort de wet leest', 'Termijn', 'Ernst en gevolg', 'Norm', 'Bron', 'Rekenvoorbeeld: ziekmelding ma 06-01-2025'];
      for (const h of headings) expect(r.stdout).toContain(`\n${h}\n`);
    }
  });

  it('computes the example live: tweede spoor due 2026-01-01 with an EJE on 2025-11-20 (worked example A)', () => {
    const r = poort(['explain', 'tweede-spoor']);
    expect(r.stdout).toContain('    eerste_spoor.status: onwaarschijnlijk\n    eerstejaarsevaluatie: 2025-11-20\n');
    expect(r.stdout).toContain('→ due Thu 01-01-2026 (6 weeks after eerstejaarsevaluatie (2025-11-20))');
    expect(r.stdout).toContain('→ from Mon 03-03-2025');
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('six weeks (42 days) after the earlier of the eerstejaarsevaluatie and the end of week 52');
    expect(r.stdout).toContain('\nNorm\n  uwv (UWV practice)\n');
  });

  it('says where the law and UWV\'s practice differ', () => {
    expect(poort(['explain', 'probleemanalyse']).stdout.replace(/\s+/g, ' ')).toContain('which still allows sick-day 43; poort follows UWV');
    const melding = poort(['explain', 'melding-42e-week']).stdout.replace(/\s+/g, ' ');
    expect(melding).toContain('sick-day 295 (art. 38 lid 1 ZW)');
    expect(melding).toContain('first working day after the 42nd week');
    expect(melding).toContain('The Algemene termijnenwet does not apply here');
    expect(poort(['explain', 'melding-42e-week', '--lang', 'nl']).stdout.replace(/\s+/g, ' ')).toContain('De Algemene termijnenwet geldt hier niet');
  });

  it('gives an example for the rules of a contract that ends and of a loonsanctie', () => {
    expect(poort(['explain', 'einde-dienstverband']).stdout).toContain('    einde_dienstverband: 2025-06-30\n  → due Mon 30-06-2025');
    expect(poort(['explain', 'riv-einde-dienstverband']).stdout).toContain('→ due Mon 30-06-2025');
    const loonsanctie = poort(['explain', 'loonsanctie-bekorting']).stdout;
    expect(loonsanctie).toContain('    loonsanctie.weken: 52\n  → from Mon 04-01-2027\n  → due Sun 02-01-2028');
  });

  it.each([
    ['probleemanalyse', '→ due Sun 16-02-2025 (end of week 6)'],
    ['plan-van-aanpak', '→ due Sun 02-03-2025 (end of week 8)'],
    ['melding-42e-week', '→ due Mon 27-10-2025 (first working day after week 42)'],
    ['eerstejaarsevaluatie', '→ due Sun 04-01-2026 (end of week 52)'],
    ['wia-aanvraag', '→ due Sun 18-10-2026 (11 weeks before the end of the wachttijd)'],
    ['actueel-oordeel', '→ due Sun 04-10-2026 (13 weeks before the end of the wachttijd)'],
    ['einde-wachttijd', '→ Sun 03-01-2027 (the end of the wachttijd)'],
    ['voortgangsgesprek', '→ due Mon 07-04-2025 (42 days after plan_van_aanpak (2025-02-24))'],
  ])('%s: %s', (id, line) => {
    expect(poort(['explain', id]).stdout).toContain(line);
  });

  it('says when a rule computes no date', () => {
    expect(poort(['explain', 'loondoorbetaling-minimum']).stdout).toContain('This rule computes no date');
    expect(poort(['explain', 'datum-volgorde', '--lang', 'nl']).stdout).toContain('Deze regel rekent geen datum uit');
  });

  it('in Dutch, with Dutch dates in the example', () => {
    const r = poort(['explain', 'eerstejaarsevaluatie'], { LANG: 'nl_NL.UTF-8' });
    expect(r.stdout).toContain('→ vanaf ma 17-11-2025');
    expect(r.stdout).toContain('→ uiterlijk zo 04-01-2026 (einde week 52)');
  });

  it('--format json', () => {
    const doc = JSON.parse(poort(['explain', 'tweede-spoor', '--format', 'json']).stdout);
    expect(doc.rule.id).toBe('tweede-spoor');
    expect(doc.example).toEqual({
      case: { ziekmelding: '2025-01-06', 'eerste_spoor.status': 'onwaarschijnlijk', eerstejaarsevaluatie: '2025-11-20' },
      from: '2025-03-03',
      due: '2026-01-01',
      basis: '6 weeks after eerstejaarsevaluatie (2025-11-20)',
    });
  });

  it('explains an overriding rule from --rules, and says so', () => {
    const r = poort(['explain', 'tweede-spoor', '--rules', strict]);
    expect(r.stdout).toContain('tweede-spoor — Tweede spoor (strict)');
    expect(r.stdout).toContain(`This rule comes from ${strict} and replaces the built-in one.`);
    expect(r.stdout).toContain('→ due Sun 12-10-2025 (end of week 40)');
  });

  it('an unknown rule id is exit 2 with a did-you-mean', () => {
    const r = poort(['explain', 'tweede-spor']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('poort: unknown rule `tweede-spor` (did you mean `tweede-spoor`?); poort rules lists them all\n');
    expect(poort(['explain', 'Probleem-Analyse', '--lang', 'nl']).stderr).toBe('poort: onbekende regel `Probleem-Analyse` (bedoelt u `probleemanalyse`?); poort rules toont alle regels\n');
    expect(poort(['explain', 'xyz']).stderr).toBe('poort: unknown rule `xyz`; poort rules lists them all\n');
  });
});

describe('check: a rule replaced through --rules is named in the text output', () => {
  it('under the findings', () => {
    const r = poort(['check', join(ROOT, 'examples', 'tweede-spoor-te-laat.yaml'), '--as-of', '2026-03-02', '--rules', strict]);
    expect(r.stdout).toContain('tweede spoor after week 40');
    expect(r.stdout).toContain(`↻ tweede-spoor: replaced by ${strict}`);
    expect(poort(['check', join(ROOT, 'examples', 'tweede-spoor-te-laat.yaml'), '--as-of', '2026-03-02', '--rules', strict, '--lang', 'nl']).stdout)
      .toContain(`↻ tweede-spoor: vervangen door ${strict}`);
  });

  it('not without an override, nor for an added rule', () => {
    expect(poort(['check', join(ROOT, 'examples', 'tweede-spoor-te-laat.yaml'), '--as-of', '2026-03-02']).stdout).not.toContain('↻');
    expect(poort(['check', join(ROOT, 'examples', 'tweede-spoor-te-laat.yaml'), '--as-of', '2026-03-02', '--rules', beleid]).stdout).not.toContain('↻');
  });
});
