import { notRecorded, readCase, validateCase, type ReadCase } from './case-file.js';
import { MAX_DEPTH, MAX_KEYS, parseSource, tooDeepAt, yamlLocated } from './document.js';
import type { Located } from './located.js';

/**
 * One record of a JSON Lines export. Plain JSON without duplicate keys (nearly every record)
 * goes through JSON.parse, many times faster than the YAML parser; positions are then worked
 * out only if a problem needs a column. Anything else goes the YAML parser's way, which finds
 * and places every problem, duplicate keys included.
 */
export function readJsonLine(file: string, text: string, line: number): ReadCase {
  let value: unknown;
  try {
    value = JSON.parse(text, notRecorded);
  } catch {
    return readCase(file, text, line - 1);
  }
  // Blanks before the record are indentation to the YAML reader, which refuses too many (too-deep
  // in a .json file); the positions below would then come from that refused parse, all on line 1.
  if (text.charCodeAt(0) === BLANK && tooDeepAt(text) !== undefined) return readCase(file, text, line - 1);
  const scan = scanJson(text);
  if (scan.depth > MAX_DEPTH) {
    // The YAML parser would need a deep recursion (and memory) to place problems in it.
    return { located: { valueAt: () => ({ line, column: 1 }), keyAt: () => ({ line, column: 1 }), written: () => undefined, findingLine: () => line },
      problems: [{ code: 'too-deep', path: [], line, column: 1, args: {} }], werknemer: null };
  }
  // The YAML parser finds and places a duplicate, and refuses a mapping too wide to check.
  if (scan.duplicate || scan.wide) return readCase(file, text, line - 1);
  let exact: Located | undefined;
  const yaml = (): Located => (exact ??= yamlLocated(parseSource(file, text, line - 1).source));
  const located: Located = {
    valueAt: (path) => yaml().valueAt(path),
    keyAt: (path) => yaml().keyAt(path),
    written: (path) => yaml().written(path),
    // The whole record is this one line.
    findingLine: () => line,
  };
  return { located, ...validateCase(value, located) };
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
