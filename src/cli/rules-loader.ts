import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Werkdagen, type Feestdag } from '../domain/feestdagen.js';
import type { Rule } from '../domain/rule.js';
import type { Problem } from '../input/problem.js';
import { checkReferences, mergeRules, readRulesFile } from '../input/rules-file.js';

export interface LoadedRules {
  rules: Rule[];
  werkdagen: Werkdagen;
  /** Problems with the file they are in. */
  problems: { file: string; problem: Problem }[];
}

/** The YAML files of a rules directory, or the one file named. */
function ruleFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(path, f));
}

/**
 * The built-in rules table, then the user's `--rules` files on top of it. A problem in any of
 * them stops the run: checking dossiers against a half-read rules table would be a silent lie.
 */
export function loadRules(builtinDir: string, extra: readonly string[]): LoadedRules {
  let rules: Rule[] = [];
  const feestdagen: Feestdag[] = [];
  const problems: LoadedRules['problems'] = [];
  const files = [...ruleFiles(builtinDir), ...extra.flatMap((p) => readable(p, problems) ? ruleFiles(p) : [])];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      problems.push({ file, problem: unreadable(e) });
      continue;
    }
    const merged = mergeRules(rules, readRulesFile(file, text), file);
    rules = merged.rules;
    feestdagen.push(...merged.feestdagen);
    problems.push(...merged.problems.map((problem) => ({ file, problem })));
  }
  problems.push(...checkReferences(rules));
  return { rules, werkdagen: new Werkdagen(feestdagen), problems };
}

function readable(path: string, problems: LoadedRules['problems']): boolean {
  try {
    statSync(path);
    return true;
  } catch (e) {
    problems.push({ file: path, problem: unreadable(e) });
    return false;
  }
}

export function unreadable(e: unknown): Problem {
  const err = e as NodeJS.ErrnoException;
  return { code: 'file-unreadable', path: [], line: null, column: null, args: { reason: err.code ?? err.message } };
}
