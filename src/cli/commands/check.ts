import type { Lang } from '../../domain/lang.js';
import { FORMAT_NAMES, type FormatName } from '../../output/formats/index.js';
import { fill, words } from '../../output/locale/index.js';
import { batchOptions, forEachCase, withBatch, write, type BatchOptions } from '../batch.js';
import { openBaseline, writeBaseline } from '../baseline.js';
import { openContext } from '../context.js';
import type { Io } from '../io.js';
import { openRun } from '../../api/run.js';
import { choice, chooseLang, UsageError } from '../settings.js';
import type { CommandModule } from './index.js';

export interface CheckOptions extends BatchOptions {
  format?: string;
  failOn?: string;
  maxWarnings?: string;
  quiet?: boolean;
  perFinding?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  watch?: boolean;
  color: boolean;
}

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;

/** `poort check`: every case of every input, read, evaluated and written as it comes; returns the exit code. */
export function check(inputs: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  return opts.watch ? watching(inputs, opts, io) : checkOnce(inputs, opts, io);
}

/**
 * --watch, for a consultant editing a dossier: checks, then again on every save, the screen
 * cleared first in a terminal. A bad file is reported and waited on, never an exit; only a wrong
 * command line ends it (as it would every run), and Ctrl-C.
 */
async function watching(inputs: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  // The config's language for the watch's own line; a broken config is said by every check.
  const context = openContext(opts, { ...io, stderr: { write: () => true } });
  const lang = typeof context === 'number' ? chooseLang(opts.lang, io.env) : context.lang;
  if (!io.watch) throw new UsageError(words(lang).cli.watchUnavailable);
  let running: Promise<unknown> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    if (io.stdoutIsTTY) io.stdout.write('\x1b[2J\x1b[H');
    await checkOnce(inputs, opts, io);
    io.stderr.write(`${words(lang).cli.watching}\n`);
  };
  const runs = async (): Promise<void> => {
    do {
      again = false;
      await run();
    } while (again);
    running = undefined;
  };
  let timer: NodeJS.Timeout | undefined;
  // Watched before the first check, so that no save after its report goes unseen.
  const stop = io.watch(inputs, () => {
    // One check for a burst of events (an editor's save is several), none while one runs.
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running) again = true;
      else running = runs();
    }, WATCH_SETTLE_MS);
  });
  running = runs();
  try {
    await running;
  } catch (e) {
    stop(); // a wrong command line: it ends as every run does
    throw e;
  }
  return new Promise(() => {});
}

/** How long a burst of file events has to be quiet before the check runs. */
const WATCH_SETTLE_MS = 100;

function checkOnce(inputs: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  return withBatch(opts, io, async (batch) => {
    const { config, lang, loaded, out } = batch;
    const format = choice<FormatName>('--format', opts.format ?? 'text', FORMAT_NAMES, lang);
    const failOn = choice('--fail-on', opts.failOn ?? config['fail-on'] ?? 'error', FAIL_LEVELS, lang);
    const maxWarnings = opts.maxWarnings === undefined ? config['max-warnings'] : count('--max-warnings', opts.maxWarnings, lang);
    const perFinding = opts.perFinding === true;
    if (perFinding && format !== 'csv') throw new UsageError(words(lang).cli.perFindingFormat);
    const update = opts.updateBaseline === true;
    const baseline = openBaseline(opts.baseline, update, io, lang);
    if (typeof baseline === 'number') return baseline;
    const spec = { ...batch.spec({ kind: 'format', format, colorLevel: batch.colorLevel(opts.color), width: batch.width(), quiet: opts.quiet === true ? failOn : false, perFinding, version: io.version, setup: batch.setup }), baseline };
    const run = await openRun<unknown>(spec, loaded);
    const formatter = run.formatter!;
    await write(out, formatter.start());
    const tally = await forEachCase(inputs, batch, io, spec, run, (rendered) => write(out, formatter.add(rendered)));
    await write(out, formatter.end(tally.summary));
    // The baseline is written only from a run that read every case: one that could not be judged keeps its old entries.
    if (update) {
      if (tally.summary.invalid === 0) writeBaseline(opts.baseline!, tally, io, lang);
      else io.stderr.write(`${fill(words(lang).cli.baselineNotWritten, { file: opts.baseline!, n: tally.summary.invalid })}\n`);
    }
    out.finish();
    const code = tally.exitCode(failOn);
    return code === 0 && maxWarnings !== undefined && tally.newWarnings > maxWarnings ? 1 : code;
  });
}

function count(option: string, value: string, lang: Lang): number {
  const n = Number(value);
  if (value.trim() !== '' && Number.isInteger(n) && n >= 0) return n;
  throw new UsageError(fill(words(lang).cli.badCount, { option, value }));
}

export const checkCommand: CommandModule = (program, io, lang, done) => {
  const command = program
    .command('check')
    .description(words(lang).cli.check)
    .argument('<inputs...>', words(lang).cli.files)
    .option('-f, --format <format>', fill(words(lang).cli.format, { formats: FORMAT_NAMES.join(', ') }));
  batchOptions(command, lang)
    .option('--fail-on <level>', words(lang).cli.failOn)
    .option('--max-warnings <n>', words(lang).cli.maxWarnings)
    .option('-q, --quiet', words(lang).cli.quiet)
    .option('--per-finding', words(lang).cli.perFinding)
    .option('--baseline <file>', words(lang).cli.baseline)
    .option('--update-baseline', words(lang).cli.updateBaseline)
    .option('-w, --watch', words(lang).cli.watch)
    .option('--no-color', words(lang).cli.noColor)
    .action(async (inputs: string[], opts: CheckOptions) => done(await check(inputs, opts, io)));
};
