import { readCase, validateCase, type ReadCase } from './case-file.js';
import { parseSource, yamlLocated } from './document.js';
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
    value = JSON.parse(text);
  } catch {
    return readCase(file, text, line - 1);
  }
  if (hasDuplicateKeys(text)) return readCase(file, text, line - 1);
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

/**
 * Whether any object in this (valid) JSON text has a key twice, which JSON.parse would let
 * pass silently, keeping the last. One pass over the text with a set of keys per open object.
 */
export function hasDuplicateKeys(json: string): boolean {
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i];
    if (ch === '"') {
      let j = i + 1;
      while (json[j] !== '"') j += json[j] === '\\' ? 2 : 1;
      if (expectKey) {
        const keys = stack[stack.length - 1]!;
        const key = json.slice(i + 1, j);
        if (keys.has(key)) return true;
        keys.add(key);
        expectKey = false;
      }
      i = j;
    } else if (ch === '{') {
      stack.push(new Set());
      expectKey = true;
    } else if (ch === '[') {
      stack.push(null);
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      expectKey = stack[stack.length - 1] instanceof Set;
    }
  }
  return false;
}
