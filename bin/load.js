// Loads the build made at install (npm's `prepare`) with V8's code cache: dist/poort.cjs is
// compiled through vm.Script with the bytecode that dist/poort.cache holds, so a run skips
// parsing and compiling the bundle (~50 ms of every start; npm run bench). A cache from another
// Node version is rejected by V8 and the bundle is simply compiled as usual.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/poort.cjs', import.meta.url));
const cacheFile = fileURLToPath(new URL('../dist/poort.cache', import.meta.url));

/** The bundle's exports (main, serveChunks), and a way to store what V8 compiled so far as the next run's cache. */
export function loadPoort() {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet: compile as usual
  }
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`;
  const script = new vm.Script(source, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, fileURLToPath(new URL('../dist/', import.meta.url)));
  return { ...module.exports, saveCache: () => writeFileSync(cacheFile, script.createCachedData()) };
}
