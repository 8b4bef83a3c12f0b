import * as z from 'zod/mini';
import { LANGS } from '../domain/lang.js';
import { columnsSchema, periodsSchema } from './columns.js';
import type { Problem } from './problem.js';
import { readSettingsDocument } from './settings-document.js';

/**
 * poort.config.yaml: a project's defaults (as .eslintrc or .prettierrc), found from the working
 * directory upward. Flags on the command line win. Validated as strictly as a case file.
 */
export const configSchema = z.strictObject({
  lang: z.optional(z.enum(LANGS)),
  'fail-on': z.optional(z.enum(['error', 'warning', 'info', 'never'])),
  'max-warnings': z.optional(z.int().check(z.minimum(0))),
  /** Gross monthly wage in euros for a case without `loon_per_maand`: the money at risk is then an estimate from it. */
  loon_per_maand: z.optional(z.number().check(z.minimum(0), z.maximum(1_000_000))),
  /** Threads for a folder of case files (--jobs), say 1 on a CI runner short of memory. */
  jobs: z.optional(z.int().check(z.minimum(1))),
  /** Extra rules files or directories, relative to the config file. */
  rules: z.optional(z.union([z.string(), z.array(z.string())])),
  /** An export's columns onto case keys (columns.ts). */
  columns: z.optional(columnsSchema),
  /** An export of one row per sickness period (--periods): the keys of the person, the first sick day and the recovery. */
  periods: z.optional(periodsSchema),
});

export type Config = z.output<typeof configSchema>;

export const CONFIG_FILE = 'poort.config.yaml';

export function readConfig(file: string, text: string): { config?: Config; problems: Problem[] } {
  const { value, problems } = readSettingsDocument(file, text, configSchema);
  return value ? { config: value, problems } : { problems };
}
