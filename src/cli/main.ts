import { Command, CommanderError } from 'commander';
import { CLI, fill } from '../output/i18n.js';
import { check } from './check.js';
import type { Io } from './io.js';
import { chooseLang, UsageError } from './settings.js';

/** Runs poort with these arguments (without `node` and the script) and returns the exit code. */
export async function main(args: readonly string[], io: Io): Promise<number> {
  const lang = chooseLang(undefined, io.env);
  const debug = args.includes('--debug');
  let code = 0;
  const program = new Command('poort')
    .description(CLI.description[lang])
    .version(io.version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`poort: ${s.replace(/^error: /, '')}`),
    });

  program
    .command('check')
    .description(CLI.check[lang])
    .argument('<files...>', CLI.files[lang])
    .option('--as-of <date>', CLI.asOf[lang])
    .option('-f, --format <format>', CLI.format[lang], 'text')
    .option('--lang <lang>', CLI.lang[lang])
    .option('--rules <path>', CLI.rules[lang], (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--fail-on <level>', CLI.failOn[lang], 'error')
    .option('--no-color', CLI.noColor[lang])
    .option('--debug', CLI.debug[lang])
    .action(async (files: string[], opts) => {
      code = await check(files, opts, io);
    });

  try {
    await program.parseAsync([...args], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.stderr.write(`poort: ${e.message}\n`);
      return 2;
    }
    const err = e as Error;
    io.stderr.write(`poort: ${fill(CLI.internal[lang], { message: err.message })}\n`);
    if (debug) io.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
