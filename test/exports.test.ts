import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's data generator is plain JavaScript
import { periodExport } from '../scripts/bench-data.mjs';
import { exportUnits, readingOf } from '../src/check/inputs.js';
import { foldPeriods, PeriodRows } from '../src/check/periods.js';
import { ColumnMapping, synonymOf } from '../src/input/columns.js';
import { csvCase, csvLocated, rowValue } from '../src/input/csv-case.js';
import { runBin, tree } from './helpers.js';
import { writeWorkbook } from './workbook-fixtures.js';

type Expected = { ziekmelding: string; hersteld: string | null; onderbrekingen: { van: string; tot: string }[]; overlap: boolean };
type PeriodExport = { rows: { person: string; start: string; end: string; pct: string }[]; expected: Map<string, Expected[]> };

const DUTCH_HEADER = ['Medewerker', 'Eerste ziektedag', 'Hersteldatum', 'Loondoorbetaling %', 'Afdeling'];
const MAPPING = `columns:
  Medewerker: werknemer
  Eerste ziektedag: ziekmelding
  Hersteldatum: hersteld
  Loondoorbetaling %: loon_percentage
  Afdeling: null
  Status eerste spoor:
    key: eerste_spoor.status
    values: { Geen terugkeer: uitgesloten, Twijfel: onduidelijk }
periods: { person: werknemer, start: ziekmelding, end: hersteld }
`;

describe('mapping an export\'s columns onto case keys', () => {
  const mapping = new ColumnMapping({
    Medewerker: 'werknemer',
    'Eerste ziektedag': 'ziekmelding',
    Afdeling: null,
    'Status eerste spoor': { key: 'eerste_spoor.status', values: { 'Geen terugkeer': 'uitgesloten' } },
  });

  it('matches headers whatever their capitals, accents and spaces, and reads the row into the mapped keys', () => {
    const plan = mapping.plan(['MEDEWERKER', 'Eerste  Ziektedág', 'afdeling', 'Status eerste spoor', 'probleemanalyse'], 1);
    expect(plan.problems).toEqual([]);
    const read = csvCase(plan, ['E-1', '06-01-2025', 'Verkoop', 'Geen terugkeer', '2025-02-10'], 2);
    expect(read.problems).toEqual([]);
    expect(read.case).toMatchObject({ werknemer: 'E-1', eerste_spoor: { status: 'uitgesloten' } });
    expect(read.case!.ziekmelding.toString()).toBe('2025-01-06');
  });

  it('reads a value of a key with fixed values whatever its capitals, without a value map', () => {
    const plan = new ColumnMapping().plan(['ziekmelding', 'eerste_spoor.status'], 1);
    expect(csvCase(plan, ['2025-01-06', 'Onduidelijk'], 2).case?.eerste_spoor?.status).toBe('onduidelijk');
    expect(csvCase(plan, ['2025-01-06', 'misschien'], 2).problems.map((p) => p.code)).toEqual(['not-one-of']);
  });

  it('says what is wrong with a header once, with the column and a hint, and reads the rows without that column', () => {
    const plan = new ColumnMapping().plan(['ziekmelding', 'Eerste ziektedag', 'Kleur'], 1);
    expect(plan.problems.map((p) => [p.code, p.column, p.args.suggestion])).toEqual([
      ['column-unknown', 2, 'ziekmelding'],
      ['column-unknown', 3, undefined],
    ]);
    expect(csvCase(plan, ['2025-01-06', 'x', 'rood'], 2).problems).toEqual([]);
  });

  it('knows what verzuim systems call the keys', () => {
    expect(['Eerste ziektedag', 'DatEerstVrzmdg', 'Medewerker', 'Intern nummer', 'Hersteldatum', 'Datum_hersteld'].map(synonymOf)).toEqual([
      'ziekmelding', 'ziekmelding', 'werknemer', 'werknemer', 'hersteld', 'hersteld',
    ]);
  });

  it('finds a missing ziekmelding column and the column that probably gives it', () => {
    const plan = new ColumnMapping().plan(['Medewerker', 'Eerste ziektedag'], 1);
    expect(plan.missing).toBe('ziekmelding');
    expect(plan.hint).toBe('Eerste ziektedag');
  });

  it('moves the dates of a column whose system means another day (a hersteldatum that is the last sick day)', () => {
    const plan = new ColumnMapping({ 'Laatste ziektedag': { key: 'hersteld', days: 1 } }).plan(['ziekmelding', 'Laatste ziektedag'], 1);
    expect(csvCase(plan, ['2025-01-06', '31-01-2025'], 2).case!.hersteld!.toString()).toBe('2025-02-01');
    expect(csvCase(plan, ['2025-01-06', 'gisteren'], 2).problems.map((p) => p.code)).toEqual(['not-a-date']);
  });

  it('refuses two columns for one key', () => {
    const plan = new ColumnMapping({ Start: 'ziekmelding' }).plan(['ziekmelding', 'Start'], 1);
    expect(plan.problems.map((p) => [p.code, p.column])).toEqual([['column-twice', 2]]);
  });
});

