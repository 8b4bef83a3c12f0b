/**
 * The example case files in examples/: each one is run at the as-of date its own header
 * comment gives ("poort check examples/x.yaml --as-of YYYY-MM-DD"), so the comment a
 * consultant reads and the test cannot drift apart. The expectations are worked out by hand
 * from docs/law.md; every case file in examples/ must have an entry here.
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
      // Sick-day 42 is 2025-04-22; the plan van aanpak is due 14 days after the probleemanalyse of 2025-04-09.
      expect(entry(c, 'probleemanalyse')).toMatchObject({ due: '2025-04-22', done: '2025-04-09', status: 'on-time' });
      expect(entry(c, 'plan-van-aanpak')).toMatchObject({ due: '2025-04-23', done: '2025-04-22', status: 'on-time' });
      expect(entry(c, 'melding-42e-week')).toMatchObject({ due: '2025-12-31', status: 'on-time' });
      expect(entry(c, 'eerstejaarsevaluatie')).toMatchObject({ from: '2026-01-21', due: '2026-03-10', status: 'on-time' });
      // 2026-04-07 + 42 sick-days.
      expect(entry(c, 'voortgangsgesprek')).toMatchObject({ done: '2026-04-07', due: '2026-05-19', status: 'open' });
    },
  },

  'tweede-spoor-op-tijd.yaml': {
    findings: [],
    more: (c) => {
      expect(c.clock?.week).toBe(56);
      // due: 42 days after the earlier of the EJE (2026-01-08) and the end of week 52 (2026-02-08);
      // the eerste-spoor judgement (2025-09-18) lies before it. From the day after week 8 (sick-day 57).
      expect(entry(c, 'tweede-spoor')).toMatchObject({ from: '2025-04-07', due: '2026-02-19', done: '2025-11-03', status: 'on-time' });
      expect(entry(c, 'eerste-spoor-verklaring')).toMatchObject({ from: null, due: '2026-02-08', done: '2025-09-18', status: 'on-time' });
      expect(entry(c, 'plan-van-aanpak')).toMatchObject({ due: '2025-03-27', done: '2025-03-27', status: 'on-time' });
      expect(entry(c, 'arbeidsdeskundig-onderzoek')).toMatchObject({ due: '2025-11-03', done: '2025-10-21', status: 'on-time' });
      expect(entry(c, 'tweede-spoor-bijstelling')).toMatchObject({ from: '2025-11-03', done: '2025-11-06', status: 'on-time' });
      expect(entry(c, 'melding-42e-week')).toMatchObject({ due: '2025-12-01', status: 'on-time' });
      expect(entry(c, 'eerstejaarsevaluatie')).toMatchObject({ from: '2025-12-22', due: '2026-02-08', done: '2026-01-08', status: 'on-time' });
    },
  },

  'tweede-spoor-te-laat.yaml': {
    findings: [['tweede-spoor', 'error']],
    more: (c, text, asOf) => {
      // worked example A (docs/law.md): EJE 2025-11-20 (before the end of week 52, 2026-01-04),
      // onwaarschijnlijk since 2025-09-15, so due 2025-11-20 + 42 days = 2026-01-01.
      expect(entry(c, 'tweede-spoor')).toMatchObject({ due: '2026-01-01', done: '2026-02-02', status: 'late' });
      expect(entry(c, 'plan-van-aanpak')).toMatchObject({ due: '2025-02-19', done: '2025-02-19', status: 'on-time' });
      expect(entry(c, 'eerstejaarsevaluatie')).toMatchObject({ from: '2025-11-17', due: '2026-01-04', done: '2025-11-20', status: 'on-time' });
      const [f] = findings(c, 'tweede-spoor');
      expect(f!.consequence).toBe('loonsanctie');
      expect(f!.type).toBe('late');
      expect(f!.args).toMatchObject({ due: '2026-01-01', done: '2026-02-02', days: 32 });
      expect(f!.message).toContain('tweede spoor too late, loonsanctie risk: started on 2026-02-02, 32 days after 2026-01-01');
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
      // EJE 2026-03-05 (before the end of week 52, 2026-04-12) + 42 days; the as-of date is 25 days later.
      expect(entry(c, 'tweede-spoor')).toMatchObject({ due: '2026-04-16', done: null, status: 'overdue' });
      expect(entry(c, 'eerste-spoor-verklaring').status).toBe('not-applicable');
      expect(entry(c, 'plan-van-aanpak')).toMatchObject({ due: '2025-05-29', done: '2025-05-28', status: 'on-time' });
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
      // 21 recovery days shift every milestone counted in sick-days by 21 days.
      expect(c.clock).toMatchObject({ week: 55, eindeWachttijd: '2027-09-19' });
      expect(entry(c, 'probleemanalyse')).toMatchObject({ due: '2025-11-02', status: 'on-time' });
      // 14 days after the probleemanalyse of 2025-10-30, with or without the onderbreking.
      expect(entry(c, 'plan-van-aanpak')).toMatchObject({ due: '2025-11-13', status: 'on-time' });
      expect(entry(c, 'melding-42e-week')).toMatchObject({ due: '2026-07-13', status: 'on-time' });
      expect(entry(c, 'eerstejaarsevaluatie')).toMatchObject({ from: '2026-08-03', due: '2026-09-20', status: 'on-time' });
      // The same dossier without the onderbreking: three milestones late (as the header says).
      const without = text.replace(/^onderbrekingen:\n(?:[ \t]+-.*\n)+/m, '');
      expect(without).not.toContain('onderbrekingen');
      const w = check(without, asOf);
      expect(w.valid).toBe(true);
      expect(pairs(w)).toEqual(['eerstejaarsevaluatie/error', 'melding-42e-week/error', 'probleemanalyse/error']);
      expect(entry(w, 'probleemanalyse').due).toBe('2025-10-12');
      expect(entry(w, 'plan-van-aanpak')).toMatchObject({ due: '2025-11-13', status: 'on-time' });
      expect(entry(w, 'melding-42e-week').due).toBe('2026-06-22');
      expect(entry(w, 'eerstejaarsevaluatie')).toMatchObject({ from: '2026-07-13', due: '2026-08-30' });
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
      expect(entry(c, 'plan-van-aanpak')).toMatchObject({ due: '2025-09-11', done: '2025-09-10', status: 'on-time' });
      // Not yet due: the EJE window has just opened.
      expect(entry(c, 'eerstejaarsevaluatie')).toMatchObject({ from: '2026-06-04', due: '2026-07-22', status: 'open' });
    },
  },

  'wia-fase.yaml': {
    findings: [['wia-aanvraag', 'error']],
    more: (c, text) => {
      // Sick-day 728 is 2026-11-01; 5 days late on the WIA aanvraag make wage payment end on 2026-11-06.
      expect(c.clock).toMatchObject({ week: 97, eindeWachttijd: '2026-11-01', eindeLoondoorbetaling: '2026-11-06' });
      expect(entry(c, 'actueel-oordeel')).toMatchObject({ due: '2026-08-02', done: '2026-07-09', status: 'on-time' });
      expect(entry(c, 'eindevaluatie')).toMatchObject({ due: '2026-08-02', done: '2026-07-23', status: 'on-time' });
      // From sick-day 617 (start of week 89); the letter of 2026-07-14 is not after sick-day 623 (2026-07-19).
      expect(entry(c, 'wia-aanvraag')).toMatchObject({ from: '2026-07-13', due: '2026-08-16', done: '2026-08-21', status: 'late' });
      // EJE 2025-10-02 (before the end of week 52, 2025-11-02) + 42 days.
      expect(entry(c, 'tweede-spoor')).toMatchObject({ due: '2025-11-13', done: '2025-05-06', status: 'on-time' });
      const [f] = findings(c, 'wia-aanvraag');
      expect(f!.consequence).toBe('verlenging-loondoorbetaling');
      expect(f!.args).toMatchObject({ due: '2026-08-16', done: '2026-08-21', days: 5 });
      expect(f!.message).toContain('5 days');
      expect(f!.line).toBe(lineOf(text, /^wia_aanvraag:/));
    },
  },

  'einde-dienstverband.yaml': {
    findings: [['riv-einde-dienstverband', 'error']],
    more: (c, text) => {
      // The contract's last day, Monday 2025-06-30, is a working day: both the report and the RIV are due then.
      // The wachttijd runs on to sick-day 728 (2027-01-03); wage payment ends with the contract.
      expect(c.clock).toMatchObject({ week: 28, eindeWachttijd: '2027-01-03', eindeLoondoorbetaling: '2025-06-30' });
      expect(entry(c, 'einde-dienstverband')).toMatchObject({ due: '2025-06-30', done: '2025-06-24', status: 'on-time' });
      expect(entry(c, 'riv-einde-dienstverband')).toMatchObject({ due: '2025-06-30', done: '2025-07-04', status: 'late' });
      expect(entry(c, 'einde-loondoorbetaling').due).toBe('2025-06-30');
      expect(entry(c, 'plan-van-aanpak')).toMatchObject({ due: '2025-02-18', done: '2025-02-17', status: 'on-time' });
      // The chain of voortgangsgesprekken closes at the end of the contract, 18 sick-days after the last one.
      expect(entry(c, 'voortgangsgesprek')).toMatchObject({ done: '2025-06-12', status: 'on-time' });
      // Everything due after 2025-06-30 lapses: 42e-weeksmelding (would be 2025-10-27), EJE, RIV parts, WIA.
      expect(entry(c, 'melding-42e-week')).toMatchObject({ due: '2025-10-27', status: 'not-applicable' });
      for (const id of ['eerstejaarsevaluatie', 'actueel-oordeel', 'eindevaluatie', 'wia-aanvraag']) {
        expect(entry(c, id).status, id).toBe('not-applicable');
      }
      const [f] = findings(c, 'riv-einde-dienstverband');
      expect(f!.consequence).toBe('geen');
      expect(f!.args).toMatchObject({ due: '2025-06-30', done: '2025-07-04', days: 4 });
      expect(f!.message).toContain('4 days');
      expect(f!.line).toBe(lineOf(text, /^riv_einde_dienstverband:/));
    },
  },

  'zwangerschapsverlof.yaml': {
    findings: [],
    more: (c, text, asOf) => {
      // 112 days of leave (2025-06-02 to 2025-09-21) do not count: everything after it moves 112 days.
      expect(c.clock).toMatchObject({ week: 44, eindeWachttijd: '2027-05-23', eindeLoondoorbetaling: '2027-05-23' });
      expect(entry(c, 'probleemanalyse')).toMatchObject({ due: '2025-03-16', done: '2025-03-06', status: 'on-time' });
      expect(entry(c, 'plan-van-aanpak')).toMatchObject({ due: '2025-03-20', done: '2025-03-18', status: 'on-time' });
      expect(entry(c, 'melding-42e-week')).toMatchObject({ due: '2026-03-16', done: '2026-03-09', status: 'on-time' });
      expect(entry(c, 'eerstejaarsevaluatie')).toMatchObject({ from: '2026-04-06', due: '2026-05-24', status: 'open' });
      // 2026-03-05 + 42 sick-days; the gap across the leave (2025-05-27 to 2025-10-07) is 21 sick-days.
      expect(entry(c, 'voortgangsgesprek')).toMatchObject({ done: '2026-03-05', due: '2026-04-16', status: 'open' });
      expect(entry(c, 'wia-aanvraag')).toMatchObject({ from: '2027-02-01', due: '2027-03-07', status: 'open' });
      // The same dossier without the leave: the 42e-weeksmelding and EJE late, a 133-day gap.
      const without = text.replace(/^wazo_verlof:\n(?:[ \t]+-.*\n)+/m, '');
      expect(without).not.toMatch(/^wazo_verlof:/m);
      const w = check(without, asOf);
      expect(w.valid).toBe(true);
      expect(pairs(w)).toEqual(['eerstejaarsevaluatie/error', 'melding-42e-week/error', 'voortgangsgesprek/warning']);
      expect(w.clock).toMatchObject({ week: 60, eindeWachttijd: '2027-01-31' });
      expect(entry(w, 'melding-42e-week')).toMatchObject({ due: '2025-11-24', done: '2026-03-09', status: 'late' });
      expect(entry(w, 'eerstejaarsevaluatie')).toMatchObject({ from: '2025-12-15', due: '2026-02-01', status: 'overdue' });
      expect(findings(w, 'voortgangsgesprek')[0]!.args).toMatchObject({ from: '2025-05-27', done: '2025-10-07', days: 133 });
    },
  },

  'loonsanctie-bekorting.yaml': {
    findings: [['loonsanctie-bekorting', 'info']],
    more: (c, text, asOf) => {
      // Sick-day 728 is 2026-01-04; 52 weeks of loonsanctie run 2026-01-05 to 2027-01-03.
      // G = 2026-05-04 + 21 days = 2026-05-25 (Tweede Pinksterdag), so Tuesday 2026-05-26;
      // H = 2026-06-16 is 21 days after G: L = min(H + 42 = 2026-07-28, 2027-01-03) - 21 = 2026-07-07.
      expect(c.clock).toMatchObject({ week: 129, eindeWachttijd: '2026-01-04', eindeLoondoorbetaling: '2026-07-07', provisional: false });
      expect(entry(c, 'loonsanctie-bekorting')).toMatchObject({ from: '2026-01-05', due: '2026-07-07', done: '2026-06-16', status: 'info' });
      expect(entry(c, 'einde-loondoorbetaling').due).toBe('2026-07-07');
      const [f] = findings(c, 'loonsanctie-bekorting');
      expect(f!.type).toBe('shortened');
      expect(f!.consequence).toBe('geen');
      expect(f!.args).toMatchObject({ due: '2026-05-26', done: '2026-06-16', date: '2026-07-07', limit: '2027-01-03', days: 21 });
      expect(f!.message).toContain('2026-07-07');
      expect(f!.message).toContain('2027-01-03');
      // The rest of the dossier: all in time (the RIV is due by the WIA aanvraag of 2025-10-02, before 2025-10-05).
      expect(entry(c, 'tweede-spoor')).toMatchObject({ due: '2025-01-16', done: '2024-10-28', status: 'on-time' });
      expect(entry(c, 'actueel-oordeel')).toMatchObject({ due: '2025-10-02', done: '2025-09-18', status: 'on-time' });
      expect(entry(c, 'wia-aanvraag')).toMatchObject({ from: '2025-09-15', due: '2025-10-19', done: '2025-10-02', status: 'on-time' });
      // Without UWV's decision: a warning that G has passed, and the full loonsanctie.
      const undecided = text.replace(/^\s+herstel_vastgesteld:.*\n/m, '');
      expect(undecided).not.toContain('herstel_vastgesteld');
      const u = check(undecided, asOf);
      expect(pairs(u)).toEqual(['loonsanctie-bekorting/warning']);
      expect(findings(u, 'loonsanctie-bekorting')[0]!.args).toMatchObject({ due: '2026-05-26', days: 27 });
      expect(u.clock?.eindeLoondoorbetaling).toBe('2027-01-03');
    },
  },

  'wia-brief-te-laat.yaml': {
    findings: [],
    more: (c, text, asOf) => {
      // Art. 64 lid 6: the letter came on 2026-10-10, after sick-day 623 (2026-09-20); four weeks
      // later is Saturday 2026-11-07, so Monday 2026-11-09. The usual date: 2027-01-03 - 77 = 2026-10-18.
      expect(c.clock).toMatchObject({ week: 98, eindeWachttijd: '2027-01-03', eindeLoondoorbetaling: '2027-01-03' });
      expect(entry(c, 'wia-aanvraag')).toMatchObject({ from: '2026-09-14', due: '2026-11-09', done: '2026-11-01', status: 'on-time' });
      expect(entry(c, 'actueel-oordeel')).toMatchObject({ due: '2026-10-04', done: '2026-09-24', status: 'on-time' });
      expect(entry(c, 'tweede-spoor')).toMatchObject({ due: '2026-01-15', done: '2025-08-25', status: 'on-time' });
      // Without the late letter the aanvraag is 14 days late, and wages run to 2027-01-17.
      const without = text.replace(/^uwv_wia_brief:.*\n/m, '');
      expect(without).not.toMatch(/^uwv_wia_brief:/m);
      const w = check(without, asOf);
      expect(pairs(w)).toEqual(['wia-aanvraag/error']);
      expect(findings(w, 'wia-aanvraag')[0]!.args).toMatchObject({ due: '2026-10-18', done: '2026-11-01', days: 14 });
      expect(w.clock?.eindeLoondoorbetaling).toBe('2027-01-17');
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
