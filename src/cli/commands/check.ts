import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPath } from '../../input/problem.js';
import { FORMATS, FORMAT_NAMES, type FormatName } from '../../output/formats/index.js';
import { CLI, problemMessage } from '../../output/i18n.js';
import { problemLine } from '../../output/problem-line.js';
import { Checker, invalidCase, Tally, type CaseReport } from '../../output/report.js';
import { loadRules, unreadable } from '../rules-loader.js';
import { asOfDate, choice, chooseLang, colorLevel } from '../settings.js';
import type { Io } from '../io.js';
import type { CommandModule } from './index.js';

export interface CheckOptions {
  asOf?: string;
  format: string;
  lang?: string;
  rules: string[];
  failOn: string;
  color: boolean;
}

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;

/** `poort check`: read, validate and evaluate each file, write one report, return the exit code. */
export async function check(files: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  const lang = chooseLang(opts.lang, io.env);
  const format = choice<FormatName>('--format', opts.format, FORMAT_NAMES, lang);
  const failOn = choice('--fail-on', opts.failOn, FAIL_LEVELS, lang);
  const asOf = asOfDate(opts.asOf, lang);
  const factory = FORMATS[format]();

  const loaded = loadRules(join(io.root, 'rules'), opts.rules, join(io.root, 'dist', 'rules.json'));
  if (loaded.problems.length > 0) {
    for (const { file, problem } of loaded.problems) {
      io.stderr.write(`${problemLine(file, { ...problem, path: formatPath(problem.path), message: problemMessage(problem.code, problem.args, lang) })}\n`);
    }
    return 2;
  }

  const checker = new Checker({ rules: loaded.rules, werkdagen: loaded.werkdagen, asOf, lang });
  const formatter = (await factory)({ asOf, lang, rules: loaded.rules, version: io.version, colorLevel: colorLevel(opts.color, io.env, io.stdoutIsTTY) });
  const tally = new Tally();
  io.stdout.write(formatter.start());
  for (const file of files) {
    let text: string | undefined;
    let c: CaseReport;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      c = invalidCase({ source: file, file }, [unreadable(e)], lang);
    }
    c ??= checker.reportText(file, text!);
    for (const p of c.problems) io.stderr.write(`${problemLine(c.file, p)}\n`);
    tally.add(c);
    io.stdout.write(formatter.case(c));
  }
  io.stdout.write(formatter.end(tally.summary));
  return tally.exitCode(failOn);
}

export const checkCommand: CommandModule = (program, io, lang, done) => {
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
    .action(async (files: string[], opts: CheckOptions) => done(await check(files, opts, io)));
};
