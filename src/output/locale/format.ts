import type { ProblemArgs } from '../../input/problem.js';

/* Helpers every locale's problem messages share: they write no words of their own. */

/** A list argument as a comma-separated list. */
export const list = (v: ProblemArgs[string]): string => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));

/** A value written like a date (so "does not exist" is the right complaint, not "is no date"). */
export const looksLikeDate = (v: ProblemArgs[string]): boolean => /^(\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4})$/.test(String(v ?? ''));

export const megabytes = (v: ProblemArgs[string]): string => {
  const n = Number(v);
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
};

/** A whole number with its digits grouped by threes: 49.990, 49,990. */
export const groupDigits = (v: ProblemArgs[string], separator: string): string => String(v ?? '').replace(/\B(?=(\d{3})+$)/g, separator);

/** What a value should have been (a wrong-type problem): the locale's words for the kind, and the keys a group wants below it. */
export const expectedText = (kinds: Readonly<Record<string, string>>, a: ProblemArgs): string =>
  `${kinds[String(a.expected)] ?? String(a.expected)}${a.keys ? ` (${a.keys})` : ''}`;
