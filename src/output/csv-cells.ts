/** CSV cells as spreadsheets read them, for every CSV poort writes (check --format csv, agenda). */

/** One field, quoted when it must be (RFC 4180): a separator, a double quote or a line break. */
export function field(v: string, sep: string): string {
  return v.includes(sep) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Free text from a case file that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a
 * tab or CR first) gets a leading `'` (OWASP, CSV injection); numbers and a lone `-` (standard
 * input) stay as they are.
 */
export function neutralize(v: string): string {
  return /^[=+\-@\t\r]/.test(v) && v !== '-' && !/^[+-]?\d+(?:[.,]\d+)?$/.test(v) ? `'${v}` : v;
}
