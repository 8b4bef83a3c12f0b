import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runBin, type BinRun } from '../helpers.js';

export type Run = BinRun;

/** Runs the built bin as a user would, in `cwd`. */
export const poort = (args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Run => runBin(args, { env, cwd });

/** A fresh directory for this test file's case files. */
export function scratch(prefix: string): { dir: string; file(name: string, text: string): string } {
  const dir = mkdtempSync(join(tmpdir(), `poort-${prefix}-`));
  return {
    dir,
    file(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
  };
}
