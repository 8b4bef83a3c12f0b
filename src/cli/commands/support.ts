import { join } from 'node:path';
import type { Lang } from '../../domain/rule.js';
import { reportProblems } from '../batch.js';
import { projectConfig } from '../config.js';
import type { Io } from '../io.js';
import { loadRules, type LoadedRules } from '../rules-loader.js';

/**
 * What the commands that evaluate no dossier share: the rules table in force (built-in, then
 * poort.config.yaml's rules, then --rules), with its problems as compiler-style lines on
 * stderr, as `check` writes them.
 */
export function rulesInForce(io: Io, opts: { rules: readonly string[]; config?: boolean }, lang: Lang): LoadedRules | undefined {
  const { found, file, problems } = projectConfig(io, opts.config !== false);
  // A config that cannot be read stops these commands too: its rules would be missing unsaid.
  if (file) {
    reportProblems(io, lang, problems.map((problem) => ({ file, problem })));
    return undefined;
  }
  const loaded = loadRules(join(io.root, 'rules'), [...(found?.rules ?? []), ...opts.rules], join(io.root, 'dist', 'rules.json'));
  if (loaded.problems.length === 0) return loaded;
  reportProblems(io, lang, loaded.problems);
  return undefined;
}
