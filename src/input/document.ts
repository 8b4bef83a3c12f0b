import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { Located, Path, Position } from './located.js';
import type { Problem } from './problem.js';

/**
 * One parsed input with its source map: YAML, or JSON through the same parser (JSON is YAML
 * 1.2), so that every value keeps its line and column. The core schema keeps dates as text,
 * so `2025-01-06` is never turned into a time-zone-dependent Date.
 */
export interface SourceDocument {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** Lines before this text in its file (a JSON Lines record on line 56 has 55). */
  lineOffset: number;
}

export function parseSource(file: string, text: string, lineOffset = 0): { source: SourceDocument; problems: Problem[] } {
  const lines = new LineCounter();
  const deep = tooDeepAt(text);
  // The parser recurses once per level: thousands of levels would exhaust the stack (and V8
  // does not survive that everywhere), so such text never reaches it.
  // Duplicate keys are found below, in one pass: yaml's own check compares every key with every
  // earlier one, minutes for a mapping of 100,000 keys.
  const doc = parseDocument(deep === undefined ? text : '', { lineCounter: lines, prettyErrors: false, uniqueKeys: false, schema: 'core' });
  const source = { file, doc, lines, lineOffset };
  if (deep !== undefined) {
    return { source, problems: [{ code: 'too-deep', path: [], ...lineAndColumn(text, deep, lineOffset), args: {} }] };
  }
  const problems: Problem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const at = position(source, e.pos[0]);
    if (e.code === 'MULTIPLE_DOCS') {
      problems.push({ code: 'multiple-documents', path: [], ...at, args: {} });
    } else if (e.code === 'RESOURCE_EXHAUSTION' || /call stack/i.test(e.message)) {
      problems.push({ code: 'too-deep', path: [], ...at, args: {} });
    } else if (e.code === 'TAG_RESOLVE_FAILED') {
      problems.push({ code: 'yaml-tag', path: [], ...at, args: { tag: text.slice(e.pos[0], e.pos[1]).trim().split(/\s/)[0] } });
    } else {
      problems.push({ code: 'yaml-syntax', path: [], ...at, args: { detail: firstLine(e.message) } });
    }
  }
  if (problems.length === 0) mappingProblems(source, doc.contents, problems);
  return { source, problems };
}

/**
 * Far more keys than any case file, rules file or config has in one mapping (a case has about
 * twenty). Everything after parsing walks a mapping's keys, so a wider one is refused first.
 */
export const MAX_KEYS = 1000;

/**
 * A mapping wider than MAX_KEYS, and every key that appears twice in its mapping (the same
 * value, as yaml compares keys), in document order. One pass: a set of keys per mapping.
 */
function mappingProblems(source: SourceDocument, node: unknown, problems: Problem[]): void {
  if (isSeq(node)) {
    for (const item of node.items) mappingProblems(source, item, problems);
  } else if (isMap(node)) {
    if (node.items.length > MAX_KEYS) {
      problems.push({ code: 'too-many-keys', path: [], ...position(source, node.range?.[0] ?? 0), args: { count: node.items.length, max: MAX_KEYS } });
      return;
    }
    const seen = new Map<unknown, Node>();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (isScalar(key)) {
        const first = seen.get(key.value);
        if (first === undefined) seen.set(key.value, key);
        else {
          problems.push({ code: 'duplicate-key', path: [], ...position(source, key.range?.[0] ?? 0), args: { key: String(key.value), firstLine: first.range ? position(source, first.range[0]).line : undefined } });
        }
      }
      mappingProblems(source, pair.value, problems);
    }
  }
}

/**
 * Far deeper than any case file, rules file or config (three or four levels). The JSON Lines
 * fast path (json-line.ts) refuses deeper records by the same limit.
 */
export const MAX_DEPTH = 64;
const MAX_INDENT = 256;

/**
 * Where the text nests deeper than MAX_DEPTH (flow brackets, or `- ` items opening on one line)
 * or indents past MAX_INDENT, if it does. One pass; quoted text and comments are skipped.
 */
