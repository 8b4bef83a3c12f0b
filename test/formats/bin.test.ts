import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BIN, binEnv, ROOT, runBin, runMain } from '../helpers.js';
import { YAML } from './cases.js';
import { valid, type Sarif } from './sarif-schema.js';

/**
 * The built bin, run as CI runs it: from the repository's root (here a temporary directory)
 * with paths relative to it. The bundle is built by test/global-setup.ts.
 */
const dir = mkdtempSync(join(tmpdir(), 'poort-formats-'));
mkdirSync(join(dir, 'dossiers'));
for (const [name, text] of Object.entries(YAML)) writeFileSync(join(dir, 'dossiers', `${name}.yaml`), text);

const poort = (args: string[], env: NodeJS.ProcessEnv = {}) => runBin(args, { cwd: dir, env });

describe('poort check --format … (the built bin)', () => {
  it('text in colour: the tables of the bundle (with its strip-ansi built once) are those of the sources', async () => {
    const args = ['check', 'dossiers/late.yaml', 'dossiers/warning.yaml', 'dossiers/invalid.yaml', '--as-of', '2026-01-10'];
    const r = poort(args, { FORCE_COLOR: '3' });
    expect(r.stdout).toContain('\u001b[');
    expect(r.stdout).toBe((await runMain(args, { cwd: dir, env: { FORCE_COLOR: '3', CI: undefined } })).stdout);
  });

  it("the bundle's fixes to its dependencies applied: a new version of one is looked at again (scripts/bundle.mjs)", () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'poort.cjs'), 'utf8');
    expect(bundle).not.toContain('LOG_TOKENS');
    expect(bundle).not.toMatch(/\.replace\([\w$]+\(\),\s*""\)/); // strip-ansi's RegExp built per call
  });

  it("a plain check loads none of Node's modules that only some runs need (each costs every start some 5 ms)", () => {
    const preload = join(dir, 'modules.cjs');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write(JSON.stringify(process.moduleLoadList)));\n");
    const r = spawnSync(process.execPath, ['-r', preload, BIN, 'check', 'dossiers/late.yaml', '--as-of', '2026-01-10'], { cwd: dir, encoding: 'utf8', env: binEnv() });
    const loaded = (JSON.parse(r.stderr) as string[]).filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
    expect(loaded).toContain('vm'); // the bundle's loader: the list is read
    expect(loaded.filter((m) => /^(crypto|worker_threads|child_process)$/.test(m))).toEqual([]);
  });

  it('sarif: valid against the schema, relative URIs, one result per finding', () => {
    // One file given by its absolute path: its URI is still relative to the working directory.
    const r = poort(['check', 'dossiers/late.yaml', 'dossiers/clean.yaml', join(dir, 'dossiers', 'warning.yaml'), '--format', 'sarif', '--as-of', '2026-01-10']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as Sarif;
    expect(valid(doc)).toBe(true);
    const run = doc.runs[0]!;
    expect(run.tool.driver.name).toBe('poort');
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.results.map((x) => [x.ruleId, x.level, x.locations[0]!.physicalLocation.artifactLocation.uri, x.locations[0]!.physicalLocation.region.startLine])).toEqual([
      ['tweede-spoor', 'error', 'dossiers/late.yaml', 11],
      ['voortgangsgesprek', 'warning', 'dossiers/warning.yaml', 5],
    ]);
  });

  it('sarif with an invalid case: exit 2, the input problems as results, still valid', () => {
    const r = poort(['check', 'dossiers/invalid.yaml', 'dossiers/late.yaml', '--format', 'sarif', '--as-of', '2026-01-10']);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as Sarif;
    expect(valid(doc)).toBe(true);
    expect(doc.runs[0]!.results.map((x) => [x.ruleId, x.locations[0]!.physicalLocation.region])).toEqual([
      ['input-problem', { startLine: 3, startColumn: 18 }],
      ['input-problem', { startLine: 4, startColumn: 1 }],
      ['tweede-spoor', { startLine: 11 }],
    ]);
  });

  it('junit, github, csv and markdown come out of the bin too', () => {
    const files = ['dossiers/clean.yaml', 'dossiers/late.yaml', 'dossiers/warning.yaml', 'dossiers/invalid.yaml'];
    const run = (format: string, lang = 'en') => poort(['check', ...files, '--format', format, '--as-of', '2026-01-10', '--lang', lang]);

    const junit = run('junit');
    expect(junit.code).toBe(2);
    expect(XMLValidator.validate(junit.stdout)).toBe(true);
    expect(junit.stdout.match(/<testsuite /g)).toHaveLength(4);

    const github = run('github');
    expect(github.stdout.split('\n').filter(Boolean).map((l) => l.split(' ')[0])).toEqual(['::error', '::warning', '::error', '::error']);

    const csv = run('csv', 'nl');
    const rows = parse(csv.stdout, { columns: true, delimiter: ';', bom: true }) as Record<string, string>[];
    expect(rows.map((x) => x.Status)).toEqual(['ok', 'fouten', 'waarschuwingen', 'ongeldig']);

    const md = run('markdown');
    expect(md.stdout).toMatch(/^## Poortwachter check\n\n\*\*Cases: 4\*\*/);
  });
});
