import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';

/**
 * The tables of poort's text output: bold headers, no lines between rows, and no colours of
 * cli-table3's own (chalk decides, so NO_COLOR holds everywhere).
 */
export function compactTable(head: readonly string[], c: ChalkInstance, options: { colWidths?: (number | null)[]; wordWrap?: boolean } = {}) {
  return new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    ...(options.colWidths ? { colWidths: options.colWidths as number[] } : {}),
    ...(options.wordWrap ? { wordWrap: true } : {}),
  });
}
