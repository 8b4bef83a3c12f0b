import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE, readConfig, type Config } from '../input/config-file.js';
import type { Io } from './io.js';
import { unreadable, type Problem } from '../input/problem.js';
import { readSettingsFile } from '../api/settings-file.js';

export interface FoundConfig {
  file: string;
  config: Config;
  /** Rules paths resolved against the config file's directory. */
  rules: string[];
}

/** What the search found: a valid config, or the file that is wrong and its problems, or neither. */
export interface ConfigSearch {
  found?: FoundConfig;
  file?: string;
  problems: Problem[];
}

/**
 * The config in force for a command: none with --no-config (`use` false), the file given with
 * --config (a path: it must be there), else the one found from the working directory up.
 */
export function projectConfig(io: Pick<Io, 'cwd' | 'env'>, use: boolean | string): ConfigSearch {
  if (use === false) return { problems: [] };
  if (use === true) return findConfig(io.cwd, io.env.HOME);
  const file = resolve(io.cwd, use);
  try {
    return configAt(file, readSettingsFile(file));
  } catch (e) {
    return { file, problems: [unreadable(e)] };
  }
}

/**
 * The nearest poort.config.yaml from `cwd` upward, read and validated; none is fine. The search
 * ends at the repository root (a folder holding `.git`) or the home folder, whichever comes
 * first: a config above them belongs to someone else's project, and one with `fail-on: never`
 * would silently pass every dossier below it.
 */
export function findConfig(cwd: string, home: string | undefined): ConfigSearch {
  const last = home === undefined || home === '' ? undefined : resolve(home);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const file = join(dir, CONFIG_FILE);
    let text: string | undefined;
    try {
      text = readSettingsFile(file);
    } catch (e) {
      // Not here: look one directory up. There but unreadable (a FIFO, a folder): say so and stop.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return { file, problems: [unreadable(e)] };
    }
    if (text !== undefined) return configAt(file, text);
    if (dir === last || existsSync(join(dir, '.git')) || dirname(dir) === dir) return { problems: [] };
  }
}

/** A config file's text, validated; its rules paths are relative to its folder. */
function configAt(file: string, text: string): ConfigSearch {
  const { config, problems } = readConfig(file, text);
  if (!config) return { file, problems };
  const rules = config.rules === undefined ? [] : [config.rules].flat().map((r) => resolve(dirname(file), r));
  return { found: { file, config, rules }, problems: [] };
}
