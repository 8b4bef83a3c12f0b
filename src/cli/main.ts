import { Command, CommanderError } from 'commander';
import { fill, readError, words } from '../output/locale/index.js';
import { printable } from '../output/printable.js';
import { LANGS, type Lang } from '../domain/lang.js';
import { COMMANDS } from './commands/index.js';
import { projectConfig } from './config.js';
import type { Io } from './io.js';
import { chooseLang, UsageError } from './settings.js';

export { serveChunks } from '../api/case-stream.js';

/** The line for standard output that cannot be written (a full disk, say), in the user's language. */
export function stdoutFailure(code: string, env: NodeJS.ProcessEnv): string {
  const lang = chooseLang(undefined, env);
  return `poort: ${printable(fill(words(lang).cli.badStdout, { reason: readError(code, lang) ?? code }))}\n`;
}

/**
 * The language of the help texts: --lang, else the config's when help is asked for (reading it
 * costs the YAML parser, which a plain run pays only once it needs the config), else the
 * environment's. A command's own output takes its language from its context.
 */
function helpLang(args: readonly string[], io: Io): Lang {
  const flag = flagValue(args, '--lang');
  if (flag !== undefined && (LANGS as readonly string[]).includes(flag)) return flag as Lang;
  const help = args.length === 0 || args[0] === 'help' || args.includes('--help') || args.includes('-h');
  const config = help && !args.includes('--no-config') ? projectConfig(io, flagValue(args, '--config') ?? true).found?.config.lang : undefined;
  return chooseLang(config, io.env);
}

/** The value of `--name value` or `--name=value`, before the command line is parsed. */
function flagValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** Runs poort with these arguments (without `node` and the script) and returns the exit code. */
export async function main(args: readonly string[], io: Io): Promise<number> {
  const lang = helpLang(args, io);
  const debug = args.includes('--debug');
  let code = 0;
  const program = new Command('poort')
    .description(words(lang).cli.description)
    .version(io.version, '-V, --version')
    // The program's own: every command takes it, before or after its name.
    .option('--debug', words(lang).cli.debug)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`poort: ${printable(s.replace(/^error: /, '').trimEnd())}\n`),
    });
  for (const command of COMMANDS) command(program, io, lang, (c) => (code = c));

  try {
    await program.parseAsync([...args], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.stderr.write(`poort: ${printable(e.message)}\n`);
      return 2;
    }
    const err = e as Error;
    io.stderr.write(`poort: ${printable(fill(words(lang).cli.internal, { message: err.message }))}\n`);
    if (debug) io.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
