import type { Path } from './located.js';

/*
 * The case files people and verzuim systems write are plain: `key: value` lines, a few nested
 * mappings, lists of dates, one-line `[…]` and `{…}`. This reads exactly that much of YAML, many
 * times faster than the full parser (a folder of 10,000 files: npm run bench), with the line of
 * every key for the findings. Anything else — an anchor, a tag, a quote with an escape, a float,
 * a folded block, a duplicate key, a Windows line end, a third level — is not guessed at: the caller reads the
 * file with the full YAML parser, which also places every problem. A property test holds the
 * two to the same values and lines (test/plain-yaml.test.ts).
 */

/** Where the fast reader found a node: its first line, and for a mapping or list what is in it. */
export interface PlainNode {
  line: number;
  keys?: Map<string, { line: number; value: PlainNode }>;
  items?: PlainNode[];
}

export interface PlainDocument {
  /** The document's value as the YAML reader gives it (a mapping's null values left out). */
  value: Record<string, unknown>;
  root: PlainNode;
}

/** Thrown inside the reader for anything beyond the plain subset; never escapes plainYaml. */
class NotPlain extends Error {}
const notPlain = (): never => {
  throw new NotPlain();
};

/** The plain reading of a case file's text, or undefined when the full YAML parser must read it. */
export function plainYaml(text: string): PlainDocument | undefined {
  if (OTHER_THAN_TEXT.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (e) {
    if (e instanceof NotPlain) return undefined;
    throw e;
  }
}

/** The line `findingLine` gives for a path (as document.ts's keyLine does on the full parse). */
export function plainKeyLine(root: PlainNode, path: Path): number {
  let node: PlainNode | undefined = root;
  let deepest: number | undefined;
  for (const step of path) {
    const entry: { line: number; value: PlainNode } | undefined = node?.keys?.get(String(step));
    if (entry) {
      deepest = entry.line;
      node = entry.value;
    } else if (node?.items && typeof step === 'number' && node.items[step]) {
      node = node.items[step];
      deepest = node!.line;
    } else {
      break;
    }
  }
  return deepest ?? root.keys?.get('ziekmelding')?.line ?? root.line;
}

/** A Windows line end, a tab, a control character, a byte order mark: the full parser's. */
const OTHER_THAN_TEXT = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
/** Deeper than a case file indents; the full parser refuses far deeper (document.ts). */
const MAX_PLAIN_INDENT = 64;
/** Far more keys than a case has; the full parser refuses wider mappings (document.ts). */
const MAX_PLAIN_KEYS = 1000;
const KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: |$)/;
/** Words the core schema reads as null or a boolean: left to the full parser. */
const WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);
const INTEGER = /^[-+]?[0-9]{1,15}$/;
/** A literal block's header: `|` or `|-`, perhaps with a comment. */
const LITERAL = /^\|(-?)(?: +#.*)?$/;
/** What else the core schema reads as a number (or might): left to the full parser. */
const NUMERIC = /^[-+.0-9]/;
const DATE = /^(?:\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4})$/;
/** Characters that start something else than a plain scalar. */
const INDICATOR = /^[?:,[\]{}#&*!|>'"%@`]|^-(?: |$)/;

interface Line {
  no: number;
  indent: number;
  /** The line without its indentation. */
  text: string;
}

class Reader {
  private readonly lines: Line[] = [];
  private readonly raw: string[];
  private at = 0;

  constructor(text: string) {
    const raw = (this.raw = text.split('\n'));
    for (let i = 0; i < raw.length; i++) {
      const line = raw[i]!;
      const body = line.trimStart();
      // Blank lines and comment lines carry nothing.
      if (body === '' || body.startsWith('#')) continue;
      if (line.startsWith('---') || line.startsWith('...') || line.startsWith('%') || line.length - body.length > MAX_PLAIN_INDENT) notPlain();
      this.lines.push({ no: i + 1, indent: line.length - body.length, text: body.trimEnd() });
    }
  }

  document(): PlainDocument {
    if (this.lines.length === 0 || this.lines[0]!.indent !== 0) notPlain();
    const root = this.mapping(0, 0);
    if (this.at < this.lines.length) notPlain();
    return { value: root.value as Record<string, unknown>, root: root.node };
  }

  /** A block mapping whose keys stand at `indent`; `depth` levels above it. */
  private mapping(indent: number, depth: number): { value: unknown; node: PlainNode } {
    const value: Record<string, unknown> = {};
    const node: PlainNode = { line: this.lines[this.at]!.no, keys: new Map() };
    while (this.at < this.lines.length && this.lines[this.at]!.indent === indent) {
      const line = this.lines[this.at]!;
      const m = KEY.exec(line.text);
      if (!m || WORDS.has(m[1]!) || node.keys!.has(m[1]!) || node.keys!.size >= MAX_PLAIN_KEYS) notPlain();
      this.at++;
      const rest = line.text.slice(m![0].length);
      const literal = LITERAL.exec(rest);
      const entry =
        literal ? this.literal(indent, line.no, literal[1] === '-')
        : rest === '' || rest.trimStart().startsWith('#') ? this.nested(indent, depth, line.no)
        : inline(rest, line.no);
      node.keys!.set(m![1]!, { line: line.no, value: entry.node });
      if (entry.value !== null) value[m![1]!] = entry.value;
    }
    if (this.at < this.lines.length && this.lines[this.at]!.indent > indent) notPlain();
    return { value, node };
  }

  /**
   * A literal block (`|`, or `|-` without the last line end) after the key on line `keyLine`:
   * the lines indented past the key, as written, less the first one's indentation. Blank lines
   * first, or with more blanks than that, an empty block, and the other styles: the full
   * parser's.
   */
  private literal(keyIndent: number, keyLine: number, strip: boolean): { value: unknown; node: PlainNode } {
    const out: string[] = [];
    let n: number | undefined;
    let content = 0;
    let i = keyLine; // the raw line after the key's
    for (; i < this.raw.length; i++) {
      const line = this.raw[i]!;
      const body = line.trimStart();
      const indent = line.length - body.length;
      if (body === '') {
        if (n === undefined || indent > n) notPlain();
        out.push('');
        continue;
      }
      if (n === undefined) {
        if (indent <= keyIndent) break;
        n = indent;
      } else if (indent < n) {
        break;
      }
      out.push(line.slice(n));
      content = out.length;
    }
    if (content === 0) notPlain();
    // The lines taken are no keys: the next key is on raw line i + 1 or later.
    while (this.at < this.lines.length && this.lines[this.at]!.no <= i) this.at++;
    return { value: out.slice(0, content).join('\n') + (strip ? '' : '\n'), node: { line: keyLine } };
  }

  /** What follows a key with nothing after it: a nested mapping or list, else null. */
  private nested(indent: number, depth: number, keyLine: number): { value: unknown; node: PlainNode } {
    const next = this.lines[this.at];
    if (!next || next.indent <= indent) return { value: null, node: { line: keyLine } };
    if (depth >= 1 || next.text === '-') notPlain();
    return next.text.startsWith('- ') ? this.sequence(next.indent) : this.mapping(next.indent, depth + 1);
  }

  /** A block list whose dashes stand at `indent`: of scalars and one-line lists, or of mappings. */
  private sequence(indent: number): { value: unknown; node: PlainNode } {
    const value: unknown[] = [];
    const node: PlainNode = { line: this.lines[this.at]!.no, items: [] };
    while (this.at < this.lines.length && this.lines[this.at]!.indent === indent && this.lines[this.at]!.text.startsWith('- ')) {
      const line = this.lines[this.at]!;
      const rest = line.text.slice(2).trimStart();
      const inner = indent + line.text.length - rest.length;
      if (KEY.test(rest)) {
        // `- van: …` opens a mapping whose keys stand where `van` does.
        this.lines[this.at] = { no: line.no, indent: inner, text: rest };
        const item = this.mapping(inner, 2);
        value.push(item.value);
        node.items!.push(item.node);
      } else {
        this.at++;
        const item = inline(rest, line.no);
        value.push(item.value);
        node.items!.push(item.node);
      }
    }
    if (this.at < this.lines.length && this.lines[this.at]!.indent > indent) notPlain();
    return { value, node };
  }
}

/** A value on the key's own line: a scalar, `[…]` or `{…}`, then perhaps a comment. */
function inline(text: string, line: number): { value: unknown; node: PlainNode } {
  const scan = new Flow(text.trimStart(), line);
  const result = scan.value(false);
  scan.end();
  return result;
}

/** One line's value, read left to right. */
class Flow {
  private i = 0;

  constructor(private readonly text: string, private readonly line: number) {}

  value(inFlow: boolean): { value: unknown; node: PlainNode } {
    const c = this.text[this.i];
    if (c === '[') return this.list();
    if (c === '{') return this.map();
    return { value: this.scalar(inFlow), node: { line: this.line } };
  }

  /** Only blanks and a comment may follow the value. */
  end(): void {
    const rest = this.text.slice(this.i);
    // A comment starts at a `#` after a blank (a plain scalar stopped just before it).
    const comment = /^ +#/.test(rest) || (rest.startsWith('#') && this.text[this.i - 1] === ' ');
    if (rest.trim() !== '' && !comment) notPlain();
  }

  private skipBlanks(): void {
    while (this.text[this.i] === ' ') this.i++;
  }

  /** A `[…]` of scalars. */
  private list(): { value: unknown; node: PlainNode } {
    const value: unknown[] = [];
    const items: PlainNode[] = [];
    this.entries(']', () => {
      const c = this.text[this.i];
      if (c === '[' || c === '{') notPlain();
      value.push(this.scalar(true));
      items.push({ line: this.line });
    });
    return { value, node: { line: this.line, items } };
  }

  /** A `{…}` of keys with scalars. */
  private map(): { value: unknown; node: PlainNode } {
    const value: Record<string, unknown> = {};
    const keys = new Map<string, { line: number; value: PlainNode }>();
    this.entries('}', () => {
      const m = /^([A-Za-z_][A-Za-z0-9_]*): /.exec(this.text.slice(this.i));
      if (!m || WORDS.has(m[1]!) || keys.has(m[1]!) || keys.size >= MAX_PLAIN_KEYS) notPlain();
      this.i += m![0].length;
      this.skipBlanks();
      const c = this.text[this.i];
      if (c === '[' || c === '{' || c === ',' || c === '}') notPlain();
      const v = this.scalar(true);
      keys.set(m![1]!, { line: this.line, value: { line: this.line } });
      if (v !== null) value[m![1]!] = v;
    });
    return { value, node: { line: this.line, keys } };
  }

  /** The entries of a flow collection up to `close`, each read by `entry`; none is allowed, an empty one is not. */
  private entries(close: string, entry: () => void): void {
    this.i++;
    this.skipBlanks();
    if (this.text[this.i] === close) {
      this.i++;
      return;
    }
    for (;;) {
      this.skipBlanks();
      entry();
      this.skipBlanks();
      const next = this.text[this.i++];
      if (next === close) return;
      if (next !== ',') notPlain();
    }
  }

  /** A quoted scalar without escapes, or a plain one read as the core schema reads it. */
  private scalar(inFlow: boolean): unknown {
    const c = this.text[this.i];
    if (c === '"' || c === "'") {
      const close = this.text.indexOf(c, this.i + 1);
      if (close < 0) notPlain();
      const content = this.text.slice(this.i + 1, close);
      // An escape, or a quote doubled inside: the full parser's business.
      if (content.includes('\\') || this.text[close + 1] === c) notPlain();
      this.i = close + 1;
      return content;
    }
    let end = this.i;
    for (; end < this.text.length; end++) {
      const ch = this.text[end];
      if (inFlow && (ch === ',' || ch === ']' || ch === '}')) break;
      if (ch === '#' && this.text[end - 1] === ' ') break;
      if (ch === ':' && (end + 1 === this.text.length || this.text[end + 1] === ' ')) notPlain();
      if (inFlow && (ch === '[' || ch === '{' || ch === ':' || ch === '"' || ch === "'")) notPlain();
    }
    const plain = this.text.slice(this.i, end).trimEnd();
    this.i = end;
    if (plain === '') {
      if (inFlow) notPlain();
      return null;
    }
    if (INDICATOR.test(plain) || WORDS.has(plain) || plain === '~') notPlain();
    if (DATE.test(plain)) return plain;
    if (INTEGER.test(plain)) return Number(plain);
    if (NUMERIC.test(plain)) notPlain();
    return plain;
  }
}
