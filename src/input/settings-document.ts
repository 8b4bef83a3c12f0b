import type * as z from 'zod/mini';
import { parseSource, toValue, yamlLocated } from './document.js';
import { issuesToProblems } from './issues.js';
import type { Problem } from './problem.js';
import { objectKeys } from './schema-walk.js';

/**
 * A file of poort's own settings (poort.config.yaml, a --columns file, a baseline), read as
 * strictly as a case file: YAML or JSON, every key known, each problem at its line and column.
 * An empty file is an empty mapping.
 */
export function readSettingsDocument<S extends z.ZodMiniType>(file: string, text: string, schema: S): { value?: z.output<S>; problems: Problem[] } {
  const { source, problems } = parseSource(file, text);
  if (problems.length > 0) return { problems };
  const value = toValue(source);
  if ('problem' in value) return { problems: [value.problem] };
  const parsed = schema.safeParse(value.value ?? {});
  if (parsed.success) return { value: parsed.data, problems: [] };
  return { problems: issuesToProblems(parsed.error.issues, yamlLocated(source), (p) => objectKeys(schema, p)) };
}
