import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Rule } from '../domain/rule.js';
import { type Lang, textIn } from '../domain/lang.js';
import { normText, words } from './locale/index.js';
import { consequencesText, originLines, severitiesText } from './rules-doc.js';
import { describeVariant } from './rule-words.js';
import { listEntry, tableOrList } from './table.js';
import { Lines, type TextStyle } from './wrap.js';

/**
 * `poort rules`: the rules table in force, one row per rule; the deadline in words per variant.
 * Where the table does not fit the width, a list: per rule its id, then each column as `Heading: value`.
 */
export function rulesTable(rules: readonly Rule[], lang: Lang, builtinIds: ReadonlySet<string>, style: TextStyle): string {
  const c = new Chalk({ level: style.colorLevel });
  const heads = [words(lang).rules.id, words(lang).rules.severity, words(lang).rules.deadline, words(lang).rules.consequence, words(lang).rules.norm, words(lang).rules.source];
  const table = new Table({
    head: heads.map((h) => c.bold(h)),
    style: { head: [], border: [] },
    colWidths: [28, 14, 40, 15, 14, 34],
    wordWrap: true,
  });
  const rows = rules.map((r) => {
    const id = r.overrides || !builtinIds.has(r.id) ? `${r.id} *` : r.id;
    const deadline = r.variants.map((v) => `${r.variants.length > 1 ? '• ' : ''}${describeVariant(v, lang)}`).join('\n');
    return [id, severitiesText(r, lang), deadline, consequencesText(r, lang), normText(r.norm, lang), textIn(r.source, lang)];
  });
  for (const row of rows) table.push(row);
  // A deadline of several variants: its heading, then a variant a line.
  const entry = ([id, ...cells]: string[]): string[] =>
    listEntry(c.bold(id!), cells.flatMap((cell, i) => (cell.includes('\n') ? [`${heads[i + 1]}:`, ...cell.split('\n')] : [`${heads[i + 1]}: ${cell}`])), style.width);
  const out = new Lines(style.width).put(...tableOrList(table, style.width, () => rows.flatMap(entry)));
  for (const note of originLines(rules, lang, builtinIds)) out.add(`* ${note}`, { hanging: 2 });
  return out.toString();
}
