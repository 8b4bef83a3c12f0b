import type { CaseReport, Summary } from '../report.js';
import type { FormatContext, Formatter } from './index.js';

/**
 * contract.md's `--format json`: one document, streamed case by case; dates as YYYY-MM-DD.
 * Each case is one line, so that a batch of thousands stays quick to write and to grep.
 */
export function jsonFormatter(ctx: FormatContext): Formatter {
  let first = true;
  return {
    start: () => `{\n  "poort": 1,\n  "asOf": ${JSON.stringify(ctx.asOf)},\n  "cases": [`,
    case(c) {
      const sep = first ? '\n' : ',\n';
      first = false;
      return `${sep}    ${JSON.stringify(jsonCase(c))}`;
    },
    end: (summary: Summary) => `${first ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary, null, 2).replaceAll('\n', '\n  ')}\n}\n`,
  };
}

/** One case as contract.md has it; problems also carry their stable code. */
export function jsonCase(c: CaseReport) {
  return {
    source: c.source,
    werknemer: c.werknemer,
    valid: c.valid,
    problems: c.problems.map((p) => ({ path: p.path, line: p.line, column: p.column, message: p.message, code: p.code })),
    clock: c.clock && {
      ziekmelding: c.clock.ziekmelding,
      week: c.clock.week,
      eindeWachttijd: c.clock.eindeWachttijd,
      eindeLoondoorbetaling: c.clock.eindeLoondoorbetaling,
    },
    timeline: c.timeline.map((t) => ({ id: t.id, from: t.from, due: t.due, done: t.done, status: t.status })),
    findings: c.findings.map((f) => ({
      rule: f.rule, severity: f.severity, consequence: f.consequence, message: f.message, source: f.source, line: f.line,
    })),
  };
}
