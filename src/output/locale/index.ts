import { Datum } from '../../domain/datum.js';
import type { IsoDate } from '../../check/case-report.js';
import type { Lang } from '../../domain/lang.js';
import type { Norm } from '../../domain/rule.js';
import type { ProblemArgs, ProblemCode } from '../../input/problem.js';
import { en } from './en.js';
import { groupDigits } from './format.js';
import type { DatePattern, Locale, Plural, Words } from './locale.js';
import { nl } from './nl.js';

/** Every language poort speaks: one locale file each. */
export const LOCALES: Readonly<Record<Lang, Locale>> = { nl, en };

export type { Locale, Words };

export function locale(lang: Lang): Locale {
  return LOCALES[lang];
}

export function words(lang: Lang): Words {
  return LOCALES[lang].words;
}

/**
 * How dates read inside a sentence: `local` is the language's own notation, for people; `iso`
 * is ISO 8601 in every language, for the machine-readable formats (docs/report.md).
 */
export type Notation = 'iso' | 'local';

export function formatDate(d: Datum | IsoDate, lang: Lang, notation: Notation = 'local'): string {
  return notation === 'iso' ? d.toString() : writeDate(d, LOCALES[lang].dates.sentence);
}

const ISO_PATTERN: DatePattern = 'YYYY-MM-DD';

/** Whether a language writes dates in sentences as ISO 8601 already, so that a report need not word them twice. */
export function isoInSentences(lang: Lang): boolean {
  return LOCALES[lang].dates.sentence === ISO_PATTERN;
}

/** A date in a locale's pattern (locale.ts, DatePattern). */
export function writeDate(d: Datum | IsoDate, pattern: DatePattern): string {
  if (pattern === ISO_PATTERN) return d.toString();
  const { year, month, day } = datum(d).parts;
  return pattern.replace(/YYYY|MM|DD/g, (k) => (k === 'YYYY' ? String(year).padStart(4, '0') : String(k === 'MM' ? month : day).padStart(2, '0')));
}

/** A report's date (plain text) as a Datum again, to write it otherwise or count with it. */
export function datum(d: Datum | IsoDate): Datum {
  return typeof d === 'string' ? Datum.parse(d)! : d;
}

/** A date in a table: weekday and date (`ma 06-01-2025`), as consultants write it. */
export function formatDay(d: Datum | IsoDate, lang: Lang): string {
  const day = datum(d);
  return `${LOCALES[lang].weekdays[day.weekday]} ${writeDate(day, LOCALES[lang].dates.table)}`;
}

const pluralRules = new Map<Lang, { rules: Intl.PluralRules; known: Map<number, Intl.LDMLPluralRule> }>();

/**
 * The form of a word for a number, by the language's plural rules. Every finding says its days
 * or euros, so the rules are made once per language and each number's form is kept (up to a
 * bound: amounts are many).
 */
export function plural(forms: Plural, n: number, lang: Lang, shown = String(n)): string {
  let language = pluralRules.get(lang);
  if (!language) pluralRules.set(lang, (language = { rules: new Intl.PluralRules(lang), known: new Map() }));
  let category = language.known.get(n);
  if (category === undefined) {
    category = language.rules.select(n);
    if (language.known.size < 10_000) language.known.set(n, category);
  }
  return (forms[category] ?? forms.other).replace('{n}', shown);
}

export function formatDays(n: number, lang: Lang): string {
  return plural(words(lang).units.days, n, lang);
}

/** A whole number with its digits grouped as the language does: 12.345, 12,345. */
export function formatNumber(n: number, lang: Lang): string {
  return groupDigits(Math.round(n), LOCALES[lang].thousands);
}


export function formatWeeks(n: number, lang: Lang): string {
  return plural(words(lang).units.weeks, n, lang);
}

/** Whole euros as the language writes them: € 29.400, €29,400. */
export function formatMoney(euros: number, lang: Lang): string {
  return LOCALES[lang].money.replace('{n}', formatNumber(euros, lang));
}

/** A span of calendar days as people say it, either way: whole weeks in weeks. */
export function formatAmount(days: number, lang: Lang): string {
  const n = Math.abs(days);
  return n % 7 === 0 ? formatWeeks(n / 7, lang) : formatDays(n, lang);
}

/**
 * Choices as the language lists them: `nl or en`, `nl, en or de`. Not Intl.ListFormat: its first
 * use loads ICU data for 11 ms, a fifth of poort's start-up, for a help text.
 */
export function orList(items: readonly string[], lang: Lang): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')}${words(lang).conditions.or}${items[items.length - 1]}`;
}

/** Fills `{name}` slots of a catalogue text. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

export function normText(norm: Norm | null, lang: Lang): string {
  return words(lang).norm[norm ?? 'none'];
}

/** An operating-system read or write error in words, where poort knows the code. */
export function readError(code: string, lang: Lang): string | undefined {
  return words(lang).readErrors[code];
}

/** How much of a value a message quotes: enough to find it, never a whole hostile megabyte. */
const QUOTED = 200;

export function problemMessage(code: ProblemCode, args: ProblemArgs, lang: Lang): string {
  let shortened: Record<string, ProblemArgs[string]> | undefined;
  for (const [k, v] of Object.entries(args)) {
    if (typeof v === 'string' && v.length > QUOTED) (shortened ??= { ...args })[k] = `${v.slice(0, QUOTED)}… (${plural(words(lang).units.characters, v.length, lang)})`;
  }
  return words(lang).problems[code](shortened ?? args);
}

/**
 * The languages that describe a case file to every reader at once, in the init template and the
 * JSON Schema: Dutch, the file's own language, then English. Not every language poort speaks: a
 * third would make each comment of the template a line too long to read, and the template's
 * head and the schema's title are written in these two (init-template.ts, case-json-schema.ts).
 */
const CASE_FILE_LANGS = ['nl', 'en'] as const satisfies readonly Lang[];

/**
 * What a case file key holds, in the case file's languages (Dutch first): for editors and the
 * init template, which serve every user at once. `after` follows the first.
 */
export function fieldDoc(path: string, after = ''): string | undefined {
  const docs = CASE_FILE_LANGS.flatMap((lang) => words(lang).fieldDocs[path] ?? []);
  return docs.length === 0 ? undefined : docs.map((d, i) => (i === 0 ? `${d}${after}` : d)).join(' — ');
}
