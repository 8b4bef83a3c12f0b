// npm run fuzz: the hardening tests with many more property-test runs than `npm test` makes
// (FUZZ_RUNS, default 5000 here), and the slow hostile-file cases switched on.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '5000', POORT_SLOW_TESTS: '1' };
const r = spawnSync('npx', ['vitest', 'run', 'test/hardening', '--testTimeout=600000'], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
