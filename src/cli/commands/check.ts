import type { Lang } from '../../domain/lang.js';
import { FORMAT_NAMES, type FormatName } from '../../output/formats/index.js';
import { fill, words } from '../../output/locale/index.js';
import { batchOptions, forEachCase, withBatch, write, type BatchOptions } from '../batch.js';
import type { Io } from '../io.js';
import { openRun } from '../run.js';
import { choice, UsageError } from '../settings.js';
import type { CommandModule } from './index.js';

export interface CheckOptions extends BatchOptions {
  format?: string;
  failOn?: string;
  maxWarnings?: string;
  quiet?: boolean;
  perFinding?: boolean;
  color: boolean;
}

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;

/** `poort check`: every case of every input, read, evaluated and written as it comes; returns the exit code. */
export function check(inputs: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  return withBatch(opts, io, async (batch) => {
    const { config, lang, loaded, out } = batch;
    const format = choice<FormatName>('--format', opts.format ?? 'text', FORMAT_NAMES, lang);
    const failOn = choice('--fail-on', opts.failOn ?? config['fail-on'] ?? 'error', FAIL_LEVELS, lang);
    const maxWarnings = opts.maxWarnings === undefined ? config['max-warnings'] : count('--max-warnings', opts.maxWarnings, lang);
    const perFinding = opts.perFinding === true;
    if (perFinding && format !== 'csv') throw new UsageError(words(lang).cli.perFindingFormat);
    const spec = batch.spec({ kind: 'format', format, colorLevel: batch.colorLevel(opts.color), width: batch.width(), quiet: opts.quiet === true ? failOn : false, perFinding, version: io.version, setup: batch.setup });
    const run = await openRun<unknown>(spec, loaded);
    const formatter = run.formatter!;
    await write(out, formatter.start());
    const tally = await forEachCase(inputs, batch, io, spec, run, (rendered) => write(out, formatter.add(rendered)));
    await write(out, formatter.end(tally.summary));
    out.finish();
    const code = tally.exitCode(failOn);
    return code === 0 && maxWarnings !== undefined && tally.summary.warnings > maxWarnings ? 1 : code;
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
    .option('--no-color', words(lang).cli.noColor)
    .action(async (inputs: string[], opts: CheckOptions) => done(await check(inputs, opts, io)));
};
