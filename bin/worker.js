// A worker thread of a large batch (poort check --jobs, the library's checkFiles with jobs):
// checks the chunks of case files the main thread sends (src/api/case-stream.ts), from the same build and code cache as bin/poort.js.
'use strict';
require('./load.js').loadPoort().serveChunks();
