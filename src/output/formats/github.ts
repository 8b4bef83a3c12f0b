import nodePath from 'node:path';
import type { Severity } from '../../domain/rule.js';
import { words } from '../locale/index.js';
import { printable, visible } from '../printable.js';
import { setupLines } from '../setup.js';
import type { CaseReport } from '../../check/case-report.js';
import type { FormatContext, Formatter } from './index.js';

/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding
 * and per input problem, which GitHub shows as annotations on the file and line. Nothing else
 * is written, so the whole output can go straight to stdout in a workflow step.
 *
 *   ::error file=dossiers/e-1042.yaml,line=14,title=Tweede spoor::tweede spoor too late — …
 */
export function githubFormatter(ctx: FormatContext): Formatter<string> {
  return {
    start: () => '',
    render: (c) => caseCommands(c, ctx).map((l) => `${l}\n`).join(''),
    add: (commands) => commands,
    // The config and own rules as notices: a CI log shows what the outcome rests on besides the law.
    end: () => setupLines(ctx.setup, ctx.lang).map((line) => `${command('notice', { title: 'poort' }, line)}\n`).join(''),
  };
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function caseCommands(c: CaseReport, ctx: FormatContext): string[] {
  const file = ciPath(c.file, ctx.cwd);
  const lines: string[] = [];
  for (const p of c.problems) {
    lines.push(command('error', { file, line: p.line, col: p.line === null ? null : p.column, title: words(ctx.lang).report.inputProblem }, p.path ? `${p.path}: ${p.message}` : p.message));
  }
  for (const f of c.findings) {
    lines.push(command(COMMAND[f.severity], { file, line: f.line, title: f.title }, f.message));
  }
  return lines;
}

/**
 * One workflow command; properties without a value are left out. Control characters become
 * visible escapes first: the runner's own escaping keeps a line break from ending the command,
 * but an ESC would still reach the log viewer as a terminal sequence. A property (a file name)
 * stays itself otherwise: `:` and `,` are the runner's to escape.
 */
export function command(name: string, props: Readonly<Record<string, string | number | null>>, message: string): string {
  const list = Object.entries(props)
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== '')
    .map(([k, v]) => `${k}=${escapeProperty(visible(String(v)))}`);
  return `::${name}${list.length > 0 ? ` ${list.join(',')}` : ''}::${escapeData(printable(message))}`;
}

/** The runner's own escaping of a command's message (actions/toolkit, `escapeData`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** And of a property value, where `:` and `,` also separate (actions/toolkit, `escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A case's file as CI tools want it: relative to the working directory (the checkout, in CI),
 * with forward slashes on every platform. A file outside the working directory keeps its
 * absolute path; standard input (`-`) has none: null.
 */
export function ciPath(file: string, cwd: string, path: nodePath.PlatformPath = nodePath): string | null {
  if (file === '-' || file === '') return null;
  const abs = path.resolve(cwd, file);
  const rel = path.relative(path.resolve(cwd), abs);
  const inside = rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
  return (inside ? rel : abs).split(path.sep).join('/');
}
