#!/usr/bin/env node
// Runs the compiled build made at install (npm's `prepare`); never a TypeScript loader.
import { fileURLToPath } from 'node:url';
import { main } from '../dist/poort.js';

const root = fileURLToPath(new URL('..', import.meta.url));
process.exitCode = await main(process.argv.slice(2), {
  root,
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdoutIsTTY: process.stdout.isTTY === true,
});
