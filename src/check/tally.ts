import { SEVERITY_RANK, type Severity } from '../domain/rule.js';
import { findingKey } from './baseline.js';
import type { CaseReport, Summary } from './case-report.js';

/** What a batch's totals need of a case. */
export interface CaseCounts {
  valid: boolean;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings a baseline holds back; and the most severe of the others, as a rank (3 for none). */
  heldBack: number;
  worst: number;
  /** Warnings the baseline does not hold back, for --max-warnings. */
  newWarnings: number;
  /** The most the case's findings can cost, in euros; and whether that needs a wage the case lacks. */
  exposure: number;
  exposureIncomplete: boolean;
  /** --update-baseline: the case's findings as a baseline names them. */
  accepted?: { key: string; findings: Record<string, Severity> } | undefined;
}

/** `withFindings`: for --update-baseline, the case's findings by baseline key too. */
export function countsOf(c: CaseReport, withFindings = false): CaseCounts {
  const counts: CaseCounts = { valid: c.valid, errors: 0, warnings: 0, infos: 0, heldBack: 0, worst: 3, newWarnings: 0, exposure: c.exposure?.total ?? 0, exposureIncomplete: c.exposure?.complete === false };
  for (const f of c.findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
    if (f.baseline) counts.heldBack++;
    else {
      counts.worst = Math.min(counts.worst, SEVERITY_RANK[f.severity]);
      if (f.severity === 'warning') counts.newWarnings++;
    }
  }
  if (withFindings && c.baselineKey !== undefined && c.findings.length > 0) {
    const findings: Record<string, Severity> = {};
    for (const f of c.findings) accept(findings, { [findingKey(f)]: f.severity });
    counts.accepted = { key: c.baselineKey, findings };
  }
  return counts;
}

/** Adds findings to those accepted for a case: of one rule and type (in one case or two with one werknemer), the most severe. */
function accept(into: Record<string, Severity>, findings: Readonly<Record<string, Severity>>): void {
  for (const [k, severity] of Object.entries(findings)) if (!into[k] || SEVERITY_RANK[severity] < SEVERITY_RANK[into[k]]) into[k] = severity;
}

/** The running totals of a batch, and its exit code (docs/report.md): kept as the cases stream past. */
export class Tally {
  readonly summary: Summary = { cases: 0, invalid: 0, errors: 0, warnings: 0, infos: 0, heldBack: 0, exposure: { total: 0, incomplete: 0 } };
  /** The most severe finding seen that no baseline holds back, as a rank (0 error, 1 warning, 2 info); 3 for none. */
  private worst = 3;
  /** Warnings no baseline holds back. */
  newWarnings = 0;
  /** --update-baseline: every case's findings, by baseline key. */
  readonly accepted: Record<string, Record<string, Severity>> = {};

  add(c: CaseCounts): void {
    const s = this.summary;
    s.cases++;
    if (!c.valid) s.invalid++;
    s.errors += c.errors;
    s.warnings += c.warnings;
    s.infos += c.infos;
    s.heldBack += c.heldBack;
    s.exposure.total += c.exposure;
    if (c.exposureIncomplete) s.exposure.incomplete++;
    this.worst = Math.min(this.worst, c.worst);
    this.newWarnings += c.newWarnings;
    if (c.accepted) accept((this.accepted[c.accepted.key] ??= {}), c.accepted.findings);
  }

  /** 2 when any case could not be evaluated; 1 when a finding no baseline holds back reaches `failOn`; else 0. */
  exitCode(failOn: Severity | 'never'): 0 | 1 | 2 {
    if (this.summary.invalid > 0) return 2;
    return failOn !== 'never' && this.worst <= SEVERITY_RANK[failOn] ? 1 : 0;
  }
}
