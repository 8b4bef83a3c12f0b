import type { Command } from 'commander';
import type { Lang } from '../../domain/lang.js';
import { suggest } from '../../input/suggest.js';
import { fill, words } from '../../output/locale/index.js';
import type { Io } from '../io.js';
import { commonOptions, openContext, type CommonOptions } from '../context.js';
import { choice, collect, UsageError } from '../settings.js';
import type { CommandModule } from './index.js';

interface RulesOptions extends CommonOptions {
  format: string;
  rules: string[];
  color: boolean;
}

const FORMATS = ['text', 'json'] as const;

/** `poort rules`: the rules table in force (built-in plus --rules). */
export async function rules(opts: RulesOptions, io: Io): Promise<number> {
  const context = openContext(opts, io);
  if (typeof context === 'number') return context;
  const { lang } = context;
  const format = choice('--format', opts.format, FORMATS, lang);
  const loaded = context.rulesInForce(opts.rules);
  if (!loaded) return 2;
  if (format === 'json') {
    const { rulesJson } = await import('../../output/rules-doc.js');
    io.stdout.write(rulesJson(loaded.rules, lang, loaded.builtinIds));
  } else {
    const { rulesTable } = await import('../../output/rules-table.js');
    io.stdout.write(rulesTable(loaded.rules, lang, loaded.builtinIds, { colorLevel: context.colorLevel(opts.color), width: context.width() }));
  }
  return 0;
}

/** `poort explain <rule-id>`: one rule in full, with worked example A computed live. */
export async function explain(id: string, opts: RulesOptions, io: Io): Promise<number> {
  const context = openContext(opts, io);
  if (typeof context === 'number') return context;
  const { lang } = context;
  const format = choice('--format', opts.format, FORMATS, lang);
  const loaded = context.rulesInForce(opts.rules);
  if (!loaded) return 2;
  const rule = loaded.rules.find((r) => r.id === id);
  if (!rule) {
    const near = suggest(id, loaded.rules.map((r) => r.id));
    throw new UsageError(fill(words(lang).command.unknownRule, { id, suggestion: near ? fill(words(lang).command.didYouMean, { id: near }) : '' }));
  }
  const doc = await import('../../output/rules-doc.js');
  const settings = { rules: loaded.rules, werkdagen: loaded.werkdagen, lang, builtinIds: loaded.builtinIds };
  io.stdout.write(format === 'json' ? doc.explainJson(rule, settings) : doc.explainText(rule, settings, { colorLevel: context.colorLevel(opts.color), width: context.width() }));
  return 0;
}

/** The options of RulesOptions, for both commands about the rules table. */
function rulesOptions(command: Command, lang: Lang): Command {
  return commonOptions(command, lang)
    .option('-f, --format <format>', fill(words(lang).cli.format, { formats: FORMATS.join(', ') }), 'text')
    .option('--rules <path>', words(lang).cli.rules, collect, [] as string[])
    .option('--no-color', words(lang).cli.noColor);
}

export const rulesCommand: CommandModule = (program, io, lang, done) => {
  rulesOptions(program.command('rules').description(words(lang).command.rules), lang)
    .action(async (opts: RulesOptions) => done(await rules(opts, io)));
};

export const explainCommand: CommandModule = (program, io, lang, done) => {
  rulesOptions(program.command('explain').description(words(lang).command.explain).argument('<rule-id>', words(lang).command.ruleId), lang)
    .action(async (id: string, opts: RulesOptions) => done(await explain(id, opts, io)));
};
