/**
 * The config's reach (issue 10): a poort.config.yaml above the repository root or the home
 * folder is someone else's, --no-config ignores any, and every report names the config and the
 * user's rules files in force, so that `fail-on: never` or a replaced rule never passes unseen.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin, tree } from '../helpers.js';


/** No probleemanalyse by week 8: an error, exit 1, unless a config says fail-on never. */
const LATE = 'werknemer: E-1\nziekmelding: 2025-01-06\n';
const LAX = 'fail-on: never\nrules: strenger.yaml\n';
const STRICT_RULES = readFileSync(join(ROOT, 'test/fixtures/rules/strenger-tweede-spoor.yaml'), 'utf8');

/** The bin in `cwd`, at one as-of date where the command takes one. */
const poort = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  runBin([...args, ...(['check', 'agenda', 'deadlines'].includes(args[0]!) ? ['--as-of', '2025-04-10'] : [])], { cwd, env: { CI: '1', HOME: '/nonexistent-home', ...env } });
const configOf = (stdout: string): unknown => (JSON.parse(stdout) as { config: unknown }).config;

describe('where poort.config.yaml is looked for', () => {
  it('up to the repository root: a config above a folder holding .git is not used', () => {
    const dir = tree({ 'poort.config.yaml': LAX, 'strenger.yaml': STRICT_RULES, 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/dossiers/a.yaml': LATE });
    const inside = poort(['check', 'a.yaml', '--format', 'json'], join(dir, 'repo', 'dossiers'));
    expect(inside.code, inside.stderr).toBe(1);
    expect(configOf(inside.stdout)).toBeNull();
    // A .git file (a worktree or submodule) marks a root as well.
    const worktree = tree({ 'poort.config.yaml': LAX, 'strenger.yaml': STRICT_RULES, 'repo/.git': 'gitdir: /elders\n', 'repo/a.yaml': LATE });
    expect(poort(['check', 'a.yaml'], join(worktree, 'repo')).code).toBe(1);
  });

  it('a config in the repository root itself is used from any folder below it', () => {
    const dir = tree({ 'repo/poort.config.yaml': LAX, 'repo/strenger.yaml': STRICT_RULES, 'repo/.git/HEAD': '', 'repo/dossiers/2025/a.yaml': LATE });
    const r = poort(['check', 'a.yaml', '--format', 'json'], join(dir, 'repo', 'dossiers', '2025'));
    expect(r.code, r.stderr).toBe(0);
    expect(configOf(r.stdout)).toEqual({ file: join(dir, 'repo', 'poort.config.yaml'), settings: { 'fail-on': 'never', rules: 'strenger.yaml' } });
  });

  it('up to the home folder: a config above it is not used, one in it is', () => {
    const dir = tree({ 'poort.config.yaml': LAX, 'strenger.yaml': STRICT_RULES, 'home/piet/werk/a.yaml': LATE });
    const home = join(dir, 'home', 'piet');
    expect(poort(['check', 'a.yaml'], join(home, 'werk'), { HOME: home }).code).toBe(1);
    // Without a home folder or repository in the way, the same config is found (the search as before).
    expect(poort(['check', 'a.yaml'], join(home, 'werk')).code).toBe(0);
    writeFileSync(join(home, 'poort.config.yaml'), 'fail-on: never\n');
    expect(poort(['check', 'a.yaml'], join(home, 'werk'), { HOME: home }).code).toBe(0);
  });
});

describe('--no-config', () => {
  const dir = tree({ 'poort.config.yaml': LAX, 'strenger.yaml': STRICT_RULES, 'a.yaml': LATE });

  it('check and agenda: the config and its rules are not read; flags alone count', () => {
    const withConfig = poort(['check', 'a.yaml', '--format', 'json'], dir);
    expect(withConfig.code).toBe(0);
    const without = poort(['check', 'a.yaml', '--format', 'json', '--no-config'], dir);
    expect(without.code).toBe(1);
    expect(JSON.parse(without.stdout)).toMatchObject({ config: null, rules: [] });
    const agenda = poort(['agenda', 'a.yaml', '--format', 'json', '--no-config'], dir);
    expect(JSON.parse(agenda.stdout)).toMatchObject({ config: null, rules: [] });
  });

  it('rules, explain and deadlines: the config\'s rules are left out', () => {
    expect(poort(['rules'], dir).stdout).toMatch(/tweede-spoor \*/);
    expect(poort(['rules', '--no-config'], dir).stdout).not.toMatch(/tweede-spoor \*/);
    expect(poort(['explain', 'tweede-spoor', '--format', 'json'], dir).stdout).toContain('Verzuimbeleid 2025');
    expect(poort(['explain', 'tweede-spoor', '--format', 'json', '--no-config'], dir).stdout).not.toContain('Verzuimbeleid 2025');
    const deadlines = poort(['deadlines', '2025-01-06', '--no-config', '--format', 'json'], dir);
    expect(deadlines.code, deadlines.stderr).toBe(0);
  });

  it('a config that cannot be read stops rules and deadlines with its line, as it stops check (it was silently passed over)', () => {
    const bad = tree({ 'poort.config.yaml': 'fail_on: never\n' });
    const line = `${join(bad, 'poort.config.yaml')}:1:1: fail_on: unknown key \`fail_on\` (did you mean \`fail-on\`?)\n`;
    for (const args of [['rules'], ['explain', 'probleemanalyse'], ['deadlines', '2025-01-06']]) {
      const r = poort(args, bad);
      expect([r.code, r.stderr], args.join(' ')).toEqual([2, line]);
      expect(poort([...args, '--no-config'], bad).code, args.join(' ')).toBe(0);
    }
  });
});

describe('--config FILE', () => {
  // A config of its own name elsewhere (a CI's), beside a poort.config.yaml that says the opposite.
  const dir = tree({ 'ci/streng.yaml': 'fail-on: warning\nrules: strenger.yaml\n', 'ci/strenger.yaml': STRICT_RULES, 'poort.config.yaml': LAX, 'strenger.yaml': STRICT_RULES, 'a.yaml': LATE });

  it('is the config instead of the one found, its rules relative to it, and named in the report', () => {
    expect(poort(['check', 'a.yaml'], dir).code).toBe(0);
    const r = poort(['check', 'a.yaml', '--format', 'json', '--config', 'ci/streng.yaml'], dir);
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ config: { file: 'ci/streng.yaml', settings: { 'fail-on': 'warning' } }, rules: [{ file: 'ci/strenger.yaml', replaces: ['tweede-spoor'] }] });
    expect(poort(['rules', '--config=ci/streng.yaml'], dir).stdout).toMatch(/tweede-spoor \*/);
  });

  it('a file that is not there is exit code 2 with its path; --no-config after it wins', () => {
    const r = poort(['check', 'a.yaml', '--config', 'ci/weg.yaml'], dir);
    expect([r.code, r.stderr]).toEqual([2, `${join(dir, 'ci', 'weg.yaml')}: cannot read the file: it does not exist; check the path\n`]);
    expect(poort(['check', 'a.yaml', '--config', 'ci/weg.yaml', '--no-config'], dir).code).toBe(1);
  });
});

