import { printable } from './printable.js';
import type { ProblemEntry } from '../check/case-report.js';

/**
 * The compiler-style line of every input problem: `case.yaml:2:18: probleemanalyse: … (expected
 * …)`. One line, whatever the file name, the key or the quoted value holds.
 */
export function problemLine(file: string, p: Pick<ProblemEntry, 'path' | 'line' | 'column' | 'message'>): string {
  const where = p.line === null ? file : `${file}:${p.line}:${p.column ?? 1}`;
  return printable(`${where}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
}
