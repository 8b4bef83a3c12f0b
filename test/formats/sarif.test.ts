import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactUri, INPUT_PROBLEM_RULE, sarifFormatter } from '../../src/output/formats/sarif.js';
import { rules } from '../helpers.js';
import { cases, render } from './cases.js';
import { valid, validate, type Sarif } from './sarif-schema.js';

const doc = (lang: 'en' | 'nl' = 'en'): Sarif => JSON.parse(render(sarifFormatter, lang)) as Sarif;

describe('--format sarif', () => {
  it('passes the official SARIF 2.1.0 schema, in English and in Dutch', () => {
    expect(valid(doc('en'))).toBe(true);
    expect(valid(doc('nl'))).toBe(true);
  });

  it('the schema check is live: a wrong level or a missing message fails it', () => {
    const bad = doc();
    (bad.runs[0]!.results[0] as { level: string }).level = 'fatal';
    expect(validate(bad)).toBe(false);
    const noMessage = doc() as unknown as { runs: { results: { message?: unknown }[] }[] };
    delete noMessage.runs[0]!.results[0]!.message;
    expect(validate(noMessage)).toBe(false);
  });

  it('passes with no cases, and with standard input and an unreadable file', () => {
    expect(valid(JSON.parse(render(sarifFormatter, 'en', [])))).toBe(true);
    const stdin = { ...cases().late, file: '-', source: '-' };
    const unreadable = {
      ...cases().invalid,
      file: 'missing.yaml',
      source: 'missing.yaml',
      problems: [{ code: 'file-unreadable' as const, path: '', line: null, column: null, message: 'cannot read the file: it does not exist; check the path' }],
    };
    const d = JSON.parse(render(sarifFormatter, 'en', [stdin, unreadable])) as Sarif;
    expect(valid(d)).toBe(true);
    // GitHub code scanning wants a location with a region on every result.
    expect(d.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation)).toEqual([
      { artifactLocation: { uri: '-' }, region: { startLine: 11 } },
      { artifactLocation: { uri: 'missing.yaml' }, region: { startLine: 1 } },
    ]);
  });

  it('one run; the driver is poort with its version and the rules table', () => {
    const d = doc();
    expect(d.version).toBe('2.1.0');
    expect(d.$schema).toMatch(/^https:\/\/.*sarif-2\.1\.0\.json$/);
    expect(d.runs).toHaveLength(1);
    const driver = d.runs[0]!.tool.driver;
    expect(driver.name).toBe('poort');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toBeUndefined();
    expect(driver.rules.map((r) => r.id)).toEqual([...rules().rules.map((r) => r.id), INPUT_PROBLEM_RULE]);
    expect(new Set(driver.rules.map((r) => r.id)).size).toBe(driver.rules.length);
  });

  it('each rule: title, description, help with the norm and source citation, level from its most severe finding', () => {
    const d = doc();
    const byId = new Map(d.runs[0]!.tool.driver.rules.map((r) => [r.id, r]));
    const tweede = byId.get('tweede-spoor')!;
    const rule = rules().rules.find((r) => r.id === 'tweede-spoor')!;
    expect(tweede.name).toBe('TweedeSpoor');
    expect(tweede.shortDescription.text).toBe(rule.title.en);
    expect(tweede.fullDescription.text).toBe(rule.description.en);
    expect(tweede.help.text).toContain(`Source: ${rule.source.en}`);
    expect(tweede.help.text).toContain('Norm: uwv (UWV practice)');
    expect(tweede.properties).toMatchObject({ norm: 'uwv', source: rule.source.en, tags: ['poortwachter', 'norm:uwv'] });
    expect(tweede.defaultConfiguration.level).toBe('error');
    expect(byId.get('voortgangsgesprek')!.defaultConfiguration.level).toBe('warning');
    // A text scan that warns is a warning too.
    expect(byId.get('medische-gegevens')!.defaultConfiguration.level).toBe('warning');
    expect(byId.get('datum-volgorde')!.properties).toMatchObject({ norm: null, tags: ['poortwachter'] });
    // A rule that only shows a date gives no findings: note.
    expect(byId.get('einde-wachttijd')!.defaultConfiguration.level).toBe('note');
    expect(byId.get(INPUT_PROBLEM_RULE)!.defaultConfiguration.level).toBe('error');
    // The validator wants `name` to differ from `id`: left out where it would only differ in case.
    expect(byId.get('probleemanalyse')!.name).toBeUndefined();
    // Dutch words in Dutch.
    const nl = new Map(doc('nl').runs[0]!.tool.driver.rules.map((r) => [r.id, r]));
    expect(nl.get('tweede-spoor')!.fullDescription.text).toBe(rule.description.nl);
    expect(nl.get('tweede-spoor')!.help.text).toContain(`Bron: ${rule.source.nl}`);
    expect(nl.get('datum-volgorde')!.help.text).toContain('Bron: samenhang van het dossier');
  });

  it('one result per finding and per input problem, at the file and line', () => {
    const run = doc().runs[0]!;
    const rulesTable = run.tool.driver.rules;
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['tweede-spoor', 'error'],
      ['voortgangsgesprek', 'warning'],
      [INPUT_PROBLEM_RULE, 'error'],
      [INPUT_PROBLEM_RULE, 'error'],
    ]);
    for (const r of run.results) expect(rulesTable[r.ruleIndex]!.id).toBe(r.ruleId);
    const [late, warning, date, key] = run.results;
    expect(late!.message.text).toBe(cases().late.findings[0]!.message);
    expect(late!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'dossiers/late.yaml' }, region: { startLine: 11 } });
    // A relative reference, percent-encoded: the space and the `#` (which would start a fragment).
    expect(warning!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('dossiers/warn%20case%20%231.yaml');
    expect(date!.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 18 });
    expect(date!.message.text).toContain('probleemanalyse: 2025-02-29');
    expect(key!.locations[0]!.physicalLocation.region).toEqual({ startLine: 4, startColumn: 1 });
    expect(run.properties).toEqual({ asOf: '2026-01-10', summary: { cases: 4, invalid: 1, errors: 1, warnings: 1, infos: 0, heldBack: 0, exposure: { total: 0, incomplete: 2 } }, config: null, rules: [], columns: null });
  });

  it('artifactUri: relative with forward slashes inside the working directory, a file: URI outside', () => {
    expect(artifactUri('dossiers/a.yaml', '/repo')).toBe('dossiers/a.yaml');
    expect(artifactUri('./dossiers/../a b.yaml', '/repo')).toBe('a%20b.yaml');
    expect(artifactUri('/repo/dossiers/a.yaml', '/repo')).toBe('dossiers/a.yaml');
    expect(artifactUri('/elsewhere/a.yaml', '/repo')).toBe('file:///elsewhere/a.yaml');
    expect(artifactUri('../a.yaml', '/repo/sub')).toBe('file:///repo/a.yaml');
    // A colon in the first segment would read as a scheme; `%` and `?` must not be taken literally.
    expect(artifactUri('c:d 100%?.yaml', '/repo')).toBe('c%3Ad%20100%25%3F.yaml');
    expect(artifactUri('-', '/repo')).toBe('-');
    // Windows: backslashes become forward slashes.
    expect(artifactUri('dossiers\\a.yaml', 'C:\\repo', nodePath.win32)).toBe('dossiers/a.yaml');
    expect(artifactUri('C:\\repo\\dossiers\\a.yaml', 'C:\\repo', nodePath.win32)).toBe('dossiers/a.yaml');
    expect(artifactUri('D:\\x\\a.yaml', 'C:\\repo', nodePath.win32)).toBe('file:///D:/x/a.yaml');
  });

  it('streams: the document is whole whatever the number of cases', () => {
    const c = cases();
    const many = Array.from({ length: 50 }, (_, i) => (i % 2 ? c.late : c.invalid));
    const d = JSON.parse(render(sarifFormatter, 'en', many)) as Sarif;
    expect(valid(d)).toBe(true);
    expect(d.runs[0]!.results).toHaveLength(25 + 25 * 2);
  });
});
