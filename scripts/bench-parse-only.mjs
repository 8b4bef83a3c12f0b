// The yardstick for the batch benchmark: read every file of a directory and parse it with the
// same YAML library poort uses — nothing else. poort's own cost is what it adds to this.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, LineCounter } from 'yaml';

const dir = process.argv[2];
let n = 0;
for (const f of readdirSync(dir).sort()) {
  const doc = parseDocument(readFileSync(join(dir, f), 'utf8'), { lineCounter: new LineCounter() });
  if (doc.toJS()) n++;
}
console.log(n);
