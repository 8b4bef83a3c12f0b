import { parse } from 'csv-parse/sync';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's data generator is plain JavaScript
import { writeDirectory } from '../../scripts/bench-data.mjs';
import { field, neutralize } from '../../src/output/csv-cells.js';
import { caseStatus, csvFormatter, daysPastDue, failingRules } from '../../src/output/formats/csv.js';
import type { FormatterFactory } from '../../src/output/formats/index.js';
import { type CaseReport, type FindingEntry } from '../../src/check/case-report.js';
import { runBin } from '../helpers.js';
import { cases, FILES, nasty, render, YAML } from './cases.js';

const read = (text: string, delimiter: string): Record<string, string>[] =>
  parse(text, { columns: true, delimiter, bom: true, record_delimiter: '\r\n', relax_column_count: false }) as Record<string, string>[];

describe('--format csv', () => {
  it('English: `,`, English headers as the JSON keys, one row per case', () => {
    const text = render(csvFormatter, 'en');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe('source,werknemer,valid,week,ziekmelding,eindeWachttijd,errors,warnings,infos,status,nextDeadline,nextDeadlineDue,nextDeadlineStatus,rules,exposure,exposureComplete');
    const rows = read(text, ',');
    expect(rows).toEqual([
      { source: 'dossiers/clean.yaml', werknemer: 'E-1', valid: 'true', week: '53', ziekmelding: '2025-01-06', eindeWachttijd: '2027-01-03', errors: '0', warnings: '0', infos: '0', status: 'ok', nextDeadline: 'voortgangsgesprek', nextDeadlineDue: '2026-02-10', nextDeadlineStatus: 'open', rules: '', exposure: '0', exposureComplete: 'true' },
      { source: 'dossiers/late.yaml', werknemer: 'E-2', valid: 'true', week: '53', ziekmelding: '2025-01-06', eindeWachttijd: '2027-01-03', errors: '1', warnings: '0', infos: '0', status: 'errors', nextDeadline: 'voortgangsgesprek', nextDeadlineDue: '2026-02-10', nextDeadlineStatus: 'open', rules: 'tweede-spoor', exposure: '0', exposureComplete: 'false' },
      { source: 'dossiers/warn case #1.yaml', werknemer: 'E-3 | Jansen, "A" <b> & co; =1+1', valid: 'true', week: '53', ziekmelding: '2025-01-06', eindeWachttijd: '2027-01-03', errors: '0', warnings: '1', infos: '0', status: 'warnings', nextDeadline: 'voortgangsgesprek', nextDeadlineDue: '2026-02-10', nextDeadlineStatus: 'open', rules: 'voortgangsgesprek', exposure: '0', exposureComplete: 'false' },
      { source: 'dossiers/invalid.yaml', werknemer: 'E-4', valid: 'false', week: '', ziekmelding: '', eindeWachttijd: '', errors: '0', warnings: '0', infos: '0', status: 'invalid', nextDeadline: '', nextDeadlineDue: '', nextDeadlineStatus: '', rules: '', exposure: '', exposureComplete: '' },
    ]);
  });

  it('Dutch: `;`, Dutch headers, ja/nee and Dutch status words, and a BOM for Excel', () => {
    const text = render(csvFormatter, 'nl');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = read(text, ';');
    expect(Object.keys(rows[0]!)).toEqual(['Bron', 'Werknemer', 'Geldig', 'Ziekteweek', 'Ziekmelding', 'Einde wachttijd', 'Fouten', 'Waarschuwingen', 'Info', 'Status', 'Volgende termijn', 'Uiterste datum', 'Termijnstatus', 'Regels', 'Financieel risico max (EUR)', 'Risico compleet']);
    expect(rows.map((r) => [r.Geldig, r.Status])).toEqual([['ja', 'ok'], ['ja', 'fouten'], ['ja', 'waarschuwingen'], ['nee', 'ongeldig']]);
    expect(rows[2]!.Werknemer).toBe('E-3 | Jansen, "A" <b> & co; =1+1');
    // Dates stay ISO: Excel reads them as dates in every locale.
    expect(rows[1]!['Uiterste datum']).toBe('2026-02-10');
  });

  it('quotes only what must be quoted (RFC 4180), with CRLF line ends', () => {
    expect(field('plain', ',')).toBe('plain');
    expect(field('a;b', ',')).toBe('a;b');
    expect(field('a;b', ';')).toBe('"a;b"');
    expect(field('say "hi"', ',')).toBe('"say ""hi"""');
    expect(field('two\nlines', ',')).toBe('"two\nlines"');
    const text = render(csvFormatter, 'en');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(6);
    const c = cases().clean;
    // A line break from a case file is written as `\n`: a CSV is printed in CI logs too.
    const odd = render(csvFormatter, 'en', [{ ...c, werknemer: 'line\nbreak, "quoted"\u001b[2J', source: 'a,b.yaml' }]);
    expect(read(odd, ',')[0]).toMatchObject({ source: 'a,b.yaml', werknemer: 'line\\nbreak, "quoted"\\u001b[2J' });
  });

  it('text a spreadsheet would run as a formula gets a leading quote', () => {
    expect(neutralize('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutralize('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutralize('+31 6')).toBe(`'+31 6`);
    expect(neutralize('-')).toBe('-');
    expect(neutralize('-12')).toBe('-12');
    expect(neutralize('E-1042')).toBe('E-1042');
    expect(neutralize(' =1+1')).toBe(`' =1+1`);
    // A tab first is written as the two characters `\t`: no formula any more.
    expect(neutralize('\t=1+1')).toBe('\\t=1+1');
    const c = cases().clean;
    expect(read(render(csvFormatter, 'en', [{ ...c, werknemer: '=1+1' }]), ',')[0]!.werknemer).toBe(`'=1+1`);
  });

  it('status and next deadline: the next step of the case, open or overdue', () => {
    const c = cases();
    expect([c.clean, c.late, c.warning, c.invalid].map(caseStatus)).toEqual(['ok', 'errors', 'warnings', 'invalid']);
    expect(c.invalid.next).toBeNull();
    expect(c.late.next).toMatchObject({ rule: 'voortgangsgesprek', due: '2026-02-10' });
    const overdue: CaseReport = { ...c.late, next: { rule: 'actueel-oordeel', title: 'Actueel oordeel', todo: 'have the bedrijfsarts write the actueel oordeel', due: '2025-01-06', days: -400 } };
    expect(read(render(csvFormatter, 'en', [overdue]), ',')[0]).toMatchObject({ nextDeadline: 'actueel-oordeel', nextDeadlineDue: '2025-01-06', nextDeadlineStatus: 'overdue' });
    expect(read(render(csvFormatter, 'nl', [overdue]), ';')[0]).toMatchObject({ 'Termijnstatus': 'termijn verstreken' });
  });

  it('no cases: only the header', () => {
    expect(read(render(csvFormatter, 'en', []), ',')).toEqual([]);
    expect(render(csvFormatter, 'en', []).split('\r\n')).toHaveLength(2);
  });
});

/** A finding of the late case, as another rule and severity. */
const as = (c: CaseReport, rule: string, severity: FindingEntry['severity']): FindingEntry => ({ ...c.findings[0]!, rule, severity });

describe('--format csv: the rules column', () => {
  it('comes after the columns before it, before the money at risk: the rules with an error or warning, each once, in the order of the findings; no infos', () => {
    const late = cases().late;
    const mixed = { ...late, findings: [as(late, 'plan-van-aanpak', 'warning'), as(late, 'eerstejaarsevaluatie', 'info'), as(late, 'tweede-spoor', 'error'), as(late, 'plan-van-aanpak', 'error')] };
    expect(failingRules(mixed)).toEqual(['plan-van-aanpak', 'tweede-spoor']);
    const en = render(csvFormatter, 'en', [mixed]);
    // The existing columns keep their positions; `rules` comes after them.
    expect(en.split('\r\n')[0]!.split(',').indexOf('rules')).toBe(13);
    expect(read(en, ',')[0]).toMatchObject({ errors: '2', warnings: '1', infos: '1', rules: 'plan-van-aanpak, tweede-spoor' });
    // With `,` as separator the list is one quoted cell.
    expect(en).toContain(',"plan-van-aanpak, tweede-spoor",');
    const nlCase = cases('nl').late;
    const nl = render(csvFormatter, 'nl', [{ ...nlCase, findings: mixed.findings }]);
    expect(Object.keys(read(nl, ';')[0]!).at(-3)).toBe('Regels');
    expect(read(nl, ';')[0]!.Regels).toBe('plan-van-aanpak, tweede-spoor');
    expect(nl).toContain(';plan-van-aanpak, tweede-spoor;');
  });

  it('is empty for a case with only infos, without findings, or that could not be evaluated', () => {
    const c = cases();
    const infos = { ...c.late, findings: [as(c.late, 'eerstejaarsevaluatie', 'info')] };
    expect(read(render(csvFormatter, 'en', [infos, c.clean, c.invalid]), ',').map((r) => r.rules)).toEqual(['', '', '']);
  });
});

/** csv with --per-finding, as `poort check` builds it from the run spec. */
const perFinding: FormatterFactory = (ctx) => csvFormatter({ ...ctx, perFinding: true });

describe('--format csv --per-finding', () => {
  it('English: a row per finding and per input problem, headers as the JSON keys; a case without findings has no row', () => {
    const text = render(perFinding, 'en');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe('source,werknemer,rule,severity,norm,type,due,days,message,line,exposure');
    const c = cases();
    expect(read(text, ',')).toEqual([
      {
        source: FILES.late, werknemer: 'E-2', rule: 'tweede-spoor', severity: 'error', norm: 'uwv', type: 'late', due: '2026-01-01', days: '1',
        message: c.late.findings[0]!.text, line: '11', exposure: '',
      },
      // A gap counts the sick-days between meetings, not days past a due date: no days.
      {
        source: FILES.warning, werknemer: 'E-3 | Jansen, "A" <b> & co; =1+1', rule: 'voortgangsgesprek', severity: 'warning', norm: 'uwv', type: 'gap', due: '', days: '',
        message: c.warning.findings[0]!.text, line: String(c.warning.findings[0]!.line), exposure: '',
      },
      { source: FILES.invalid, werknemer: 'E-4', rule: 'input-problem', severity: 'error', norm: '', type: 'not-a-date', due: '', days: '', message: 'probleemanalyse: 2025-02-29 is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)', line: '3', exposure: '' },
      { source: FILES.invalid, werknemer: 'E-4', rule: 'input-problem', severity: 'error', norm: '', type: 'unknown-key', due: '', days: '', message: 'probleemanalyze: unknown key `probleemanalyze` (did you mean `probleemanalyse`?)', line: '4', exposure: '' },
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('Dutch: `;`, Dutch headers and severities, the people\'s text with Dutch dates, ISO dates in the date column, a BOM', () => {
    const text = render(perFinding, 'nl');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = read(text, ';');
    expect(Object.keys(rows[0]!)).toEqual(['Bron', 'Werknemer', 'Regel', 'Ernst', 'Norm', 'Soort', 'Uiterste datum', 'Dagen te laat', 'Bevinding', 'Regelnummer', 'Financieel risico max (EUR)']);
    expect(rows.map((r) => [r.Regel, r.Ernst, r['Uiterste datum'], r['Dagen te laat'], r.Regelnummer])).toEqual([
      ['tweede-spoor', 'fout', '2026-01-01', '1', '11'],
      ['voortgangsgesprek', 'waarschuwing', '', '', String(cases('nl').warning.findings[0]!.line)],
      ['input-problem', 'fout', '', '', '3'],
      ['input-problem', 'fout', '', '', '4'],
    ]);
    expect(rows[0]!.Bevinding).toContain('gestart op 02-01-2026');
    expect(rows[2]!.Bevinding).toBe('probleemanalyse: 2025-02-29 bestaat niet als datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ)');
  });

  it('a case without findings gives no row; no cases gives only the header', () => {
    const c = cases();
    expect(render(perFinding, 'en', [c.clean])).toBe('source,werknemer,rule,severity,norm,type,due,days,message,line,exposure\r\n');
    expect(render(perFinding, 'nl', [])).toBe('\uFEFFBron;Werknemer;Regel;Ernst;Norm;Soort;Uiterste datum;Dagen te laat;Bevinding;Regelnummer;Financieel risico max (EUR)\r\n');
  });

  it('lists infos too, with their severity', () => {
    const late = cases().late;
    const rows = read(render(perFinding, 'en', [{ ...late, findings: [as(late, 'eerstejaarsevaluatie', 'info'), late.findings[0]!] }]), ',');
    expect(rows.map((r) => [r.rule, r.severity])).toEqual([['eerstejaarsevaluatie', 'info'], ['tweede-spoor', 'error']]);
  });

  it('days: only the days past the due date (late or overdue), when the finding has them', () => {
    const f = (type: string, args: FindingEntry['args']) => daysPastDue({ type, args });
    expect(f('late', { due: '2026-01-01', done: '2026-01-02', days: 1 })).toBe(1);
    expect(f('missing', { due: '2026-01-01', days: 9 })).toBe(9);
    expect(f('undecided', { due: '2026-01-01', done: '2025-12-01', days: 3 })).toBe(3);
    expect(f('missing', { from: '2026-01-01' })).toBeNull();
    expect(f('gap', { from: '2025-05-12', done: '2025-08-01', days: 81 })).toBeNull();
    expect(f('early', { from: '2025-03-01', done: '2025-02-20', days: 9 })).toBeNull();
    // Started after the date practice expects, yet in time for the due date: not late.
    expect(f('delayed', { due: '2026-02-01', limit: '2026-01-05', done: '2026-01-10', days: 5 })).toBeNull();
    expect(f('check', { value: 'x' })).toBeNull();
  });

  it('hostile text from a case file stays one neutralised cell, in either language', () => {
    for (const [lang, sep] of [['en', ','], ['nl', ';']] as const) {
      const c = nasty(cases(lang).late);
      const hostile = { ...c, werknemer: '=cmd|"/c calc"!A1;x\ny', findings: [{ ...c.findings[0]!, text: `=HYPERLINK("http://x";"klik"); ${c.findings[0]!.text}` }] };
      const text = render(perFinding, lang, [hostile]);
      // A header and one row: the line breaks are escapes, the separators quoted.
      expect(text.split('\r\n')).toHaveLength(3);
      const rows = read(text, sep);
      expect(rows).toHaveLength(1);
      const [werknemer, message] = Object.values(rows[0]!).filter((_, i) => i === 1 || i === 8);
      expect(werknemer).toBe(`'=cmd|"/c calc"!A1;x\\ny`);
      expect(message!.startsWith(`'=HYPERLINK("http://x";"klik"); 100% late: see\\nline 2, then\\r\\nline 3`)).toBe(true);
      expect(message).not.toMatch(/[\r\n\u0007]/);
    }
  });

  it('an input problem quoting the case file is neutralised too', () => {
    const bad = cases().invalid;
    const hostile = { ...bad, werknemer: '+31 6 1234', problems: [{ ...bad.problems[0]!, path: '', message: '@SUM(A1);\nnext' }] };
    const row = read(render(perFinding, 'nl', [hostile]), ';')[0]!;
    expect(row).toMatchObject({ Werknemer: `'+31 6 1234`, Regel: 'input-problem', Bevinding: `'@SUM(A1);\\nnext`, Regelnummer: '3' });
  });
});

describe('poort check --per-finding (the bin)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'poort-per-finding-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // More files than the threshold for worker threads, with a bad one and a hostile one among them.
  (writeDirectory as (dir: string, n: number) => void)(dir, 320);
  writeFileSync(join(dir, 'dossier-000100.yaml'), 'ziekmelding: 2025-02-30\nprobleemanalyze: 2025-03-01\n');
  writeFileSync(join(dir, 'dossier-000200.yaml'), YAML.warning);
  writeFileSync(join(dir, 'dossier-000201.yaml'), YAML.late.replace('werknemer: E-2', `werknemer: "=1+1; a\\nb"`));
  const poort = (...args: string[]) => runBin(['check', dir, '--as-of', '2026-11-23', '--format', 'csv', '--per-finding', ...args], { env: { CI: '1' } });

  it.each(['en', 'nl'])('gives the same rows on two threads as on one, byte for byte (%s)', (lang) => {
    const one = poort('--lang', lang, '--jobs', '1');
    expect(one.code).toBe(2);
    const two = poort('--lang', lang, '--jobs', '2');
    expect(two).toEqual(one);
    const sep = lang === 'nl' ? ';' : ',';
    const rows = read(one.stdout, sep);
    const [source, rule, severity] = lang === 'nl' ? ['Bron', 'Regel', 'Ernst'] : ['source', 'rule', 'severity'];
    // Rows per finding, not per case: more rows than case files, from many of them.
    expect(rows.length).toBeGreaterThan(320);
    expect(new Set(rows.map((r) => r[source])).size).toBeGreaterThan(100);
    expect(rows.filter((r) => r[source]!.endsWith('dossier-000100.yaml')).map((r) => [r[rule], r[severity]])).toEqual([
      ['input-problem', lang === 'nl' ? 'fout' : 'error'], ['input-problem', lang === 'nl' ? 'fout' : 'error'],
    ]);
    const hostile = rows.filter((r) => r[source]!.endsWith('dossier-000201.yaml')).map((r) => Object.values(r)[1]);
    expect(hostile.length).toBeGreaterThan(0);
    expect(new Set(hostile)).toEqual(new Set([`'=1+1; a\\nb`]));
  });

  it('with another format is a usage error: exit 2, one line, no report', () => {
    const json = runBin(['check', 'examples', '--per-finding', '--format', 'json']);
    expect(json).toEqual({ code: 2, stdout: '', stderr: 'poort: --per-finding works with --format csv only\n' });
    const text = runBin(['check', 'examples', '--per-finding', '--lang', 'nl']);
    expect(text).toEqual({ code: 2, stdout: '', stderr: 'poort: --per-finding werkt alleen met --format csv\n' });
  });

  it('is in check\'s help, in both languages', () => {
    expect(runBin(['check', '--help']).stdout).toMatch(/--per-finding +csv output: one row per finding/);
    expect(runBin(['check', '--help', '--lang', 'nl']).stdout).toMatch(/--per-finding +csv-uitvoer: één rij per bevinding/);
  });
});
