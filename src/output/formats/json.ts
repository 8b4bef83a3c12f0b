import type { Report } from '../report.js';

/** contract.md's `--format json`: one document; dates as YYYY-MM-DD (Datum#toJSON). */
export function formatJson(report: Report): string {
  const doc = {
    poort: 1,
    asOf: report.asOf,
    cases: report.cases.map((c) => ({
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
    })),
    summary: report.summary,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
