/** The languages poort speaks, by code; each has its locale in src/output/locale/. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text of a rules file or of a kind of rule: English always, each other language where it is written. */
export type Text = Readonly<{ en: string } & Partial<Record<Lang, string>>>;

/** A text of poort's own (a kind's words): in every language it speaks, which the compiler holds it to. */
export type EveryLang = Readonly<Record<Lang, string>>;

/** The text in a language, or in English where it has none. */
export function textIn(t: Text, lang: Lang): string {
  return t[lang] ?? t.en;
}

/** The text of something that may be missing (a finding of a rule outside the table), or `otherwise`. */
export function textOr(t: Text | undefined, lang: Lang, otherwise: string): string {
  return t ? textIn(t, lang) : otherwise;
}
