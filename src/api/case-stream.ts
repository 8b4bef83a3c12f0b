import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { CaseReport } from '../check/case-report.js';
import { caseReports } from '../check/case-reports.js';
import { units, type Target } from '../check/inputs.js';
import { countsOf, type CaseCounts } from '../check/tally.js';
import { fromCache, toCache } from '../input/rules-cache.js';
import { problemLine } from '../output/problem-line.js';
import { openRun, type Run, type RunSpec } from './run.js';

/*
 * The stream of checked cases, on one thread or on every core: the one pipeline under
 * checkFiles and under the CLI's check and agenda. For a folder of case files, worker threads
 * read, check and render chunks of files while the main thread does the same with other chunks
 * and hands every case on in input order. Only case files are shared out: an export (CSV, JSON
 * Lines) and standard input stream on the main thread, in bounded memory. npm run bench
 * measures what this gains.
 */

/** Files per chunk: enough to outweigh a message each way, few enough to keep both threads busy. */
const CHUNK = 32;
/** Below this many case files a worker's start-up costs more than it saves. */
const MIN_FILES = 256;
/** How many chunks the main thread may finish ahead of the one to be written next. */
const AHEAD = 8;
/** Chunks a worker holds at once, so that it never waits for the main thread to send the next. */
const IN_FLIGHT = 2;

/** What the main thread needs of a case, from whichever thread checked it. */
export interface Outcome<T> {
  rendered: T;
  counts: CaseCounts;
  /** Problem lines for stderr. */
  problems: string[];
}

/** What a worker is started with: the run's spec, and the rules table as the rules cache writes it. */
export interface WorkerSetup {
  spec: RunSpec;
  rules: string;
}

/** A worker's answer to a chunk (serveChunks). */
interface ChunkDone<T> {
  index: number;
  outcomes: Outcome<T>[];
}

interface Chunk {
  targets: Target[];
  /** Case files only: these may go to a worker. */
  shared: boolean;
}

