import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Datum } from '../domain/datum.js';
import type { Lang } from '../domain/rule.js';
import type { Config } from '../input/config-file.js';
import { formatPath, type Problem } from '../input/problem.js';
import { CLI, fill, problemMessage, readError } from '../output/i18n.js';
import { problemLine } from '../output/problem-line.js';
import { pseudonymizer } from '../output/pseudonym.js';
import { Checker, Tally, type CaseReport } from '../output/report.js';
import { findConfig } from './config.js';
import { DEFAULT_MAX_FILE_SIZE, targets, units } from './inputs.js';
import type { Io } from './io.js';
import { Progress } from './progress.js';
import { loadRules, type LoadedRules } from './rules-loader.js';
import { asOfDate, chooseLang, UsageError } from './settings.js';
import { reportUnit } from './units.js';

/** What every command that evaluates cases shares: config, language, as-of date, rules, output. */
export interface BatchOptions {
  asOf?: string;
  lang?: string;
  rules: string[];
  output?: string;
  redact?: boolean;
  maxFileSize?: string;
}

export interface Batch {
  config: Config;
  lang: Lang;
  asOf: Datum;
  loaded: LoadedRules;
  checker: Checker;
  out: Output;
  maxFileSize: number;
}

export type Output = Io['stdout'] & { close(): void };

/**
 * Sets up a run: poort.config.yaml, then flags; the rules table. A problem with the config or
 * the rules is reported (one line each) and gives exit code 2 instead of a batch.
 */
export function openBatch(opts: BatchOptions, io: Io): Batch | number {
  const { found, file: badConfig, problems: configProblems } = findConfig(io.cwd);
  const config = found?.config ?? {};
  const lang = chooseLang(opts.lang ?? config.lang, io.env);
  if (badConfig) return reportProblems(io, lang, configProblems.map((problem) => ({ file: badConfig, problem })));
  const asOf = asOfDate(opts.asOf, lang);
  const loaded = loadRules(join(io.root, 'rules'), [...(found?.rules ?? []), ...opts.rules], join(io.root, 'dist', 'rules.json'));
  if (loaded.problems.length > 0) return reportProblems(io, lang, loaded.problems);
  const out = opts.output === undefined ? { write: io.stdout.write.bind(io.stdout), once: io.stdout.once.bind(io.stdout), close: () => undefined } : fileOutput(opts.output, lang);
  // One key per run unless POORT_REDACT_KEY gives one, so pseudonyms match across runs only when wanted.
  const mask = opts.redact ? pseudonymizer(io.env.POORT_REDACT_KEY || randomBytes(32).toString('hex')) : undefined;
  const maxFileSize = opts.maxFileSize === undefined ? DEFAULT_MAX_FILE_SIZE : size('--max-file-size', opts.maxFileSize, lang);
  return { config, lang, asOf, loaded, out, maxFileSize, checker: new Checker({ rules: loaded.rules, werkdagen: loaded.werkdagen, asOf, lang, mask }) };
}

/**
 * Every case of every input, in order, evaluated one at a time; problems go to stderr as they
 * come. Returns the totals.
 */
export async function forEachCase(inputs: readonly string[], batch: Batch, io: Io, each: (c: CaseReport) => Promise<void> | void): Promise<Tally> {
  const tally = new Tally();
  const progress = new Progress(io, batch.lang);
  for await (const unit of units(await targets(inputs, io.cwd), io.readStdin, io.cwd, batch.maxFileSize)) {
    for (const c of reportUnit(unit, batch.checker)) {
      for (const p of c.problems) io.stderr.write(`${problemLine(c.file, p)}\n`);
      tally.add(c);
      await each(c);
      progress.tick(tally.summary.cases);
    }
  }
  progress.done();
  return tally;
}

/** `10mb`, `500kb`, `2g` or a number of bytes. */
function size(option: string, value: string, lang: Lang): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new UsageError(fill(CLI.badSize[lang], { option, value }));
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  return Math.round(Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
}

/** Writes and, when the reader is behind, waits: output of any size streams in bounded memory. */
export function write(out: Output, text: string): Promise<void> | void {
  if (text === '' || out.write(text)) return;
  return new Promise((resolve) => out.once('drain', resolve));
}

/** --output FILE: the report goes to a file (written synchronously, so nothing waits). */
function fileOutput(path: string, lang: Lang): Output {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    throw new UsageError(fill(CLI.badOutput[lang], { file: path, reason: readError((e as NodeJS.ErrnoException).code ?? '', lang) ?? (e as Error).message }));
  }
  return { write: (s) => (writeSync(fd, s), true), once: () => undefined, close: () => closeSync(fd) };
}

export function reportProblems(io: Io, lang: Lang, problems: readonly { file: string; problem: Problem }[]): number {
  for (const { file, problem } of problems) {
    io.stderr.write(`${problemLine(file, { ...problem, path: formatPath(problem.path), message: problemMessage(problem.code, problem.args, lang) })}\n`);
  }
  return 2;
}
