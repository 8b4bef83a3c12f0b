/**
 * Everything a user sees cites real sources: no output of any command, in any format or
 * language, names a placeholder (a "seed" text, the design notes poort was written from, a web
 * site instead of a source), and every rule says what it rests on (docs/law.md, "Norms").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NORMS } from '../src/domain/rule.js';
import { FORMAT_NAMES } from '../src/output/formats/index.js';
import { ROOT, rules, runMain } from './helpers.js';

const PLACEHOLDER = /seed|domain\.md|contract\.md|poortwachtersloket|\.\.\/shared|regeling procedurele/i;

const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => join('examples', f));
const ids = rules().rules.map((r) => r.id);

async function output(args: string[]): Promise<string> {
  const r = await runMain(args);
  return r.stdout + r.stderr;
}

describe('no placeholder reaches a user', () => {
  it.each(['en', 'nl'])('poort rules, in text and JSON (%s)', async (lang) => {
    for (const format of ['text', 'json']) expect(await output(['rules', '--lang', lang, '--format', format])).not.toMatch(PLACEHOLDER);
  });

  it.each(['en', 'nl'])('poort explain, for every rule, in text and JSON (%s)', async (lang) => {
    for (const id of ids) {
      for (const format of ['text', 'json']) expect(await output(['explain', id, '--lang', lang, '--format', format]), id).not.toMatch(PLACEHOLDER);
    }
  });

  it.each(FORMAT_NAMES)('poort check --format %s, on every example, in both languages', async (format) => {
    for (const lang of ['en', 'nl']) {
      const text = await output(['check', ...examples, '--as-of', '2027-06-01', '--format', format, '--lang', lang, '--fail-on', 'never']);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(PLACEHOLDER);
    }
  });

  it('poort deadlines, agenda, init, schema and every --help', async () => {
    const runs = [
      ['deadlines', '2025-01-06'], ['deadlines', '2025-01-06', '--format', 'json', '--lang', 'nl'], ['deadlines', '2025-01-06', '--format', 'ics'],
      ['agenda', 'examples/*.yaml', '--as-of', '2026-03-02'], ['agenda', 'examples/*.yaml', '--as-of', '2026-03-02', '--format', 'ics', '--lang', 'nl'],
      ['init'], ['schema'], ['--help'], ...['check', 'agenda', 'deadlines', 'rules', 'explain', 'init', 'schema'].map((c) => [c, '--help']),
    ];
    for (const args of runs) expect(await output(args), args.join(' ')).not.toMatch(PLACEHOLDER);
  });
});

describe('no placeholder in what the package ships', () => {
  /** Every text file under these, recursively. */
  function files(dir: string): string[] {
    return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  }

  it.each(['src', 'rules', 'examples', 'schema', 'docs', 'bin'])('%s/', (dir) => {
    for (const file of files(dir)) expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(PLACEHOLDER);
  });

  it('README.md', () => expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).not.toMatch(PLACEHOLDER));
});

describe('every rule says what it rests on', () => {
  it.each(rules().rules.map((r) => [r.id, r] as const))('%s has a norm and a source in both languages', (id, rule) => {
    // Only the check of the dossier's own consistency rests on no norm.
    if (id === 'datum-volgorde') expect(rule.norm).toBeNull();
    else expect(NORMS).toContain(rule.norm);
    expect(rule.source.nl?.length).toBeGreaterThan(5);
    expect(rule.source.en.length).toBeGreaterThan(5);
    // A statute is cited with its article; UWV's practice or the AP's guidance by name.
    if (rule.norm === 'wet' || rule.norm === 'regeling') expect(rule.source.nl).toMatch(/art\. \d/);
  });
});
