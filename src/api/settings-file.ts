import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

/** Far larger than any config or rules file (the built-in rules are some 40 KB). */
const LARGEST = 1024 * 1024;

/**
 * The text of a config or rules file, read as safely as a case file: opened without waiting (a
 * FIFO named poort.config.yaml would otherwise hang every command), a regular file only (not
 * /dev/zero), and no larger than any real one. Errors carry a code the problem lines know.
 */
export function readSettingsFile(path: string, largest = LARGEST): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    if (st.size > largest) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}
