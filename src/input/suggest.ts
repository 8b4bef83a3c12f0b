/**
 * "Did you mean …?" for a misspelt key: a misspelt key would otherwise switch a check off
 * without a sound. Case, hyphens and spaces are forgiven first, then up to a third of the
 * letters (at least two) may differ, counting a swap of neighbours as one edit.
 *
 * Bounded for hostile input: a word longer than any key gets no suggestion (comparing a 4 MB key
 * letter by letter would take gigabytes), a candidate whose length alone is too far off is not
 * compared, and an answer is kept, as a CSV export asks the same for every row.
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > LONGEST) return undefined;
  const key = `${word}\u0000${candidates.join('\u0000')}`;
  if (answers.has(key)) return answers.get(key);
  const norm = normalize(word);
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(norm.length / 3)) + 1;
  for (const c of candidates) {
    const other = normalize(c);
    if (Math.abs(other.length - norm.length) >= bestDistance) continue;
    const d = distance(norm, other);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (answers.size >= KEPT) answers.clear();
  answers.set(key, best);
  return best;
}

/** Longer than any key, rule id or command a person could mean. */
const LONGEST = 64;
const KEPT = 1000;
const answers = new Map<string, string | undefined>();

const normalize = (s: string): string => s.toLowerCase().replace(/[\s-]+/g, '_');

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring). */
function distance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}
