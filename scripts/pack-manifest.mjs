// npm's prepack and postpack: the package.json in a tarball has no `prepare`. A clone needs it
// (it builds dist/), but a tarball already holds dist/, and npm warns about every install script
// the user has not allowed, also one it never runs. The manifest is restored from git's copy
// if a pack is interrupted: `git checkout package.json`.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const SAVED = '.package.json.packing';

if (process.argv[2] === 'strip') {
  const text = readFileSync('package.json', 'utf8');
  writeFileSync(SAVED, text);
  const manifest = JSON.parse(text);
  delete manifest.scripts.prepare;
  writeFileSync('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
} else {
  renameSync(SAVED, 'package.json');
}
