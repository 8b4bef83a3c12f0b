import { join } from 'node:path';
import type { Lang } from '../../domain/rule.js';
import { reportProblems } from '../batch.js';
import { findConfig } from '../config.js';
import type { Io } from '../io.js';
import { loadRules, type LoadedRules } from '../rules-loader.js';

/**
 * What the commands that evaluate no dossier share: the rules table in force (built-in, then
 * poort.config.yaml's rules, then --rules), with its problems as compiler-style lines on
 * stderr, as `check` writes them.
 */
export function rulesInForce(io: Io, extra: readonly string[], lang: Lang): LoadedRules | undefined {
  const configRules = findConfig(io.cwd).found?.rules ?? [];
  const loaded = loadRules(join(io.root, 'rules'), [...configRules, ...extra], join(io.root, 'dist', 'rules.json'));
  if (loaded.problems.length === 0) return loaded;
  reportProblems(io, lang, loaded.problems);
  return undefined;
}