export function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  let quote = 0;
  let lineStart = true;
  let indent = 0;
  let items = 0;
  // Character codes rather than one-character strings: this runs over every byte of every file.
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (quote !== 0) {
      if (ch === BACKSLASH && quote === DOUBLE) i++;
      else if (ch === quote) quote = 0;
      continue;
    }
    if (ch === NEWLINE) {
      lineStart = true;
      indent = 0;
      items = 0;
      continue;
    }
    if (lineStart) {
      if (ch === SPACE) {
        if (++indent > MAX_INDENT) return i;
        continue;
      }
      if ((ch === DASH || ch === QUESTION) && text.charCodeAt(i + 1) === SPACE) {
        if (++items > MAX_DEPTH) return i;
        i++;
        continue;
      }
      lineStart = false;
    }
    const before = i === 0 ? -1 : text.charCodeAt(i - 1);
    if (ch === HASH && (before === SPACE || before === TAB || before === -1)) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else if ((ch === DOUBLE || ch === SINGLE) && (before === -1 || OPENS_QUOTE.has(before))) {
      quote = ch;
    } else if (ch === OPEN_BRACKET || ch === OPEN_BRACE) {
      if (++depth > MAX_DEPTH) return i;
    } else if ((ch === CLOSE_BRACKET || ch === CLOSE_BRACE) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

const [NEWLINE, SPACE, TAB, DASH, QUESTION, HASH, DOUBLE, SINGLE, BACKSLASH] = ['\n', ' ', '\t', '-', '?', '#', '"', "'", '\\'].map((c) => c.charCodeAt(0));
const [OPEN_BRACKET, OPEN_BRACE, CLOSE_BRACKET, CLOSE_BRACE] = ['[', '{', ']', '}'].map((c) => c.charCodeAt(0));
/** What may stand before a quote that opens quoted text. */
const OPENS_QUOTE = new Set([...' \t:[{,-'].map((c) => c.charCodeAt(0)));

function lineAndColumn(text: string, offset: number, lineOffset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line: line + lineOffset, column: offset - before.lastIndexOf('\n') };
}

/** The document as plain values; an alias bomb is refused, never expanded (yaml's maxAliasCount). */
export function toValue(source: SourceDocument, reviver?: (this: unknown, key: unknown, value: unknown) => unknown): { value: unknown } | { problem: Problem } {
  try {
    return { value: source.doc.toJS({ maxAliasCount: 100, reviver }) };
  } catch {
    return { problem: { code: 'too-many-aliases', path: [], line: 1 + source.lineOffset, column: 1, args: {} } };
  }
}

/** yaml's messages end in " at line L, column C:" and a code excerpt; we give our own position. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
}

export function position(source: SourceDocument, offset: number): Position {
  const { line, col } = source.lines.linePos(offset);
  return { line: line + source.lineOffset, column: col };
}

/**
 * The nodes at a key path: the key (for a map entry) and the value. Steps that do not exist
 * stop the walk, and the deepest node found is returned with `exact: false`.
 */
export function nodesAt(source: SourceDocument, path: readonly (string | number)[]): { key?: Node; value?: Node; exact: boolean } {
  let value: Node | null | undefined = source.doc.contents;
  let key: Node | undefined;
  for (const step of path) {
    if (isMap(value)) {
      const pair = pairAt(value.items as Pair[], step);
      if (!pair) return { key, value: value ?? undefined, exact: false };
      key = pair.key as Node;
      value = pair.value as Node | null;
      if (!value) return { key, exact: true };
    } else if (isSeq(value) && typeof step === 'number' && value.items[step]) {
      key = undefined;
      value = value.items[step] as Node;
    } else {
      return { key, value: value ?? undefined, exact: false };
    }
  }
  return { key, value: value ?? undefined, exact: true };
}

/**
 * The entry of a map with this key (`1:` is the key "1"). Every finding asks for its line, so
 * this reads `key.value` directly: yaml's isPair/isScalar look up a symbol on every kind of node,
 * which V8 cannot keep fast. A map's items are pairs; a key that is no scalar has no `value`.
 */
function pairAt(items: readonly Pair[], step: string | number): Pair | undefined {
  const name = String(step);
  if (items.length > SCAN_AT_MOST) return indexOf(items).get(name);
  for (const p of items) {
    if (keyName(p) === name) return p;
  }
  return undefined;
}

