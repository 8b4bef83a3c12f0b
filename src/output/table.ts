import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../domain/lang.js';
import { words } from './locale/index.js';
import { fits, wrap } from './wrap.js';

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

/**
 * The table when it fits the width; else its rows as a compact list (`list`), as a table
 * squeezed into too few columns breaks every cell into fragments.
 */
export function tableOrList(table: Table.Table, width: number | null, list: () => string[]): string[] {
  const text = table.toString();
  return fits(text, width) ? [text] : list();
}

/** How far a list entry's details stand in under its title. */
const LIST_INDENT = 4;

/** One entry of a compact list: its title, then each detail on lines of its own, indented; all wrapped. */
export function listEntry(title: string, details: readonly string[], width: number | null): string[] {
  return [...wrap(title, width, { hanging: LIST_INDENT }), ...details.flatMap((d) => wrap(d, width, { indent: LIST_INDENT, hanging: LIST_INDENT + 2 }))];
}

/** A milestone as a list entry: `wk 6    zo 16-02-2025  Probleemanalyse`, its details below. */
export function milestoneEntry(week: number | string | null, date: string, title: string, details: readonly string[], lang: Lang, width: number | null): string[] {
  const wk = week === null || week === '' ? '' : `${words(lang).ui.weekShort} ${week}`;
  const when = wk || date ? `${wk.padEnd(8)}${date ? `${date}  ` : ''}` : '';
  return listEntry(`${when}${title}`, details, width);
}
