import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, isMap, isPair, isScalar, type Node } from 'yaml';
import { caseSchema } from '../../src/input/case-schema.js';
import { objectKeys } from '../../src/input/schema-walk.js';
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
  it('writes the template to stdout without a file argument', () => {
    const r = poort(['init']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(initTemplate());
  });

  it('has every key of a case file, commented in Dutch with an English hint', () => {
    const text = initTemplate();
    expect(keyPaths(parseDocument(text).contents as Node).sort()).toEqual(schemaPaths().sort());
    expect(text).toMatch(/^ziekmelding: 2025-01-06 +# VERVANG: eerste ziektedag, verplicht — first day of sickness, required$/m);
    expect(text).toMatch(/^probleemanalyse: +# probleemanalyse bedrijfsarts, uiterlijk week 6 — problem analysis/m);
    expect(text).toMatch(/^ {2}status: +# kansrijk \| onduidelijk \| onwaarschijnlijk \| uitgesloten/m);
  });

  it('is a valid case as written, and once the ziekmelding is filled in', () => {
    const target = join(dir, 'nieuw.yaml');
    expect(poort(['init', target]).code).toBe(0);
    const asIs = poort(['check', target, '--as-of', '2025-01-10', '--format', 'json']);
    expect(asIs.code, asIs.stderr).toBe(0);
    expect(JSON.parse(asIs.stdout).cases[0]).toMatchObject({ valid: true, problems: [], clock: { ziekmelding: '2025-01-06' } });

    const filled = file('ingevuld.yaml', readFileSync(target, 'utf8').replace(/^ziekmelding: 2025-01-06/m, 'ziekmelding: 03-03-2025').replace(/^werknemer:/m, 'werknemer: E-2001'));
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
    const r = poort(['init', 'relatief.yaml'], {}, dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'relatief.yaml'), 'utf8')).toBe(initTemplate());
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
