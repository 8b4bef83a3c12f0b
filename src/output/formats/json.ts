import type { CaseReport, Summary } from '../../check/case-report.js';
import type { Setup } from '../setup.js';
import type { FormatContext, Formatter } from './index.js';

/**
 * `--format json` (docs/report.md, schema/poort-report.schema.json): one document, streamed
 * case by case; dates as YYYY-MM-DD.
 * Each case is one line, so that a batch of thousands stays quick to write and to grep.
 */
export function jsonFormatter(ctx: FormatContext): Formatter<string> {
  let first = true;
  return {
    start: () => `{\n  "poort": 1,\n  "asOf": "${ctx.asOf.toString()}",\n${setupJson(ctx.setup)}  "cases": [`,
    render: (c) => JSON.stringify(jsonCase(c)),
    add(json) {
      const sep = first ? '\n' : ',\n';
      first = false;
      return `${sep}    ${json}`;
    },
    end: (summary: Summary) => `${first ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary, null, 2).replaceAll('\n', '\n  ')}\n}\n`,
  };
}

/** The report's `config`, `rules` and `columns` fields: null, [] and null when the run used none. */
export function setupJson(s: Setup): string {
  return `  "config": ${JSON.stringify(s.config)},\n  "rules": ${JSON.stringify(s.rules)},\n  "columns": ${JSON.stringify(s.columns)},\n`;
}

/** A case of the JSON report (docs/report.md, `cases[]`). */
export type ReportCase = ReturnType<typeof jsonCase>;

/** One case of the report; problems also carry their stable code. */
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
      provisional: c.clock.provisional,
    },
    timeline: c.timeline.map((t) => ({ id: t.id, from: t.from, due: t.due, done: t.done, status: t.status, norm: t.norm })),
    findings: c.findings.map((f) => ({
      rule: f.rule, severity: f.severity, consequence: f.consequence, norm: f.norm, type: f.type, args: f.args,
      message: f.message, source: f.source, line: f.line, exposure: f.exposure, baseline: f.baseline,
    })),
    exposure: c.exposure,
    next: c.next,
  };
}
