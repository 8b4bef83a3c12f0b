/**
 * Text from a dossier or the command line, shown to a person (a terminal, a CI log, a
 * spreadsheet): every control character, the line and paragraph separators and the marks that
 * turn text direction round are written as escapes (`\n`, `\u001b`). A value can then neither
 * forge a line (a fake problem line, a CI workflow command such as `::error`), nor drive the
 * terminal (colours, cursor moves that hide a line, a window title, the clipboard), nor show
 * text other than it is.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'g');

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(text: string): string {
  // Nearly every text is plain: tested once, copied never.
  if (!UNPRINTABLE.test(text)) return text;
  return text.replace(UNPRINTABLE_ALL, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
