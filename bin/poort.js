#!/usr/bin/env node
// Runs the compiled bundle (dist/poort.cjs); never a TypeScript loader. CommonJS, as all of bin/
// (bin/package.json): Node starts it sooner than an ES module, and what only some runs need
// (worker threads, heap flags) is required when asked for.
'use strict';
const { readFileSync, statSync, watch } = require('node:fs');
const { basename, dirname, join, resolve } = require('node:path');
const { loadPoort } = require('./load.js');

const { main, stdoutFailure, saveCache } = loadPoort();

// `poort check dir | head -3`: the reader has gone. The rest of the report goes nowhere, quietly,
// but every input is still read, so the exit code says what was found (2 for an unreadable case).
// Any other failure to write (a full disk) is one line and exit 2.
let readerGone = false;
const waiting = [];
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') {
    process.stderr.write(stdoutFailure(e.code ?? String(e), process.env));
    process.exit(2);
  }
  readerGone = true;
  for (const resume of waiting.splice(0)) resume();
});
// A stderr nobody reads cannot be told so; it must not end the run either.
process.stderr.on('error', () => {});
const stdout = {
  write: (text) => readerGone || process.stdout.write(text),
  once: (event, listener) => {
    if (readerGone) return listener();
    waiting.push(listener);
    process.stdout.once(event, () => {
      const i = waiting.indexOf(listener);
      if (i >= 0) waiting.splice(i, 1);
      listener();
    });
  },
};

const root = join(__dirname, '..');
main(process.argv.slice(2), {
  root,
  version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
  cwd: process.cwd(),
  env: process.env,
  stdout,
  stderr: process.stderr,
  stdoutIsTTY: process.stdout.isTTY === true,
  stdoutColumns: process.stdout.columns,
  stderrIsTTY: process.stderr.isTTY === true,
  readStdin: () => process.stdin,
  // V8 lets the heap grow to several times what is live before it collects: 150 MB for an export
  // of 100,000 cases with 10 MB live. Growing by half at a time keeps that near 110 MB for a few
  // per cent of time (npm run bench). A run that holds rows (periods to fold) also keeps the young
  // generation from growing: 160 → 125 MB for 100,000 period rows, some 7% slower, so only then.
  // Runtime flags, as the bin cannot pass node options.
  leanHeap: (holding) => {
    const { setFlagsFromString } = require('node:v8');
    setFlagsFromString('--heap-growing-percent=50');
    if (holding) setFlagsFromString('--semi-space-growth-factor=1');
  },
  // Ctrl-C or a SIGTERM in a long run: take the half-written report file away, then stop as
  // the signal would have (exit code 128 + its number).
  onInterrupt: (cleanup) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.once(signal, () => {
        cleanup();
        process.exit(128 + require('node:os').constants.signals[signal]);
      });
    }
  },
  startWorker: (workerData) => new (require('node:worker_threads').Worker)(join(__dirname, 'worker.js'), { workerData }),
  // --watch: a folder with all below it; a file through its folder, since an editor often saves
  // by writing a new file and renaming it over the old one; a pattern through the working folder.
  watch: (paths, onChange) => {
    const watchers = [];
    for (const path of paths) {
      const full = resolve(process.cwd(), path);
      let isDir = false;
      let exists = true;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        exists = false;
      }
      if (isDir || !exists) watchers.push(watch(isDir ? full : process.cwd(), { recursive: true }, onChange));
      else watchers.push(watch(dirname(full), (_event, name) => name === basename(full) && onChange()));
    }
    return () => watchers.forEach((w) => w.close());
  },
}).then((code) => {
  process.exitCode = code;
  // The first run on this Node version leaves the code cache for the next ones (bin/load.js).
  saveCache();
});