/** What poort uses of a worker_threads Worker. */
export interface WorkerLike {
  postMessage(value: unknown): void;
  on(event: 'message', listener: (value: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

/** What the stream needs of the process around it. */
export interface StreamHost {
  /** Standard input (`-`) as it arrives. */
  readStdin(): AsyncIterable<Buffer>;
  /** A worker thread running serveChunks; without it, one thread does all. */
  startWorker?: ((setup: WorkerSetup) => WorkerLike) | undefined;
  /** Threads to use (--jobs); undefined for as many as there are cores. */
  jobs?: number | undefined;
}

/**
 * Every case of the targets, checked and rendered by the run, in input order, on as many
 * threads as the host allows and the targets are worth.
 */
export function caseStream<T>(all: readonly Target[], run: Run<T>, spec: RunSpec, host: StreamHost): AsyncGenerator<Outcome<T>> {
  const n = threads(all, host);
  return n > 1 ? parallelOutcomes(all, run, spec, host, n) : caseOutcomes(all, run, spec, host.readStdin);
}

const isCaseFile = (t: Target): boolean => 'path' in t && t.kind === 'list';

/** More threads than this per core only cost memory (--jobs 3000 ran out of it). */
const MAX_PER_CORE = 4;

/** How many threads to use: --jobs (at most four per core), else every core; 1 when there is too little to share. */
export function threads(all: readonly Target[], { jobs, startWorker }: StreamHost): number {
  if (!startWorker) return 1;
  const n = Math.min(jobs ?? availableParallelism(), MAX_PER_CORE * availableParallelism());
  return n > 1 && all.filter(isCaseFile).length >= MIN_FILES ? n : 1;
}

function outcome<T>(c: CaseReport, render: (c: CaseReport) => T, updateBaseline: boolean): Outcome<T> {
  return { rendered: render(c), counts: countsOf(c, updateBaseline), problems: c.problems.map((p) => problemLine(c.file, p)) };
}

/** The outcomes of some targets, on this thread. */
async function* caseOutcomes<T>(targets: readonly Target[], run: Run<T>, spec: RunSpec, readStdin: StreamHost['readStdin']): AsyncGenerator<Outcome<T>> {
  for await (const unit of units(targets, readStdin, spec.cwd, spec.maxFileSize, run.reading)) {
    for (const c of caseReports(unit, run.checker)) yield outcome(c, run.render, spec.baseline?.update === true);
  }
}

/** The outcomes of every target in input order, with `threads - 1` workers helping. */
async function* parallelOutcomes<T>(all: readonly Target[], run: Run<T>, spec: RunSpec, host: StreamHost, threads: number): AsyncGenerator<Outcome<T>> {
  const chunks = chunked(all);
  const done = new Map<number, Outcome<T>[]>();
  let next = 0; // the next chunk nobody has taken
  let emit = 0; // the next chunk to hand out, in order
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  const setup: WorkerSetup = { spec, rules: toCache('', run.table) };
  const workers = Array.from({ length: threads - 1 }, () => {
    const w = { thread: host.startWorker!(setup), busy: 0 };
    w.thread.on('message', (message) => {
      const { index, outcomes } = message as ChunkDone<T>;
      done.set(index, outcomes);
      w.busy--;
      wake?.();
    });
    w.thread.on('error', (e: Error) => {
      failure = e;
      wake?.();
    });
    w.thread.on('exit', () => {
      failure ??= w.busy > 0 ? new Error('a worker thread stopped') : undefined;
      wake?.();
    });
    return w;
  });
  const feed = (): void => {
    for (const w of workers) {
      while (w.busy < IN_FLIGHT && next < chunks.length && chunks[next]!.shared) {
        w.thread.postMessage({ index: next, targets: chunks[next]!.targets });
        w.busy++;
        next++;
      }
    }
  };
  const own = (targets: readonly Target[]) => caseOutcomes(targets, run, spec, host.readStdin);

  try {
    while (emit < chunks.length) {
      if (failure) throw failure;
      feed();
      const ready = done.get(emit);
      if (ready) {
        done.delete(emit);
        emit++;
        yield* ready;
      } else if (next < chunks.length && next === emit && !chunks[next]!.shared) {
        // An export or stdin: streamed straight out, never gathered.
        const { targets } = chunks[next++]!;
        emit++;
        yield* own(targets);
      } else if (next < chunks.length && chunks[next]!.shared && next - emit < AHEAD) {
        const index = next++;
        const outcomes: Outcome<T>[] = [];
        for await (const o of own(chunks[index]!.targets)) outcomes.push(o);
        done.set(index, outcomes);
        await new Promise(setImmediate); // lets the workers' results in
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    }
  } finally {
    for (const w of workers) void w.thread.terminate();
  }
}

/** Runs of up to CHUNK case files; every other target on its own. */
function chunked(all: readonly Target[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const t of all) {
    const last = chunks[chunks.length - 1];
    if (!isCaseFile(t)) chunks.push({ targets: [t], shared: false });
    else if (last?.shared && last.targets.length < CHUNK) last.targets.push(t);
    else chunks.push({ targets: [t], shared: true });
  }
  return chunks;
}

/** A worker thread's side: opens the run from the main thread's spec, and checks and renders the chunks it is sent. */
export async function serveChunks(): Promise<void> {
  // Only a worker needs the module: loaded at the top, it would cost every start some 5 ms (npm
  // run bench). Required, not imported: the bundle runs in a vm.Script, which has no import().
  const { parentPort, workerData } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const { spec, rules } = workerData as WorkerSetup;
  const run = await openRun(spec, fromCache(rules, '')!);
  const noStdin = async function* (): AsyncGenerator<Buffer> {}; // stdin stays with the main thread
  parentPort!.on('message', async ({ index, targets }: { index: number; targets: Target[] }) => {
    const outcomes: Outcome<unknown>[] = [];
    for await (const o of caseOutcomes(targets, run, spec, noStdin)) outcomes.push(o);
    parentPort!.postMessage({ index, outcomes } satisfies ChunkDone<unknown>);
  });
}
