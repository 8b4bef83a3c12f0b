import { mappingFileSchema, type ColumnsSource, type Periods } from './columns.js';
import type { Problem } from './problem.js';
import { readSettingsDocument } from './settings-document.js';

/** A --columns file: `columns:` and perhaps `periods:`, as poort.config.yaml has them, validated as strictly. */
export function readMappingFile(file: string, text: string): { columns?: ColumnsSource; periods?: Periods | undefined; problems: Problem[] } {
  const { value, problems } = readSettingsDocument(file, text, mappingFileSchema);
  return value ? { columns: value.columns ?? {}, periods: value.periods, problems } : { problems };
}
