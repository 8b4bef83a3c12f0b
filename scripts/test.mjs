// The test command: type-check, build, then the whole suite under two far-apart time zones
// (UTC+14 and UTC−8/−7), since poort must give the same answers under every TZ. Ends with the
// line `N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles'];
const extra = process.argv.slice(2);
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status;

let passed = 0;
let failed = 0;
const step = (name, ok) => {
  if (ok) passed++;
  else {
    failed++;
    console.error(`${name} failed`);
  }
};

step('typecheck', run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) === 0);
step('build', run('node', ['scripts/bundle.mjs']) === 0);

const dir = mkdtempSync(join(tmpdir(), 'poort-test-'));
for (const tz of ZONES) {
  const out = join(dir, `${tz.replace('/', '-')}.json`);
  console.log(`\n— vitest under TZ=${tz}`);
  const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extra], { TZ: tz });
  let results;
  try {
    results = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    step(`vitest under ${tz} (no results)`, false);
    continue;
  }
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  if (status !== 0 && results.numFailedTests === 0) step(`vitest under ${tz} (exit ${status})`, false);
  if (results.numTotalTests === 0) step(`vitest under ${tz} ran no test`, false);
}
rmSync(dir, { recursive: true, force: true });

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
