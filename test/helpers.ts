import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { loadRules } from '../src/api/rules-loader.js';
import { readCase } from '../src/input/case-file.js';
import { Datum } from '../src/domain/datum.js';
import type { Lang } from '../src/domain/lang.js';
import type { FormatContext, FormatterFactory } from '../src/output/formats/index.js';
import { jsonFormatter } from '../src/output/formats/json.js';
import type { CaseReport, Summary } from '../src/check/case-report.js';
import { countsOf, Tally } from '../src/check/tally.js';
import { Checker } from '../src/check/checker.js';
import { NO_SETUP, type Setup } from '../src/output/setup.js';
import { wordingFor } from '../src/output/wording.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const BIN = join(ROOT, 'bin', 'poort.js');

/** A user's environment without colour or language settings; `env` adds to it or unsets. */
export function binEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, LANG: 'C', POORT_LANG: undefined, ...env };
}

export interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built bin as a user would (test/global-setup.ts builds it); stdout is not a terminal. */
export function runBin(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): BinRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', maxBuffer: 1 << 28, env: binEnv(opts.env),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * poort from its TypeScript sources, in this process, as the bin would run it (but without
 * worker threads); `io` replaces parts of the process around it.
 */
export async function runMain(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; io?: Partial<Io> } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    root: ROOT, version: '0.0.0', cwd: opts.cwd ?? ROOT, stdoutIsTTY: false, stderrIsTTY: false, readStdin: async function* (): AsyncGenerator<Buffer> {},
    env: binEnv({ CI: '1', ...opts.env }),
    stdout: { write: (s: string | Uint8Array) => ((stdout += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), true), once: () => undefined },
    stderr: { write: (s: string) => ((stderr += s), true) },
    ...opts.io,
  });
  return { code, stdout, stderr };
}
export const RULES_DIR = fileURLToPath(new URL('../rules', import.meta.url));

/** One case of `--format json`, as a script would read it. */
export interface JsonCase {
  source: string;
  werknemer: string | null;
  valid: boolean;
  problems: { path: string; line: number | null; column: number | null; message: string; code: string }[];
  clock: { ziekmelding: string; week: number | null; eindeWachttijd: string; eindeLoondoorbetaling: string; provisional: boolean } | null;
  timeline: { id: string; from: string | null; due: string | null; done: string | null; status: string; norm: string | null }[];
  findings: {
    rule: string;
    severity: string;
    consequence: string;
    norm: string | null;
    type: string;
    args: { due?: string; done?: string; from?: string; date?: string; limit?: string; days?: number; value?: string | number };
    message: string;
    source: string;
    line: number;
  }[];
}

const builtin = new Map<string, ReturnType<typeof loadRules>>();

/** A whole run's result at once: what the streaming formatters are fed piece by piece. */
export interface Report {
  asOf: Datum;
  lang: Lang;
  cases: CaseReport[];
  summary: Summary;
}

/** The totals of these cases, as a run keeps them. */
export function summarize(cases: readonly CaseReport[]): Summary {
  const tally = new Tally();
  for (const c of cases) tally.add(countsOf(c));
  return tally.summary;
}

/** A whole report at once through a streaming formatter, as `poort check` writes it (to a pipe, unless a width is given). */
export function formatReport(factory: FormatterFactory, report: Report, ctx: Omit<FormatContext, 'asOf' | 'lang' | 'setup' | 'cwd' | 'width'> & { setup?: Setup; cwd?: string; width?: number | null }): string {
  const f = factory({ setup: NO_SETUP, cwd: process.cwd(), width: null, ...ctx, asOf: report.asOf, lang: report.lang });
  return f.start() + report.cases.map((c) => f.add(f.render(c))).join('') + f.end(report.summary);
}

type Options = { lang?: Lang; extraRules?: string[]; file?: string; /** The config's default wage. */ loonPerMaand?: number };

/** The rules table, loaded once per set of `--rules` paths. */
export function rules(extraRules: string[] = []): ReturnType<typeof loadRules> {
  const key = extraRules.join('\0');
  let loaded = builtin.get(key);
  if (!loaded) {
    loaded = loadRules(RULES_DIR, extraRules);
    builtin.set(key, loaded);
  }
  if (loaded.problems.length > 0) throw new Error(`rules do not load: ${JSON.stringify(loaded.problems)}`);
  return loaded;
}

/** One case file's text, read, evaluated and put in words: the CaseReport every format reads. */
export function caseReport(yaml: string, asOf: string, opts: Options = {}): CaseReport {
  const loaded = rules(opts.extraRules);
  const date = Datum.parse(asOf);
  if (!date) throw new Error(`bad as-of ${asOf}`);
  const file = opts.file ?? 'case.yaml';
  return new Checker({ rules: loaded.rules, werkdagen: loaded.werkdagen, asOf: date, wording: wordingFor(opts.lang ?? 'en'), costs: loaded.costs, loonPerMaand: opts.loonPerMaand }).report({ source: file, file }, readCase(file, yaml));
}

/** A whole report, as `poort check` would produce for these cases. */
export function report(cases: CaseReport[], asOf: string, lang: Lang = 'en'): Report {
  return { asOf: Datum.parse(asOf)!, lang, cases, summary: summarize(cases) };
}

/**
 * Runs one case file's text through poort in-process, exactly as `poort check --format json`
 * does, and returns the case's JSON. `extraRules` are `--rules` paths.
 */
export function check(yaml: string, asOf: string, opts: Options = {}): JsonCase {
  const c = caseReport(yaml, asOf, opts);
  const loaded = rules(opts.extraRules);
  const r = report([c], asOf, opts.lang ?? 'en');
  const doc = JSON.parse(formatReport(jsonFormatter, r, { colorLevel: 0, rules: loaded.rules, version: '0.0.0' })) as { cases: JsonCase[] };
  return doc.cases[0]!;
}

/** The timeline entry of one rule. */
export function entry(c: JsonCase, id: string): JsonCase['timeline'][number] {
  const e = c.timeline.find((t) => t.id === id);
  if (!e) throw new Error(`no timeline entry ${id} in ${JSON.stringify(c.timeline.map((t) => t.id))}`);
  return e;
}

/** The findings of one rule. */
export function findings(c: JsonCase, rule: string): JsonCase['findings'] {
  return c.findings.filter((f) => f.rule === rule);
}

/** A new temporary folder holding these files (paths with folders are fine). */
export function tree(files: Record<string, string>, prefix = 'poort-tree-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
