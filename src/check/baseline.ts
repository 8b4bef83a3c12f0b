import { relative, resolve, sep } from 'node:path';
import { SEVERITY_RANK, type Severity } from '../domain/rule.js';
import type { BaselineCases } from '../input/baseline-file.js';

/**
 * A baseline (`--baseline`, as ESLint's suppressions): a finding it holds is held back, so that
 * a team adopting poort on existing dossiers fails only on what is new or got worse. Findings
 * are matched by case and by rule and finding type, never by line, so that editing a dossier
 * does not bring its old findings back; a finding now more severe than accepted is not held back.
 */
export interface Baseline {
  /** The baseline file, resolved: never read as a dossier, even in a folder that is checked. */
  file: string;
  /** Its folder: a case without werknemer is named by its path from there. */
  dir: string;
  /** The working directory the inputs were named from. */
  cwd: string;
  cases: BaselineCases;
  /** --update-baseline: every finding of this run is accepted, and the file is written anew. */
  update: boolean;
}

/** A case as a baseline names it: its werknemer, else its file from the baseline's folder (with the row or line of an export), in `/` form. */
export function baselineKey(c: { werknemer: string | null; file: string; source: string }, b: Pick<Baseline, 'dir' | 'cwd'>): string {
  if (c.werknemer !== null) return c.werknemer;
  const within = c.source.startsWith(c.file) ? c.source.slice(c.file.length) : '';
  const path = c.file === '-' ? '-' : relative(b.dir, resolve(b.cwd, c.file)).split(sep).join('/');
  return `${path}${within}`;
}

/** How a baseline names one finding of a case. */
export function findingKey(f: { rule: string; type: string }): string {
  return `${f.rule} ${f.type}`;
}

/** Whether the baseline accepted this finding at this severity or a more severe one. */
export function heldBack(accepted: Readonly<Record<string, Severity>> | undefined, f: { rule: string; type: string; severity: Severity }): boolean {
  const severity = accepted?.[findingKey(f)];
  return severity !== undefined && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[severity];
}
