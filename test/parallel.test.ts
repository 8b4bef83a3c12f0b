/**
 * A folder of many case files is shared out over worker threads (src/cli/parallel.ts). Whatever
 * the threads, the output is the same, byte for byte, in input order: cases, problems on
 * stderr, exit code.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's data generator is plain JavaScript
import { writeDirectory } from '../scripts/bench-data.mjs';
import { FORMAT_NAMES } from '../src/output/formats/index.js';
import { runBin } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'poort-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// More files than the threshold for workers, with bad ones and an export among them.
(writeDirectory as (dir: string, n: number) => void)(dir, 400);
writeFileSync(join(dir, 'dossier-000100.yaml'), 'ziekmelding: 2025-02-30\n');
writeFileSync(join(dir, 'dossier-000200.yaml'), 'ziekmelding: [\n');
writeFileSync(join(dir, 'dossier-000250.csv'), 'werknemer;ziekmelding\nCSV-1;2025-01-06\nCSV-2;2025-13-01\n');
writeFileSync(join(dir, 'dossier-000300.json'), JSON.stringify([{ werknemer: 'L-1', ziekmelding: '2025-01-06' }, { werknemer: 'L-2' }]));

const poort = (...args: string[]) =>
  runBin(['check', dir, '--as-of', '2026-11-23', ...args], { env: { POORT_REDACT_KEY: 'k', CI: '1' } });

describe('worker threads', () => {
  it.each(FORMAT_NAMES)('give the same %s report as one thread', (format) => {
    const one = poort('--format', format, '--jobs', '1');
    expect(one.code).toBe(2);
    expect(poort('--format', format, '--jobs', '2')).toEqual(one);
  });

  it('give the same pseudonyms with --redact, on three threads', () => {
    const three = poort('--format', 'json', '--jobs', '3', '--redact');
    expect(three.stdout).toContain('anon-');
    expect(three).toEqual(poort('--format', 'json', '--jobs', '1', '--redact'));
  });

  it('give the same agenda as one thread', () => {
    const agenda = (jobs: string) => runBin(['agenda', dir, '--as-of', '2026-11-23', '--within', '8w', '--format', 'json', '--jobs', jobs], { env: { CI: '1' } });
    const one = agenda('1');
    expect(JSON.parse(one.stdout).items.length).toBeGreaterThan(0);
    expect(agenda('2')).toEqual(one);
  });

  it('keep input order and count every case', () => {
    const r = JSON.parse(poort('--format', 'json', '--jobs', '2').stdout) as { cases: { source: string; valid: boolean }[]; summary: { cases: number; invalid: number } };
    const sources = r.cases.map((c) => c.source);
    expect(r.summary.cases).toBe(404);
    expect(sources).toHaveLength(404);
    expect(sources.slice(248, 254).map((s) => s.replace(dir, ''))).toEqual([
      '/dossier-000248.yaml', '/dossier-000249.yaml', '/dossier-000250.csv row 1', '/dossier-000250.csv row 2', '/dossier-000250.yaml', '/dossier-000251.yaml',
    ]);
    expect(r.cases.filter((c) => !c.valid).map((c) => c.source.replace(dir, ''))).toEqual([
      '/dossier-000100.yaml', '/dossier-000200.yaml', '/dossier-000250.csv row 2', '/dossier-000300.json item 2',
    ]);
  });

  it('refuse a --jobs that is not a number of threads', () => {
    const r = poort('--jobs', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('poort: --jobs 0 is not a number of threads (a whole number from 1)\n');
  });
});

describe('--jobs', () => {
  it('is capped at four threads per core: --jobs 3000 does not start 3,000 threads', async () => {
    const { threads } = await import('../src/api/case-stream.js');
    const { availableParallelism } = await import('node:os');
    const files = Array.from({ length: 300 }, (_, i) => ({ path: `c${i}.yaml`, kind: 'list' as const }));
    const host = { readStdin: async function* () {}, startWorker: () => { throw new Error('not started here'); } };
    expect(threads(files, { ...host, jobs: 3000 })).toBe(4 * availableParallelism());
    expect(threads(files, { ...host, jobs: 2 })).toBe(2);
    expect(threads(files.slice(0, 10), { ...host, jobs: 8 })).toBe(1);
    expect(threads(files, { readStdin: host.readStdin, jobs: 8 }), 'no threads without a way to start them').toBe(1);
  });
});
