import type { Context, RuleResult } from '../context.js';
import { finding, type Finding } from '../evaluation.js';
import type { TextScanVariant } from '../rule.js';

/**
 * Free text that names a term of the list: one finding per field, naming the terms found.
 * The employer's dossier may not record the nature of the complaints (seed 002; AVG), and a
 * consultant wants to be told before the dossier leaves the building.
 */
export function evaluateTextScan(id: string, v: TextScanVariant, ctx: Context): RuleResult {
  const matcher = matcherFor(v.terms);
  const findings: Finding[] = [];
  for (const path of v.fields) {
    const text = ctx.valueAt(path);
    if (typeof text !== 'string') continue;
    const found = matcher(text);
    if (found.length > 0) findings.push(finding(id, 'match', v.match, path, { value: found.join(', ') }));
  }
  return { entry: null, findings, daysLate: 0 };
}

/** Lower case without accents, so that "Burn-out", "BURN-OUT" and "bürn-out" read alike. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const cache = new WeakMap<readonly string[], (text: string) => string[]>();

/** One regular expression for the whole list, compiled once per rule. */
function matcherFor(terms: readonly string[]): (text: string) => string[] {
  let m = cache.get(terms);
  if (!m) {
    const WORD = '[\\p{L}\\p{N}]';
    const pattern = terms
      .map((t) => {
        const core = fold(t).replace(/^\*|\*$/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
        return `${t.startsWith('*') ? `${WORD}*` : ''}${core}${t.endsWith('*') ? `${WORD}*` : ''}`;
      })
      .join('|');
    const re = new RegExp(`(?<!${WORD})(?:${pattern})(?!${WORD})`, 'gu');
    m = (text) => [...new Set(Array.from(fold(text).matchAll(re), (x) => x[0]))];
    cache.set(terms, m);
  }
  return m;
}
