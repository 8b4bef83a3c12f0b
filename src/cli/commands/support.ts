import { join } from 'node:path';
import type { Lang } from '../../domain/rule.js';
import { formatPath } from '../../input/problem.js';
import { problemMessage } from '../../output/i18n.js';
import { problemLine } from '../../output/problem-line.js';
import type { Io } from '../io.js';
import { loadRules, type LoadedRules } from '../rules-loader.js';

/**
 * What the commands besides `check` share: the rules table in force (built-in plus --rules),
 * with its problems as compiler-style lines on stderr, as `check` writes them.
 */
export function rulesInForce(io: Io, extra: readonly string[], lang: Lang): LoadedRules | undefined {
  const loaded = loadRules(join(io.root, 'rules'), extra, join(io.root, 'dist', 'rules.json'));
  if (loaded.problems.length === 0) return loaded;
  for (const { file, problem } of loaded.problems) {
    io.stderr.write(`${problemLine(file, { ...problem, path: formatPath(problem.path), message: problemMessage(problem.code, problem.args, lang) })}\n`);
  }
  return undefined;
}

/** The ids of the built-in rules, to tell a user's own rules apart. */
export function builtinIds(io: Io): Set<string> {
  return new Set(loadRules(join(io.root, 'rules'), [], join(io.root, 'dist', 'rules.json')).rules.map((r) => r.id));
}

/** A repeatable option's values, in order. */
export const collect = (v: string, prev: string[]): string[] => [...prev, v];
