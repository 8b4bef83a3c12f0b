import nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule, Severity } from '../../domain/rule.js';
import { type Lang, textIn } from '../../domain/lang.js';
import { normText, words } from '../locale/index.js';
import { ruleSeverities } from '../rule-words.js';
import type { CaseReport, Summary } from '../../check/case-report.js';
import { ciPath } from './github.js';
import type { FormatContext, Formatter } from './index.js';

/**
 * SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers: one run, the rules
 * table as `tool.driver.rules`, one result per finding at the case file's line, and one per
 * input problem under the rule `input-problem`. Streamed: the rules go out first, then the
 * results case by case; the run's property bag at the end carries the as-of date, the totals,
 * and the config and user rules files in force.
 *
 * File locations are URIs relative to the working directory (the checkout root in CI), without
 * a uriBaseId, as GitHub code scanning wants them.
 */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INPUT_PROBLEM_RULE = 'input-problem';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

export function sarifFormatter(ctx: FormatContext): Formatter<string> {
  const rules = driverRules(ctx.rules, ctx.lang);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  let first = true;
  return {
    start() {
      const driver = { name: 'poort', version: ctx.version, semanticVersion: semver(ctx.version), rules };
      const head = JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0' }, null, 2).replace(/\n}$/, ',\n');
      return `${head}  "runs": [\n    {\n      "tool": ${indent(JSON.stringify({ driver }, null, 2), '      ').trimStart()},\n`
        + '      "columnKind": "utf16CodeUnits",\n      "results": [';
    },
    render: (c) => caseResults(c, ctx.lang, ctx.cwd, index).map((r) => `        ${JSON.stringify(r)}`).join(',\n'),
    add(results) {
      if (results === '') return '';
      const sep = first ? '\n' : ',\n';
      first = false;
      return sep + results;
    },
    end: (summary: Summary) =>
      `${first ? '' : '\n      '}],\n      "properties": ${JSON.stringify({ asOf: ctx.asOf.toString(), summary, config: ctx.setup.config, rules: ctx.setup.rules, columns: ctx.setup.columns })}\n    }\n  ]\n}\n`,
  };
}

interface ReportingDescriptor {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: Level };
  properties: { tags: string[]; norm?: string | null; source?: string };
}

/** The rules table as SARIF reporting descriptors, and the rule every input problem is under. */
export function driverRules(rules: readonly Rule[], lang: Lang): ReportingDescriptor[] {
  const out = rules.map((r): ReportingDescriptor => {
    const description = textIn(r.description, lang);
    const interpretation = r.interpretation && textIn(r.interpretation, lang);
    const help = [
      description,
      interpretation && `${words(lang).report.interpretation}: ${interpretation}`,
      `${capital(words(lang).ui.norm)}: ${normText(r.norm, lang)}`,
      `${capital(words(lang).ui.source)}: ${textIn(r.source, lang)}`,
    ].filter((s): s is string => !!s);
    const level = ruleSeverities(r)[0];
    return {
      id: r.id,
      ...named(r.id),
      shortDescription: { text: textIn(r.title, lang) },
      fullDescription: { text: description },
      help: { text: help.join('\n\n'), markdown: help.join('\n\n') },
      defaultConfiguration: { level: level ? LEVEL[level] : 'note' },
      properties: { tags: ['poortwachter', ...(r.norm ? [`norm:${r.norm}`] : [])], norm: r.norm, source: textIn(r.source, lang) },
    };
  });
  if (!rules.some((r) => r.id === INPUT_PROBLEM_RULE)) {
    const text = words(lang).report.inputProblemDescription;
    out.push({
      id: INPUT_PROBLEM_RULE,
      ...named(INPUT_PROBLEM_RULE),
      shortDescription: { text: words(lang).report.inputProblem },
      fullDescription: { text },
      help: { text, markdown: text },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['poortwachter', 'input'] },
    });
  }
  return out;
}

function caseResults(c: CaseReport, lang: Lang, cwd: string, index: ReadonlyMap<string, number>): object[] {
  const uri = artifactUri(c.file, cwd);
  const properties = { case: c.source, ...(c.werknemer !== null ? { werknemer: c.werknemer } : {}) };
  // GitHub code scanning rejects a result without a location and region: a problem with the
  // file as a whole (unreadable) points at its first line.
  const location = (line: number | null, column: number | null) => {
    const region = line !== null && line >= 1 ? { startLine: line, ...(column !== null && column >= 1 ? { startColumn: column } : {}) } : { startLine: 1 };
    return { locations: [{ physicalLocation: { artifactLocation: { uri }, region } }] };
  };
  const ruleRef = (id: string) => {
    const i = index.get(id);
    return i === undefined ? { ruleId: id } : { ruleId: id, ruleIndex: i };
  };
  return [
    ...c.problems.map((p) => ({
      ...ruleRef(INPUT_PROBLEM_RULE),
      level: 'error',
      message: { text: `${words(lang).report.inputProblem}: ${p.path ? `${p.path}: ` : ''}${p.message}` },
      ...location(p.line, p.column),
      properties: { ...properties, code: p.code },
    })),
    ...c.findings.map((f) => ({
      ...ruleRef(f.rule),
      level: LEVEL[f.severity],
      message: { text: f.message },
      ...location(f.line, null),
      properties: { ...properties, consequence: f.consequence, norm: f.norm, type: f.type, source: f.source },
    })),
  ];
}

/**
 * A case's file as a SARIF artifact URI: a relative reference with forward slashes (percent-
 * encoded where a URI needs it) inside the working directory, a `file:` URI outside it, and
 * `-` for standard input (the name it was given on the command line).
 */
export function artifactUri(file: string, cwd: string, path: nodePath.PlatformPath = nodePath): string {
  const p = ciPath(file, cwd, path);
  if (p === null) return '-';
  if (path.isAbsolute(p)) return pathToFileURL(p, { windows: path === nodePath.win32 }).href;
  // encodeURI leaves `#`, `?` and `:` alone; in a relative reference they would start a
  // fragment, a query or (in the first segment) a scheme.
  return encodeURI(p).replace(/[#?:]/g, (ch) => encodeURIComponent(ch));
}

/**
 * SARIF's `name`, an identifier for people: `tweede-spoor` → `TweedeSpoor`. Left out where it
 * would only differ from the id in case (`probleemanalyse`): the validator wants them to differ.
 */
function named(id: string): { name?: string } {
  const name = id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return name.toLowerCase() === id.toLowerCase() ? {} : { name };
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The version when it is a semantic version (SARIF's `semanticVersion`), else nothing. */
function semver(v: string): string | undefined {
  return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(v) ? v : undefined;
}

const indent = (text: string, pad: string): string => text.split('\n').map((l) => pad + l).join('\n');
