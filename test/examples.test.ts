/**
 * The example case files in examples/: each one is run at the as-of date its own header
 * comment gives ("poort check examples/x.yaml --as-of YYYY-MM-DD"), so the comment a
 * consultant reads and the test cannot drift apart. The expectations are worked out by hand
 * from domain.md; every case file in examples/ must have an entry here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, entry, findings, ROOT, type JsonCase } from './helpers.js';

const DIR = join(ROOT, 'examples');
const CASE_FILE = /\.(ya?ml|json)$/i;

type Severity = 'error' | 'warning' | 'info';

interface Example {
  /** The exact multiset of (rule, severity) findings at the header's as-of date. */
  findings: [rule: string, severity: Severity][];
  /** Further checks: milestones, message text, lines. */
  more?: (c: JsonCase, text: string, asOf: string) => void;
}

interface Loaded {
  text: string;
  asOf: string;
  c: JsonCase;
}

/** Reads an example and runs it at the as-of date of its header comment. */
function load(name: string): Loaded {
  const text = readFileSync(join(DIR, name), 'utf8');
  const header = leadingComment(text);
  const commands = [...header.matchAll(/poort check (\S+) --as-of (\d{4}-\d{2}-\d{2})/g)];
  if (commands.length !== 1) throw new Error(`${name}: the header comment must give exactly one "poort check examples/${name} --as-of YYYY-MM-DD"`);
  const [, path, asOf] = commands[0]!;
  if (path !== `examples/${name}`) throw new Error(`${name}: the header's command names ${path}, not examples/${name}`);
  return { text, asOf: asOf!, c: check(text, asOf!, { file: `examples/${name}` }) };
}

/** The comment block at the top of the file. */
function leadingComment(text: string): string {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => !l.startsWith('#'));
  return lines.slice(0, end === -1 ? lines.length : end).join('\n');
}

/** The 1-based line of the first line matching `re`. */
function lineOf(text: string, re: RegExp): number {
  const i = text.split('\n').findIndex((l) => re.test(l));
  if (i === -1) throw new Error(`no line matches ${re}`);
  return i + 1;
}

const pairs = (c: JsonCase) => c.findings.map((f) => `${f.rule}/${f.severity}`).sort();

