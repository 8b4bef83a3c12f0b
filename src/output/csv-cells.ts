import { printable } from './printable.js';

/* CSV cells as spreadsheets read them, for every CSV poort writes (check --format csv, agenda). */

/** One field, quoted when it must be (RFC 4180): a separator, a double quote or a line break. */
export function field(v: string, sep: string): string {
  return v.includes(sep) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Free text from a case file: control characters as escapes (a CSV is printed in CI logs too),
 * and a value a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first, also after spaces)
 * gets a leading `'` (OWASP, CSV injection); numbers and a lone `-` (standard input) stay as
 * they are.
 */
export function neutralize(v: string): string {
  const text = printable(v);
  return /^\s*[=+\-@]/.test(text) && text !== '-' && !/^[+-]?\d+(?:[.,]\d+)?$/.test(text) ? `'${text}` : text;
}
