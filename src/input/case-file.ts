import type { Case } from '../domain/case.js';
import { caseSchema } from './case-schema.js';
import { parseSource, type SourceDocument } from './document.js';
import { issuesToProblems } from './issues.js';
import type { Problem } from './problem.js';
import { objectKeys } from './schema-walk.js';

export interface ReadCase {
  source: SourceDocument;
  case?: Case | undefined;
  problems: Problem[];
}

/** A case file's text to a validated case, or to the problems that stop it being evaluated. */
export function readCase(file: string, text: string): ReadCase {
  const { source, problems } = parseSource(file, text);
  if (problems.length > 0) return { source, problems };
  return { source, ...validateDocument(source) };
}

function validateDocument(source: SourceDocument): { case?: Case; problems: Problem[] } {
  const contents = source.doc.contents;
  if (contents === null || (contents.range && contents.range[0] === contents.range[1])) {
    return { problems: [{ code: 'empty-document', path: [], line: 1, column: 1, args: {} }] };
  }
  let value: unknown;
  try {
    value = source.doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // yaml refuses alias expansion past maxAliasCount (a "billion laughs" file).
    return { problems: [{ code: 'yaml-syntax', path: [], line: 1, column: 1, args: { detail: (e as Error).message } }] };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'list' : typeof value;
    return { problems: [{ code: 'not-a-mapping', path: [], line: 1, column: 1, args: { found } }] };
  }
  const parsed = caseSchema.safeParse(withoutNulls(value));
  if (parsed.success) return { case: parsed.data, problems: [] };
  return { problems: issuesToProblems(parsed.error.issues, source, (path) => objectKeys(caseSchema, path)) };
}

/** An empty key (`probleemanalyse:` in a template) means "not recorded yet", as if it were left out. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
  return out;
}
