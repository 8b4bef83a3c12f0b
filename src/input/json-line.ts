import { notRecorded, readCase, setOwn, validateCase, type ReadCase } from './case-file.js';
import { caseSchema } from './case-schema.js';
import type { ColumnMapping } from './columns.js';
import { lenient } from './export-values.js';
import { MAX_DEPTH, MAX_KEYS, parsedOnDemand, tooDeepAt } from './document.js';
import type { Located, Path } from './located.js';
import type { Problem } from './problem.js';

/**
 * One record of a JSON Lines export. It must be JSON: a record JSON.parse refuses (a trailing
 * comma, single quotes, a key without quotes, a cut-off line) is one `json-syntax` problem, never
 * read the YAML way, which would take all of those. Plain JSON without duplicate keys (nearly
 * every record) is then validated as JSON.parse read it, many times faster than the YAML parser;
 * positions are worked out only if a problem needs a column. A duplicate key, a mapping too wide
 * or blanks the YAML reader refuses go the YAML parser's way, which finds and places them.
 *
 * An export is read as a person would read it (export-values.ts): a number written as text, a
 * status with other capitals; and through the mapping of its keys (`columns:`), as a CSV header
 * is. A YAML or JSON case file gets the strict check.
 */
export function readJsonLine(file: string, text: string, line: number, columns?: ColumnMapping): ReadCase {
  const record = jsonLineRecord(file, text, line, columns);
  return 'problems' in record ? record : { located: record.located, ...validateCase(record.value, record.located) };
}

/**
 * A record read, through the mapping, and read as an export is, but not yet checked as a case
 * (rows of periods are folded first); or, for one that cannot be read that far, its problems.
 */
export function jsonLineRecord(file: string, text: string, line: number, columns?: ColumnMapping): { value: unknown; located: Located } | ReadCase {
  let value: unknown;
  try {
    value = JSON.parse(text, notRecorded);
  } catch (e) {
    // Nesting deeper than the stack (the reviver recurses) is no syntax problem: the YAML/JSON
    // reader refuses it as too-deep, at its place, without parsing it.
    if (!(e instanceof SyntaxError)) return readCase(file, text, line - 1);
    return { located: lineLocated(line), problems: [jsonSyntax(e, text, line)], werknemer: null };
  }
  // Blanks before the record are indentation to the YAML reader, which refuses too many (too-deep
  // in a .json file); the positions below would then come from that refused parse, all on line 1.
  if (text.charCodeAt(0) === BLANK && tooDeepAt(text) !== undefined) return readCase(file, text, line - 1);
  const scan = scanJson(text);
  if (scan.depth > MAX_DEPTH) {
    // The YAML parser would need a deep recursion (and memory) to place problems in it.
    return { located: lineLocated(line), problems: [{ code: 'too-deep', path: [], line, column: 1, args: {} }], werknemer: null };
  }
  // The YAML parser finds and places a duplicate, and refuses a mapping too wide to check.
  if (scan.duplicate || scan.wide) return readCase(file, text, line - 1);
  const mapped = columns && !columns.empty ? mapRecord(value, columns) : undefined;
  // A problem at a mapped key is placed at the key as the record writes it; the whole record is this one line.
  const located = parsedOnDemand(file, text, line - 1, () => line, mapped ? mapped.written : undefined);
  return { located, value: lenient(mapped ? mapped.value : value, caseSchema) };
}

/**
 * A record's keys through the mapping, as a CSV header's columns: each key to its case key
 * (dotted for a nested one), left out when mapped to null, its words through the key's value
 * map; and back, from a case key path to the path the record writes.
 */
