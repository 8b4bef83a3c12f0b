// Loads the build (dist/poort.cjs) with V8's code cache: the bundle is compiled through vm.Script
// with the bytecode of an earlier run, so a run skips parsing and compiling it (~50 ms of every
// start; npm run bench). The cache belongs to one Node version: V8 rejects another's, and then
// the bundle is compiled as usual and this run's bytecode becomes the cache. It lives beside the
// bundle, or, where that folder cannot be written (a global install owned by root), in the
// user's cache folder; it is written to a temporary file and renamed, so that two runs at once
// never leave half a cache.
'use strict';
const { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { homedir } = require('node:os');
const { join } = require('node:path');
const vm = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const bundle = join(dist, 'poort.cjs');
const beside = join(dist, 'poort.cache');

/** The user's cache folder for poort: one file per Node version and build. */
function userCache() {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const { size, mtimeMs } = statSync(bundle);
  return join(base, 'poort', `${process.version}-${size}-${Math.round(mtimeMs)}.cache`);
}

function read(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes a whole file or nothing; false when the place cannot be written. */
function writeAtomically(file, data) {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data, { mode: 0o644 });
    renameSync(temp, file);
    return true;
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // never made
    }
    return false;
  }
}

/**
 * The bundle's exports (main, serveChunks, stdoutFailure), and `saveCache`: stores this run's
 * bytecode as the next run's cache when there was none for this Node version (`always` at build).
 */
function loadPoort() {
  // The user's cache, when there is one, is for exactly this Node and build; the one beside the
  // bundle may be another Node's that could not be replaced.
  let cacheFile = beside;
  let cachedData;
  try {
    cachedData = read(userCache());
    if (cachedData) cacheFile = userCache();
  } catch {
    // no home folder: only the cache beside the bundle
  }
  cachedData ??= read(beside);
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`;
  const script = new vm.Script(source, { filename: bundle, cachedData });
  const built = { exports: {} };
  script.runInThisContext()(built.exports, createRequire(bundle), built, bundle, dist);
  const missing = cachedData === undefined || script.cachedDataRejected === true;
  const saveCache = (always = false) => {
    if (!missing && !always) return;
    const data = script.createCachedData();
    if (writeAtomically(beside, data)) return;
    try {
      const file = cacheFile === beside ? userCache() : cacheFile;
      mkdirSync(join(file, '..'), { recursive: true });
      writeAtomically(file, data);
    } catch {
      // no place to keep it: the next run compiles again, as this one did
    }
  };
  return { ...built.exports, saveCache };
}

module.exports = { loadPoort };
