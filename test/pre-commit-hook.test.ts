/**
 * The pre-commit hook (.pre-commit-hooks.yaml), installed and run by Debian's pre-commit as a
 * user's would be: `pre-commit try-repo` of this working tree, committed as it is into a
 * temporary repository (try-repo reads a repository's commits, and this one's HEAD may lag
 * behind). Installing runs `npm install` and `npm pack` of it with the Node on the PATH: the npm
 * registry, or npm's cache, must be reachable. Skipped where pre-commit is not installed
 * (.ci/run installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { binEnv, ROOT, tree } from './helpers.js';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=poort', '-c', 'user.email=poort@example.invalid', ...args], { cwd, stdio: 'ignore' });
}

/** This working tree as git sees it (tracked, and new files not ignored), committed into a new repository. */
function hookRepo(): string {
  const repo = tree({}, 'poort-hook-repo-');
  dirs.push(repo);
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    cpSync(join(ROOT, file), join(repo, file));
  }
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'poort');
  return repo;
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares poort-check: node on the PATH, dossiers only', () => {
    const [hook, ...more] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(more).toEqual([]);
    expect(hook).toMatchObject({ id: 'poort-check', entry: 'poort check', language: 'node', language_version: 'system', pass_filenames: true });
    const files = new RegExp(hook!.files as string);
    const exclude = new RegExp(hook!.exclude as string);
    const passed = (path: string): boolean => files.test(path) && !exclude.test(path);
    for (const path of ['case.yaml', 'dossiers/2026/E-1.yml', 'export.json']) expect(passed(path), path).toBe(true);
    for (const path of ['poort.config.yaml', 'dossiers/poort.config.yml', 'poort-baseline.json', '.pre-commit-config.yaml', '.github/workflows/ci.yml', 'notes.md']) {
      expect(passed(path), path).toBe(false);
    }
  });

  it.skipIf(!hasPreCommit)('installs, fails a dossier with an error and passes a clean one', { timeout: 300_000 }, () => {
    const repo = hookRepo();
    const kort = 'werknemer: E-1\nziekmelding: 2026-01-05\nhersteld: 2026-01-20\n';
    const user = tree({ 'dossiers/te-laat.yaml': readFileSync(join(ROOT, 'examples/tweede-spoor-te-laat.yaml'), 'utf8'), 'dossiers/kort.yaml': kort, 'poort.config.yaml': 'lang: nl\n' }, 'poort-hook-user-');
    dirs.push(user);
    git(user, 'init', '-q');
    git(user, 'add', '-A');
    git(user, 'commit', '-q', '-m', 'dossiers');
    // Its own home for pre-commit's environments; NO_COLOR for pre-commit's and poort's words.
    const env = binEnv({ PRE_COMMIT_HOME: join(user, '.pre-commit-home'), NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' });
    const tryRepo = (...files: string[]) => spawnSync('pre-commit', ['try-repo', repo, 'poort-check', '--verbose', '--files', ...files], { cwd: user, env, encoding: 'utf8' });

    const late = tryRepo('dossiers/te-laat.yaml');
    expect(late.status, late.stdout + late.stderr).toBe(1);
    expect(late.stdout).toMatch(/poort check\.+Failed/);
    // The user's poort.config.yaml is in force (Dutch); a finding that no as-of date changes.
    expect(late.stdout).toContain('tweede spoor te laat');

    // The config is no dossier (read as one, `lang` would be an unknown key: exit code 2); the hook leaves it out, though named.
    const clean = tryRepo('dossiers/kort.yaml', 'poort.config.yaml');
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/poort check\.+Passed/);
    expect(clean.stdout).toContain('Geen bevindingen');
  });
});
