import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { Datum } from '../domain/datum.js';
import type { Lang } from '../domain/lang.js';
import { crypto } from '../output/crypto.js';
import { fill, words } from '../output/locale/index.js';
import { ciPath } from '../output/formats/github.js';
import { Tally } from '../check/tally.js';
import { runSetup, type Setup } from '../output/setup.js';
import { commonOptions, openContext, reportProblems, type CommandContext, type CommonOptions } from './context.js';
import { DEFAULT_MAX_FILE_SIZE, targets, type ReadingSpec } from '../check/inputs.js';
import type { ColumnsSource, Periods } from '../input/columns.js';
import { readMappingFile } from '../input/mapping-file.js';
import { PRESETS } from '../input/presets.js';
import { unreadable, type Problem } from '../input/problem.js';
import { readSettingsFile } from '../api/settings-file.js';
import { caseStream } from '../api/case-stream.js';
import type { Rendering, Run, RunSpec } from '../api/run.js';
import type { Io } from './io.js';
import { Progress } from './progress.js';
import { ReportFile } from './report-file.js';
import type { LoadedRules } from '../api/rules-loader.js';
import { asOfDate, collect, colorLevel, outputWidth, UsageError } from './settings.js';

/** The flags of BatchOptions, for every command that evaluates cases (check, agenda). */
export function batchOptions(command: Command, lang: Lang): Command {
  return commonOptions(command, lang)
    .option('--as-of <date>', words(lang).cli.asOf)
    .option('--rules <path>', words(lang).cli.rules, collect, [] as string[])
    .option('-o, --output <file>', words(lang).cli.output)
    .option('--force', words(lang).cli.force)
    .option('--redact', words(lang).cli.redact)
    .option('--max-file-size <size>', words(lang).cli.maxFileSize)
    .option('-j, --jobs <n>', words(lang).cli.jobs)
    .option('--columns <file>', fill(words(lang).cli.columns, { presets: Object.keys(PRESETS).join(', ') }))
    .option('--periods', words(lang).cli.periods)
    .option('--sheet <name>', words(lang).cli.sheet);
}

/** What every command that evaluates cases shares: config, language, as-of date, rules, output. */
export interface BatchOptions extends CommonOptions {
  asOf?: string;
  rules: string[];
  output?: string;
  force?: boolean;
  redact?: boolean;
  maxFileSize?: string;
  jobs?: string;
  columns?: string;
  periods?: boolean;
  sheet?: string;
}

/** A command context with what a run over cases needs besides. */
export interface Batch extends CommandContext {
  asOf: Datum;
  loaded: LoadedRules;
  /** The config and the user's rules files, as every report names them. */
  setup: Setup;
  out: Output;
  /** --output, when the report goes to a file. */
  reportFile: ReportFile | undefined;
  maxFileSize: number;
  /** --redact's key, for worker threads to make the same pseudonyms. */
  redactKey: string | undefined;
  /** --jobs: threads to use; undefined for as many as there are cores. */
  jobs: number | undefined;
  /** The run's spec, for every thread to check and render alike. */
  spec(rendering: Rendering): RunSpec;
}

export interface Output {
  /** Returns false when the consumer is behind; then wait for 'drain'. */
  write(text: string): boolean;
  once: Io['stdout']['once'];
  /** Writes out what is gathered (before a line on stderr, so that the two stay in order). */
  flush(): void;
  /** The report is complete: out, and into place. */
  finish(): void;
  /** The run ended otherwise: a report file stays as it was (no-op after finish). */
  abort(): void;
}

/**
 * Sets up a run: poort.config.yaml, then flags; the rules table. A problem with the config or
 * the rules is reported (one line each) and gives exit code 2 instead of a batch.
 */
