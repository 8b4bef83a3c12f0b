import { closeSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import type { Lang } from '../domain/lang.js';
import { crypto } from '../output/crypto.js';
import { fill, readError, words } from '../output/locale/index.js';
import type { Target } from '../check/inputs.js';
import type { Io } from './io.js';
import { UsageError } from './settings.js';

/**
 * `--output FILE`, written so that no report is ever lost: into a temporary file beside it
 * (mode 0600: a report holds personal data), renamed into place only when the report is complete.
 * A run that fails or is interrupted leaves the old report as it was; two runs on one file each
 * replace it whole. Nothing is created before the first write, so a bad flag found after the file
 * was named touches nothing. A device or pipe (`/dev/stdout`) is written straight, as it cannot
 * be replaced; a symbolic link is refused unless `--force`.
 */
export class ReportFile {
  /** Resolved against the working directory. */
  readonly path: string;
  private fd: number | undefined;
  private temp: string | undefined;
  private finished = false;
  /** Not a regular file: written in place. */
  private readonly direct: boolean;

  constructor(readonly given: string, private readonly lang: Lang, cwd: string, force: boolean, private readonly io: Pick<Io, 'onInterrupt'>) {
    this.path = resolve(cwd, given);
    let existing: ReturnType<typeof lstatSync> | undefined;
    try {
      existing = lstatSync(this.path);
    } catch {
      // a new file
    }
    if (existing?.isSymbolicLink() && !force) throw new UsageError(fill(words(lang).cli.outputSymlink, { file: given }));
    const target = existing?.isSymbolicLink() ? statOrUndefined(this.path) : existing;
    if (target?.isDirectory()) throw this.failure({ code: 'EISDIR' });
    this.direct = target !== undefined && !target.isFile();
    if (!this.direct) {
      const parent = statOrUndefined(dirname(this.path));
      if (!parent?.isDirectory()) throw this.failure({ code: 'ENOENT' });
    }
  }

  write(text: string | Uint8Array): boolean {
    this.open();
    try {
      if (typeof text === 'string') writeSync(this.fd!, text);
      else writeSync(this.fd!, text);
    } catch (e) {
      throw this.failure(e);
    }
    return true;
  }

  once(): undefined {
    return undefined;
  }

  /** The report is complete: into place. */
  finish(): void {
    this.open();
    try {
      closeSync(this.fd!);
      this.fd = undefined;
      // A symbolic link allowed by --force is followed: its target is the report.
      if (this.temp) renameSync(this.temp, realpathOr(this.path));
      this.temp = undefined;
    } catch (e) {
      this.abort();
      throw this.failure(e);
    } finally {
      this.finished = true;
    }
  }

  /** The run did not complete: the temporary file goes, an old report stays. */
  abort(): void {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // already gone
      }
      this.fd = undefined;
    }
    if (this.temp) {
      try {
        unlinkSync(this.temp);
      } catch {
        // already gone
      }
      this.temp = undefined;
    }
  }

  /** Whether this report file is one of the run's inputs, or would be read with them next time. */
  isInput(all: readonly Target[], inputs: readonly string[], cwd: string): boolean {
    if (this.direct) return false;
    const real = realpathOr(this.path);
    if (all.some((t) => 'path' in t && realpathOr(resolve(cwd, t.path)) === real)) return true;
    if (!CASE_FILE.test(extname(this.path))) return false;
    return inputs.some((arg) => {
      const dir = statOrUndefined(resolve(cwd, arg));
      return dir?.isDirectory() === true && real.startsWith(realpathOr(resolve(cwd, arg)) + sep);
    });
  }

  private open(): void {
    if (this.fd !== undefined || this.finished) return;
    try {
      if (this.direct) {
        this.fd = openSync(this.path, 'w');
        return;
      }
      // Hidden, and with no extension poort reads: never taken for a case in a folder it checks.
      // Heard first, made second: a signal in between would leave the file behind.
      this.temp = join(dirname(this.path), `.${basename(this.path)}.${crypto().randomBytes(6).toString('hex')}.tmp`);
      this.io.onInterrupt?.(() => this.abort());
      this.fd = openSync(this.temp, 'wx', 0o600);
    } catch (e) {
      this.abort();
      throw this.failure(e);
    }
  }

  private failure(e: unknown): UsageError {
    const err = e as NodeJS.ErrnoException;
    return new UsageError(fill(words(this.lang).cli.badOutput, { file: this.given, reason: readError(err.code ?? '', this.lang) ?? err.message ?? String(err.code) }));
  }
}

const CASE_FILE = /^\.(ya?ml|json|jsonl|csv)$/i;

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // Not there yet: its folder's real path and its name.
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}
