import type { Lang } from '../../domain/lang.js';
import { FORMATS, FORMAT_NAMES, type FormatName } from '../../output/formats/index.js';
import { fill, words } from '../../output/locale/index.js';
import { batchOptions, forEachCase, openBatch, write, type BatchOptions } from '../batch.js';
import type { Io } from '../io.js';
import { choice, colorLevel, UsageError } from '../settings.js';
import type { CommandModule } from './index.js';

export interface CheckOptions extends BatchOptions {
  format?: string;
  failOn?: string;
  maxWarnings?: string;
  quiet?: boolean;
  color: boolean;
}

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;

/** `poort check`: every case of every input, read, evaluated and written as it comes; returns the exit code. */
export async function check(inputs: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  const batch = openBatch(opts, io);
  if (typeof batch === 'number') return batch;
  const { config, lang, asOf, loaded, out } = batch;
  try {
    const format = choice<FormatName>('--format', opts.format ?? 'text', FORMAT_NAMES, lang);
    const failOn = choice('--fail-on', opts.failOn ?? config['fail-on'] ?? 'error', FAIL_LEVELS, lang);
    const maxWarnings = opts.maxWarnings === undefined ? config['max-warnings'] : count('--max-warnings', opts.maxWarnings, lang);
    const toTerminal = opts.output === undefined && io.stdoutIsTTY;
    const context = { asOf, lang, rules: loaded.rules, setup: batch.setup, version: io.version, quiet: opts.quiet === true, colorLevel: colorLevel(opts.color, io.env, toTerminal) };
    const formatter = (await FORMATS[format]())(context);
    await write(out, formatter.start());
    const tally = await forEachCase(inputs, batch, io, {
      render: (c) => formatter.render(c),
      add: (rendered) => write(out, formatter.add(rendered)),
      rendering: { kind: 'format', format, colorLevel: context.colorLevel, quiet: context.quiet, version: context.version, setup: context.setup },
    });
    await write(out, formatter.end(tally.summary));
    out.finish();
    const code = tally.exitCode(failOn);
    return code === 0 && maxWarnings !== undefined && tally.summary.warnings > maxWarnings ? 1 : code;
  } finally {
    out.abort();
  }
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
    .option('--no-color', words(lang).cli.noColor)
    .action(async (inputs: string[], opts: CheckOptions) => done(await check(inputs, opts, io)));
};