export function openBatch(opts: BatchOptions, io: Io): Batch | number {
  const context = openContext(opts, io);
  if (typeof context === 'number') return context;
  const { config, lang } = context;
  const asOf = asOfDate(opts.asOf, lang);
  const loaded = context.rulesInForce(opts.rules);
  if (!loaded) return 2;
  const reading = readingSpec(opts, context, io);
  if (typeof reading === 'number') return reading;
  // Named, not yet opened: a flag found wrong below leaves an existing report as it is.
  const reportFile = opts.output === undefined ? undefined : new ReportFile(opts.output, lang, io.cwd, opts.force === true, io);
  const out = gathered(reportFile ?? io.stdout, reportFile === undefined && io.stdoutIsTTY ? 0 : GATHER_BYTES, reportFile);
  // One key per run unless POORT_REDACT_KEY gives one, so pseudonyms match across runs only when wanted.
  const redactKey = opts.redact ? io.env.POORT_REDACT_KEY || crypto().randomBytes(32).toString('hex') : undefined;
  const maxFileSize = opts.maxFileSize === undefined ? DEFAULT_MAX_FILE_SIZE : size('--max-file-size', opts.maxFileSize, lang);
  const jobs = opts.jobs === undefined ? config.jobs : threadCount(opts.jobs, lang);
  const named = (file: string): string => ciPath(file, io.cwd) ?? file;
  const columnsFile = opts.columns === undefined ? null : PRESETS[opts.columns] ? `${opts.columns} (${PRESETS[opts.columns]!.source})` : named(resolve(io.cwd, opts.columns));
  const setup = runSetup(context.configFile, loaded.userFiles, loaded.rules, loaded.builtinIds, named, columnsFile);
  const spec = (rendering: Rendering): RunSpec => ({ asOf: asOf.day, lang, redactKey, maxFileSize, cwd: io.cwd, loonPerMaand: config.loon_per_maand, reading, rendering });
  // A report file gets no colours and no terminal's width, whatever the terminal.
  const toTerminal = reportFile === undefined && io.stdoutIsTTY;
  const colors = (flag: boolean): 0 | 1 | 2 | 3 => colorLevel(flag, io.env, toTerminal);
  const width = (): number | null => outputWidth(io.env, toTerminal, io.stdoutColumns);
  return { ...context, asOf, loaded, setup, out, reportFile, maxFileSize, redactKey, jobs, spec, colorLevel: colors, width };
}

/**
 * How exports are read: the config's `columns:` and `periods:`, with a --columns file's (or a
 * preset's) on top; --periods folds period rows into cases and needs `periods:` from one of
 * them. A --columns file that cannot be used is a problem line each and exit code 2.
 */
function readingSpec(opts: BatchOptions, context: CommandContext, io: Io): ReadingSpec | number {
  const { config, lang } = context;
  let columns = config.columns ?? {};
  let periods = config.periods;
  if (opts.columns !== undefined) {
    const preset = PRESETS[opts.columns];
    let file: { columns?: ColumnsSource; periods?: Periods | undefined; problems: Problem[] };
    if (preset) file = { ...preset, problems: [] };
    else {
      try {
        file = readMappingFile(opts.columns, readSettingsFile(resolve(io.cwd, opts.columns)));
      } catch (e) {
        file = { problems: [unreadable(e)] };
      }
    }
    if (file.problems.length > 0) return reportProblems(io, lang, file.problems.map((problem) => ({ file: opts.columns!, problem })));
    columns = { ...columns, ...file.columns };
    periods = file.periods ?? periods;
  }
  if (opts.periods && !periods) throw new UsageError(words(lang).cli.periodsWithout);
  return { columns, periods: opts.periods ? periods : undefined, sheet: opts.sheet };
}

/**
 * A command over cases: its batch set up (or the exit code of a set-up that failed), and the
 * report file left as it was unless `body` finished it (a usage error, Ctrl-C, a crash).
 */
export async function withBatch(opts: BatchOptions, io: Io, body: (batch: Batch) => Promise<number>): Promise<number> {
  const batch = openBatch(opts, io);
  if (typeof batch === 'number') return batch;
  try {
    return await body(batch);
  } finally {
    batch.out.abort();
  }
}