const KEYS = { person: 'werknemer', start: 'ziekmelding', end: 'hersteld' };
const PLAN = new ColumnMapping({ Medewerker: 'werknemer', 'Eerste ziektedag': 'ziekmelding', Hersteldatum: 'hersteld', 'Loondoorbetaling %': 'loon_percentage' })
  .plan(['Medewerker', 'Eerste ziektedag', 'Hersteldatum', 'Loondoorbetaling %'], 1);
const READER = { file: 'export.csv', unit: 'row', read: ({ n, raw }: { n: number; raw: string[] }) => ({ value: rowValue(PLAN, raw), located: csvLocated(PLAN, raw, n + 1) }) };

/** The period export's rows folded as the CSV reader folds them. */
function fold(data: PeriodExport) {
  const rows = new PeriodRows<string[]>(KEYS);
  data.rows.forEach((r, i) => {
    const cells = [r.person, r.start, r.end, r.pct];
    rows.push(i + 1, cells, rowValue(PLAN, cells));
  });
  return [...foldPeriods(rows, KEYS, READER)];
}

describe('sickness periods folded into cases (the samentelling)', () => {
  it('folds 10,000 period rows of 3,000 people into the cases they make, 27- and 28-day gaps, overlaps and all', () => {
    const data = periodExport(3000) as PeriodExport;
    expect(data.rows.length).toBeGreaterThan(10_000);
    const cases = fold(data);
    const byPerson = new Map<string, typeof cases>();
    for (const c of cases) byPerson.set(String(c.value.werknemer), [...(byPerson.get(String(c.value.werknemer)) ?? []), c]);
    let gaps27 = 0;
    let gaps28 = 0;
    for (const [person, expected] of data.expected) {
      const got = byPerson.get(person)!;
      expect(got.map((c) => c.value.ziekmelding), person).toEqual(expected.map((e) => e.ziekmelding));
      expected.forEach((e, i) => {
        const c = got[i]!;
        expect(c.problems.map((p) => p.code), `${person} overlap`).toEqual(e.overlap ? ['periods-overlap'] : []);
        if (e.overlap) return;
        expect(c.value.onderbrekingen ?? [], `${person} onderbrekingen`).toEqual(e.onderbrekingen);
        expect(c.value.hersteld ?? null, `${person} hersteld`).toBe(e.hersteld);
        gaps27 += e.onderbrekingen.filter((o) => daysBetween(o.van, o.tot) + 1 === 27).length;
      });
      gaps28 += expected.length - 1;
    }
    // Every row is in exactly one case; the data had gaps on both sides of the boundary.
    expect(cases.reduce((n, c) => n + c.source.split(',').length, 0)).toBe(data.rows.length);
    expect(gaps27).toBeGreaterThan(100);
    expect(gaps28).toBeGreaterThan(100);
  });

  it('names every row of a case, and both rows of an overlap', () => {
    const data: PeriodExport = {
      rows: [
        { person: 'A', start: '2025-01-06', end: '2025-02-01', pct: '100' },
        { person: 'B', start: '2025-01-06', end: '2025-03-01', pct: '100' },
        { person: 'A', start: '2025-02-28', end: '', pct: '100' }, // 27 days fit: one case
        { person: 'B', start: '2025-02-20', end: '', pct: '100' }, // before B's first period ended
      ],
      expected: new Map(),
    };
    const cases = fold(data);
    expect(cases.map((c) => [c.source, c.value.ziekmelding, c.value.onderbrekingen, c.problems.map((p) => [p.code, p.line, p.args.other])])).toEqual([
      ['export.csv rows 1, 3', '2025-01-06', [{ van: '2025-02-01', tot: '2025-02-27' }], []],
      ['export.csv rows 2, 4', '2025-01-06', undefined, [['periods-overlap', 5, 'row 2']]],
    ]);
  });

  it('holds no more rows than its bound, and an export past it is one problem and no fold', async () => {
    const rows = new PeriodRows<string[]>(KEYS, 2);
    expect([1, 2, 3].map((n) => rows.push(n, [], { werknemer: 'A', ziekmelding: '2025-01-06' }))).toEqual([true, true, false]);
    expect(rows.length).toBe(2);
    async function* csv() {
      yield { line: 1, cells: ['werknemer', 'ziekmelding', 'hersteld'] };
      for (let i = 2; i <= 5; i++) yield { line: i, cells: [`W-${i}`, '2025-01-06', ''] };
    }
    const reading = { ...readingOf({ columns: {}, periods: KEYS, sheet: undefined }), maxPeriodRows: 3 };
    const units = [];
    for await (const u of exportUnits('big.csv', csv(), reading)) units.push(u);
    expect(units).toMatchObject([{ type: 'problem', source: 'big.csv', problems: [{ code: 'periods-too-many', line: 5, args: { max: 3 } }] }]);
  });

  it('starts a new case after 28 days fit', () => {
    const rows = [
      { person: 'A', start: '2025-01-06', end: '2025-02-01', pct: '100' },
      { person: 'A', start: '2025-03-01', end: '', pct: '100' },
    ];
    const cases = fold({ rows, expected: new Map() });
    expect(cases.map((c) => [c.value.ziekmelding, c.value.hersteld])).toEqual([['2025-01-06', '2025-02-01'], ['2025-03-01', undefined]]);
  });
});

