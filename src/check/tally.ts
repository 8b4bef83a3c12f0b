import { SEVERITY_RANK, type Severity } from '../domain/rule.js';
import type { CaseReport, Summary } from './case-report.js';

/** What a batch's totals need of a case. */
export interface CaseCounts {
  valid: boolean;
  errors: number;
  warnings: number;
  infos: number;
  /** The most the case's findings can cost, in euros; and whether that needs a wage the case lacks. */
  exposure: number;
  exposureIncomplete: boolean;
}

export function countsOf(c: CaseReport): CaseCounts {
  const counts = { valid: c.valid, errors: 0, warnings: 0, infos: 0, exposure: c.exposure?.total ?? 0, exposureIncomplete: c.exposure?.complete === false };
  for (const f of c.findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** The running totals of a batch, and its exit code (docs/report.md): kept as the cases stream past. */
export class Tally {
  readonly summary: Summary = { cases: 0, invalid: 0, errors: 0, warnings: 0, infos: 0, exposure: { total: 0, incomplete: 0 } };
  /** The most severe finding seen, as a rank (0 error, 1 warning, 2 info); 3 for none. */
  private worst = 3;

  add(c: CaseCounts): void {
    const s = this.summary;
    s.cases++;
    if (!c.valid) s.invalid++;
    s.errors += c.errors;
    s.warnings += c.warnings;
    s.infos += c.infos;
    s.exposure.total += c.exposure;
    if (c.exposureIncomplete) s.exposure.incomplete++;
    this.worst = Math.min(this.worst, c.errors > 0 ? SEVERITY_RANK.error : c.warnings > 0 ? SEVERITY_RANK.warning : c.infos > 0 ? SEVERITY_RANK.info : 3);
  }

  /** 2 when any case could not be evaluated; 1 when a finding reaches `failOn`; else 0. */
  exitCode(failOn: Severity | 'never'): 0 | 1 | 2 {
    if (this.summary.invalid > 0) return 2;
    return failOn !== 'never' && this.worst <= SEVERITY_RANK[failOn] ? 1 : 0;
  }
}
