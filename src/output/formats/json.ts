import type { Datum } from '../../domain/datum.js';
import type { CaseReport, Summary } from '../report.js';
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

/** The report's `config` and `rules` fields: null and [] when the run used neither. */
export function setupJson(s: Setup): string {
  return `  "config": ${JSON.stringify(s.config)},\n  "rules": ${JSON.stringify(s.rules)},\n`;
}

/** A date as the report writes it. Strings, not Datums, keep JSON.stringify on V8's fast path (no toJSON). */
const iso = (d: Datum | null): string | null => (d === null ? null : d.toString());

/** One case of the report; problems also carry their stable code. */
export function jsonCase(c: CaseReport) {
  return {
    source: c.source,
    werknemer: c.werknemer,
    valid: c.valid,
    problems: c.problems.map((p) => ({ path: p.path, line: p.line, column: p.column, message: p.message, code: p.code })),
    clock: c.clock && {
      ziekmelding: iso(c.clock.ziekmelding),
      week: c.clock.week,
      eindeWachttijd: iso(c.clock.eindeWachttijd),
      eindeLoondoorbetaling: iso(c.clock.eindeLoondoorbetaling),
      provisional: c.clock.provisional,
    },
    timeline: c.timeline.map((t) => ({ id: t.id, from: iso(t.from), due: iso(t.due), done: iso(t.done), status: t.status, norm: t.norm })),
    findings: c.findings.map((f) => ({
      rule: f.rule, severity: f.severity, consequence: f.consequence, norm: f.norm, type: f.type, args: f.args,
      message: f.message, source: f.source, line: f.line,
    })),
  };
}
