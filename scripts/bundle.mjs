// Builds the one file the bin runs: src/ bundled by esbuild into dist/poort.js, with the
// output-only packages (chalk, cli-table3) split into chunks that load only when a format
// needs them. A bundle starts far faster than hundreds of separate modules (npm run bench).
import { build } from 'esbuild';

await build({
  entryPoints: { poort: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies call require() for Node's built-ins; ESM output needs one made.
  banner: { js: "import { createRequire as __poortRequire } from 'node:module'; const require = __poortRequire(import.meta.url);" },
  logLevel: 'warning',
});
