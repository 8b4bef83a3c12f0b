/**
 * Where people's text output is measured and wrapped: in display columns, as a terminal shows
 * it, with chalk's colour codes counted as nothing. A width of null is no limit (a pipe).
 */

/** SGR escapes (colours, bold, dim): the only escapes poort's own output writes. */
const SGR = /\u001b\[[0-9;]*m/g;
/** Marks that join the character before them, and zero-width characters: no column of their own. */
const ZERO_WIDTH = /^[\p{M}\u200b-\u200f\u2060\ufeff]$/u;
/** East Asian wide and full-width characters, and emoji: two columns. */
const WIDE = /^[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]$/u;

export function stripAnsi(text: string): string {
  return text.replace(SGR, '');
}

function charWidth(ch: string): number {
  return ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
}

/** Columns on a terminal: colour codes stripped, wide characters two. */
export function displayWidth(text: string): number {
  const plain = stripAnsi(text);
  // Most of poort's text is printable ASCII: a column a character, without looking at each.
  if (/^[\x20-\x7e]*$/.test(plain)) return plain.length;
  let n = 0;
  for (const ch of plain) n += charWidth(ch);
  return n;
}

/** Whether every line of `text` fits `width` (null: always). */
export function fits(text: string, width: number | null): boolean {
  return width === null || text.split('\n').every((l) => displayWidth(l) <= width);
}

/** How people's text output is written: chalk's colour level and the width it fits (null: no limit). */
export interface TextStyle {
  colorLevel: 0 | 1 | 2 | 3;
  width: number | null;
}

export interface WrapOptions {
  /** Spaces before the first line. */
  indent?: number;
  /** Spaces before every further line (a hanging indent); the indent's when not given. */
  hanging?: number;
}

/** The fewest columns of text a line keeps: below it, the indent gives way rather than the width. */
const MIN_TEXT = 10;

/**
 * A paragraph as lines of at most `width` display columns, broken at spaces (the spaces at a
 * break dropped, the others kept); a word longer than a line is broken hard. A newline in the
 * text starts a new line. Colours that span a break are closed at the end of the line and
 * opened again after the next line's indent, so every line stands alone (`less -R`, a pager)
 * and an indent is never coloured. With width null: the text as it is, after the indent.
 */
export function wrap(text: string, width: number | null, { indent = 0, hanging = indent }: WrapOptions = {}): string[] {
  if (width === null) return text.split('\n').map((l, i) => ' '.repeat(i === 0 ? indent : hanging) + l);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  /** At the start of a line that a break began: the spaces of the break are not carried over. */
  let broken = false;
  /** Nothing but the indent (and colours) on the line yet. */
  let empty = true;
  let open: string[] = [];
  const start = (n: number): void => {
    line = ' '.repeat(Math.max(0, Math.min(n, width - MIN_TEXT))) + open.join('');
    used = displayWidth(line);
    empty = true;
  };
  const end = (): void => {
    lines.push(open.length > 0 ? `${line}\u001b[0m` : line);
    start(hanging);
  };
  start(indent);
  for (const [i, paragraph] of text.split('\n').entries()) {
    if (i > 0) end();
    for (const [, space, word] of paragraph.matchAll(/( *)([^ ]+)/g)) {
      const w = displayWidth(word!);
      if (!empty && used + space!.length + w > width) {
        end();
        broken = true;
      }
      if (!broken) {
        line += space;
        used += space!.length;
      }
      if (used + w <= width) {
        line += word;
        used += w;
        for (const escape of word!.match(SGR) ?? []) open = styles(open, escape);
        if (w > 0) empty = false;
        broken = false;
        continue;
      }
      for (const piece of word!.match(/\u001b\[[0-9;]*m|[^\u001b]/gsu) ?? []) {
        const escape = piece.startsWith('\u001b');
        const pw = escape ? 0 : charWidth(piece);
        // A word longer than the line: broken where the line is full.
        if (pw > 0 && !empty && used + pw > width) end();
        line += piece;
        used += pw;
        if (escape) open = styles(open, piece);
        else if (pw > 0) empty = false;
        broken = false;
      }
    }
  }
  lines.push(line);
  return lines;
}

/** Which code closes which: chalk closes a colour or a weight without resetting the others. */
const CLOSES: Record<string, RegExp> = {
  '39': /^(3[0-7]|9[0-7]|38;.*)$/,
  '49': /^(4[0-7]|10[0-7]|48;.*)$/,
  '22': /^[12]$/,
  '23': /^3$/,
  '24': /^4$/,
  '27': /^7$/,
  '28': /^8$/,
  '29': /^9$/,
};

/** The styles open after `escape`, given those open before it. */
function styles(open: readonly string[], escape: string): string[] {
  const code = escape.slice(2, -1);
  if (code === '' || code === '0') return [];
  const closes = CLOSES[code];
  if (closes) return open.filter((o) => !closes.test(o.slice(2, -1)));
  return [...open, escape];
}

/**
 * People's text output, line by line, for one width: a paragraph added is wrapped to it, a
 * block already laid out (a table, a list) goes in as it is.
 */
export class Lines {
  readonly lines: string[] = [];

  constructor(readonly width: number | null) {}

  /** A paragraph, wrapped (null width: as it is). */
  add(text: string, options?: WrapOptions): this {
    this.lines.push(...wrap(text, this.width, options));
    return this;
  }

  /** Lines laid out already. */
  put(...lines: readonly string[]): this {
    this.lines.push(...lines);
    return this;
  }

  /** The lines, each ended by a newline. */
  toString(): string {
    return this.lines.map((l) => `${l}\n`).join('');
  }
}
