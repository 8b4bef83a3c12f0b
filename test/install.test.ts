import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

// Installing poort as a user does, from the tarball `npm pack` makes: no build step, no
// devDependencies, no warning, and the code cache made for the user's own Node on first run.

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[]; version: string };
const work = mkdtempSync(join(tmpdir(), 'poort-install-'));
const npm = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false', ...env } });

let tarball = '';
let packed: string[] = [];

beforeAll(() => {
  // A copy of what the package is made from, so that packing (which rewrites package.json for a
  // moment) never touches the checkout the other tests read.
  const source = join(work, 'source');
  mkdirSync(join(source, 'scripts'), { recursive: true });
  for (const f of [...manifest.files, 'package.json', 'scripts/pack-manifest.mjs']) cpSync(join(ROOT, f), join(source, f), { recursive: true });
  const pack = npm(['pack', '--json', '--pack-destination', work], source);
  expect(pack.status, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info!.filename);
  packed = info!.files.map((f) => f.path).sort();
  expect(readFileSync(join(source, 'package.json'), 'utf8')).toContain('"prepare"');
}, 120_000);

describe('npm pack', () => {
  it('ships exactly what runs: the bin, the build, the rules, the schemas, docs and examples; no sources, tests or code cache', () => {
    const top = [...new Set(packed.map((p) => (p.startsWith('dist/') ? p.split('/').slice(0, 2).join('/') : p.split('/')[0])))].sort();
    expect(top).toEqual(['README.md', 'bin', 'dist/api.cjs', 'dist/api.mjs', 'dist/poort.cjs', 'dist/rules.json', 'dist/types', 'dist/types-cjs', 'docs', 'examples', 'package.json', 'rules', 'schema']);
    expect(packed.filter((p) => p.startsWith('bin/'))).toEqual(['bin/load.js', 'bin/package.json', 'bin/poort.js', 'bin/worker.js']);
    // The code cache is made by each user's own Node (bin/load.js), never shipped.
    expect(packed).not.toContain('dist/poort.cache');
  });

  it('has no install script for npm to warn about', () => {
    const inside = spawnSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }).stdout;
    expect(JSON.parse(inside).scripts).not.toHaveProperty('prepare');
  });
});

describe('npx -p with the tarball, once, without installing', () => {
  it('runs poort as the README says', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poort-npx-'));
    const r = spawnSync('npx', ['--yes', '--prefer-offline', '-p', tarball, 'poort', 'deadlines', '2026-03-03', '--format', 'json', '--as-of', '2026-03-03'], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).ziekmelding).toBe('2026-03-03');
  }, 180_000);
});

describe('a global install from the tarball', () => {
  const prefix = join(work, 'prefix');
  const bin = join(prefix, 'bin', 'poort');
  const dist = join(prefix, 'lib', 'node_modules', 'poort', 'dist');
  const elsewhere = mkdtempSync(join(tmpdir(), 'poort-elsewhere-'));

  beforeAll(() => {
    const r = npm(['install', '--global', '--prefix', prefix, '--prefer-offline', tarball], work);
    expect(r.status, r.stderr).toBe(0);
    // No build step and no warning (about scripts, peer or engine).
    expect(r.stderr).not.toMatch(/npm warn/i);
    chmodSync(prefix, 0o755);
  }, 180_000);

  it('installs no devDependency', () => {
    const installed = readdirSync(join(prefix, 'lib', 'node_modules', 'poort', 'node_modules')).filter((n) => !n.startsWith('.'));
    for (const dev of ['vitest', 'typescript', 'esbuild', 'date-fns', 'playwright-core']) expect(installed).not.toContain(dev);
  });

  it('runs from another folder, and its first run leaves the code cache beside the build', () => {
    const r = spawnSync(bin, ['check', join(ROOT, 'examples', 'tweede-spoor-te-laat.yaml'), '--as-of', '2026-03-02', '--no-config', '--format', 'json'], { cwd: elsewhere, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).cases[0].findings[0].rule).toBe('tweede-spoor');
    expect(existsSync(join(dist, 'poort.cache'))).toBe(true);
  });

  it('where the install cannot be written, the cache goes to the user cache folder', () => {
    const home = mkdtempSync(join(tmpdir(), 'poort-home-'));
    chmodSync(home, 0o777);
    const env = { PATH: process.env.PATH, HOME: home, XDG_CACHE_HOME: join(home, '.cache') };
    const args = ['check', join(prefix, 'lib', 'node_modules', 'poort', 'examples', 'schoon-dossier.yaml'), '--as-of', '2026-04-10', '--no-config'];
    const cached = readFileSync(join(dist, 'poort.cache'));
    // Another Node's cache beside the build, in a folder this user cannot write.
    cpSync(join(dist, 'poort.cache'), join(dist, 'poort.cache.bak'));
    spawnSync('sh', ['-c', `head -c 1000 /dev/urandom > '${join(dist, 'poort.cache')}'`]);
    const asUser = process.getuid?.() === 0
      ? (a: string[]) => spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', bin, ...a], { cwd: home, env, encoding: 'utf8' })
      : (a: string[]) => {
          chmodSync(dist, 0o555);
          try {
            return spawnSync(bin, a, { cwd: home, env, encoding: 'utf8' });
          } finally {
            chmodSync(dist, 0o755);
          }
        };
    for (const p of [work, prefix, join(prefix, 'lib'), join(prefix, 'lib', 'node_modules')]) chmodSync(p, 0o755);
    const first = asUser(args);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('No findings');
    const written = readdirSync(join(home, '.cache', 'poort'));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(new RegExp(`^${process.version.replace(/\./g, '\\.')}-\\d+-\\d+\\.cache$`));
    // The next run reads it and writes nothing more.
    expect(asUser(args).status).toBe(0);
    expect(readdirSync(join(home, '.cache', 'poort'))).toEqual(written);
    cpSync(join(dist, 'poort.cache.bak'), join(dist, 'poort.cache'));
    expect(readFileSync(join(dist, 'poort.cache')).equals(cached)).toBe(true);
  });
});
