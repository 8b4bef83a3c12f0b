import { dirname, resolve } from 'node:path';
import type { Baseline } from '../check/baseline.js';
import type { Tally } from '../check/tally.js';
import type { Lang } from '../domain/lang.js';
import { readBaselineFile } from '../input/baseline-file.js';
import { unreadable } from '../input/problem.js';
import { baselineJson } from '../output/baseline-json.js';
import { fill, words } from '../output/locale/index.js';
import { reportProblems } from './context.js';
import type { Io } from './io.js';
import { ReportFile } from './report-file.js';
import { readSettingsFile } from '../api/settings-file.js';
import { UsageError } from './settings.js';

/** A baseline of 100,000 cases is some 10 MB. */
const LARGEST = 64 * 1024 * 1024;

/**
 * --baseline FILE (and --update-baseline): the baseline read, or the exit code of a file that
 * cannot be used (one problem line each). A missing file is fine only when it is to be written.
 */
export function openBaseline(file: string | undefined, update: boolean, io: Io, lang: Lang): Baseline | number | undefined {
  if (file === undefined) {
    if (update) throw new UsageError(words(lang).cli.updateBaselineWithout);
    return undefined;
  }
  const path = resolve(io.cwd, file);
  const base = { file: path, dir: dirname(path), cwd: io.cwd, update };
  let text: string;
  try {
    text = readSettingsFile(path, LARGEST);
  } catch (e) {
    if (update && (e as NodeJS.ErrnoException).code === 'ENOENT') return { ...base, cases: {} };
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(fill(words(lang).cli.baselineMissing, { file }));
    return reportProblems(io, lang, [{ file, problem: unreadable(e) }]);
  }
  const read = readBaselineFile(file, text);
  if (!read.cases) return reportProblems(io, lang, read.problems.map((problem) => ({ file, problem })));
  return { ...base, cases: read.cases };
}

/** --update-baseline: the run's findings into the file, replaced only when complete (as a report). */
export function writeBaseline(file: string, tally: Tally, io: Io, lang: Lang): void {
  const out = new ReportFile(file, lang, io.cwd, false, io);
  out.write(baselineJson(tally.accepted));
  out.finish();
}
