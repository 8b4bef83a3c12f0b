// npm run bench: measures what users feel, each figure as a ratio within the same run so
// that a slow or busy machine does not change the verdict.
//
//   cold start  `poort check <example>` vs `node -e 0`                     target ≤ 2×
//   bundle      the bundle with its code cache, as the bin runs it, vs the plain tsc output
//   batch       10,000 case files, --format json, vs a parse-only pass      target ≤ 1.3×
//   exports     100,000 cases as JSON Lines, CSV and .xlsx, and 105,303 period rows folded
//               (--periods): peak RSS ≤ 150 MB, cases or rows per second
//
// BENCH_RUNS sets the runs of the start-up figures; BENCH_SKIP_BATCH=1 measures start-up only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PERIOD_MAPPING, sheetRows, writeCsv, writeDirectory, writeJsonl, writePeriodCsv } from './bench-data.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const root = new URL('..', import.meta.url).pathname;
const example = join('examples', readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).sort()[0]);

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

/** Median wall time of a command, in milliseconds, after two warm-up runs (page cache). */
function median(args) {
  const times = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status === 2) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    if (i >= 2) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

sh(process.execPath, ['scripts/bundle.mjs']);
sh('npx', ['tsc', '-p', 'tsconfig.build.json']);
mkdirSync(join(root, 'dist/plain'), { recursive: true });
// The plain build, started the way bin/poort.js starts the bundle, but without the code cache.
writeFileSync(
  join(root, 'dist/plain/run.js'),
  `import { readFileSync } from 'node:fs';
import { main } from './cli/main.js';
process.exitCode = await main(process.argv.slice(2), {
  root: ${JSON.stringify(root)}, version: '0', cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr,
  stdoutIsTTY: false, stderrIsTTY: false, readStdin: () => readFileSync(0),
});
`,
);

const check = ['check', example, '--as-of', '2026-11-23'];
const node = median(['-e', '0']);
const text = median(['bin/poort.js', ...check]);
const json = median(['bin/poort.js', ...check, '--format', 'json']);
const plain = median(['dist/plain/run.js', ...check]);

const row = (name, ms, ratio) => console.log(`${name.padEnd(44)} ${ms.toFixed(1).padStart(7)} ms   ${ratio}`);
console.log(`\nmedian of ${RUNS} runs, ${example}\n`);
row('node -e 0', node, '1.00×');
row('poort check (bundle, text)', text, `${(text / node).toFixed(2)}× node   (target ≤ 2×)`);
row('poort check (bundle, json)', json, `${(json / node).toFixed(2)}× node`);
row('poort check (plain tsc output, text)', plain, `${(plain / node).toFixed(2)}× node`);
console.log(`\non top of node: bundle ${(text - node).toFixed(1)} ms, plain ${(plain - node).toFixed(1)} ms`);

if (process.env.BENCH_SKIP_BATCH === '1') process.exit(0);

/** One timed run: wall time in ms, and peak RSS in MB when measured. */
function timed(args, withRss = false) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, withRss ? ['--import', './scripts/bench-rss.mjs', ...args] : args, {
    cwd: root, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30, encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const rss = /maxrss-kb=(\d+)/.exec(r.stderr ?? '');
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : undefined };
}

const best = (runs, f) => Array.from({ length: runs }, f).sort((a, b) => a.ms - b.ms)[0];

const data = join(tmpdir(), 'poort-bench-v3');
const dir = join(data, 'dossiers');
const jsonl = join(data, 'cases.jsonl');
const csv = join(data, 'cases.csv');
const xlsx = join(data, 'cases.xlsx');
const periods = join(data, 'periods.csv');
const mapping = join(data, 'periods.yaml');
if (!existsSync(mapping) || !existsSync(xlsx)) {
  console.log(`\ngenerating synthetic cases in ${data} …`);
  writeDirectory(dir, 10_000);
  await writeJsonl(jsonl, 100_000);
  await writeCsv(csv, 100_000);
  // The workbook writer of the tests, built for this script (it is TypeScript).
  const { buildSync } = await import('esbuild');
  buildSync({ entryPoints: [join(root, 'test', 'workbook-fixtures.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(data, 'workbook-fixtures.mjs'), logLevel: 'error' });
  const { writeWorkbook } = await import(pathToFileURL(join(data, 'workbook-fixtures.mjs')).href);
  writeWorkbook(xlsx, sheetRows(100_000));
  await writePeriodCsv(periods, 30_000);
  writeFileSync(mapping, PERIOD_MAPPING);
}

const checkJson = (input, ...extra) => ['bin/poort.js', 'check', input, '--format', 'json', '--as-of', '2026-11-23', ...extra];
// Rounds of all three, best of each: on a shared machine a slow minute then slows every kind of
// run alike, instead of only the one measured in it.
const ROUNDS = 5;
const rounds = Array.from({ length: ROUNDS }, () => ({
  parseOnly: timed(['scripts/bench-parse-only.mjs', dir]),
  batch: timed(checkJson(dir)),
  oneThread: timed(checkJson(dir, '--jobs', '1')),
}));
const bestOf = (key) => best(ROUNDS, (_, i) => rounds[i][key]);
const parseOnly = bestOf('parseOnly');
const batch = bestOf('batch');
const oneThread = bestOf('oneThread');
console.log(`\n10,000 case files, --format json (best of ${ROUNDS} interleaved rounds)\n`);
row('parse-only pass (yaml, same files)', parseOnly.ms, '1.00×');
row(`poort check (${availableParallelism()} threads: all cores)`, batch.ms, `${(batch.ms / parseOnly.ms).toFixed(2)}× parse-only   (target ≤ 1.3×)`);
row('poort check --jobs 1 (one thread)', oneThread.ms, `${(oneThread.ms / parseOnly.ms).toFixed(2)}× parse-only`);

console.log(`\n100,000 cases (one run each)\n`);
for (const [name, file] of [['JSON Lines', jsonl], ['CSV', csv], ['Excel .xlsx', xlsx]]) {
  const r = timed(checkJson(file), true);
  console.log(`${name.padEnd(12)} ${(r.ms / 1000).toFixed(1).padStart(6)} s   ${Math.round(100_000 / (r.ms / 1000)).toLocaleString('en')} cases/s   peak RSS ${r.rssMb?.toFixed(0)} MB (target ≤ 150 MB)`);
}
const folded = timed(checkJson(periods, '--columns', mapping, '--periods'), true);
const periodRows = readFileSync(periods, 'utf8').split('\n').length - 2;
console.log(`${'periods CSV'.padEnd(12)} ${(folded.ms / 1000).toFixed(1).padStart(6)} s   ${Math.round(periodRows / (folded.ms / 1000)).toLocaleString('en')} rows/s   peak RSS ${folded.rssMb?.toFixed(0)} MB (${periodRows.toLocaleString('en')} period rows of 30,000 people folded; target ≤ 150 MB)`);
