import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, binEnv, runBin, runMain, tree } from '../helpers.js';

/** Runs `poort check --watch` until `until` holds of its output, then stops it; the output so far. */
function watching(args: string[], cwd: string, steps: ((out: string) => boolean)[], edits: (() => void)[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'check', ...args, '--watch'], { cwd, env: binEnv({ NO_COLOR: '1' }) });
    let stdout = '';
    let stderr = '';
    let step = 0;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`watch stalled at step ${step}: ${stderr}`));
    }, 20_000);
    const next = (): void => {
      while (step < steps.length && steps[step]!(stderr)) {
        if (step < edits.length) edits[step]!();
        step++;
      }
      if (step === steps.length) child.kill('SIGINT');
    };
    child.stdout.on('data', (d: Buffer) => ((stdout += d.toString()), next()));
    child.stderr.on('data', (d: Buffer) => ((stderr += d.toString()), next()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code });
    });
  });
}

const times = (n: number) => (err: string) => (err.match(/Watching for changes/g) ?? []).length >= n;

describe('poort check --watch', () => {
  it('checks again on every save, and a bad file is reported and waited on, not an exit', async () => {
    const dir = tree({ 'case.yaml': 'werknemer: E-1\nziekmelding: 2025-01-06\n' });
    const file = join(dir, 'case.yaml');
    const r = await watching(['case.yaml', '--as-of', '2025-03-01', '--no-config'], dir, [times(1), times(2), times(3)], [
      () => writeFileSync(file, 'werknemer: E-1\nziekmelding: 2025-02-30\n'),
      // An editor that saves by writing a new file and renaming it over the old one.
      () => writeFileSync(file, 'werknemer: E-1\nziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-05\n'),
    ]);
    expect(r.stderr).toContain('case.yaml:2:14: ziekmelding: 2025-02-30 is not a date that exists');
    const reports = r.stdout.split('E-1  case.yaml').slice(1);
    expect(reports).toHaveLength(3);
    expect(reports[0]).toContain('probleemanalyse');
    expect(reports[2]).toContain('on time');
  }, 30_000);

  it('a wrong command line still ends it at once, through the bin too', async () => {
    const dir = tree({ 'case.yaml': 'ziekmelding: 2025-01-06\n' });
    const r = runBin(['check', 'case.yaml', '--watch', '--format', 'xml'], { cwd: dir });
    expect(r.code).toBe(2);
  });

  it('a wrong command line still ends it at once; without a way to watch it says so', async () => {
    const dir = tree({ 'case.yaml': 'ziekmelding: 2025-01-06\n' });
    const r = await runMain(['check', 'case.yaml', '--watch', '--format', 'xml'], { cwd: dir, io: { watch: () => () => undefined } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('xml');
    const none = await runMain(['check', 'case.yaml', '--watch'], { cwd: dir });
    expect([none.code, none.stderr.trim()]).toEqual([2, 'poort: --watch is not available here']);
  });
});