const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe('an export through poort check', () => {
  const data = periodExport(60, 5, 7) as PeriodExport;
  const csv = (sep: string) => `\uFEFF${DUTCH_HEADER.join(sep)}\r\n${data.rows.map((r) => [r.person, r.start, r.end, r.pct, 'Zorg'].join(sep)).join('\r\n')}\r\n`;
  const dir = tree({ 'poort.config.yaml': MAPPING, 'semicolon.csv': csv(';'), 'comma.csv': csv(',') }, 'poort-exports-');

  it('folds the periods of a Dutch export by the config\'s mapping, each case naming its rows', () => {
    const r = runBin(['check', 'semicolon.csv', '--periods', '--format', 'json', '--as-of', '2026-12-01'], { cwd: dir, env: { HOME: dir } });
    const doc = JSON.parse(r.stdout) as { cases: { source: string; werknemer: string; valid: boolean; clock: { ziekmelding: string } | null }[] };
    const expected = [...data.expected.values()].flat();
    expect(doc.cases).toHaveLength(expected.length);
    expect(doc.cases.filter((c) => !c.valid)).toHaveLength(expected.filter((e) => e.overlap).length);
    expect(doc.cases[0]!.source).toMatch(/^semicolon\.csv rows? \d+/);
    expect(r.code).toBe(expected.some((e) => e.overlap) ? 2 : 1);
  });

  it('gives the same report for `;` and `,`, JSON Lines and an Excel workbook', () => {
    writeFileSync(join(dir, 'records.jsonl'), data.rows.map((r) => JSON.stringify({ Medewerker: r.person, 'Eerste ziektedag': r.start, Hersteldatum: r.end || undefined, 'Loondoorbetaling %': r.pct, Afdeling: 'Zorg' })).join('\n'));
    const date = (iso: string) => ({ date: iso });
    writeWorkbook(join(dir, 'workbook.xlsx'), [DUTCH_HEADER, ...data.rows.map((r) => [r.person, date(r.start), r.end ? date(r.end) : '', Number(r.pct), 'Zorg'])]);
    const run = (file: string) => runBin(['check', file, '--periods', '--format', 'json', '--as-of', '2026-12-01'], { cwd: dir, env: { HOME: dir } }).stdout.replaceAll(file, 'export');
    const csvReport = run('semicolon.csv');
    expect(run('comma.csv')).toBe(csvReport);
    // A JSON Lines record is a `line` (its own number; a column counts in its JSON text), a row of a file with a header a `row`, one line further down.
    const same = (report: string) => report.replace(/export (?:rows?|lines?) /g, 'export rows ').replace(/\bline (\d)/g, 'row $1').replace(/"line":\d+/g, '"line":0').replace(/"column":\d+/g, '"column":0');
    expect(same(run('records.jsonl'))).toBe(same(csvReport));
    expect(run('workbook.xlsx')).toBe(csvReport);
  });

  it('says a header problem once, not per row: a column poort does not know, and the rows still checked', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `W-${i};2026-11-20;100;Zorg`).join('\n');
    writeFileSync(join(dir, 'extra.csv'), `werknemer;ziekmelding;loon_percentage;Afdeling\n${rows}\n`);
    const r = runBin(['check', 'extra.csv', '--no-config', '--format', 'json', '--as-of', '2026-12-01'], { cwd: dir, env: { HOME: dir } });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual(['extra.csv:1:4: column `Afdeling` is not a case file key and not mapped; map it under columns: in poort.config.yaml or a --columns file, or leave it out with `Afdeling: null`; its values were not read']);
    const doc = JSON.parse(r.stdout) as { cases: { valid: boolean }[]; summary: { cases: number; invalid: number } };
    expect(doc.summary).toMatchObject({ cases: 5001, invalid: 1 });
  });

  it('says a missing ziekmelding column once, naming the column that probably gives it, and checks no row', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `W-${i};06-01-2025`).join('\n');
    writeFileSync(join(dir, 'unmapped.csv'), `werknemer;Eerste ziektedag\n${rows}\n`);
    const r = runBin(['check', 'unmapped.csv', '--no-config', '--format', 'json', '--as-of', '2026-12-01'], { cwd: dir, env: { HOME: dir } });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^unmapped\.csv:1:1: .*ziekmelding.*Eerste ziektedag.*5,000 rows/);
    const doc = JSON.parse(r.stdout) as { cases: unknown[]; summary: { cases: number; invalid: number } };
    expect(doc.summary).toMatchObject({ cases: 1, invalid: 1 });
  });

  it('reads a preset and a --columns file, and refuses a mapping onto a key that does not exist', () => {
    writeFileSync(join(dir, 'mapping.yaml'), 'columns:\n  Medewerker: werknemr\n');
    const r = runBin(['check', 'semicolon.csv', '--no-config', '--columns', 'mapping.yaml'], { cwd: dir, env: { HOME: dir } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mapping\.yaml:2:15: .*werknemr.*werknemer/);
    const sivi = 'IdWrknmr;DatEerstVrzmdg;DatHrstld;VrzmgvlId;PrcVrzm\nW-1;2025-01-06;2025-02-01;1;100\nW-1;2025-02-20;;2;100\n';
    writeFileSync(join(dir, 'sivi.csv'), sivi);
    const s = runBin(['check', 'sivi.csv', '--no-config', '--columns', 'sivi', '--periods', '--format', 'json', '--as-of', '2025-06-01'], { cwd: dir, env: { HOME: dir } });
    expect(JSON.parse(s.stdout).cases).toMatchObject([{ source: 'sivi.csv rows 1, 2', werknemer: 'W-1', clock: { ziekmelding: '2025-01-06' } }]);
  });

  it('reads the sheet --sheet names, and names the sheets there are when it is not there', () => {
    writeWorkbook(join(dir, 'two.xlsx'), [['Notes'], ['none']], { sheetName: 'Notes', moreSheets: [{ name: 'Verzuim', rows: [['werknemer', 'ziekmelding'], ['W-9', { date: '2026-11-02' }]] }] });
    const r = runBin(['check', 'two.xlsx', '--no-config', '--sheet', 'Verzuim', '--format', 'json', '--as-of', '2026-12-01'], { cwd: dir, env: { HOME: dir } });
    expect(JSON.parse(r.stdout).cases).toMatchObject([{ source: 'two.xlsx row 1', werknemer: 'W-9', valid: true, clock: { ziekmelding: '2026-11-02' } }]);
    const none = runBin(['check', 'two.xlsx', '--no-config', '--sheet', 'Ziekte', '--as-of', '2026-12-01'], { cwd: dir, env: { HOME: dir } });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('two.xlsx: the workbook has no sheet `Ziekte` (sheets: Notes, Verzuim); name one with --sheet\n');
    writeFileSync(join(dir, 'kapot.xlsx'), 'not a zip');
    const broken = runBin(['check', 'kapot.xlsx', '--no-config', '--as-of', '2026-12-01'], { cwd: dir, env: { HOME: dir } });
    expect([broken.code, broken.stderr]).toEqual([2, 'kapot.xlsx: not a readable Excel workbook (.xlsx): not an .xlsx workbook (not a zip archive); save it again from Excel, or export CSV\n']);
  });

  it('names overlapping rows by number, so that --redact hides the file in the message too', () => {
    writeFileSync(join(dir, 'naam-van-persoon.csv'), 'werknemer;ziekmelding;hersteld\nA;2025-01-06;2025-02-01\nA;2025-01-20;\n');
    writeFileSync(join(dir, 'periods.yaml'), 'periods: { person: werknemer, start: ziekmelding, end: hersteld }\n');
    const r = runBin(['check', 'naam-van-persoon.csv', '--no-config', '--columns', 'periods.yaml', '--periods', '--redact', '--as-of', '2026-01-01', '--format', 'json'], { cwd: dir, env: { HOME: dir } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^anon-[0-9a-f]+\.csv:3:2: ziekmelding: this period \(row 2, from 2025-01-20\) starts before the one of row 1 /);
    expect(r.stdout + r.stderr).not.toContain('naam-van-persoon');
  });

  it('a --columns file that is missing or not a mapping is one located line and exit 2', () => {
    const missing = runBin(['check', 'semicolon.csv', '--no-config', '--columns', 'nope.yaml'], { cwd: dir, env: { HOME: dir } });
    expect([missing.code, missing.stderr]).toEqual([2, 'nope.yaml: cannot read the file: it does not exist; check the path\n']);
    writeFileSync(join(dir, 'list.yaml'), 'columns: [1, 2]\n');
    const list = runBin(['check', 'semicolon.csv', '--no-config', '--columns', 'list.yaml'], { cwd: dir, env: { HOME: dir } });
    expect([list.code, list.stderr]).toEqual([2, 'list.yaml:1:10: columns: [1,2] is not of the expected kind (expected: names with values below it, such as `Medewerker: werknemer`)\n']);
  });

  it('--periods without periods: is a usage error', () => {
    const r = runBin(['check', 'semicolon.csv', '--no-config', '--periods'], { cwd: dir, env: { HOME: dir } });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
