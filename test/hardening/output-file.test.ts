/**
 * `--output` never loses a dossier or a report: an output that is also an input is refused,
 * every flag is checked before the file is touched, the report is written beside it and renamed
 * into place when complete (a failed or interrupted run leaves the old one), a symbolic link is
 * followed only with --force, and a new report is readable by its owner only.
 */
import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, binEnv, ROOT, runBin } from '../helpers.js';

const CASE = readFileSync(join(ROOT, 'examples', 'schoon-dossier.yaml'), 'utf8');
const OLD = '{"an old report": true}\n';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'poort-output-'));
  writeFileSync(join(dir, 'case.yaml'), CASE);
  return dir;
}

const poort = (dir: string, ...args: string[]) => runBin(args, { cwd: dir });
/** Whatever the run left beside the report: nothing but what was there. */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('--output', () => {
  it('the dossier itself as output is refused: exit 2, one line, the dossier unchanged', () => {
    const dir = folder();
    const r = poort(dir, 'check', 'case.yaml', '--format', 'json', '--output', 'case.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('poort: --output case.yaml is also an input of this run (or would be next time); write the report outside the case files\n');
    expect(readFileSync(join(dir, 'case.yaml'), 'utf8')).toBe(CASE);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a report inside a folder being checked, under a name poort reads, is refused; under another name it is fine', () => {
    const dir = folder();
    mkdirSync(join(dir, 'dossiers'));
    writeFileSync(join(dir, 'dossiers', 'a.yaml'), CASE);
    expect(poort(dir, 'check', 'dossiers', '--format', 'json', '--output', 'dossiers/report.json').code).toBe(2);
    expect(readdirSync(join(dir, 'dossiers'))).toEqual(['a.yaml']);
    const ok = poort(dir, 'check', 'dossiers', '--as-of', '2026-04-15', '--output', 'dossiers/rapport.txt');
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(join(dir, 'dossiers', 'rapport.txt'), 'utf8')).toContain('E-1042');
  });

  it.each([
    ['--format', 'jsno'], ['--fail-on', 'warn'], ['--jobs', '0'], ['--max-file-size', '10q'], ['--as-of', '2025-02-30'], ['--lang', 'de'], ['--rules', 'nergens.yaml'],
  ])('%s %s: refused before the report file is touched', (flag, value) => {
    const dir = folder();
    writeFileSync(join(dir, 'r.json'), OLD);
    const r = poort(dir, 'check', 'case.yaml', '--output', 'r.json', flag, value);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe(OLD);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a complete report replaces the old one; a new report is readable by its owner only', () => {
    const dir = folder();
    writeFileSync(join(dir, 'r.json'), OLD);
    expect(poort(dir, 'check', 'case.yaml', '--format', 'json', '--as-of', '2026-04-15', '--output', 'r.json').code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).summary.cases).toBe(1);
    expect(poort(dir, 'check', 'case.yaml', '--format', 'json', '--as-of', '2026-04-15', '--output', 'nieuw.json').code).toBe(0);
    expect(statSync(join(dir, 'nieuw.json')).mode & 0o777).toBe(0o600);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a run interrupted by SIGTERM leaves the old report as it was, and no temporary file', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'veel'));
    for (let i = 0; i < 3000; i++) writeFileSync(join(dir, 'veel', `c${i}.yaml`), CASE);
    writeFileSync(join(dir, 'r.json'), OLD);
    const child = spawn(process.execPath, [BIN, 'check', 'veel', '--format', 'json', '--jobs', '1', '--output', 'r.json'], { cwd: dir, env: binEnv() });
    // Stop it once the report file has been started (the temporary file exists), well before it is done.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (leftovers(dir).length > 0 || child.exitCode !== null) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 128 + 15 : null))));
    expect(code).toBe(143);
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe(OLD);
    expect(leftovers(dir)).toEqual([]);
  }, 30_000);

  it('two runs on one file: the report is one of them, whole', async () => {
    const dir = folder();
    const run = (lang: string) => new Promise<void>((resolve) => {
      spawn(process.execPath, [BIN, 'check', 'case.yaml', '--format', 'json', '--lang', lang, '--output', 'r.json'], { cwd: dir, env: binEnv() }).on('exit', () => resolve());
    });
    await Promise.all([run('nl'), run('en'), run('nl'), run('en')]);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).summary.cases).toBe(1);
    expect(leftovers(dir)).toEqual([]);
  }, 30_000);

  it('a symbolic link is refused unless --force, which writes its target', () => {
    const dir = folder();
    writeFileSync(join(dir, 'echt.json'), OLD);
    symlinkSync('echt.json', join(dir, 'link.json'));
    const r = poort(dir, 'check', 'case.yaml', '--format', 'json', '--output', 'link.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('poort: --output link.json is a symbolic link; poort follows it only with --force (or name a plain file)\n');
    expect(readFileSync(join(dir, 'echt.json'), 'utf8')).toBe(OLD);
    expect(poort(dir, 'check', 'case.yaml', '--format', 'json', '--as-of', '2026-04-15', '--output', 'link.json', '--force').code).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'echt.json'), 'utf8')).summary.cases).toBe(1);
  });

  it('a device is written in place; a full one is one plain line and exit 2', () => {
    const dir = folder();
    expect(poort(dir, 'check', 'case.yaml', '--format', 'json', '--output', '/dev/null').code).toBeLessThan(2);
    const full = poort(dir, 'check', 'case.yaml', '--format', 'json', '--output', '/dev/full');
    expect(full.code).toBe(2);
    expect(full.stderr).toBe('poort: --output: cannot write /dev/full: no space left on the device\n');
  });

  it('a folder that does not exist, or a folder as the output: one line, exit 2', () => {
    const dir = folder();
    expect(poort(dir, 'check', 'case.yaml', '--output', 'nergens/r.txt').stderr).toBe('poort: --output: cannot write nergens/r.txt: it does not exist; check the path\n');
    expect(poort(dir, 'check', 'case.yaml', '--output', '.').stderr).toBe('poort: --output: cannot write .: it is a directory; name a file\n');
  });

  it('agenda writes its report the same way', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.json'), OLD);
    expect(poort(dir, 'agenda', 'case.yaml', '--output', 'a.json', '--format', 'xml').code).toBe(2);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(OLD);
    expect(poort(dir, 'agenda', 'case.yaml', '--format', 'json', '--as-of', '2026-04-15', '--output', 'a.json').code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')).summary.cases).toBe(1);
  });
});
