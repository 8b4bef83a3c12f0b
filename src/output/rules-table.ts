import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Rule } from '../domain/rule.js';
import { type Lang, textIn } from '../domain/lang.js';
import { normText, words } from './locale/index.js';
import { consequencesText, originLines, severitiesText } from './rules-doc.js';
import { describeVariant } from './rule-words.js';

/** `poort rules`: the rules table in force, one row per rule; the deadline in words per variant. */
export function rulesTable(rules: readonly Rule[], lang: Lang, builtinIds: ReadonlySet<string>, colorLevel: 0 | 1 | 2 | 3): string {
  const c = new Chalk({ level: colorLevel });
  const table = new Table({
    head: [words(lang).rules.id, words(lang).rules.severity, words(lang).rules.deadline, words(lang).rules.consequence, words(lang).rules.norm, words(lang).rules.source].map((h) => c.bold(h)),
    style: { head: [], border: [] },
    colWidths: [28, 14, 40, 15, 14, 34],
    wordWrap: true,
  });
  for (const r of rules) {
    const id = r.overrides || !builtinIds.has(r.id) ? `${r.id} *` : r.id;
    const deadline = r.variants.map((v) => `${r.variants.length > 1 ? '• ' : ''}${describeVariant(v, lang)}`).join('\n');
    table.push([id, severitiesText(r, lang), deadline, consequencesText(r, lang), normText(r.norm, lang), textIn(r.source, lang)]);
  }
  const notes = originLines(rules, lang, builtinIds).map((l) => `* ${l}`);
  return `${[table.toString(), ...notes].join('\n')}\n`;
}
