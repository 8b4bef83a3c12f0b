import type { Lang } from '../../domain/lang.js';
import type { words } from './en.js';

/** Every word poort says, in the shape of the English catalogue; each locale fills all of it. */
export type Words = typeof words;

/** A word that changes with a number: one form per plural category of the language (Intl.PluralRules), `{n}` for the number. */
export type Plural = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/**
 * A date as people read it: `YYYY`, `MM` and `DD` stand for the year, month and day with their
 * leading zeros; anything else is written as it is (`DD-MM-YYYY`, `DD.MM.YYYY`, `YYYY-MM-DD`).
 */
export type DatePattern = string;

/**
 * Everything that makes output read as one language writes it: a new language is a new file
 * beside this one, a line in index.ts, its code in domain/lang.ts, the few words of each kind of
 * rule in domain/kinds/ (the compiler asks for them), and, if wanted, the rules' own texts.
 */
export interface Locale {
  readonly lang: Lang;
  /** How a date reads for people (the machine-readable formats write ISO 8601 in every language). */
  readonly dates: {
    /** Inside a sentence: a finding, an explanation, a calendar event, a pull-request comment. */
    readonly sentence: DatePattern;
    /** In the tables and their headings, after a short weekday (`ma 06-01-2025`). */
    readonly table: DatePattern;
  };
  /** Short weekday names, Sunday first, for the tables. */
  readonly weekdays: readonly string[];
  /** Between groups of three digits: 49.990 or 49,990. */
  readonly thousands: string;
  /** An amount in euros, `{n}` for the digits: `€ 3.500`, `€3,500`. */
  readonly money: string;
  /** A spreadsheet as this language's Excel opens it: the separator, and a byte-order mark so accents survive. */
  readonly csv: { readonly separator: string; readonly bom: boolean };
  readonly words: Words;
}
