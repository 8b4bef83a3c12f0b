import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase, checkFiles, deadlines, loadRules, PoortError } from '../src/api/index.js';
import { ROOT, tree } from './helpers.js';

// poort as a library: `import { checkCase, checkFiles, deadlines, loadRules } from 'poort'`.

const LATE = 'werknemer: E-3\nziekmelding: 2025-01-06\nloon_per_maand: 3000\n';

describe('the Node API, from the sources', () => {
  it('checkCase: a case of the JSON report, money at risk and next step included; bad input is valid: false, never a throw', () => {
    const c = checkCase(LATE, { asOf: '2025-02-20', lang: 'nl', file: 'e3.yaml' });
    expect(c).toMatchObject({ source: 'e3.yaml', werknemer: 'E-3', valid: true, next: { rule: 'probleemanalyse', days: -4 } });
    expect(c.findings.map((f) => [f.rule, f.exposure])).toEqual([['probleemanalyse', 25_200]]);
    expect(c.findings[0]!.message).toContain('geen probleemanalyse vastgelegd');
    expect(checkCase('ziekmelding: 2025-02-30\n', { asOf: '2025-03-01' })).toMatchObject({ valid: false, problems: [{ code: 'not-a-date', line: 1 }] });
  });

  it('checkFiles: every case of files, folders and exports, one at a time; an unreadable input is a case too', async () => {
    const dir = tree({ 'a.yaml': LATE, 'export.csv': 'werknemer;ziekmelding\nE-8;2025-01-06\nE-9;2025-02-30\n' });
    const seen: [string, boolean][] = [];
    for await (const c of checkFiles(['.', 'missing.yaml'], { cwd: dir, asOf: '2025-02-20' })) seen.push([c.source, c.valid]);
    expect(seen).toEqual([['a.yaml', true], ['export.csv row 1', true], ['export.csv row 2', false], ['missing.yaml', false]]);
  });

  it('deadlines: the phone call, as `poort deadlines --format json`', () => {
    const d = deadlines('2026-03-03', { asOf: '2026-03-03' });
    expect(d.ziekmelding).toBe('2026-03-03');
    expect(d.timeline.find((t) => t.id === 'probleemanalyse')?.due).toBe('2026-04-13');
  });

  it('loadRules: own rules on top of the built-in ones; a broken rules file or as-of date is a PoortError with file, line and column', () => {
    const dir = tree({ 'boete.yaml': 'costs:\n  boete:\n    euros: 520\n    source: indexed\n', 'bad.yaml': 'rules:\n  - id: x\n    kind: nonsense\n' });
    const rules = loadRules([join(dir, 'boete.yaml')]);
    expect(rules.files).toEqual([join(dir, 'boete.yaml')]);
    expect(rules.table.costs.boete).toMatchObject({ euros: 520 });
    expect(() => loadRules([join(dir, 'bad.yaml')])).toThrow(PoortError);
    try {
      loadRules([join(dir, 'bad.yaml')]);
    } catch (e) {
      expect((e as PoortError).problems[0]).toMatchObject({ file: join(dir, 'bad.yaml'), line: expect.any(Number) });
    }
    expect(() => checkCase(LATE, { asOf: '2025-02-30' })).toThrow(/2025-02-30/);
  });
});

/** A project beside the package that has poort in its node_modules, as npm would install it. */
function consumer(files: Record<string, string>): string {
  const dir = tree(files, 'poort-consumer-');
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'poort'), 'dir');
  return dir;
}

const SCRIPT = `
const report = checkCase('ziekmelding: 2025-01-06\\n', { asOf: '2025-02-20' });
const d = deadlines('2026-03-03', { asOf: '2026-03-03' });
console.log(JSON.stringify([report.valid, report.findings[0].rule, d.timeline[0].id, typeof loadRules, typeof checkFiles]));
`;

