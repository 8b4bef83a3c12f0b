import { isSeq } from 'yaml';
import type { Case } from '../domain/case.js';
import { caseSchema, fieldTypes } from './case-schema.js';
import { parsedOnDemand, parseSource, toValue, yamlLocated, type SourceDocument } from './document.js';
import { issuesToProblems } from './issues.js';
import type { Located } from './located.js';
import { plainKeyLine, plainYaml } from './plain-yaml.js';
import type { Problem } from './problem.js';
import { objectKeys, schemaAt, unwrap } from './schema-walk.js';

/** One case as read: validated, or the problems that stop it being evaluated. */
export interface ReadCase {
  located: Located;
  case?: Case | undefined;
  problems: Problem[];
  /** As written, so that an invalid case can still be named in a report. */
  werknemer: string | null;
}

const WHOLE: Problem['path'] = [];

/** A case file's text (YAML, or JSON) to a validated case. `lineOffset`: lines before it in its file. */
export function readCase(file: string, text: string, lineOffset = 0): ReadCase {
  const { source, problems } = parseSource(file, text, lineOffset);
  return readParsed(source, problems);
}

function readParsed(source: SourceDocument, problems: Problem[]): ReadCase {
  const located = yamlLocated(source);
  if (problems.length > 0) return { located, problems, werknemer: null };
  const value = documentValue(source);
  if ('problem' in value) return { located, problems: [value.problem], werknemer: null };
  return { located, ...validateCase(value.value, located) };
}

/**
 * A file that may hold several cases: a JSON (or YAML) list gives one case per item, anything
 * else is one case.
 */
export function readCaseList(file: string, text: string): { isList: boolean; cases: ReadCase[] } {
  const plain = plainYaml(text);
  if (plain) {
    const located = parsedOnDemand(file, text, 0, (path) => plainKeyLine(plain.root, path));
    return { isList: false, cases: [{ located, ...validateCase(plain.value, located) }] };
  }
  const { source, problems } = parseSource(file, text);
  if (problems.length > 0 || !isSeq(source.doc.contents)) return { isList: false, cases: [readParsed(source, problems)] };
  const value = documentValue(source);
  if ('problem' in value) return { isList: false, cases: [{ located: yamlLocated(source), problems: [value.problem], werknemer: null }] };
  const cases = (value.value as unknown[]).map((item, i) => {
    const located = yamlLocated(source, [i]);
    return { located, ...validateCase(item, located) };
  });
  return { isList: true, cases };
}

function documentValue(source: SourceDocument): { value: unknown } | { problem: Problem } {
  const at = { line: 1 + source.lineOffset, column: 1 };
  const contents = source.doc.contents;
  if (contents === null || (contents.range && contents.range[0] === contents.range[1])) {
    return { problem: { code: 'empty-document', path: WHOLE, ...at, args: {} } };
  }
  return toValue(source, notRecorded);
}

/** Validates one case's value, from whatever source it came (nulls already dropped, see notRecorded). */
export function validateCase(value: unknown, located: Located): Omit<ReadCase, 'located'> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'list' : typeof value;
    return { problems: [{ code: 'not-a-mapping', path: WHOLE, ...located.valueAt(WHOLE), args: { found } }], werknemer: null };
  }
  const raw = (value as { werknemer?: unknown }).werknemer;
  const werknemer = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : null;
  let parsed: ReturnType<typeof caseSchema.safeParse>;
  try {
    parsed = caseSchema.safeParse(value);
  } catch (e) {
    // JSON.parse takes nesting the recursive checks cannot: no case is nested like that.
    if (e instanceof RangeError) return { problems: [{ code: 'too-deep', path: WHOLE, ...located.valueAt(WHOLE), args: {} }], werknemer };
    throw e;
  }
  if (parsed.success) return { case: parsed.data, problems: [], werknemer };
  return { problems: issuesToProblems(parsed.error.issues, located, (path) => objectKeys(caseSchema, path), fieldKind), werknemer };
}

/** A case key's kind of value, for the words of a wrong-type problem (a list of dates, a number). */
function fieldKind(path: readonly PropertyKey[]): string | undefined {
  const schema = schemaAt(caseSchema, path);
  return schema && (fieldTypes.get(schema) ?? fieldTypes.get(unwrap(schema)))?.fieldType;
}

/**
 * An empty key (`probleemanalyse:` in a template) means "not recorded yet", as if it were left
 * out: a reviver for the YAML and JSON readers that drops null values from mappings (a null in
 * a list stays, and is refused as a date).
 */
export function notRecorded(this: unknown, _key: unknown, value: unknown): unknown {
  return value === null && !Array.isArray(this) ? undefined : value;
}

/**
 * Sets an own property even for a key such as `__proto__`, which plain assignment would turn
 * into a change of prototype: such a key must stay an unknown key, refused as any other.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
