import { fileURLToPath } from 'node:url';
import { loadRules } from '../src/cli/rules-loader.js';
import { Datum } from '../src/domain/datum.js';
import type { Lang } from '../src/domain/rule.js';
import { formatReport } from '../src/output/formats/index.js';
import { jsonFormatter } from '../src/output/formats/json.js';
import { reportCase, summarize } from '../src/output/report.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RULES_DIR = fileURLToPath(new URL('../rules', import.meta.url));

/** One case of `--format json`, as a script would read it. */
export interface JsonCase {
  source: string;
  werknemer: string | null;
  valid: boolean;
  problems: { path: string; line: number | null; column: number | null; message: string; code: string }[];
  clock: { ziekmelding: string; week: number | null; eindeWachttijd: string; eindeLoondoorbetaling: string } | null;
  timeline: { id: string; from: string | null; due: string | null; done: string | null; status: string }[];
  findings: { rule: string; severity: string; consequence: string; message: string; source: string; line: number }[];
}

const builtin = new Map<string, ReturnType<typeof loadRules>>();

/**
 * Runs one case file's text through poort in-process, exactly as `poort check --format json`
 * does, and returns the case's JSON. `extraRules` are `--rules` paths.
 */
export function check(yaml: string, asOf: string, opts: { lang?: Lang; extraRules?: string[]; file?: string } = {}): JsonCase {
  const key = (opts.extraRules ?? []).join('\0');
  let loaded = builtin.get(key);
  if (!loaded) {
    loaded = loadRules(RULES_DIR, opts.extraRules ?? []);
    builtin.set(key, loaded);
  }
  if (loaded.problems.length > 0) throw new Error(`rules do not load: ${JSON.stringify(loaded.problems)}`);
  const date = Datum.parse(asOf);
  if (!date) throw new Error(`bad as-of ${asOf}`);
  const lang = opts.lang ?? 'en';
  const c = reportCase(opts.file ?? 'case.yaml', yaml, { rules: loaded.rules, werkdagen: loaded.werkdagen, asOf: date, lang });
  const report = { asOf: date, lang, cases: [c], summary: summarize([c]) };
  const doc = JSON.parse(formatReport(jsonFormatter, report, { colorLevel: 0, rules: loaded.rules, version: '0.0.0' })) as { cases: JsonCase[] };
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
