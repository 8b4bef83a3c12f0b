import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../domain/rule.js';
import { formatPath, type Problem } from '../../input/problem.js';
import { FORMATS, FORMAT_NAMES, type FormatName } from '../../output/formats/index.js';
import { CLI, fill, problemMessage } from '../../output/i18n.js';
import { problemLine } from '../../output/problem-line.js';
import { Checker, Tally } from '../../output/report.js';
import { findConfig } from '../config.js';
import { targets, units } from '../inputs.js';
import type { Io } from '../io.js';
import { Progress } from '../progress.js';
import { loadRules } from '../rules-loader.js';
import { asOfDate, choice, chooseLang, colorLevel, UsageError } from '../settings.js';
import { reportUnit } from '../units.js';
import type { CommandModule } from './index.js';

export interface CheckOptions {
  asOf?: string;
  format?: string;
  lang?: string;
  rules: string[];
  failOn?: string;
  maxWarnings?: string;
  output?: string;
  quiet?: boolean;
  color: boolean;
}

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;

/** `poort check`: every case of every input, read, evaluated and written as it comes; returns the exit code. */
export async function check(inputs: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  const { found, file: badConfig, problems: configProblems } = findConfig(io.cwd);
  const config = found?.config ?? {};
  const lang = chooseLang(opts.lang ?? config.lang, io.env);
  if (badConfig) return reportProblems(io, lang, configProblems.map((problem) => ({ file: badConfig, problem })));

  const format = choice<FormatName>('--format', opts.format ?? 'text', FORMAT_NAMES, lang);
  const failOn = choice('--fail-on', opts.failOn ?? config['fail-on'] ?? 'error', FAIL_LEVELS, lang);
  const maxWarnings = opts.maxWarnings === undefined ? config['max-warnings'] : count('--max-warnings', opts.maxWarnings, lang);
  const asOf = asOfDate(opts.asOf, lang);
  const factory = FORMATS[format]();

  const loaded = loadRules(join(io.root, 'rules'), [...(found?.rules ?? []), ...opts.rules], join(io.root, 'dist', 'rules.json'));
  if (loaded.problems.length > 0) return reportProblems(io, lang, loaded.problems);

  const out = opts.output === undefined ? io.stdout : fileOutput(opts.output);
  const toTerminal = opts.output === undefined && io.stdoutIsTTY;
  const formatter = (await factory)({
    asOf, lang, rules: loaded.rules, version: io.version, quiet: opts.quiet === true,
    colorLevel: colorLevel(opts.color && (opts.output === undefined || io.env.FORCE_COLOR !== undefined), io.env, toTerminal),
  });
  const checker = new Checker({ rules: loaded.rules, werkdagen: loaded.werkdagen, asOf, lang });
  const tally = new Tally();
  const progress = new Progress(io, lang);

  try {
    await write(out, formatter.start());
    for await (const unit of units(await targets(inputs, io.cwd), io.readStdin, io.cwd)) {
      for (const c of reportUnit(unit, checker)) {
        for (const p of c.problems) io.stderr.write(`${problemLine(c.file, p)}\n`);
        tally.add(c);
        await write(out, formatter.case(c));
        progress.tick(tally.summary.cases);
      }
    }
    progress.done();
    await write(out, formatter.end(tally.summary));
  } finally {
    if (out !== io.stdout) (out as ReturnType<typeof fileOutput>).close();
  }
  const code = tally.exitCode(failOn);
  return code === 0 && maxWarnings !== undefined && tally.summary.warnings > maxWarnings ? 1 : code;
}

type Out = Io['stdout'];

/** Writes and, when the reader is behind, waits: output of any size streams in bounded memory. */
function write(out: Out, text: string): Promise<void> | void {
  if (text === '' || out.write(text)) return;
  return new Promise((resolve) => out.once('drain', resolve));
}

/** --output FILE: the report goes to a file (written synchronously, so nothing waits). */
function fileOutput(path: string): Out & { close(): void } {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    throw new UsageError(`--output ${path}: ${(e as Error).message}`);
  }
  return {
    write: (s) => (writeSync(fd, s), true),
    once: () => undefined,
    close: () => closeSync(fd),
  };
}

function count(option: string, value: string, lang: Lang): number {
  const n = Number(value);
  if (value.trim() !== '' && Number.isInteger(n) && n >= 0) return n;
  throw new UsageError(fill(CLI.badCount[lang], { option, value }));
}

function reportProblems(io: Io, lang: Lang, problems: readonly { file: string; problem: Problem }[]): number {
  for (const { file, problem } of problems) {
    io.stderr.write(`${problemLine(file, { ...problem, path: formatPath(problem.path), message: problemMessage(problem.code, problem.args, lang) })}\n`);
  }
  return 2;
}

const collect = (v: string, prev: string[]): string[] => [...prev, v];

export const checkCommand: CommandModule = (program, io, lang, done) => {
  program
    .command('check')
    .description(CLI.check[lang])
    .argument('<inputs...>', CLI.files[lang])
    .option('--as-of <date>', CLI.asOf[lang])
    .option('-f, --format <format>', CLI.format[lang])
    .option('--lang <lang>', CLI.lang[lang])
    .option('--rules <path>', CLI.rules[lang], collect, [] as string[])
    .option('--fail-on <level>', CLI.failOn[lang])
    .option('--max-warnings <n>', CLI.maxWarnings[lang])
    .option('-o, --output <file>', CLI.output[lang])
    .option('-q, --quiet', CLI.quiet[lang])
    .option('--no-color', CLI.noColor[lang])
    .option('--debug', CLI.debug[lang])
    .action(async (inputs: string[], opts: CheckOptions) => done(await check(inputs, opts, io)));
};
