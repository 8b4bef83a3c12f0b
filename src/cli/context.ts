import type { Command } from 'commander';
import { join } from 'node:path';
import { LANGS, type Lang } from '../domain/lang.js';
import type { Config } from '../input/config-file.js';
import { formatPath, type Problem } from '../input/problem.js';
import { fill, orList, problemMessage, words } from '../output/locale/index.js';
import { problemLine } from '../output/problem-line.js';
import { projectConfig, type FoundConfig } from './config.js';
import type { Io } from './io.js';
import { loadRules, type LoadedRules } from '../api/rules-loader.js';
import { chooseLang, colorLevel, outputWidth } from './settings.js';

/** The flags every command has: --lang, --config and --no-config (--debug is the program's own). */
export interface CommonOptions {
  lang?: string;
  /** The file given with --config; false with --no-config. */
  config?: string | false;
}

export function commonOptions(command: Command, lang: Lang): Command {
  return command.option('--lang <lang>', fill(words(lang).cli.lang, { langs: orList(LANGS, lang) })).option('--config <file>', words(lang).cli.config).option('--no-config', words(lang).cli.noConfig);
}

/**
 * What every command starts from, set up once and the same way for all: poort.config.yaml
 * (or --config's, unless --no-config), the language (--lang, the config's, then the environment's), and the
 * rules table in force. Batch commands extend it (batch.ts).
 */
export interface CommandContext {
  readonly io: Io;
  readonly lang: Lang;
  /** The config's settings; empty without one. */
  readonly config: Config;
  readonly configFile: FoundConfig | undefined;
  /**
   * The rules table in force: built-in, then the config's rules, then `extra` (--rules). A
   * problem in any of them is reported (a line each) and gives undefined: the command exits 2.
   */
  rulesInForce(extra: readonly string[]): LoadedRules | undefined;
  /** The colours people's output gets: none with --no-color (`flag` false), NO_COLOR, or off a terminal; FORCE_COLOR wins. */
  colorLevel(flag: boolean): 0 | 1 | 2 | 3;
  /** The width people's text output fits (COLUMNS, the terminal's); null for no limit (a pipe). */
  width(): number | null;
}

/** The context of one command, or exit code 2 after a line per problem when the config cannot be used. */
export function openContext(opts: CommonOptions, io: Io): CommandContext | number {
  const { found, file, problems } = projectConfig(io, opts.config ?? true);
  // A config that cannot be read cannot give the language either: its problems read in the default one.
  if (file) return reportProblems(io, chooseLang(opts.lang, io.env), problems.map((problem) => ({ file, problem })));
  const config = found?.config ?? {};
  const lang = chooseLang(opts.lang ?? config.lang, io.env);
  return {
    io,
    lang,
    config,
    configFile: found,
    rulesInForce(extra) {
      const loaded = loadRules(join(io.root, 'rules'), [...(found?.rules ?? []), ...extra], join(io.root, 'dist', 'rules.json'));
      if (loaded.problems.length === 0) return loaded;
      reportProblems(io, lang, loaded.problems);
      return undefined;
    },
    colorLevel: (flag) => colorLevel(flag, io.env, io.stdoutIsTTY),
    width: () => outputWidth(io.env, io.stdoutIsTTY, io.stdoutColumns),
  };
}

/** Problems with the config or the rules: a compiler-style line each on stderr; exit code 2. */
export function reportProblems(io: Io, lang: Lang, problems: readonly { file: string; problem: Problem }[]): number {
  for (const { file, problem } of problems) {
    io.stderr.write(`${problemLine(file, { ...problem, path: formatPath(problem.path), message: problemMessage(problem.code, problem.args, lang) })}\n`);
  }
  return 2;
}
