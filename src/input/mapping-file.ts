import { parseSource, toValue, yamlLocated } from './document.js';
import { mappingFileSchema, type ColumnsSource, type Periods } from './columns.js';
import { issuesToProblems } from './issues.js';
import type { Problem } from './problem.js';
import { objectKeys } from './schema-walk.js';

/** A --columns file: `columns:` and perhaps `periods:`, as poort.config.yaml has them, validated as strictly. */
export function readMappingFile(file: string, text: string): { columns?: ColumnsSource; periods?: Periods | undefined; problems: Problem[] } {
  const { source, problems } = parseSource(file, text);
  if (problems.length > 0) return { problems };
  const value = toValue(source);
  if ('problem' in value) return { problems: [value.problem] };
  const parsed = mappingFileSchema.safeParse(value.value ?? {});
  if (parsed.success) return { columns: parsed.data.columns ?? {}, periods: parsed.data.periods, problems: [] };
  return { problems: issuesToProblems(parsed.error.issues, yamlLocated(source), (p) => objectKeys(mappingFileSchema, p)) };
}
