import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readSettingsFile } from './settings-file.js';
import { basename, join } from 'node:path';
import type { Costs } from '../domain/exposure.js';
import { Werkdagen, type Feestdag } from '../domain/feestdagen.js';
import type { Rule } from '../domain/rule.js';
import { unreadable, type Problem } from '../input/problem.js';
import { fromCache, toCache, type RulesTable } from '../input/rules-cache.js';
import { checkReferences, mergeRules, readRulesFile } from '../input/rules-file.js';

export interface LoadedRules extends RulesTable {
  /** The ids of the built-in rules, to tell a user's own rules apart. */
  builtinIds: ReadonlySet<string>;
  /** The user's rules files read on top of the built-in table, in order. */
  userFiles: readonly string[];
  werkdagen: Werkdagen;
  /** Problems with the file they are in. */
  problems: { file: string; problem: Problem }[];
}

interface Source {
  file: string;
  text: string;
}

/** The YAML files of a rules directory, or the one file named. */
function ruleFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(path, f));
}

/** What the cache is compiled from, to be compared whole: each file's name and text. */
function sourcesOf(sources: readonly Source[]): string {
  return sources.map((s) => `${basename(s.file)}\0${s.text}\0`).join('');
}

/**
 * The built-in rules table, then the user's `--rules` files on top of it. A problem in any of
 * them stops the run: checking dossiers against a half-read rules table would be a silent lie.
 * `cacheFile` holds the built-in table compiled at install (see rules-cache.ts).
 */
export function loadRules(builtinDir: string, extra: readonly string[], cacheFile?: string): LoadedRules {
  const problems: LoadedRules['problems'] = [];
  const builtin = readSources(ruleFiles(builtinDir), problems);
  const user = readSources(extra.flatMap((p) => (exists(p, problems) ? ruleFiles(p) : [])), problems);

  let rules: Rule[] = [];
  const feestdagen: Feestdag[] = [];
  let costs: Costs = {};
  const merge = (sources: readonly Source[]): void => {
    for (const { file, text } of sources) {
      const merged = mergeRules(rules, readRulesFile(file, text), file);
      rules = merged.rules;
      feestdagen.push(...merged.feestdagen);
      costs = { ...costs, ...merged.costs };
      problems.push(...merged.problems.map((problem) => ({ file, problem })));
    }
  };
  const cached = cacheFile ? readCache(cacheFile, sourcesOf(builtin)) : undefined;
  if (cached) {
    rules = cached.rules;
    feestdagen.push(...cached.feestdagen);
    costs = cached.costs;
  } else {
    merge(builtin);
  }
  const builtinIds = new Set(rules.map((r) => r.id));
  merge(user);
  problems.push(...checkReferences(rules));
  return { rules, builtinIds, userFiles: user.map((u) => u.file), feestdagen, costs, werkdagen: new Werkdagen(feestdagen), problems };
}

/** Compiles the built-in rules into `cacheFile` (npm's `prepare` does this). */
export function writeRulesCache(builtinDir: string, cacheFile: string): LoadedRules {
  const loaded = loadRules(builtinDir, []);
  if (loaded.problems.length === 0) {
    const sources = readSources(ruleFiles(builtinDir), loaded.problems);
    writeFileSync(cacheFile, toCache(sourcesOf(sources), loaded));
  }
  return loaded;
}

function readCache(cacheFile: string, sources: string): ReturnType<typeof fromCache> {
  try {
    return fromCache(readFileSync(cacheFile, 'utf8'), sources);
  } catch {
    return undefined; // No cache (a checkout without `npm run build`): read the YAML.
  }
}

function readSources(files: readonly string[], problems: LoadedRules['problems']): Source[] {
  return files.flatMap((file) => {
    try {
      return [{ file, text: readSettingsFile(file) }];
    } catch (e) {
      problems.push({ file, problem: unreadable(e) });
      return [];
    }
  });
}

function exists(path: string, problems: LoadedRules['problems']): boolean {
  try {
    statSync(path);
    return true;
  } catch (e) {
    problems.push({ file: path, problem: unreadable(e) });
    return false;
  }
}

