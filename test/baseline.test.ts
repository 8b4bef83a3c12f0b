import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tree } from './helpers.js';

// --baseline: a team adopting poort on existing dossiers fails only on what is new or worse.

/** The tweede spoor 1 day late: one error (tweede-spoor late). */
const LATE = 'werknemer: E-2\nziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-05\nplan_van_aanpak: 2025-02-12\nvoortgangsgesprekken: [2025-03-20, 2025-04-28, 2025-06-05, 2025-07-14, 2025-08-21, 2025-09-30, 2025-11-06, 2025-12-15]\nmelding_42e_week: 2025-10-20\neerste_spoor: { status: onwaarschijnlijk, vastgesteld: 2025-09-15 }\narbeidsdeskundig_onderzoek: 2025-10-01\neerstejaarsevaluatie: 2025-11-20\ntweede_spoor: { gestart: 2026-01-02, begeleider: Bureau, bijstelling_plan_van_aanpak: 2026-01-05 }\n';
const AS_OF = ['--as-of', '2026-01-10', '--no-config'];

const poort = (dir: string, ...args: string[]) => runBin(['check', ...args, ...AS_OF], { cwd: dir, env: { NO_COLOR: '1' } });
const json = (dir: string, ...args: string[]) => JSON.parse(poort(dir, ...args, '--format', 'json').stdout);