const EXAMPLES: Record<string, Example> = {
  'schoon-dossier.yaml': {
    findings: [],
    more: (c) => {
      expect(c.clock?.week).toBe(58);
      expect(entry(c, 'probleemanalyse')).toMatchObject({ due: '2025-04-22', status: 'on-time' });
      expect(entry(c, 'plan-van-aanpak')).toMatchObject({ due: '2025-05-06', status: 'on-time' });
      expect(entry(c, 'melding-42e-week')).toMatchObject({ due: '2025-12-31', status: 'on-time' });
      expect(entry(c, 'eerstejaarsevaluatie')).toMatchObject({ from: '2026-01-21', due: '2026-03-10', status: 'on-time' });
      expect(entry(c, 'voortgangsgesprek')).toMatchObject({ done: '2026-04-07', due: '2026-05-19', status: 'open' });
    },
  },

  'tweede-spoor-op-tijd.yaml': {
    findings: [],
    more: (c) => {
      expect(c.clock?.week).toBe(56);
      // due: the earlier of end of week 52 (2026-02-08) and EJE 2026-01-08 + 42 days (2026-02-19).
      expect(entry(c, 'tweede-spoor')).toMatchObject({ from: '2025-04-06', due: '2026-02-08', done: '2025-11-03', status: 'on-time' });
      expect(entry(c, 'eerste-spoor-verklaring')).toMatchObject({ from: '2025-03-31', due: '2026-02-08', status: 'on-time' });
      expect(entry(c, 'arbeidsdeskundig-onderzoek')).toMatchObject({ due: '2025-11-03', done: '2025-10-21', status: 'on-time' });
      expect(entry(c, 'tweede-spoor-bijstelling')).toMatchObject({ from: '2025-11-03', done: '2025-11-06', status: 'on-time' });
      expect(entry(c, 'melding-42e-week')).toMatchObject({ due: '2025-12-01', status: 'on-time' });
    },
  },

  'tweede-spoor-te-laat.yaml': {
    findings: [['tweede-spoor', 'error']],
    more: (c, text, asOf) => {
      // domain.md worked example A: EJE 2025-11-20, onwaarschijnlijk, so due 2026-01-01.
      expect(entry(c, 'tweede-spoor')).toMatchObject({ due: '2026-01-01', done: '2026-02-02', status: 'late' });
      const [f] = findings(c, 'tweede-spoor');
      expect(f!.consequence).toBe('loonsanctie');
      expect(f!.message).toContain('tweede spoor too late — loonsanctie risk');
      expect(f!.message).toContain('2026-02-02');
      expect(f!.message).toContain('2026-01-01');
      expect(f!.message).toContain('32 days');
      expect(f!.line).toBe(lineOf(text, /^\s+gestart:/));
      const nl = findings(check(text, asOf, { lang: 'nl' }), 'tweede-spoor')[0]!;
      expect(nl.message).toContain('tweede spoor te laat');
      expect(nl.message).toContain('loonsanctie');
      expect(nl.message).toContain('32 dagen');
    },
  },

  'eerste-spoor-onduidelijk.yaml': {
    findings: [['tweede-spoor', 'warning']],
    more: (c) => {
      // EJE 2026-03-05 + 42 days; the as-of date is 25 days later.
      expect(entry(c, 'tweede-spoor')).toMatchObject({ due: '2026-04-16', done: null, status: 'overdue' });
      expect(entry(c, 'eerste-spoor-verklaring').status).toBe('not-applicable');
      const [f] = findings(c, 'tweede-spoor');
      expect(f!.consequence).toBe('loonsanctie');
      expect(f!.message).toContain('unclear');
      expect(f!.message).toContain('2026-04-16');
      expect(f!.message).toContain('25 days');
    },
  },

  'samentelling-kort-herstel.yaml': {
    findings: [],
    more: (c, text, asOf) => {
      // 21 recovery days shift every milestone by 21 days.
      expect(c.clock).toMatchObject({ week: 55, eindeWachttijd: '2027-09-19' });
      expect(entry(c, 'probleemanalyse')).toMatchObject({ due: '2025-11-02', status: 'on-time' });
      expect(entry(c, 'plan-van-aanpak')).toMatchObject({ due: '2025-11-16', status: 'on-time' });
      expect(entry(c, 'melding-42e-week')).toMatchObject({ due: '2026-07-13', status: 'on-time' });
      expect(entry(c, 'eerstejaarsevaluatie')).toMatchObject({ from: '2026-08-03', due: '2026-09-20', status: 'on-time' });
      // The same dossier without the onderbreking: four milestones late (as the header says).
      const without = text.replace(/^onderbrekingen:\n(?:[ \t]+-.*\n)+/m, '');
      expect(without).not.toContain('onderbrekingen');
      const w = check(without, asOf);
      expect(w.valid).toBe(true);
      expect(pairs(w)).toEqual(
        ['eerstejaarsevaluatie/error', 'melding-42e-week/error', 'plan-van-aanpak/error', 'probleemanalyse/error'],
      );
      expect(w.clock?.eindeWachttijd).toBe('2027-08-29');
    },
  },

  'melding-42e-week-hemelvaart.yaml': {
    findings: [['melding-42e-week', 'error']],
    more: (c, text) => {
      // Sick-day 295 is Hemelvaartsdag Thursday 2026-05-14; the next working day is Friday 2026-05-15.
      expect(entry(c, 'melding-42e-week')).toMatchObject({ due: '2026-05-15', done: '2026-05-19', status: 'late' });
      const [f] = findings(c, 'melding-42e-week');
      expect(f!.consequence).toBe('boete');
      expect(f!.message).toContain('2026-05-19');
      expect(f!.message).toContain('2026-05-15');
      expect(f!.message).toContain('4 days');
      expect(f!.line).toBe(lineOf(text, /^melding_42e_week:/));
      // Not yet due: the EJE window has just opened.
      expect(entry(c, 'eerstejaarsevaluatie')).toMatchObject({ from: '2026-06-04', due: '2026-07-22', status: 'open' });
    },
  },

  'wia-fase.yaml': {
    findings: [['wia-aanvraag', 'error']],
    more: (c, text) => {
      expect(c.clock).toMatchObject({ week: 97, eindeWachttijd: '2026-11-01', eindeLoondoorbetaling: '2026-11-06' });
      expect(entry(c, 'actueel-oordeel')).toMatchObject({ due: '2026-08-02', done: '2026-07-09', status: 'on-time' });
      expect(entry(c, 'eindevaluatie')).toMatchObject({ due: '2026-08-02', done: '2026-07-23', status: 'on-time' });
      expect(entry(c, 'wia-aanvraag')).toMatchObject({ from: '2026-07-06', due: '2026-08-16', done: '2026-08-21', status: 'late' });
      expect(entry(c, 'tweede-spoor')).toMatchObject({ due: '2025-11-02', status: 'on-time' });
      const [f] = findings(c, 'wia-aanvraag');
      expect(f!.consequence).toBe('verlenging-loondoorbetaling');
      expect(f!.message).toContain('5 days');
      expect(f!.line).toBe(lineOf(text, /^wia_aanvraag:/));
    },
  },
};

describe('examples/', () => {
  it('has a test for every case file, and a case file for every test', () => {
    const files = readdirSync(DIR).filter((f) => CASE_FILE.test(f)).sort();
    expect(files).toEqual(Object.keys(EXAMPLES).sort());
  });

  for (const [name, ex] of Object.entries(EXAMPLES)) {
    describe(name, () => {
      const { text, asOf, c } = load(name);

      it('is a valid case with the expected findings', () => {
        expect(c.problems).toEqual([]);
        expect(c.valid).toBe(true);
        expect(c.source).toBe(`examples/${name}`);
        expect(pairs(c)).toEqual(ex.findings.map(([rule, severity]) => `${rule}/${severity}`).sort());
      });

      it('says in its header the exit code poort check gives', () => {
        const m = leadingComment(text).match(/exitcode (\d)/);
        expect(m, 'the header says "exitcode N"').not.toBeNull();
        expect(Number(m![1])).toBe(ex.findings.some(([, s]) => s === 'error') ? 1 : 0);
      });

      it('uses a pseudonym, and no date after the as-of date or before the ziekmelding', () => {
        expect(c.werknemer).toMatch(/^E-\d{4}$/);
        expect(findings(c, 'datum-volgorde')).toEqual([]);
        const zm = text.match(/^ziekmelding: (\S+)/m)![1]!;
        for (const [d] of text.replace(/^#.*$/gm, '').matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)) {
          expect(d >= zm && d <= asOf, `${d} lies between ${zm} and ${asOf}`).toBe(true);
        }
      });

      if (ex.more) it('matches the milestones of its header comment', () => ex.more!(c, text, asOf));
    });
  }
});
