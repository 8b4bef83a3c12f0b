import type { WorkerLike, WorkerSetup } from '../api/case-stream.js';

/** The process around the CLI, passed in so that tests can run it in-process. */
export interface Io {
  /** The package directory: where rules/ and package.json are. */
  root: string;
  version: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Returns false when the consumer is behind; then wait for 'drain' (a batch never piles up in memory). */
  stdout: { write(s: string | Uint8Array): boolean; once(event: 'drain', listener: () => void): unknown };
  stderr: { write(s: string): unknown };
  stdoutIsTTY: boolean;
  /** The terminal's width when stdout is one (and it says). */
  stdoutColumns?: number | undefined;
  stderrIsTTY: boolean;
  /** Standard input as it arrives: read piece by piece, so that no input is held whole. */
  readStdin(): AsyncIterable<Buffer>;
  /**
   * Called before an export (CSV, JSON Lines, stdin) is streamed: keep the heap small, however
   * long the stream; `holding` when the run holds its rows until the end (periods to fold).
   * Optional: the process's business, not the checks'.
   */
  leanHeap?: (holding: boolean) => void;
  /**
   * Run `cleanup` if the process is stopped by a signal (Ctrl-C, SIGTERM) before it ends: a
   * half-written report file is removed. Optional: the process's business, not the checks'.
   */
  onInterrupt?: (cleanup: () => void) => void;
  /** A worker thread running poort's serveChunks (api/case-stream.ts); without it, one thread does all. */
  startWorker?: (setup: WorkerSetup) => WorkerLike;
  /** --watch: call `onChange` whenever a file at or below these inputs changes, until the returned function stops it. Optional: without it, no watch mode. */
  watch?: (inputs: readonly string[], onChange: () => void) => () => void;
}
