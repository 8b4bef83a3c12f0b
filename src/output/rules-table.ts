import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Lang, Rule } from '../domain/rule.js';
import { normText } from './i18n.js';
import { consequencesText, originLines, severitiesText } from './rules-doc.js';
import { describeVariant } from './rule-words.js';
import { RULES } from './words-commands.js';

/** `poort rules`: the rules table in force, one row per rule; the deadline in words per variant. */
export function rulesTable(rules: readonly Rule[], lang: Lang, builtinIds: ReadonlySet<string>, colorLevel: 0 | 1 | 2 | 3): string {
  const c = new Chalk({ level: colorLevel });
  const table = new Table({
    head: [RULES.id[lang], RULES.severity[lang], RULES.deadline[lang], RULES.consequence[lang], RULES.norm[lang], RULES.source[lang]].map((h) => c.bold(h)),
    style: { head: [], border: [] },
    colWidths: [28, 14, 40, 15, 14, 34],
    wordWrap: true,
  });
  for (const r of rules) {
    const id = r.overrides || !builtinIds.has(r.id) ? `${r.id} *` : r.id;
    const deadline = r.variants.map((v) => `${r.variants.length > 1 ? '• ' : ''}${describeVariant(v, lang)}`).join('\n');
    table.push([id, severitiesText(r, lang), deadline, consequencesText(r, lang), normText(r.norm, lang), r.source[lang]]);
  }
  const notes = originLines(rules, lang, builtinIds).map((l) => `* ${l}`);
  return `${[table.toString(), ...notes].join('\n')}\n`;
}