/** Up to this many keys a scan beats building an index; a case's mappings are this small. */
const SCAN_AT_MOST = 32;
const indexes = new WeakMap<readonly Pair[], Map<string, Pair>>();

/** A wide mapping's entries by key (the first of duplicates), built once: every problem in it asks. */
function indexOf(items: readonly Pair[]): Map<string, Pair> {
  let index = indexes.get(items);
  if (!index) {
    index = new Map();
    for (const p of items) {
      const name = keyName(p);
      if (name !== undefined && !index.has(name)) index.set(name, p);
    }
    indexes.set(items, index);
  }
  return index;
}

function keyName(p: Pair): string | undefined {
  const key = (p.key as { value?: unknown } | null)?.value;
  return key != null && typeof key !== 'object' ? String(key) : undefined;
}

/** Where the value at a path starts (or, for a missing value, the nearest enclosing node). */
export function valuePosition(source: SourceDocument, path: readonly (string | number)[]): Position {
  const { key, value } = nodesAt(source, path);
  const node = value ?? key;
  return node?.range ? position(source, node.range[0]) : { line: 1, column: 1 };
}

/** Where the key of a path starts (the value's position for list items and the root). */
export function keyPosition(source: SourceDocument, path: readonly (string | number)[]): Position {
  const { key, exact } = nodesAt(source, path);
  return exact && key?.range ? position(source, key.range[0]) : valuePosition(source, path);
}

/**
 * The line a finding is about: the key at the path, else its parent key, else the
 * ziekmelding (`findings[].line` in docs/report.md). One walk down the path: every finding asks.
 */
export function keyLine(source: SourceDocument, path: readonly (string | number)[]): number {
  let node: unknown = source.doc.contents;
  let deepest: Node | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = pairAt(node.items as Pair[], step);
      if (!pair) break;
      deepest = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      node = deepest = node.items[step] as Node;
    } else {
      break;
    }
  }
  if (!deepest) {
    const zm = nodesAt(source, ['ziekmelding']);
    deepest = zm.key ?? zm.value;
  }
  return deepest?.range ? position(source, deepest.range[0]).line : 1 + source.lineOffset;
}

/** The value as the user wrote it, for messages; undefined where nothing was written. */
function writtenAt(source: SourceDocument, path: Path): string | undefined {
  const { value, exact } = nodesAt(source, path);
  if (!exact || !value) return undefined;
  if (isScalar(value)) return value.value === null ? undefined : (value.source ?? String(value.value));
  return JSON.stringify(value.toJSON()).slice(0, 60);
}

/**
 * Positions in a YAML/JSON document; `prefix` is where the case sits in it (`[3]` for the
 * fourth case of a JSON array), so that a case's own key paths find their nodes.
 */
export function yamlLocated(source: SourceDocument, prefix: Path = []): Located {
  const at = (path: Path): Path => (prefix.length === 0 ? path : [...prefix, ...path]);
  return {
    valueAt: (path) => valuePosition(source, at(path)),
    keyAt: (path) => keyPosition(source, at(path)),
    written: (path) => writtenAt(source, at(path)),
    findingLine: (path) => {
      const line = keyLine(source, at(path));
      // In a JSON array, a finding about a missing key points at the case itself.
      return prefix.length > 0 && !nodesAt(source, at(path)).exact ? valuePosition(source, prefix).line : line;
    },
  };
}

/**
 * Positions of a text read by a faster way than the full parser (JSON Lines, plain YAML): the
 * line a finding points at from that reader, which knows it; a problem's place, rarer, from the
 * full parse, made once when one asks. `written` maps a case's key path to the text's own.
 */
export function parsedOnDemand(file: string, text: string, lineOffset: number, findingLine: (path: Path) => number, written: (path: Path) => Path = (path) => path): Located {
  let exact: Located | undefined;
  const yaml = (): Located => (exact ??= yamlLocated(parseSource(file, text, lineOffset).source));
  return {
    valueAt: (path) => yaml().valueAt(written(path)),
    keyAt: (path) => yaml().keyAt(written(path)),
    written: (path) => yaml().written(written(path)),
    findingLine,
  };
}
