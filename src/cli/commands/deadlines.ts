import { computeDeadlines } from '../../check/deadlines.js';
import { readCase } from '../../input/case-file.js';
import { formatPath, type Problem } from '../../input/problem.js';
import { fill, problemMessage, words } from '../../output/locale/index.js';
import { printable } from '../../output/printable.js';
import type { Io } from '../io.js';
import { commonOptions, openContext, type CommonOptions } from '../context.js';
import { asOfDate, choice, collect, UsageError } from '../settings.js';
import type { CommandModule } from './index.js';

export interface DeadlinesOptions extends CommonOptions {
  onderbreking: string[];
  asOf?: string;
  format: string;
  rules: string[];
  color: boolean;
}

const FORMATS = ['text', 'json', 'ics', 'html'] as const;

/**
 * `poort deadlines <ziekmelding>`: the calculator for the phone call with no dossier yet. The
 * command line becomes a minimal case that goes through the case file's own schema, so a bad
 * date or onderbreking is refused with the same words as in a case file.
 */
export async function deadlines(ziekmelding: string, opts: DeadlinesOptions, io: Io): Promise<number> {
  const context = openContext(opts, io);
  if (typeof context === 'number') return context;
  const { lang } = context;
  const format = choice('--format', opts.format, FORMATS, lang);
  const asOf = asOfDate(opts.asOf, lang);
  const onderbrekingen = opts.onderbreking.map((value) => {
    const parts = value.split('..');
    if (parts.length !== 2 || parts.some((p) => p.trim() === '')) throw new UsageError(fill(words(lang).command.badOnderbreking, { value }));
    return { van: parts[0]!.trim(), tot: parts[1]!.trim() };
  });

  // An empty argument is a missing ziekmelding, as an empty key is in a case file.
  const value = { ...(ziekmelding.trim() === '' ? {} : { ziekmelding: ziekmelding.trim() }), onderbrekingen };
  const read = readCase('<command line>', JSON.stringify(value));
  if (!read.case) {
    for (const p of read.problems) io.stderr.write(`poort: ${printable(`${where(p, ziekmelding, opts.onderbreking)}: ${problemMessage(p.code, p.args, lang)}`)}\n`);
    return 2;
  }

  const loaded = context.rulesInForce(opts.rules);
  if (!loaded) return 2;
  const d = computeDeadlines(read.case, { rules: loaded.rules, werkdagen: loaded.werkdagen, asOf, lang });
  const out = await import('../../output/deadlines.js');
  if (format === 'json') io.stdout.write(out.deadlinesJson(d, lang));
  else if (format === 'ics') io.stdout.write(out.deadlinesIcs(d, loaded.rules, lang, io.version));
  else if (format === 'html') io.stdout.write((await import('../../output/html/deadlines.js')).deadlinesHtml(d, lang));
  else {
    const { deadlinesText } = await import('../../output/deadlines-text.js');
    io.stdout.write(deadlinesText(d, lang, { colorLevel: context.colorLevel(opts.color), width: context.width() }));
  }
  return 0;
}

/** A problem's place on the command line: the argument as the user typed it. */
function where(p: Problem, ziekmelding: string, onderbrekingen: readonly string[]): string {
  if (p.path[0] === 'ziekmelding') return 'ziekmelding';
  if (p.path[0] === 'onderbrekingen' && typeof p.path[1] === 'number') return `--onderbreking ${onderbrekingen[p.path[1]]}`;
  return formatPath(p.path) || ziekmelding;
}

export const deadlinesCommand: CommandModule = (program, io, lang, done) => {
  const command = program
    .command('deadlines')
    .description(words(lang).command.deadlines)
    .argument('<ziekmelding>', words(lang).command.ziekmeldingArg);
  commonOptions(command, lang)
    .option('--onderbreking <van..tot>', words(lang).command.onderbreking, collect, [] as string[])
    .option('--as-of <date>', words(lang).cli.asOf)
    .option('-f, --format <format>', fill(words(lang).cli.format, { formats: FORMATS.join(', ') }), 'text')
    .option('--rules <path>', words(lang).cli.rules, collect, [] as string[])
    .option('--no-color', words(lang).cli.noColor)
    .action(async (ziekmelding: string, opts: DeadlinesOptions) => done(await deadlines(ziekmelding, opts, io)));
};
