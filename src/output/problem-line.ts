import type { ProblemEntry } from './report.js';

/** The compiler-style line of every input problem: `case.yaml:2:18: probleemanalyse: … (expected …)`. */
export function problemLine(file: string, p: Pick<ProblemEntry, 'path' | 'line' | 'column' | 'message'>): string {
  const where = p.line === null ? file : `${file}:${p.line}:${p.column ?? 1}`;
  return `${where}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}
