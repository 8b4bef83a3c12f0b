// Builds what the bin runs (npm's `prepare`):
//  - dist/poort.cjs: src/ bundled by esbuild into one file. What only some runs need (chalk and
//    cli-table3 for text, the other formats and commands) stays in it, behind esbuild's lazy
//    wrappers: not run until asked for. One file starts faster than hundreds of modules.
//  - dist/poort.cache: V8's code cache for it, taken after checking the shipped examples in
//    every format, so that a run neither parses nor compiles what it uses (bin/load.js).
//  - dist/api.cjs and dist/api.mjs: the library (`import … from 'poort'`, src/api/index.ts), for
//    CommonJS and ESM, with its types in dist/types (tsc), as package.json's `exports` name them.
//  - dist/rules.json: the built-in rules compiled, so that a run need not parse their YAML
//    (src/input/rules-cache.ts). A rules problem fails the build.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  // CommonJS dependencies call require() for Node's built-ins; ESM output needs one made.
  banner: { js: "import { createRequire as __poortRequire } from 'node:module'; const require = __poortRequire(import.meta.url);" },
  logLevel: 'warning',
};

/**
 * Small fixes to dependencies' hot paths, applied to the bundle only. Each replaces exact text
 * of the version it was written against; another version is left alone (and test/formats/
 * bin.test.ts says so). A test compares the bundle's output with that of the sources.
 *  - strip-ansi 6, under cli-table3's string-width, builds its RegExp anew on every call: for
 *    every cell of every table line, a third of the time of the text report (1,000 cases:
 *    2.1 s → 1.4 s). Here the RegExp is built once (`replace` resets lastIndex).
 *  - yaml 2's parser reads process.env.LOG_TOKENS, a debugging switch, for every token: a call
 *    into the C++ environment each time, a tenth of the time of checking a folder of case files
 *    (npm run bench). The bundle never logs tokens.
 *  - commander 14 loads node:child_process (and with it net and dgram) on every start, for
 *    subcommands that are programs of their own; poort has none. Loaded when one is spawned.
 */
const PATCHES = [
  {
    file: /[\\/]node_modules[\\/]strip-ansi[\\/]index\.js$/,
    find: "module.exports = string => typeof string === 'string' ? string.replace(ansiRegex(), '') : string;",
    replace: "const pattern = ansiRegex();\nmodule.exports = (string) => (typeof string === 'string' ? string.replace(pattern, '') : string);",
  },
  {
    file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/,
    find: 'if (node_process.env.LOG_TOKENS)',
    replace: 'if (false)',
  },
  {
    file: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/,
    find: "const childProcess = require('node:child_process');",
    replace: "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };",
  },
];
const patched = {
  name: 'patched',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/].*\.js$/ }, (args) => {
      const patch = PATCHES.find((p) => p.file.test(args.path));
      if (!patch) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(patch.find)) return undefined;
      return { contents: text.replace(patch.find, patch.replace), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

// What older builds left: split chunks, an ESM bundle, a cache of another bundle.
for (const old of ['dist/chunks', 'dist/poort.js', 'dist/poort.cache']) rmSync(old, { recursive: true, force: true });
await build({
  ...common,
  format: 'cjs',
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/poort.cjs',
  // POORT_NO_MINIFY=1 keeps the names, for a CPU profile that says where the time goes.
  minify: process.env.POORT_NO_MINIFY !== '1',
  // ESM dependencies (tinyglobby) ask for import.meta.url, which CommonJS has as __filename.
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
  plugins: [patched],
});

// The library: both module systems from one source; its dependencies stay outside the bundle,
// as npm installs them beside it.
const external = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies);
await build({ ...common, entryPoints: ['src/api/index.ts'], outfile: 'dist/api.mjs', external });
await build({
  ...common,
  format: 'cjs',
  entryPoints: ['src/api/index.ts'],
  outfile: 'dist/api.cjs',
  external,
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
});
rmSync('dist/types', { recursive: true, force: true });
rmSync('dist/types-cjs', { recursive: true, force: true });
if (spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], { stdio: 'inherit' }).status !== 0) process.exit(1);
// The same declarations for `require`: TypeScript reads a .d.ts as the package's module system
// says, so CommonJS gets a copy under a package.json of its own that says commonjs.
cpSync('dist/types', 'dist/types-cjs', { recursive: true });
writeFileSync('dist/types-cjs/package.json', '{ "type": "commonjs" }\n');

const compiler = `dist/.rules-compiler-${process.pid}.js`; // one per build: builds may run side by side
await build({ ...common, entryPoints: ['src/api/rules-loader.ts'], outfile: compiler });
const { writeRulesCache } = await import(`../${compiler}?${Date.now()}`);
const { problems } = writeRulesCache('rules', 'dist/rules.json');
rmSync(compiler);
if (problems.length > 0) {
  for (const { file, problem } of problems) console.error(`${file}:${problem.line}:${problem.column}: ${problem.code} ${JSON.stringify(problem.args)}`);
  process.exit(1);
}

// The code cache: run the usual work once, in this process, then store what V8 compiled.
const { loadPoort } = await import('../bin/load.js');
const { main, saveCache } = loadPoort();
const sink = { write: () => true, once: () => undefined };
const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`);
const io = { root: '.', version: '0.0.0', cwd: '.', env: {}, stdout: sink, stderr: sink, stdoutIsTTY: false, stderrIsTTY: false, readStdin: () => Buffer.alloc(0) };
for (const format of ['text', 'json']) await main(['check', ...examples, '--as-of', '2026-01-01', '--format', format], io);
saveCache(true);
