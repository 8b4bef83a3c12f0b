import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE, readConfig, type Config } from '../input/config-file.js';
import type { Problem } from '../input/problem.js';
import { unreadable } from './rules-loader.js';
import { readSettingsFile } from './settings-file.js';

export interface FoundConfig {
  file: string;
  config: Config;
  /** Rules paths resolved against the config file's directory. */
  rules: string[];
}

/** The nearest poort.config.yaml from `cwd` upward, read and validated; none is fine. */
export function findConfig(cwd: string): { found?: FoundConfig; file?: string; problems: Problem[] } {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const file = join(dir, CONFIG_FILE);
    let text: string | undefined;
    try {
      text = readSettingsFile(file);
    } catch (e) {
      // Not here: look one directory up. There but unreadable (a FIFO, a folder): say so and stop.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return { file, problems: [unreadable(e)] };
    }
    if (text !== undefined) {
      const { config, problems } = readConfig(file, text);
      if (!config) return { file, problems };
      const rules = config.rules === undefined ? [] : [config.rules].flat().map((r) => resolve(dir, r));
      return { found: { file, config, rules }, problems: [] };
    }
    if (dirname(dir) === dir) return { problems: [] };
  }
}
