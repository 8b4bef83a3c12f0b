import { execFileSync } from 'node:child_process';

/** The end-to-end tests run the bin as users do, so the bundle must be current. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });
}
