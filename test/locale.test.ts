import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Datum } from '../src/domain/datum.js';
import { LANGS, textIn } from '../src/domain/lang.js';
import { chooseLang } from '../src/cli/settings.js';
import { caseSchema } from '../src/input/case-schema.js';
import { objectKeys } from '../src/input/schema-walk.js';
import { formatDate, formatDay, formatDays, LOCALES, orList, plural, problemMessage, words } from '../src/output/locale/index.js';
import { caseReport, check, entry, ROOT, runBin, tree } from './helpers.js';

/** Every key path of a catalogue, with the kind of value at it. */
function shape(v: unknown, at = ''): string[] {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return [`${at}:${Array.isArray(v) ? 'list' : typeof v}`];
  return Object.entries(v).flatMap(([k, sub]) => shape(sub, `${at}.${k}`));
}

describe('a locale is one record', () => {
  it('has a locale for every language poort speaks, each filling every word of the English catalogue', () => {
    expect(Object.keys(LOCALES).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) {
      expect(LOCALES[lang].lang).toBe(lang);
      expect(shape(LOCALES[lang].words).sort(), lang).toEqual(shape(words('en')).sort());
      expect(LOCALES[lang].weekdays).toHaveLength(7);
    }
  });

  it('describes every key of a case file in every language (the init template and the JSON Schema show them)', () => {
    const paths = (prefix: string[]): string[] =>
      objectKeys(caseSchema, prefix).flatMap((k) => [[...prefix, k].join('.'), ...paths([...prefix, k])]);
    const all = paths([]);
    expect(all).toContain('eerste_spoor.status');
    for (const lang of LANGS) expect(all.filter((p) => !words(lang).fieldDocs[p]), lang).toEqual([]);
  });

  it('writes dates, numbers and plurals as the language does', () => {
    const d = Datum.parse('2025-01-06')!;
    expect([formatDate(d, 'nl'), formatDate(d, 'en'), formatDate(d, 'nl', 'iso')]).toEqual(['06-01-2025', '2025-01-06', '2025-01-06']);
    expect([formatDay(d, 'nl'), formatDay(d, 'en')]).toEqual(['ma 06-01-2025', 'Mon 06-01-2025']);
    expect([formatDays(1, 'nl'), formatDays(2, 'nl'), formatDays(0, 'en'), formatDays(1, 'en')]).toEqual(['1 dag', '2 dagen', '0 days', '1 day']);
    expect(plural({ one: 'één {n}', other: '{n} stuks' }, 3, 'nl')).toBe('3 stuks');
    expect([orList(['nl', 'en'], 'en'), orList(['nl', 'en', 'de'], 'nl'), orList(['nl'], 'en')]).toEqual(['nl or en', 'nl, en of de', 'nl']);
    expect(problemMessage('too-many-keys', { count: 49990, max: 1000 }, 'nl')).toMatch(/^49\.990 sleutels .* hooguit 1\.000/);
    expect(problemMessage('too-many-keys', { count: 49990, max: 1000 }, 'en')).toMatch(/^49,990 keys .* at most 1,000/);
    expect(problemMessage('unknown-key', { key: 'x'.repeat(300) }, 'nl')).toContain('… (300 tekens)');
  });

  it('takes the language from LANG when it names one poort speaks', () => {
    expect(chooseLang(undefined, { LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(chooseLang(undefined, { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(chooseLang(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(chooseLang(undefined, { LANG: 'fr_FR.UTF-8', POORT_LANG: 'nl' })).toBe('nl');
  });
});

describe("a rules file's texts fall back to English", () => {
  it('takes English for a language a text does not have', () => {
    expect(textIn({ en: 'only English' }, 'nl')).toBe('only English');
    expect(textIn({ en: 'English', nl: 'Nederlands' }, 'nl')).toBe('Nederlands');
  });

  it('accepts a user rule written in English only, and shows it in Dutch output in English, placeholders and all', () => {
    const dir = tree({
      'eigen.yaml': `rules:
  - id: eigen-termijn
    title: { en: Own deadline }
    description: { en: Our own policy. }
    interpretation: { en: Week 4 is our own term. }
    source: bedrijfsbeleid
    norm: praktijk
    severity: warning
    consequence: geen
    kind: deadline
    field: probleemanalyse
    due: { week: 4 }
    messages:
      late: { en: "probleemanalyse {days} late against our policy" }
      missing: { en: "no probleemanalyse by {due}" }
`,
    });
    const c = check('ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-04\n', '2025-02-10', { extraRules: [join(dir, 'eigen.yaml')], lang: 'nl' });
    expect(entry(c, 'eigen-termijn').status).toBe('late');
    const report = caseReport('ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-04\n', '2025-02-10', { extraRules: [join(dir, 'eigen.yaml')], lang: 'nl' });
    expect(report.timeline.find((e) => e.id === 'eigen-termijn')?.title).toBe('Own deadline');
    // explain showed "(geen toelichting in de regeltabel)" for an interpretation in English only.
    const explained = runBin(['explain', 'eigen-termijn', '--rules', join(dir, 'eigen.yaml'), '--lang', 'nl', '--no-config']).stdout;
    expect(explained).toContain('Week 4 is our own term.');
    expect(explained).toContain('Hoe poort de wet leest');
    expect(c.findings.find((f) => f.rule === 'eigen-termijn')).toMatchObject({ message: 'probleemanalyse 2 days late against our policy' });
  });
});

describe('no language is decided outside the locales', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
  it.each(files(join(ROOT, 'src')).filter((f) => !f.includes(join('output', 'locale')) && !f.endsWith(join('domain', 'lang.ts'))).map((f) => [relative(ROOT, f)]))(
    '%s names no language',
    (file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text).not.toMatch(/lang\s*[!=]==?\s*'(nl|en)'|'(nl|en)'\s*[!=]==?\s*\w*[lL]ang|\[\s*'nl',\s*'en'\s*\]|\.nl\b.*\.en\b/);
    },
  );
});
