import * as z from 'zod/mini';
import type { FieldPath } from '../case.js';
import { finding, type Finding } from '../evaluation.js';
import type { EveryLang } from '../lang.js';
import type { KindModule, VariantBase } from '../kind.js';

/** Free-text fields must not name any of these terms (medical details, say). */
export interface TextScanVariant extends VariantBase<'text-scan', 'match'> {
  fields: readonly FieldPath[];
  /**
   * Whole words, matched case- and accent-insensitively. `*` at an end also matches a word
   * that goes on there (`*kanker` finds longkanker), for Dutch compounds.
   */
  terms: readonly string[];
}

const keys = {
  fields: z.array(z.string()).check(z.minLength(1)),
  terms: z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
};

/**
 * Free text that names a term of the list: one finding per field, naming the terms found.
 * The employer's dossier may not record the nature of the complaints (art. 9 AVG), and a
 * consultant wants to be told before the dossier leaves the building.
 */
export const textScan: KindModule<TextScanVariant, { [K in keyof typeof keys]: z.output<(typeof keys)[K]> }> = {
  kind: 'text-scan',
  keys,
  findings: { match: { main: true, placeholders: () => ['value'] } },

  compile(c) {
    const fields = c.fields('fields', ['text'], true);
    const terms = c.need('terms');
    const match = c.spec('match', true);
    if (!fields || !terms || !match) return undefined;
    return { kind: 'text-scan', when: c.when, fields, terms, specs: { match } };
  },

  evaluate(id, v, ctx) {
    const matcher = matcherFor(v.terms);
    const findings: Finding[] = [];
    for (const path of v.fields) {
      const text = ctx.valueAt(path);
      if (typeof text !== 'string') continue;
      const found = matcher(text);
      if (found.length > 0) findings.push(finding(id, 'match', v.specs.match!, path, { value: found.join(', ') }));
    }
    return { entry: null, findings, daysLate: 0 };
  },

  anchors: () => [],
  describe: (v) => [{ text: WORDS.textScan, values: { fields: { paths: v.fields }, n: v.terms.length } }],
};

const WORDS = {
  textScan: { nl: 'vrije tekst in {fields} noemt geen van {n} termen', en: 'free text in {fields} names none of {n} terms' },
} as const satisfies Readonly<Record<string, EveryLang>>;

/** Lower case without accents, so that "Burn-Out", "BURN-OUT" and "bürn-out" read alike. */
export function fold(text: string): string {
  // Plain ASCII, as most notes are, has no accents to take off.
  return ASCII.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * A term as words: `burn-out` and `long covid` are two words apart only by a hyphen or space;
 * `*kanker` matches a word ending in "kanker", `paniekaanval*` one starting with it.
 */
interface Term {
  words: readonly string[];
  anyStart: boolean;
  anyEnd: boolean;
}

/** The words of a folded text: each word with where it starts and ends. */
interface Words {
  text: string;
  word: string[];
  start: number[];
  end: number[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const BETWEEN_WORDS = /^[\s-]+$/;

const cache = new WeakMap<readonly string[], (text: string) => string[]>();

/**
 * The terms, indexed by their first word, compiled once per rule. Matching walks the words of
 * the text: cheap to build (poort starts in milliseconds) and linear in the text. Plain loops,
 * as this runs on every free-text field of every case.
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
    const words = wordsOf(fold(text));
    let found: Set<string> | undefined;
    for (let i = 0; i < words.word.length; i++) {
      for (const term of byFirst.get(words.word[i]!) ?? NONE) if (matchesAt(term, words, i)) (found ??= new Set()).add(span(term, words, i));
      for (const term of wild) if (matchesAt(term, words, i)) (found ??= new Set()).add(span(term, words, i));
    }
    return found ? [...found] : [];
  };
  cache.set(list, m);
  return m;
}

const NONE: readonly Term[] = [];

function wordsOf(text: string): Words {
  const words: Words = { text, word: [], start: [], end: [] };
  WORD.lastIndex = 0;
  for (let w = WORD.exec(text); w; w = WORD.exec(text)) {
    words.word.push(w[0]);
    words.start.push(w.index);
    words.end.push(w.index + w[0].length);
  }
  return words;
}

/** The text a term matched from word i on. */
function span(term: Term, words: Words, i: number): string {
  return words.text.slice(words.start[i], words.end[i + term.words.length - 1]);
}

/** Whether the term's words are words i, i+1, … of the text, joined by spaces or hyphens only. */
function matchesAt(term: Term, words: Words, i: number): boolean {
  const n = term.words.length;
  if (i + n > words.word.length) return false;
  for (let k = 0; k < n; k++) {
    if (k > 0 && !BETWEEN_WORDS.test(words.text.slice(words.end[i + k - 1], words.start[i + k]))) return false;
    if (!fits(term, k, words.word[i + k]!)) return false;
  }
  return true;
}

/** Whether a word of the text is the term's word k, allowing for `*` at the term's ends. */
function fits(term: Term, k: number, word: string): boolean {
  const tw = term.words[k]!;
  const first = k === 0;
  const last = k === term.words.length - 1;
  if (first && term.anyStart && last && term.anyEnd) return word.includes(tw);
  if (first && term.anyStart) return word.endsWith(tw);
  if (last && term.anyEnd) return word.startsWith(tw);
  return word === tw;
}