describe('every report names the config and the rules files in force', () => {
  const dir = tree({ 'poort.config.yaml': LAX, 'strenger.yaml': STRICT_RULES, 'eigen/extra.yaml': readFileSync(join(ROOT, 'test/fixtures/rules/bedrijfsbeleid.yaml'), 'utf8'), 'a.yaml': LATE });
  const run = (format: string) => poort(['check', 'a.yaml', '--rules', 'eigen', '--format', format], dir);
  const settings = 'Settings from poort.config.yaml: fail-on: never · rules: strenger.yaml';
  const strict = 'Own rules from strenger.yaml: replaces tweede-spoor';
  const extra = 'Own rules from eigen/extra.yaml: adds probleemanalyse-bedrijfsbeleid, voortgangsgesprek-vierwekelijks';
  const setup = {
    config: { file: 'poort.config.yaml', settings: { 'fail-on': 'never', rules: 'strenger.yaml' } },
    rules: [
      { file: 'strenger.yaml', replaces: ['tweede-spoor'], adds: [] },
      { file: 'eigen/extra.yaml', replaces: [], adds: ['probleemanalyse-bedrijfsbeleid', 'voortgangsgesprek-vierwekelijks'] },
    ],
  };

  it('json and sarif: as fields; without either, null and []', () => {
    expect(JSON.parse(run('json').stdout)).toMatchObject(setup);
    expect(JSON.parse(run('sarif').stdout).runs[0].properties).toMatchObject(setup);
    const plain = tree({ 'a.yaml': LATE });
    expect(JSON.parse(poort(['check', 'a.yaml', '--format', 'json'], plain).stdout)).toMatchObject({ config: null, rules: [] });
    expect(JSON.parse(poort(['check', 'a.yaml', '--format', 'sarif'], plain).stdout).runs[0].properties).toMatchObject({ config: null, rules: [] });
  });

  it('junit: properties of each suite; text and markdown: a line each; github: a notice each', () => {
    const junit = run('junit').stdout;
    for (const line of [settings, strict, extra]) expect(junit).toContain(`<property name="poort.setup" value="${line}"/>`);
    const text = run('text').stdout.trimEnd().split('\n');
    expect(text.slice(-3)).toEqual([settings, strict, extra]);
    const markdown = run('markdown').stdout;
    for (const line of [settings, strict, extra]) expect(markdown).toContain(`> ${line.replace(/_/g, '\\_')}  \n`);
    const github = run('github').stdout.trimEnd().split('\n');
    expect(github.slice(-3)).toEqual([settings, strict, extra].map((l) => `::notice title=poort::${l}`));
  });

  it('in Dutch, and in the agenda', () => {
    const nl = poort(['check', 'a.yaml', '--lang', 'nl'], dir).stdout.trimEnd().split('\n');
    expect(nl.slice(-2)).toEqual(['Instellingen uit poort.config.yaml: fail-on: never · rules: strenger.yaml', 'Eigen regels uit strenger.yaml: vervangt tweede-spoor']);
    expect(JSON.parse(poort(['agenda', 'a.yaml', '--format', 'json'], dir).stdout)).toMatchObject({ config: setup.config, rules: [setup.rules[0]] });
    expect(poort(['agenda', 'a.yaml'], dir).stdout.trimEnd().split('\n').slice(-2)).toEqual([settings, strict]);
  });
});
