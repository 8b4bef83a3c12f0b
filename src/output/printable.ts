/**
 * Text from a dossier or the command line, shown to a person (a terminal, a CI log, a
 * spreadsheet): every control character, the line and paragraph separators and the marks that
 * turn text direction round are written as escapes (`\n`, `\u001b`). A value can then neither
 * forge a line (a fake problem line), nor drive the terminal (colours, cursor moves that hide a
 * line, a window title, the clipboard), nor show text other than it is.
 *
 * CI runners also read commands out of a log: a line that starts with `::` (GitHub Actions:
 * `::error::`, `::add-mask::`), and `##[` or `##vso[` (GitHub's older form, Azure Pipelines).
 * A value may stand at the start of a line (a werknemer heads its case, a file name its problem
 * lines), so a colon that opens a value is escaped (`\u003a`), and so is the `#` that would
 * make `##[` anywhere (`\u0023`).
 */
const CONTROL = '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]';
const UNSAFE = new RegExp(`${CONTROL}|^\\s*:|##(?:vso)?\\[`);
const CONTROL_ALL = new RegExp(CONTROL, 'g');

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(text: string): string {
  // Nearly every text is plain: tested once, copied never.
  if (!UNSAFE.test(text)) return text;
  return visible(text)
    .replace(/^(\s*):/, '$1\\u003a')
    .replace(/#(?=#(?:vso)?\[)/g, '\\u0023');
}

/**
 * The control characters alone as escapes: for text inside a CI command of poort's own (the
 * github format), which no value can open or leave, and where a file name must stay itself.
 */
export function visible(text: string): string {
  return text.replace(CONTROL_ALL, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
