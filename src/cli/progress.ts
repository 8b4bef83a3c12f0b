import type { Lang } from '../domain/lang.js';
import { fill, words } from '../output/locale/index.js';
import type { Io } from './io.js';

/**
 * A count of cases on stderr while a long batch runs: only on a terminal and never in CI, so
 * logs and pipes stay clean. It shows after a second and updates a few times a second.
 */
export class Progress {
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private last = 0;
  private shown = false;

  constructor(private readonly io: Io, private readonly lang: Lang) {
    this.enabled = io.stderrIsTTY && !io.env.CI;
  }

  tick(cases: number): void {
    if (!this.enabled || (cases & 63) !== 0) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.last < 200) return;
    this.last = now;
    this.shown = true;
    this.io.stderr.write(`\r${fill(words(this.lang).cli.progress, { n: cases })}`);
  }

  done(): void {
    if (this.shown) this.io.stderr.write('\r\u001b[K');
  }
}
