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

/** Lower case without accents, so that "Burn-Out", "BURN-OUT" and "bürn-out" read alike. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A term as words: `burn-out` and `long covid` are two words apart only by a hyphen or space;
 * `*kanker` matches a word ending in "kanker", `paniekaanval*` one starting with it.
 */
interface Term {
  words: readonly string[];
  anyStart: boolean;
  anyEnd: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const BETWEEN_WORDS = /^[\s-]+$/;

const cache = new WeakMap<readonly string[], (text: string) => string[]>();

/**
 * The terms, indexed by their first word, compiled once per rule. Matching walks the words of
 * the text: cheap to build (poort starts in milliseconds) and linear in the text.
 */
function matcherFor(list: readonly string[]): (text: string) => string[] {
  let m = cache.get(list);
  if (m) return m;
  const byFirst = new Map<string, Term[]>();
  const wild: Term[] = [];
  for (const t of list) {
    const term = { words: fold(t).match(WORD) ?? [], anyStart: t.startsWith('*'), anyEnd: t.endsWith('*') };
    if (term.words.length === 0) continue;
    if (term.anyStart || (term.anyEnd && term.words.length === 1)) wild.push(term);
    else byFirst.set(term.words[0]!, [...(byFirst.get(term.words[0]!) ?? []), term]);
  }
  m = (text) => {
    const folded = fold(text);
    const words: Word[] = [];
    for (const w of folded.matchAll(WORD)) words.push({ word: w[0], start: w.index, end: w.index + w[0].length });
    const found = new Set<string>();
    const attempt = (term: Term, i: number): void => {
      const last = i + term.words.length - 1;
      if (last < words.length && term.words.every((tw, k) => fits(term, k, tw, words, i, folded))) found.add(folded.slice(words[i]!.start, words[last]!.end));
    };
    for (let i = 0; i < words.length; i++) {
      for (const term of byFirst.get(words[i]!.word) ?? []) attempt(term, i);
      for (const term of wild) attempt(term, i);
    }
    return [...found];
  };
  cache.set(list, m);
  return m;
}

interface Word {
  word: string;
  start: number;
  end: number;
}

/** Whether word i+k of the text is the term's word k, joined to the one before by a space or hyphen. */
function fits(term: Term, k: number, tw: string, words: readonly Word[], i: number, text: string): boolean {
  const w = words[i + k]!;
  if (k > 0 && !BETWEEN_WORDS.test(text.slice(words[i + k - 1]!.end, w.start))) return false;
  const first = k === 0;
  const last = k === term.words.length - 1;
  if (first && term.anyStart && last && term.anyEnd) return w.word.includes(tw);
  if (first && term.anyStart) return w.word.endsWith(tw);
  if (last && term.anyEnd) return w.word.startsWith(tw);
  return w.word === tw;
}
