import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from './helpers.js';

/** examples/export/ as README.md, "From your verzuim system to poort", runs it. */
const DIR = join(ROOT, 'examples', 'export');
const run = (file: string) => runBin(['check', file, '--periods', '--as-of', '2025-12-01', '--format', 'json'], { cwd: DIR, env: { HOME: DIR } });

describe('the export example', () => {
  it('folds the CSV export into cases by its folder\'s mapping, as the README says', () => {
    const r = run('verzuim-export.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { cases: { source: string; werknemer: string; clock: { week: number | null } }[] };
    expect(doc.cases.map((c) => [c.werknemer, c.source, c.clock.week])).toEqual([
      ['E-101', 'verzuim-export.csv rows 1, 4', 45],
      ['E-102', 'verzuim-export.csv row 2', null],
      ['E-102', 'verzuim-export.csv row 6', 30],
      ['E-103', 'verzuim-export.csv row 3', 14],
      ['E-104', 'verzuim-export.csv row 5', null],
      ['E-104', 'verzuim-export.csv row 7', null],
    ]);
  });

  it('gives the same report from the workbook', () => {
    expect(run('verzuim-export.xlsx').stdout.replaceAll('verzuim-export.xlsx', 'X')).toBe(run('verzuim-export.csv').stdout.replaceAll('verzuim-export.csv', 'X'));
  });
});
