import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Severity } from '../domain/rule.js';
import { formatPath } from '../input/problem.js';
import { FORMATS, FORMAT_NAMES, type FormatName } from '../output/formats/index.js';
import { problemMessage } from '../output/i18n.js';
import { problemLine } from '../output/problem-line.js';
import { invalidCase, reportCase, summarize, type Report } from '../output/report.js';
import { loadRules, unreadable } from './rules-loader.js';
import { asOfDate, choice, chooseLang, colorLevel } from './settings.js';
import type { Io } from './io.js';

export interface CheckOptions {
  asOf?: string;
  format: string;
  lang?: string;
  rules: string[];
  failOn: string;
  color: boolean;
}

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** `poort check`: read, validate and evaluate each file, write one report, return the exit code. */
export async function check(files: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  const lang = chooseLang(opts.lang, io.env);
  const format = choice<FormatName>('--format', opts.format, FORMAT_NAMES, lang);
  const failOn = choice('--fail-on', opts.failOn, FAIL_LEVELS, lang);
  const asOf = asOfDate(opts.asOf, lang);
  const formatter = FORMATS[format]();

  const loaded = loadRules(join(io.root, 'rules'), opts.rules, join(io.root, 'dist', 'rules.json'));
  if (loaded.problems.length > 0) {
    for (const { file, problem } of loaded.problems) {
      io.stderr.write(`${problemLine(file, { ...problem, path: formatPath(problem.path), message: problemMessage(problem.code, problem.args, lang) })}\n`);
    }
    return 2;
  }

  const settings = { rules: loaded.rules, werkdagen: loaded.werkdagen, asOf, lang };
  const cases = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      return invalidCase(file, [unreadable(e)], lang);
    }
    return reportCase(file, text, settings);
  });
  const report: Report = { asOf, lang, cases, summary: summarize(cases) };

  for (const c of cases) for (const p of c.problems) io.stderr.write(`${problemLine(c.source, p)}\n`);
  io.stdout.write((await formatter)(report, { colorLevel: colorLevel(opts.color, io.env, io.stdoutIsTTY) }));

  if (report.summary.invalid > 0) return 2;
  if (failOn === 'never') return 0;
  const failing = cases.some((c) => c.findings.some((f) => RANK[f.severity] <= RANK[failOn]));
  return failing ? 1 : 0;
}
