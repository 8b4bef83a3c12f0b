import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../src/output/formats/index.js';
import { runBin } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'poort-redact-'));
// A file named after the person, as happens: its name must not leave either.
const file = join(dir, 'jan-de-vries.yaml');
writeFileSync(file, 'werknemer: Jan de Vries\nziekmelding: 2025-01-06\nnotities: Jan heeft een burn-out\ntweede_spoor: { gestart: 2025-01-08, begeleider: Piet Bakker }\n');

const poort = (args: string[], key?: string) => runBin(args, { env: { POORT_REDACT_KEY: key } });

describe('--redact', () => {
  it.each(FORMAT_NAMES)('leaves no name or free text in --format %s', (format) => {
    const r = poort(['check', file, '--as-of', '2025-03-01', '--redact', '--format', format], 'sleutel');
    const all = r.stdout + r.stderr;
    expect(all).not.toMatch(/jan|vries|piet|bakker|burn-out/i);
    if (format === 'json') {
      const c = JSON.parse(r.stdout).cases[0];
      expect(c.werknemer).toMatch(/^anon-[0-9a-f]{12}$/);
      expect(c.source).toMatch(/^anon-[0-9a-f]{12}\.yaml$/);
    }
  });

  it('gives the same pseudonym with the same key, another without one', () => {
    const werknemer = (key?: string) => JSON.parse(poort(['check', file, '--as-of', '2025-03-01', '--redact', '--format', 'json'], key).stdout).cases[0].werknemer;
    expect(werknemer('sleutel')).toBe(werknemer('sleutel'));
    expect(werknemer('sleutel')).not.toBe(werknemer('andere sleutel'));
    expect(werknemer()).not.toBe(werknemer());
  });

  it('names the rows of an export and an unreadable file by pseudonyms too', () => {
    const csv = join(dir, 'personeel-de-vries.csv');
    writeFileSync(csv, 'werknemer;ziekmelding\nJan;2025-01-06\nPiet;2025-13-01\n');
    const r = poort(['check', csv, join(dir, 'vries-ontbreekt.yaml'), '--as-of', '2025-03-01', '--redact', '--format', 'json'], 'sleutel');
    expect(r.stdout + r.stderr).not.toMatch(/jan|vries|piet/i);
    expect(JSON.parse(r.stdout).cases.map((c: { source: string }) => c.source.replace(/[0-9a-f]{12}/, '…'))).toEqual(['anon-….csv row 1', 'anon-….csv row 2', 'anon-….yaml']);
  });

  it('also in the agenda', () => {
    const r = poort(['agenda', file, '--as-of', '2025-03-01', '--redact', '--format', 'csv'], 'sleutel');
    expect(r.stdout).toContain('anon-');
    expect(r.stdout).not.toContain('Jan');
  });

  it('masks what problems quote from the input: a name in a date column, a key that is a name, a YAML tag, a glob, a duplicate key', () => {
    const shifted = join(dir, 'verschoven.csv');
    writeFileSync(shifted, 'werknemer;ziekmelding;probleemanalyse;loon_percentage\nE-1;2025-01-06;Jan Jansen;Klaas Vaak\n');
    const keyed = join(dir, 'sleutel.yaml');
    writeFileSync(keyed, 'ziekmelding: 2025-01-06\nPietje Puk: 1\neerste_spoor: { Marie Curie: x }\n');
    const tagged = join(dir, 'tag.yaml');
    writeFileSync(tagged, 'ziekmelding: 2025-01-06\nnotities: !Henk bla\n');
    const twice = join(dir, 'dubbel.yaml');
    writeFileSync(twice, 'ziekmelding: 2025-01-06\nTruus: 1\nTruus: 2\n');
    for (const format of FORMAT_NAMES) {
      const r = poort(['check', shifted, keyed, tagged, twice, join(dir, 'Anna*Bakker*.yaml'), '--as-of', '2025-03-01', '--redact', '--format', format], 'sleutel');
      expect(r.code, format).toBe(2);
      expect(r.stdout + r.stderr, format).not.toMatch(/jansen|klaas|vaak|pietje|puk|marie|curie|henk|truus|anna|bakker/i);
    }
    // Without --redact every one of them is quoted, so that the user can find it.
    const plain = poort(['check', shifted, keyed, tagged, twice, join(dir, 'Anna*Bakker*.yaml'), '--as-of', '2025-03-01', '--format', 'json']);
    for (const name of ['Jan Jansen', 'Klaas Vaak', 'Pietje Puk', 'Marie Curie', '!Henk', 'Truus', 'Anna*Bakker*']) expect(plain.stderr).toContain(name);
  });
});
