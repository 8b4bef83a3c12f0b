import { NOT_JUDGED_NAMED } from '../../output/not-judged.js';
import { agendaCsv, agendaIcs, agendaItems, agendaJson, agendaText, sortAgenda, type AgendaItem } from '../../output/agenda.js';
import { fill, words } from '../../output/locale/index.js';
import { batchOptions, forEachCase, withBatch, write, type BatchOptions } from '../batch.js';
import type { CaseReport } from '../../check/case-report.js';
import type { Io } from '../io.js';
import { openRun } from '../../api/run.js';
import { choice, UsageError } from '../settings.js';
import type { CommandModule } from './index.js';

interface AgendaOptions extends BatchOptions {
  within: string;
  format?: string;
  color: boolean;
}

/** `poort agenda`: the deadlines of all cases on one list; exit 2 if any case could not be read. */
function agenda(inputs: readonly string[], opts: AgendaOptions, io: Io): Promise<number> {
  return withBatch(opts, io, async (batch) => {
    const { lang, asOf, out } = batch;
    const format = choice('--format', opts.format ?? 'text', FORMATS, lang);
    const withinDays = period(opts.within);
    if (withinDays === undefined) throw new UsageError(fill(words(lang).agenda.badWithin, { value: opts.within }));
    const items: AgendaItem[] = [];
    const notJudged: string[] = [];
    const spec = batch.spec({ kind: 'report', timelineRisk: true });
    const run = await openRun<CaseReport>(spec, batch.loaded);
    const tally = await forEachCase(inputs, batch, io, spec, run, (c) => {
      if (!c.valid && notJudged.length < NOT_JUDGED_NAMED) notJudged.push(c.source);
      items.push(...agendaItems(c, asOf, withinDays, io.cwd));
    });
    const ctx = { asOf, withinDays, lang, setup: batch.setup };
    sortAgenda(items);
    const judged = { cases: tally.summary.cases, invalid: tally.summary.invalid, sources: notJudged };
    const text =
      format === 'json' ? agendaJson(items, ctx, judged)
      : format === 'csv' ? agendaCsv(items, ctx, judged)
      : format === 'ics' ? agendaIcs(items, ctx, batch.loaded.rules, io.version, judged)
      : format === 'html' ? (await import('../../output/html/agenda.js')).agendaHtml(items, ctx, judged)
      : await agendaText(items, ctx, { colorLevel: batch.colorLevel(opts.color), width: batch.width() }, judged);
    await write(out, text);
    out.finish();
    // The agenda judges no findings: only a case that could not be read fails it.
    return tally.exitCode('never');
  });
}

const FORMATS = ['text', 'json', 'csv', 'ics', 'html'] as const;

/** `14d`, `3w` or a plain number of days. */
function period(text: string): number | undefined {
  const m = /^(\d+)\s*([dw]?)$/i.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * (m[2]?.toLowerCase() === 'w' ? 7 : 1);
}

export const agendaCommand: CommandModule = (program, io, lang, done) => {
  const command = program
    .command('agenda')
    .description(words(lang).agenda.command)
    .argument('<inputs...>', words(lang).cli.files)
    .option('--within <period>', words(lang).agenda.withinOption, '14d')
    .option('-f, --format <format>', fill(words(lang).cli.format, { formats: FORMATS.join(', ') }));
  batchOptions(command, lang)
    .option('--no-color', words(lang).cli.noColor)
    .action(async (inputs: string[], opts: AgendaOptions) => done(await agenda(inputs, opts, io)));
};
