// Preloaded by the benchmark: reports the process's peak resident memory when it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\npoort-bench maxrss-kb=${process.resourceUsage().maxRSS}\n`));
