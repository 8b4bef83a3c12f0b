// Builds what the bin runs (npm's `prepare`):
//  - dist/poort.js: src/ bundled by esbuild into one file. What only some runs need (chalk and
//    cli-table3 for text, the other formats and commands) stays in it, but behind esbuild's
//    lazy wrappers: parsed, not run, until asked for. One file starts faster than hundreds of
//    modules, and faster than a main file with split chunks (measured: ~20 ms; npm run bench).
//  - dist/rules.json: the built-in rules compiled, so that a run need not parse their YAML
//    (src/input/rules-cache.ts). A rules problem fails the build.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

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

// Chunks of an older build, when it still split the bundle.
rmSync('dist/chunks', { recursive: true, force: true });
await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/poort.js', minify: true });

const compiler = `dist/.rules-compiler-${process.pid}.js`; // one per build: builds may run side by side
await build({ ...common, entryPoints: ['src/cli/rules-loader.ts'], outfile: compiler });
const { writeRulesCache } = await import(`../${compiler}?${Date.now()}`);
const { problems } = writeRulesCache('rules', 'dist/rules.json');
rmSync(compiler);
if (problems.length > 0) {
  for (const { file, problem } of problems) console.error(`${file}:${problem.line}:${problem.column}: ${problem.code} ${JSON.stringify(problem.args)}`);
  process.exit(1);
}
