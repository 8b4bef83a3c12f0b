import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, isMap, isPair, isScalar, type Node } from 'yaml';
import { caseSchema } from '../../src/input/case-schema.js';
import { objectKeys } from '../../src/input/schema-walk.js';
import { Datum } from '../../src/domain/datum.js';
import { initTemplate } from '../../src/output/init-template.js';
import { poort, scratch } from './support.js';

const { dir, file } = scratch('init');

/** Every key path in a YAML document, nested keys with a dot. */
function keyPaths(node: Node | null | undefined, prefix = ''): string[] {
  if (!isMap(node)) return [];
  return node.items.flatMap((p) => {
    if (!isPair(p) || !isScalar(p.key)) return [];
    const path = `${prefix}${String(p.key.value)}`;
    return [path, ...keyPaths(p.value as Node | null, `${path}.`)];
  });
}

/**
 * Every key path of the case schema (the README's case file), but for the keys of list items (shown
 * as a commented example) and `loonsanctie_weken`, the short form of `loonsanctie.weken`.
 */
function schemaPaths(path: string[] = []): string[] {
  return objectKeys(caseSchema, path).flatMap((k) => {
    const full = [...path, k];
    if (k === 'loonsanctie_weken') return [];
    const nested = k === 'onderbrekingen' || k === 'wazo_verlof' ? [] : schemaPaths(full);
    return [full.join('.'), ...nested];
  });
}

describe('poort init', () => {
  const DAY = Datum.parse('2026-11-20')!;
  const AS_OF = ['--as-of', '2026-11-20'];

  it('writes the template to stdout without a file argument, in the chosen language', () => {
    const r = poort(['init', ...AS_OF, '--lang', 'nl']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(initTemplate('nl', DAY));
    expect(poort(['init', ...AS_OF, '--lang', 'en']).stdout).toBe(initTemplate('en', DAY));
  });

  it('has every key of a case file, each commented in one language, no line over 100 characters', () => {
    for (const lang of ['nl', 'en'] as const) {
      const text = initTemplate(lang, DAY);
      expect(keyPaths(parseDocument(text).contents as Node).sort()).toEqual(schemaPaths().sort());
      expect(text.split('\n').filter((l) => l.length > 100), lang).toEqual([]);
    }
    const nl = initTemplate('nl', DAY);
    expect(nl).toMatch(/^ziekmelding: 2026-11-20 +# VERVANG: eerste ziektedag, verplicht$/m);
    expect(nl).toMatch(/^probleemanalyse: +# probleemanalyse bedrijfsarts, uiterlijk week 6$/m);
    expect(nl).toMatch(/^ {2}status: +# kansrijk \| onduidelijk \| onwaarschijnlijk \| uitgesloten$/m);
    const en = initTemplate('en', DAY);
    expect(en).toMatch(/^ziekmelding: 2026-11-20 +# REPLACE: first day of sickness, required$/m);
    expect(en).not.toMatch(/ — /);
  });

  it('is a valid case as written, on the day it is written (it showed 7 errors with a fixed date 100 weeks old), and once filled in', () => {
    const target = join(dir, 'nieuw.yaml');
    expect(poort(['init', target, ...AS_OF]).code).toBe(0);
    const asIs = poort(['check', target, ...AS_OF, '--format', 'json']);
    expect(asIs.code, asIs.stderr).toBe(0);
    expect(JSON.parse(asIs.stdout).cases[0]).toMatchObject({ valid: true, problems: [], findings: [], clock: { ziekmelding: '2026-11-20' } });
    // Without --as-of: today, in both.
    const today = join(dir, 'vandaag.yaml');
    expect(poort(['init', today]).code).toBe(0);
    expect(poort(['check', today]).code).toBe(0);

    const filled = file('ingevuld.yaml', readFileSync(target, 'utf8').replace(/^ziekmelding: 2026-11-20/m, 'ziekmelding: 03-03-2025').replace(/^werknemer:/m, 'werknemer: E-2001'));
    const r = poort(['check', filled, '--as-of', '2025-03-20', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const c = JSON.parse(r.stdout).cases[0];
    expect(c).toMatchObject({ valid: true, werknemer: 'E-2001', clock: { ziekmelding: '2025-03-03', week: 3 } });
  });

  it('says where it wrote, in the chosen language', () => {
    const target = join(dir, 'gezegd.yaml');
    const r = poort(['init', target, '--lang', 'nl']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${target} geschreven: vervang de voorbeeld-ziekmelding en vul de datums in; daarna: poort check ${target}\n`);
  });

  it('writes a relative path in the working directory', () => {
    const r = poort(['init', 'relatief.yaml', ...AS_OF, '--lang', 'en'], {}, dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'relatief.yaml'), 'utf8')).toBe(initTemplate('en', DAY));
  });

  it('refuses to overwrite an existing file: exit 2, one line, the file untouched', () => {
    const existing = file('bestaat.yaml', 'ziekmelding: 2024-05-01\n');
    const r = poort(['init', existing]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`poort: ${existing} already exists; poort init never overwrites a file (choose another name)\n`);
    expect(readFileSync(existing, 'utf8')).toBe('ziekmelding: 2024-05-01\n');
    expect(poort(['init', existing], { POORT_LANG: 'nl' }).stderr).toBe(`poort: ${existing} bestaat al; poort init overschrijft geen bestanden (kies een andere naam)\n`);
  });

  it('an unwritable place is exit 2 with one line', () => {
    const r = poort(['init', join(dir, 'bestaat-niet', 'x.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^poort: cannot write .*x\.yaml: ENOENT\n$/);
    writeFileSync(join(dir, 'placeholder'), '');
  });
});
