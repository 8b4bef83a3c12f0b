// Builds what the bin runs (npm's `prepare`):
//  - dist/poort.js: src/ bundled by esbuild, with the output-only packages (chalk, cli-table3)
//    split into chunks that load only when a format needs them. A bundle starts far faster
//    than hundreds of separate modules (npm run bench).
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

// Chunk names carry content hashes: clear the old ones, or every build would leave its own.
rmSync('dist/chunks', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { poort: 'src/cli/main.ts' },
  outdir: 'dist',
  splitting: true,
  minify: true,
  chunkNames: 'chunks/[name]-[hash]',
});

const compiler = `dist/.rules-compiler-${process.pid}.js`; // one per build: builds may run side by side
await build({ ...common, entryPoints: ['src/cli/rules-loader.ts'], outfile: compiler });
const { writeRulesCache } = await import(`../${compiler}?${Date.now()}`);
const { problems } = writeRulesCache('rules', 'dist/rules.json');
rmSync(compiler);
if (problems.length > 0) {
  for (const { file, problem } of problems) console.error(`${file}:${problem.line}:${problem.column}: ${problem.code} ${JSON.stringify(problem.args)}`);
  process.exit(1);
}
