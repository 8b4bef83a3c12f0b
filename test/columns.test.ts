/**
 * People's text output fits the width (COLUMNS, else the terminal's) in every command, and is
 * left as it is in a pipe without COLUMNS (README, "Use").
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputWidth } from '../src/cli/settings.js';
import { ROOT, rules, runBin, runMain } from './helpers.js';

const AS_OF = ['--as-of', '2026-03-02'];
const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`);
/** The export example is read with its folder's mapping, as the README runs it. */
const EXPORT = join(ROOT, 'examples', 'export');

/** Columns as a terminal shows them, counted here on their own terms: colour codes stripped, a character one column. */
const columns = (line: string): number => [...line.replace(/\u001b\[[0-9;]*m/g, '')].length;

/** The lines of stdout wider than `width`. */
function tooWide(args: string[], width: number, opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string[] {
  const r = runBin(args, { cwd: opts.cwd, env: { COLUMNS: String(width), ...opts.env } });
  expect(r.stdout.length, `${args.join(' ')}: ${r.stderr}`).toBeGreaterThan(0);
  return r.stdout.split('\n').filter((l) => columns(l) > width);
}

describe.each(['nl', 'en'])('under COLUMNS=80 no line is wider (--lang %s)', (lang) => {
  const l = ['--lang', lang];

  it.each(EXAMPLES)('check %s', (file) => expect(tooWide(['check', file, ...AS_OF, ...l], 80)).toEqual([]));

  it('check of the export, as a workbook and as CSV, with --periods', () => {
    for (const file of ['verzuim-export.csv', 'verzuim-export.xlsx']) expect(tooWide(['check', file, '--periods', '--as-of', '2025-12-01', ...l], 80, { cwd: EXPORT })).toEqual([]);
  });

  it('check of the whole examples folder as a batch (and its summary)', () => {
    expect(tooWide(['check', 'examples', ...AS_OF, ...l], 80)).toEqual([]);
    expect(tooWide(['check', '.', '--periods', '--as-of', '2025-12-01', ...l], 80, { cwd: EXPORT })).toEqual([]);
  });

  it('agenda', () => {
    expect(tooWide(['agenda', 'examples', ...AS_OF, '--within', '60d', ...l], 80)).toEqual([]);
    expect(tooWide(['agenda', '.', '--periods', '--as-of', '2025-12-01', '--within', '8w', ...l], 80, { cwd: EXPORT })).toEqual([]);
  });

  it('deadlines, with and without onderbrekingen and own rules', () => {
    expect(tooWide(['deadlines', '2025-01-06', ...AS_OF, ...l], 80)).toEqual([]);
    expect(tooWide(['deadlines', '06-01-2025', ...AS_OF, '--onderbreking', '2025-02-01..2025-02-10', ...l], 80)).toEqual([]);
    expect(tooWide(['deadlines', '2024-02-29', ...AS_OF, '--onderbreking', '2024-03-10..2024-03-20', '--onderbreking', '2024-05-01..2024-05-03', '--rules', 'test/fixtures/rules', ...l], 80)).toEqual([]);
  });

  it('rules, built-in and with own rules files', () => {
    expect(tooWide(['rules', ...l], 80)).toEqual([]);
    expect(tooWide(['rules', '--rules', 'test/fixtures/rules', ...l], 80)).toEqual([]);
  });
});

describe('under COLUMNS=60, in colour, no line is wider', () => {
  const env = { FORCE_COLOR: '3' };
  it.each([
    ['check', 'examples', ...AS_OF, '--lang', 'nl'],
    ['check', 'examples/wia-brief-te-laat.yaml', ...AS_OF, '--lang', 'en'],
    ['agenda', 'examples', ...AS_OF, '--within', '60d', '--lang', 'nl'],
    ['deadlines', '2025-01-06', ...AS_OF, '--onderbreking', '2025-02-01..2025-02-10', '--lang', 'nl'],
    ['rules', '--rules', 'test/fixtures/rules', '--lang', 'en'],
  ])('%s %s %s', (...args) => expect(tooWide(args, 60, { env })).toEqual([]));
});

describe('explain fits too', () => {
  it.each(['nl', 'en'])('every rule under COLUMNS=60 (--lang %s)', async (lang) => {
    for (const { id } of rules().rules) {
      const r = await runMain(['explain', id, '--lang', lang], { env: { COLUMNS: '60' } });
      expect(r.stdout.split('\n').filter((l) => columns(l) > 60), id).toEqual([]);
    }
  });
});

describe('the layout follows the width', () => {
  it('a table that does not fit becomes a list, with the status under each milestone', () => {
    const out = runBin(['check', 'examples/tweede-spoor-te-laat.yaml', ...AS_OF, '--lang', 'nl'], { env: { COLUMNS: '80' } }).stdout;
    expect(out).not.toContain('┌');
    expect(out).toMatch(/^wk 52 +do 01-01-2026 +Tweede spoor\n {4}te laat: 32 dagen/m);
  });

  it("a batch's summary that does not fit becomes a list: per case its counts in words, then the next deadline", () => {
    const out = runBin(['check', 'examples/schoon-dossier.yaml', 'examples/tweede-spoor-op-tijd.yaml', ...AS_OF, '--lang', 'nl'], { env: { COLUMNS: '80' } }).stdout;
    expect(out).toContain('examples/schoon-dossier.yaml  E-1042\n    ziekteweek 51 · 1 fout · 0 waarschuwingen\n    Volgende termijn: ');
    expect(out).toContain('ziekteweek 56 · 0 fouten · 0 waarschuwingen');
  });

  it('a table that fits stays a table', () => {
    expect(runBin(['check', 'examples/tweede-spoor-te-laat.yaml', ...AS_OF], { env: { COLUMNS: '250' } }).stdout).toContain('┌');
  });

  it('in a pipe without COLUMNS, a long line stays one line', () => {
    const out = runBin(['check', 'examples/tweede-spoor-te-laat.yaml', ...AS_OF, '--lang', 'nl']).stdout;
    expect(out).toContain('┌');
    const finding = out.split('\n').find((line) => line.includes('tweede spoor te laat'));
    expect(finding).toContain('(20-11-2025))');
    expect(columns(finding!)).toBeGreaterThan(120);
  });

  it.each(['abc', '0', '-5', '', '80x'])('COLUMNS=%j is ignored: the output is that of no COLUMNS', (value) => {
    const args = ['check', 'examples/tweede-spoor-te-laat.yaml', ...AS_OF];
    expect(runBin(args, { env: { COLUMNS: value } }).stdout).toBe(runBin(args).stdout);
  });

  it("a terminal's own width, in colour", async () => {
    const r = await runMain(['check', 'examples', ...AS_OF, '--lang', 'nl'], { io: { stdoutIsTTY: true, stdoutColumns: 70 } });
    expect(r.stdout).toContain('\u001b[');
    expect(r.stdout.split('\n').filter((l) => columns(l) > 70)).toEqual([]);
  });

  it('a report file (--output) keeps its tables, whatever the terminal', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'poort-columns-')), 'report.txt');
    await runMain(['check', 'examples/schoon-dossier.yaml', ...AS_OF, '--output', file], { io: { stdoutIsTTY: true, stdoutColumns: 70 } });
    expect(readFileSync(file, 'utf8')).toContain('┌');
  });
});

describe('outputWidth', () => {
  it('takes COLUMNS when it is a positive whole number, on a terminal or not', () => {
    expect(outputWidth({ COLUMNS: '100' }, false, undefined)).toBe(100);
    expect(outputWidth({ COLUMNS: ' 60 ' }, true, 120)).toBe(60);
  });

  it.each(['abc', '0', '-5', '', '7.5'])('ignores COLUMNS=%j', (value) => {
    expect(outputWidth({ COLUMNS: value }, false, undefined)).toBeNull();
    expect(outputWidth({ COLUMNS: value }, true, 120)).toBe(120);
  });

  it("else takes the terminal's width, 80 when the terminal does not say, none off a terminal", () => {
    expect(outputWidth({}, true, 132)).toBe(132);
    expect(outputWidth({}, true, undefined)).toBe(80);
    expect(outputWidth({}, true, 0)).toBe(80);
    expect(outputWidth({}, false, 132)).toBeNull();
  });
});
