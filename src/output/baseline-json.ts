import type { Severity } from '../domain/rule.js';

/**
 * A baseline file's text (--update-baseline): cases and their findings in sorted order, one case
 * per line, so that a baseline kept in git changes by the lines of the cases that changed.
 */
export function baselineJson(cases: Readonly<Record<string, Readonly<Record<string, Severity>>>>): string {
  const sorted = (o: object): string[] => Object.keys(o).sort();
  const lines = sorted(cases).map((key) => {
    const findings = cases[key]!;
    return `    ${JSON.stringify(key)}: {${sorted(findings).map((f) => ` ${JSON.stringify(f)}: ${JSON.stringify(findings[f])}`).join(',')} }`;
  });
  return `{\n  "poort-baseline": 1,\n  "cases": {${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}}\n}\n`;
}
