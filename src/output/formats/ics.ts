import { caseKey, icsEnd, icsEvents, icsStart } from '../ics.js';
import type { CaseReport } from '../../check/case-report.js';
import type { FormatContext, Formatter } from './index.js';

/**
 * `--format ics`: ONE VCALENDAR for all cases, streamed: its head first, each case's events as
 * the case comes in, the end last. A case that could not be evaluated has no events (its
 * problems are on stderr, as in every format).
 */
export function icsFormatter(ctx: FormatContext): Formatter<string> {
  return {
    start: () => icsStart(ctx.lang, ctx.version),
    render: (c) => (c.valid ? icsEvents(icsCase(c, ctx.cwd), ctx.rules, ctx.asOf, ctx.lang) : ''),
    add: (events) => events,
    end: () => icsEnd(),
  };
}

/** The same case gives the same UIDs on every run, however its path was typed (caseKey). */
export function icsCase(c: CaseReport, cwd: string) {
  return { key: caseKey(c, cwd), who: c.werknemer ?? c.source, source: c.source, milestones: c.timeline };
}
