import type { Lang } from '../../domain/lang.js';
import type { words } from './en.js';

/** Every word poort says, in the shape of the English catalogue; each locale fills all of it. */
export type Words = typeof words;

/** A word that changes with a number: one form per plural category of the language (Intl.PluralRules), `{n}` for the number. */
export type Plural = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/**
 * Everything that makes output read as one language writes it: a new language is a new file
 * beside this one, a line in index.ts, its code in domain/lang.ts, and the rules' own texts.
 */
export interface Locale {
  readonly lang: Lang;
  /** How a date reads inside a sentence, for people (the machine-readable formats write ISO 8601 in every language). */
  readonly dates: 'iso' | 'dd-mm-yyyy';
  /** Short weekday names, Sunday first, for the tables (which write dd-mm-yyyy, as consultants do). */
  readonly weekdays: readonly string[];
  /** Between groups of three digits: 49.990 or 49,990. */
  readonly thousands: string;
  /** A spreadsheet as this language's Excel opens it: the separator, and a byte-order mark so accents survive. */
  readonly csv: { readonly separator: string; readonly bom: boolean };
  readonly words: Words;
}