describe('the package, as a script uses it (the build in dist/)', () => {
  it('from ESM (import) and from CommonJS (require), through package.json exports', () => {
    const dir = consumer({
      'esm.mjs': `import { checkCase, checkFiles, deadlines, loadRules } from 'poort';\n${SCRIPT}`,
      'cjs.cjs': `const { checkCase, checkFiles, deadlines, loadRules } = require('poort');\n${SCRIPT}`,
    });
    const expected = '["true","probleemanalyse","probleemanalyse","function","function"]'.replace('"true"', 'true');
    for (const f of ['esm.mjs', 'cjs.cjs']) expect(execFileSync(process.execPath, [f], { cwd: dir, encoding: 'utf8' }).trim(), f).toBe(expected);
  });

  it('the types: a TypeScript consumer compiles under node16 resolution (ESM and CommonJS), and a wrong use does not', () => {
    const use = `import { checkCase, type ReportCase } from 'poort';\nconst c: ReportCase = checkCase('ziekmelding: 2025-01-06\\n', { asOf: '2025-02-20', lang: 'nl' });\nconst n: number | null = c.findings[0]!.exposure;\nconsole.log(n, c.next?.todo);\n`;
    const dir = consumer({
      'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, types: [], skipLibCheck: false }, include: ['*.mts', '*.cts'] }),
      'ok.mts': use,
      'ok.cts': use,
    });
    const tsc = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), ...args], { cwd: dir, encoding: 'utf8' });
    const ok = tsc(['-p', '.']);
    expect(ok.stdout + ok.stderr).toBe('');
    writeFileSync(join(dir, 'bad.mts'), `import { checkCase } from 'poort';\ncheckCase(42);\n`);
    expect(tsc(['-p', '.']).stdout).toMatch(/bad\.mts.*TS2345/);
  }, 60_000);

  it('checkFiles on an export of 10,000 cases holds one case at a time (bounded memory)', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ werknemer: `E-${i}`, ziekmelding: '2025-01-06', probleemanalyse: '2025-02-05' }));
    const dir = consumer({ 'cases.jsonl': `${rows.join('\n')}\n`, 'count.mjs': `import { checkFiles } from 'poort';\nlet n = 0, peak = 0;\nfor await (const c of checkFiles(['cases.jsonl'], { asOf: '2026-03-02' })) { n++; if (n % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed); }\nconsole.log(n, Math.round(peak / 2 ** 20));\n` });
    const [n, peakMb] = execFileSync(process.execPath, ['--max-old-space-size=96', 'count.mjs'], { cwd: dir, encoding: 'utf8' }).trim().split(' ').map(Number);
    expect(n).toBe(10_000);
    expect(peakMb).toBeLessThan(64);
  }, 60_000);

  it('checkFiles with jobs shares a folder out over worker threads: the same cases in the same order as on one thread', () => {
    const files = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`d/${String(i).padStart(3, '0')}.yaml`, `werknemer: E-${i}\nziekmelding: 2025-01-${String(1 + (i % 28)).padStart(2, '0')}\n`]));
    const script = `import { checkFiles } from 'poort';
const run = async (jobs) => {
  const cases = [];
  let threads = false;
  for await (const c of checkFiles(['d'], { asOf: '2025-03-01', jobs })) {
    cases.push(c);
    threads ||= process.getActiveResourcesInfo().includes('MessagePort');
  }
  return { cases, threads };
};
const one = await run(1);
const three = await run(3);
console.log(JSON.stringify([one.cases.length, one.threads, three.threads, JSON.stringify(one.cases) === JSON.stringify(three.cases)]));
`;
    const dir = consumer({ ...files, 'jobs.mjs': script });
    expect(execFileSync(process.execPath, ['jobs.mjs'], { cwd: dir, encoding: 'utf8' }).trim()).toBe('[300,false,true,true]');
  }, 60_000);

  it('passes publint and Are the Types Wrong (ESM and CommonJS types resolve)', () => {
    const publint = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'publint', 'src', 'cli.js'), '--strict'], { cwd: ROOT, encoding: 'utf8' });
    expect(publint.stdout, publint.stderr).toContain('All good!');
    const attw = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js'), '--pack', '.', '--format', 'ascii'], { cwd: ROOT, encoding: 'utf8' });
    expect(attw.stdout, attw.stderr).toContain('No problems found');
  }, 120_000);
});

describe("the README's batch audit", () => {
  it('runs as written on a folder of dossiers', () => {
    const readme = execFileSync('cat', [join(ROOT, 'README.md')], { encoding: 'utf8' });
    const script = /```js\n(\/\/ audit\.mjs[\s\S]*?)```/.exec(readme)![1]!;
    const dir = consumer({ 'audit.mjs': script, 'dossiers/a.yaml': LATE, 'dossiers/b.yaml': 'ziekmelding: 2025-02-30\n' });
    const out = execFileSync(process.execPath, ['audit.mjs'], { cwd: dir, encoding: 'utf8' });
    // a.yaml: four steps missing, one loonsanctie of 3,000 × 12 × 0.7 = 25,200, and the boete of the 42e-weeksmelding (455).
    expect(out).toBe('dossiers/a.yaml probleemanalyse, plan-van-aanpak, melding-42e-week, eerstejaarsevaluatie\ndossiers/b.yaml niet te beoordelen\nmaximaal € 25655 financieel risico (schatting)\n');
  });
});
