import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CaseReport } from '../check/case-report.js';
import { computeDeadlines } from '../check/deadlines.js';
import { DEFAULT_MAX_FILE_SIZE, targets } from '../check/inputs.js';
import { Datum } from '../domain/datum.js';
import { Werkdagen } from '../domain/feestdagen.js';
import type { Lang } from '../domain/lang.js';
import { readCase } from '../input/case-file.js';
import { formatPath, type Problem } from '../input/problem.js';
import type { RulesTable } from '../input/rules-cache.js';
import { deadlinesDocument, type DeadlinesDocument } from '../output/deadlines.js';
import { jsonCase, type ReportCase } from '../output/formats/json.js';
import { problemMessage } from '../output/locale/index.js';
import { caseStream, type WorkerSetup } from './case-stream.js';
import { loadRules as loadRulesFrom } from './rules-loader.js';
import { checkerOf, openRun, type RunSpec } from './run.js';
import { todayInAmsterdam } from './today.js';

/*
 * poort as a library (README, "Use from Node"): the checks of `poort check` and `poort
 * deadlines` for scripts, with no process exit, no output and no configuration file: what a run
 * needs is passed in. checkFiles is the pipeline `poort check` and `poort agenda` run on
 * (case-stream.ts), and a report case has the shape of `poort check --format json`
 * (docs/report.md), so a script written against one reads the other.
 */

export type { ReportCase, DeadlinesDocument };
export type { Lang };

/** The rules table in force: the built-in rules, and the user's rules files on top of them. */
export interface Rules {
  readonly table: RulesTable;
  /** The user's rules files read, in order. */
  readonly files: readonly string[];
}

/** What a check is run with; every option has a default. */
export interface CheckOptions {
  /** The as-of date (peildatum), `YYYY-MM-DD`; default today in the Netherlands. */
  asOf?: string;
  /** The language of messages; default `en`. */
  lang?: Lang;
  /** From loadRules(); default the built-in rules. */
  rules?: Rules;
  /** Gross monthly wage in euros for a case without `loon_per_maand`, for the money at risk. */
  loonPerMaand?: number;
}

/** A rules file, an as-of date or a ziekmelding that cannot be used: each problem with file, line and column. */
export class PoortError extends Error {
  constructor(message: string, readonly problems: readonly { file: string; line: number | null; column: number | null; code: string; message: string }[] = []) {
    super(message);
    this.name = 'PoortError';
  }
}

/**
 * The built-in rules, with your own rules files or folders on top (as `--rules`).
 *
 * @example
 * const rules = loadRules(['beleid/strenger.yaml']);
 * const report = checkCase(text, { rules });
 */
export function loadRules(files: readonly string[] = [], lang: Lang = 'en'): Rules {
  const root = packageRoot();
  const loaded = loadRulesFrom(join(root, 'rules'), files, join(root, 'dist', 'rules.json'));
  if (loaded.problems.length > 0) throw problemsError('rules', loaded.problems.map(({ file, problem }) => ({ file, problem })), lang);
  return { table: { rules: loaded.rules, feestdagen: loaded.feestdagen, costs: loaded.costs }, files: loaded.userFiles };
}

/**
 * One case file's text (YAML or JSON) checked: its clock, timeline, findings, money at risk and
 * next step, as a case of the JSON report. Input problems make `valid: false`, never an exception.
 *
 * @example
 * const report = checkCase('ziekmelding: 2025-01-06\n', { asOf: '2025-03-01', lang: 'nl' });
 * for (const f of report.findings) console.log(f.rule, f.message);
 */
export function checkCase(text: string, options: CheckOptions & { file?: string } = {}): ReportCase {
  const file = options.file ?? 'case.yaml';
  const checker = checkerOf(specOf(options, '.'), (options.rules ?? builtin()).table);
  return jsonCase(checker.report({ source: file, file }, readCase(file, text)));
}

