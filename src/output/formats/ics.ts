import { caseKey, icsEnd, icsEvents, icsNotJudged, icsStart } from '../ics.js';
import { NOT_JUDGED_NAMED } from '../not-judged.js';
import type { CaseReport } from '../../check/case-report.js';
import type { FormatContext, Formatter } from './index.js';

/**
 * `--format ics`: ONE VCALENDAR for all cases, streamed: its head first, each case's events as
 * the case comes in, the end last. A case that could not be evaluated has no events of its own;
 * an event on the as-of date says how many there were (their problems are on stderr).
 */
export function icsFormatter(ctx: FormatContext): Formatter<{ events: string; invalid: string | null }> {
  const sources: string[] = [];
  return {
    start: () => icsStart(ctx.lang, ctx.version),
    render: (c) => ({ events: c.valid ? icsEvents(icsCase(c, ctx.cwd), ctx.rules, ctx.asOf, ctx.lang) : '', invalid: c.valid ? null : c.source }),
    add({ events, invalid }) {
      if (invalid !== null && sources.length < NOT_JUDGED_NAMED) sources.push(invalid);
      return events;
    },
    end: (summary) => icsNotJudged({ cases: summary.cases, invalid: summary.invalid, sources }, ctx.asOf, ctx.lang) + icsEnd(),
  };
}

/** The same case gives the same UIDs on every run, however its path was typed (caseKey). */
export function icsCase(c: CaseReport, cwd: string) {
  return { key: caseKey(c, cwd), who: c.werknemer ?? c.source, source: c.source, milestones: c.timeline };
}