function mapRecord(value: unknown, columns: ColumnMapping): { value: unknown; written: (path: Path) => Path } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { value, written: (path) => path };
  const out: Record<string, unknown> = {};
  const back = new Map<string, string>();
  for (const [name, v] of Object.entries(value)) {
    const target = columns.targetOf(name);
    const key = target.key;
    if (key === null) continue;
    const steps = key.split('.');
    let at = out;
    for (const step of steps.slice(0, -1)) {
      if (!Object.hasOwn(at, step) || typeof at[step] !== 'object' || at[step] === null) setOwn(at, step, {});
      at = at[step] as Record<string, unknown>;
    }
    setOwn(at, steps[steps.length - 1]!, typeof v === 'string' ? target.text(v) : v);
    back.set(key, name);
  }
  const written = (path: Path): Path => {
    for (let n = path.length; n > 0; n--) {
      const name = back.get(path.slice(0, n).join('.'));
      if (name !== undefined) return [name, ...path.slice(n)];
    }
    return path;
  };
  return { value: out, written };
}

/** Every position on the record's line, at its start: for a record that has no parts to point at. */
function lineLocated(line: number): Located {
  return { valueAt: () => ({ line, column: 1 }), keyAt: () => ({ line, column: 1 }), written: () => undefined, findingLine: () => line };
}

/**
 * JSON.parse's complaint as a problem at its place. V8 gives the offset in its message: Node 20
 * ends it in `in JSON at position 27`, Node 22 adds `(line 1 column 28)`; a record is one line,
 * so the column is the offset plus one. `Unexpected end of JSON input` is at the end of the text.
 * A message with no place (`Unexpected token 'N', "…" is not valid JSON`) points at column 1. The
 * detail keeps V8's words without the place, which the problem carries, and without the quoted
 * record, which is the user's data.
 */
function jsonSyntax(e: SyntaxError, text: string, line: number): Problem {
  const message = e.message;
  return { code: 'json-syntax', path: [], line, column: jsonErrorColumn(message, text), args: { detail: jsonErrorDetail(message) } };
}

/** The 1-based column JSON.parse's message names for this one-line text; 1 when it names none. */
export function jsonErrorColumn(message: string, text: string): number {
  const offset = /\bat position (\d+)/.exec(message);
  if (offset) return Math.min(Number(offset[1]), text.length) + 1;
  const column = /\(line 1 column (\d+)\)/.exec(message);
  if (column) return Math.min(Number(column[1]), text.length + 1);
  if (/^Unexpected end of JSON input/.test(message)) return text.length + 1;
  return 1;
}

/** V8's words, without the place and without the record itself. */
export function jsonErrorDetail(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/( in JSON)? at position \d+.*$/, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/, '');
}

const BLANK = ' '.charCodeAt(0);

/**
 * Whether any object in this (valid) JSON text has a key twice, which JSON.parse would let
 * pass silently, keeping the last, or more than MAX_KEYS keys; and how deep it nests. One
 * pass over the text with a set of keys per open object. Keys are compared by their value, as
 * the YAML parser compares them: `"\u007aiekmelding"` is `"ziekmelding"` again. Only a key
 * with a backslash in it is decoded; any other key is its own text.
 */
export function scanJson(json: string): { duplicate: boolean; wide: boolean; depth: number } {
  const stack: (Set<string> | null)[] = [];
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i];
    if (ch === '"') {
      let j = i + 1;
      let escaped = false;
      while (json[j] !== '"') {
        if (json[j] === '\\') {
          escaped = true;
          j += 2;
        } else j++;
      }
      if (expectKey) {
        const keys = stack[stack.length - 1]!;
        // The text is valid JSON (JSON.parse took it), so its quoted key decodes.
        const key = escaped ? (JSON.parse(json.slice(i, j + 1)) as string) : json.slice(i + 1, j);
        if (keys.has(key)) return { duplicate: true, wide: false, depth };
        keys.add(key);
        if (keys.size > MAX_KEYS) return { duplicate: false, wide: true, depth };
        expectKey = false;
      }
      i = j;
    } else if (ch === '{') {
      stack.push(new Set());
      depth = Math.max(depth, stack.length);
      expectKey = true;
    } else if (ch === '[') {
      stack.push(null);
      depth = Math.max(depth, stack.length);
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      expectKey = stack[stack.length - 1] instanceof Set;
    }
  }
  return { duplicate: false, wide: false, depth };
}
