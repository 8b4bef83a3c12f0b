// A worker thread of a large batch: checks the chunks of case files the main thread sends
// (src/cli/parallel.ts), from the same build and code cache as bin/poort.js.
import { loadPoort } from './load.js';

await loadPoort().serveChunks();
