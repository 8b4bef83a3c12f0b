// npm run bench: measures what users feel, each figure as a ratio within the same run so
// that a slow or busy machine does not change the verdict.
//
//   cold start  `poort check <example>` vs `node -e 0`                     target ≤ 2×
//   bundle      the esbuild bundle the bin runs vs the plain tsc output    (why we bundle)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
writeFileSync(
  join(root, 'dist/plain/run.js'),
  "import { main } from './cli/main.js';\nprocess.exitCode = await main(process.argv.slice(2), { root: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdoutIsTTY: false });\n",
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
