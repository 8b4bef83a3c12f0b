import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** The layers of src/, in order: a file may import from its own layer and those before it (README, "Design"). */
const LAYERS = ['domain', 'input', 'check', 'output', 'api', 'cli'];

const SRC = join(ROOT, 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
const layerOf = (file: string): number => LAYERS.indexOf(relative(SRC, file).split(/[\\/]/)[0]!);

describe('src/ is layered, the arrows pointing one way', () => {
  it.each(files(SRC).map((f) => [relative(ROOT, f)]))('%s imports no later layer', (file) => {
    const path = join(ROOT, file);
    const own = layerOf(path);
    expect(own, 'every file is in a layer').toBeGreaterThanOrEqual(0);
    const later = [...readFileSync(path, 'utf8').matchAll(/from '(\.[^']+)'/g)]
      .map((m) => resolve(dirname(path), m[1]!))
      .filter((target) => layerOf(target) > own)
      .map((target) => relative(SRC, target));
    expect(later).toEqual([]);
  });

  it('keeps the domain pure: no I/O, no clock', () => {
    for (const f of files(join(SRC, 'domain'))) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/from 'node:|Date\.now\(|new Date\(/);
    }
  });
});