/**
 * Every case of files, folders and glob patterns (and exports: CSV, JSON Lines, .xlsx), as
 * `poort check` reads them, one report case at a time and in input order: a batch of 100,000
 * cases is never held in memory. A file that cannot be read is a case with `valid: false`.
 * `jobs` shares a folder of case files out over that many threads, as `poort check --jobs`.
 *
 * @example
 * for await (const c of checkFiles(['dossiers/'], { asOf: '2026-03-02', jobs: 4 })) {
 *   if (c.findings.some((f) => f.severity === 'error')) console.log(c.source);
 * }
 */
export async function* checkFiles(inputs: readonly string[], options: CheckOptions & { cwd?: string; jobs?: number } = {}): AsyncGenerator<ReportCase> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const spec = specOf(options, cwd);
  const run = await openRun<CaseReport>(spec, (options.rules ?? builtin()).table);
  const startWorker = (setup: WorkerSetup) => new Worker(join(packageRoot(), 'bin', 'worker.js'), { workerData: setup });
  const noStdin = async function* (): AsyncGenerator<Buffer> {};
  for await (const o of caseStream(await targets(inputs, cwd), run, spec, { readStdin: noStdin, startWorker, jobs: options.jobs ?? 1 })) yield jsonCase(o.rendered);
}

/**
 * Every deadline from a first day of sickness, as `poort deadlines --format json`: for the
 * phone call before there is a dossier.
 *
 * @example
 * const d = deadlines('2026-03-03', { asOf: '2026-03-03' });
 * console.log(d.timeline.find((t) => t.id === 'melding-42e-week')?.due);
 */
export function deadlines(ziekmelding: string, options: Omit<CheckOptions, 'loonPerMaand'> & { onderbrekingen?: { van: string; tot: string }[] } = {}): DeadlinesDocument {
  const lang = options.lang ?? 'en';
  const read = readCase('ziekmelding', JSON.stringify({ ziekmelding, onderbrekingen: options.onderbrekingen ?? [] }));
  if (!read.case) throw problemsError('ziekmelding', read.problems.map((problem) => ({ file: 'ziekmelding', problem })), lang);
  const table = (options.rules ?? builtin()).table;
  return deadlinesDocument(computeDeadlines(read.case, { rules: table.rules, werkdagen: new Werkdagen(table.feestdagen), asOf: asOf(options.asOf, lang), lang }), lang);
}

/** The run of a library call: plain cases of the JSON report, no files but the ones asked for. */
function specOf(options: CheckOptions, cwd: string): RunSpec {
  const lang = options.lang ?? 'en';
  return {
    asOf: asOf(options.asOf, lang).day, lang, redactKey: undefined, maxFileSize: DEFAULT_MAX_FILE_SIZE, cwd, loonPerMaand: options.loonPerMaand,
    reading: { columns: {}, periods: undefined, sheet: undefined }, rendering: { kind: 'report', timelineRisk: false },
  };
}

let builtinRules: Rules | undefined;

/** The built-in rules, read once per process. */
function builtin(): Rules {
  return (builtinRules ??= loadRules());
}

function asOf(text: string | undefined, lang: Lang): Datum {
  if (text === undefined) return todayInAmsterdam();
  const d = Datum.parse(text);
  if (!d) throw new PoortError(problemMessage('not-a-date', { value: text }, lang));
  return d;
}

function problemsError(what: string, problems: readonly { file: string; problem: Problem }[], lang: Lang): PoortError {
  const list = problems.map(({ file, problem }) => ({ file, line: problem.line, column: problem.column, code: problem.code, message: problemMessage(problem.code, problem.args, lang) }));
  const first = list[0];
  return new PoortError(`${what}: ${first ? `${first.file}:${first.line ?? 1}:${first.column ?? 1}: ${formatPath(problems[0]!.problem.path)} ${first.message}` : 'cannot be used'}`, list);
}

/** The package's folder (rules/, dist/rules.json), from this module's place in src/ or dist/. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!isPoort(dir)) {
    const up = dirname(dir);
    if (up === dir) throw new PoortError('the poort package folder (with rules/) was not found');
    dir = up;
  }
  return dir;
}

function isPoort(dir: string): boolean {
  try {
    return existsSync(join(dir, 'rules')) && JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name === 'poort';
  } catch {
    return false;
  }
}