describe('--baseline', () => {
  it('--update-baseline accepts every finding: the file is written, sorted, one case per line, and the run passes', () => {
    const dir = tree({ 'a.yaml': LATE, 'b.yaml': 'ziekmelding: 2025-01-06\n' });
    const r = poort(dir, '.', '--baseline', 'baseline.json', '--update-baseline');
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'baseline.json'), 'utf8');
    // b.yaml has no werknemer: it is named by its path from the baseline file's folder.
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['{', '  "poort-baseline": 1,', '  "cases": {']);
    expect(lines[3]).toBe('    "E-2": { "tweede-spoor late": "error" },');
    expect(lines[4]).toMatch(/^ {4}"b\.yaml": \{ "eerstejaarsevaluatie missing": "error", .*"probleemanalyse missing": "error".* \}$/);
    expect(lines.slice(5)).toEqual(['  }', '}', '']);
    // The baseline file in the folder checked is not a dossier.
    expect(r.stdout).not.toContain('baseline.json');
    expect(r.stdout).toMatch(/findings held back by the baseline/);
  });

  it('unchanged findings are held back (exit 0, counted in summary.heldBack); a new one fails', () => {
    const dir = tree({ 'a.yaml': LATE });
    poort(dir, 'a.yaml', '--baseline', 'baseline.json', '--update-baseline');
    const same = json(dir, 'a.yaml', '--baseline', 'baseline.json');
    expect(same.summary).toMatchObject({ errors: 1, heldBack: 1 });
    expect(same.cases[0].findings.map((f: { rule: string; baseline: boolean }) => [f.rule, f.baseline])).toEqual([['tweede-spoor', true]]);
    expect(poort(dir, 'a.yaml', '--baseline', 'baseline.json').code).toBe(0);
    // A new case with a finding of its own: that one fails the run.
    writeFileSync(join(dir, 'c.yaml'), 'werknemer: E-3\nziekmelding: 2025-01-06\n');
    const r = poort(dir, 'a.yaml', 'c.yaml', '--baseline', 'baseline.json', '--format', 'json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.cases[1].findings.every((f: { baseline: boolean }) => !f.baseline)).toBe(true);
    expect(doc.summary.heldBack).toBe(1);
  });

  it('a finding more severe than accepted fails; one as severe or less is held back', () => {
    const dir = tree({ 'a.yaml': LATE, 'warn.json': '{ "poort-baseline": 1, "cases": { "E-2": { "tweede-spoor late": "warning" } } }\n', 'info.json': '{ "poort-baseline": 1, "cases": { "E-2": { "tweede-spoor late": "info" } } }\n' });
    expect(poort(dir, 'a.yaml', '--baseline', 'warn.json', '--fail-on', 'error').code).toBe(1);
    expect(json(dir, 'a.yaml', '--baseline', 'info.json').summary.heldBack).toBe(0);
    // Another type of the same rule is another finding: `missing` is not `late`.
    writeFileSync(join(dir, 'other.json'), '{ "poort-baseline": 1, "cases": { "E-2": { "tweede-spoor missing": "error" } } }\n');
    expect(poort(dir, 'a.yaml', '--baseline', 'other.json').code).toBe(1);
  });

  it('matched by werknemer, not by file or line: a renamed or edited dossier keeps its findings held back; without werknemer a renamed file is new', () => {
    const dir = tree({ 'a.yaml': LATE, 'b.yaml': 'ziekmelding: 2025-01-06\n' });
    poort(dir, '.', '--baseline', 'baseline.json', '--update-baseline');
    renameSync(join(dir, 'a.yaml'), join(dir, 'renamed.yaml'));
    writeFileSync(join(dir, 'renamed.yaml'), `# a comment moves every line\n\n${LATE}`);
    expect(json(dir, 'renamed.yaml', '--baseline', 'baseline.json').summary.heldBack).toBe(1);
    renameSync(join(dir, 'b.yaml'), join(dir, 'b2.yaml'));
    expect(poort(dir, 'b2.yaml', '--baseline', 'baseline.json').code).toBe(1);
    // The same file named another way from another folder is the same case.
    expect(runBin(['check', join(dir, 'renamed.yaml'), '--baseline', join(dir, 'baseline.json'), ...AS_OF]).code).toBe(0);
  });

  it('fixed findings leave the baseline at the next update', () => {
    const dir = tree({ 'a.yaml': LATE });
    poort(dir, 'a.yaml', '--baseline', 'baseline.json', '--update-baseline');
    writeFileSync(join(dir, 'a.yaml'), LATE.replace('gestart: 2026-01-02', 'gestart: 2025-12-20'));
    poort(dir, 'a.yaml', '--baseline', 'baseline.json', '--update-baseline');
    expect(JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).cases).toEqual({});
  });

  it('--max-warnings and --quiet count only what the baseline does not hold', () => {
    const dir = tree({ 'w.yaml': 'werknemer: W\nziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-10\nplan_van_aanpak: 2025-02-20\n' });
    const run = (...a: string[]) => runBin(['check', 'w.yaml', '--as-of', '2025-04-10', '--no-config', ...a], { cwd: dir });
    expect(run('--max-warnings', '0').code).toBe(1);
    run('--baseline', 'b.json', '--update-baseline');
    expect(run('--baseline', 'b.json', '--max-warnings', '0').code).toBe(0);
    expect(run('--baseline', 'b.json', '-q', '--fail-on', 'warning').stdout).not.toContain('W  w.yaml');
  });

  it('is not written when a dossier could not be judged: its old entries would be lost', () => {
    const dir = tree({ 'a.yaml': LATE, 'bad.yaml': 'ziekmelding: 2025-02-30\n', 'baseline.json': '{ "poort-baseline": 1, "cases": { "X": { "r late": "error" } } }\n' });
    const r = poort(dir, '.', '--baseline', 'baseline.json', '--update-baseline');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('baseline baseline.json not written: 1 dossiers could not be judged');
    expect(readFileSync(join(dir, 'baseline.json'), 'utf8')).toContain('"X"');
  });

  it('bad use is one line and exit 2: no file named, a missing file, a file that is not a baseline', () => {
    const dir = tree({ 'a.yaml': LATE, 'bad.json': '{ "poort-baseline": 1, "cases": { "E-2": { "tweede-spoor late": "fatal" } } }\n' });
    const none = poort(dir, 'a.yaml', '--update-baseline');
    expect([none.code, none.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(none.stderr).toContain('--update-baseline needs --baseline <file>');
    const missing = poort(dir, 'a.yaml', '--baseline', 'nope.json');
    expect([missing.code, missing.stderr.trim()]).toEqual([2, 'poort: baseline nope.json does not exist; make it with --update-baseline']);
    const bad = poort(dir, 'a.yaml', '--baseline', 'bad.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^bad\.json:1:\d+: /);
  });
});