/**
 * Every case of every input, in order, checked and rendered by the run (on whichever thread),
 * then `add`ed on the main thread one at a time; problems go to stderr as they come. Returns
 * the totals.
 */
export async function forEachCase<T>(inputs: readonly string[], batch: Batch, io: Io, spec: RunSpec, run: Run<T>, add: (rendered: T) => Promise<void> | void): Promise<Tally> {
  const tally = new Tally();
  const progress = new Progress(io, batch.lang);
  const all = (await targets(inputs, io.cwd)).filter((t) => !('path' in t && spec.baseline && resolve(io.cwd, t.path) === spec.baseline.file));
  if (batch.reportFile?.isInput(all, inputs, io.cwd)) throw new UsageError(fill(words(batch.lang).cli.outputIsInput, { file: batch.reportFile.given }));
  if (all.some((t) => 'stdin' in t || ('path' in t && t.kind !== 'list'))) io.leanHeap?.(spec.reading.periods !== undefined);
  for await (const o of caseStream(all, run, spec, { readStdin: io.readStdin, startWorker: io.startWorker, jobs: batch.jobs })) {
    if (o.problems.length > 0) batch.out.flush();
    for (const line of o.problems) io.stderr.write(`${line}\n`);
    tally.add(o.counts);
    await add(o.rendered);
    progress.tick(tally.summary.cases);
    // Now and then a turn of the event loop, so that Ctrl-C or SIGTERM is heard in a long run.
    if (tally.summary.cases % YIELD_EVERY === 0) await new Promise(setImmediate);
  }
  progress.done();
  return tally;
}

const YIELD_EVERY = 128;

/** `10mb`, `500kb`, `2g` or a number of bytes. */
function size(option: string, value: string, lang: Lang): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new UsageError(fill(words(lang).cli.badSize, { option, value }));
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  return Math.round(Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
}

/** --jobs: a whole number of threads, at least 1. */
function threadCount(value: string, lang: Lang): number {
  const n = Number(value);
  if (value.trim() !== '' && Number.isInteger(n) && n >= 1) return n;
  throw new UsageError(fill(words(lang).cli.badJobs, { value }));
}

/** Writes and, when the reader is behind, waits: output of any size streams in bounded memory. */
export function write(out: Output, text: string): Promise<void> | void {
  if (text === '' || out.write(text)) return;
  return new Promise((resolve) => out.once('drain', resolve));
}

/**
 * Output gathered into writes of about this size: a write per case cost more than putting the
 * case into JSON (npm run bench). The text is encoded into a buffer as it comes: strings joined
 * and encoded at the end cost ten times as much once one case holds a character beyond Latin-1
 * (€), which makes the whole joined string two bytes a character. A terminal gets every case as
 * it comes.
 */
const GATHER_BYTES = 64 * 1024;

function gathered(target: Io['stdout'], size: number, file: ReportFile | undefined): Output {
  let buffer = Buffer.allocUnsafe(size);
  let used = 0;
  const flush = (): boolean => {
    if (used === 0) return true;
    // The target may keep the chunk until it is written: the next text goes into a new buffer.
    const chunk = buffer.subarray(0, used);
    buffer = Buffer.allocUnsafe(size);
    used = 0;
    return target.write(chunk);
  };
  return {
    write(text) {
      // A UTF-16 unit is at most three bytes of UTF-8, so a text within that bound always fits
      // whole: a chunk never ends inside a character.
      if (text.length * 3 <= size - used) {
        used += buffer.write(text, used);
        return true;
      }
      const drained = flush();
      if (text.length * 3 > size) return target.write(text) && drained;
      used = buffer.write(text, 0);
      return drained;
    },
    once: (event, listener) => target.once(event, listener),
    flush,
    finish() {
      flush();
      file?.finish();
    },
    abort() {
      used = 0;
      file?.abort();
    },
  };
}
