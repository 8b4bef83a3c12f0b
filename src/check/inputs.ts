import { closeSync, createReadStream, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { unreadable, type Problem } from '../input/problem.js';
import { CONFIG_FILE } from '../input/config-file.js';
import { MAX_KEYS } from '../input/document.js';
import { csvDelimiter, csvLocated, rowValue } from '../input/csv-case.js';
import { jsonLineRecord } from '../input/json-line.js';
import type { Located } from '../input/located.js';
import { foldPeriods, PeriodRows, type FoldedCase } from './periods.js';
import { ColumnMapping, type ColumnsSource, type HeaderPlan, type Periods } from '../input/columns.js';

/**
 * What `poort check` reads: any mix of files, directories (recursive), quoted glob patterns and
 * `-` for standard input. Each input becomes units of work — a document, a list of cases, one
 * line of JSON Lines, one row of CSV — streamed, so an export of 100,000 cases is never held in
 * memory. Every unit keeps its origin for every output.
 */
export type Unit =
  | { type: 'json-line'; source: string; file: string; text: string; line: number; columns: ColumnMapping }
  | { type: 'list'; source: string; file: string; text: string }
  | { type: 'csv-row'; source: string; file: string; plan: HeaderPlan; cells: string[]; line: number }
  /** An input that could not be read as a case: a missing file, one too large, an export's header (said once for the file, not in every row). */
  | { type: 'problem'; source: string; file: string; problems: Problem[] }
  /** A case folded from rows of sickness periods (--periods). */
  | ({ type: 'folded' } & FoldedCase);

/** How exports are read, as plain data (a run spec carries it): the mapping of columns onto case keys, periods to fold, the sheet of a workbook. */
export interface ReadingSpec {
  columns: ColumnsSource;
  /** Fold rows of sickness periods into cases (--periods), by these keys. */
  periods: Periods | undefined;
  /** --sheet: the sheet of a workbook; the first without it. */
  sheet: string | undefined;
}

/** How exports are read, ready to apply. */
export interface Reading {
  columns: ColumnMapping;
  periods: Periods | undefined;
  sheet: string | undefined;
  /** Rows of periods held at most (MAX_PERIOD_ROWS; smaller in a test). */
  maxPeriodRows?: number;
}

export function readingOf(spec: ReadingSpec): Reading {
  return { columns: new ColumnMapping(spec.columns), periods: spec.periods, sheet: spec.sheet };
}

const PLAIN: Reading = readingOf({ columns: {}, periods: undefined, sheet: undefined });

type Kind = 'list' | 'jsonl' | 'csv' | 'xlsx';
export type Target = { path: string; kind: Kind } | { stdin: true } | { missing: string; problem: Problem };

const CASE_FILE = /\.(ya?ml|json|jsonl|csv|xlsx)$/i;
const GLOB = /[*?[\]{}]/;

const kindOf = (path: string): Kind => {
  const ext = extname(path).toLowerCase();
  return ext === '.jsonl' ? 'jsonl' : ext === '.csv' ? 'csv' : ext === '.xlsx' ? 'xlsx' : 'list';
};

/** The inputs named on the command line, in order; directories and globs expanded and sorted. */
export async function targets(args: readonly string[], cwd: string): Promise<Target[]> {
  const out: Target[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ stdin: true });
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(resolve(cwd, arg)).isDirectory();
    } catch (e) {
      if (!GLOB.test(arg)) {
        out.push({ missing: arg, problem: unreadable(e) });
        continue;
      }
      // A quoted pattern, expanded the same way in every shell (and on Windows).
      const { glob } = await import('tinyglobby');
      const matches = (await glob(arg, { cwd, ignore: ['**/node_modules/**'], onlyFiles: false, expandDirectories: false })).sort();
      if (matches.length === 0) out.push({ missing: arg, problem: { code: 'no-match', path: [], line: null, column: null, args: { pattern: arg } } });
      for (const path of matches) {
        if (isDirectory(resolve(cwd, path))) out.push(...walk(path, cwd));
        else if (!isConfig(path)) out.push({ path, kind: kindOf(path) });
      }
      continue;
    }
    if (isDir) out.push(...walk(arg, cwd));
    else out.push({ path: arg, kind: kindOf(arg) });
  }
  return out;
}

/** Case files below a directory, depth first in name order; hidden and node_modules folders skipped. */
function walk(dir: string, cwd: string, seen = new Set<string>()): Target[] {
  let real: string;
  try {
    real = realpathSync(resolve(cwd, dir));
  } catch (e) {
    return [{ missing: dir, problem: unreadable(e) }];
  }
  if (seen.has(real)) return []; // a symlink loop: each directory once
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(resolve(cwd, dir), { withFileTypes: true });
  } catch (e) {
    return [{ missing: dir, problem: unreadable(e) }];
  }
  const out: Target[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    const kind = e.isSymbolicLink() ? linkKind(resolve(cwd, path)) : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
    if (kind === 'dir') out.push(...walk(path, cwd, seen));
    // A case file's link that leads nowhere (or round in a circle) is said, not skipped.
    else if (kind instanceof Error && CASE_FILE.test(e.name)) out.push({ missing: path, problem: unreadable(kind) });
    // Only regular files: a FIFO or a device in the folder would be waited on or read for ever.
    else if (kind === 'file' && CASE_FILE.test(e.name) && !isConfig(e.name)) out.push({ path, kind: kindOf(e.name) });
  }
  return out;
}

/** poort.config.yaml in a folder or a pattern is the project's settings, not a case; named on its own, it is read as asked. */
const isConfig = (path: string): boolean => basename(path) === CONFIG_FILE;

function linkKind(path: string): 'dir' | 'file' | 'other' | Error {
  try {
    const st = statSync(path);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
  } catch (e) {
    return e as Error;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A case file larger than this is refused unread (--max-file-size): a dossier is a few KB, and
 * a 50 MB "case" is a mistake or an attack that would cost memory and time. JSON Lines and CSV
 * are streamed, so for them the limit is per record.
 */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** The units of all targets, in order. */
export async function* units(all: readonly Target[], readStdin: () => AsyncIterable<Buffer>, cwd: string, maxSize = DEFAULT_MAX_FILE_SIZE, reading: Reading = PLAIN): AsyncGenerator<Unit> {
  const tooLarge = (source: string, size: number): Unit => ({
    type: 'problem', source, file: source, problems: [{ code: 'file-too-large', path: [], line: null, column: null, args: { size, limit: maxSize } }],
  });
  for (const t of all) {
    if ('missing' in t) {
      yield { type: 'problem', source: t.missing, file: t.missing, problems: [t.problem] };
    } else if ('stdin' in t) {
      yield* stdinUnits(readStdin(), maxSize, tooLarge, reading);
    } else {
      const file = isAbsolute(t.path) ? t.path : relative(cwd, resolve(cwd, t.path)) || t.path;
      const path = resolve(cwd, t.path);
      let bytes: Buffer | number;
      try {
        if (t.kind !== 'list') {
          yield* streamUnits(file, t.kind, path, maxSize, reading);
          continue;
        }
        bytes = readBounded(path, maxSize);
      } catch (e) {
        yield { type: 'problem', source: file, file, problems: [unreadable(e)] };
        continue;
      }
      if (typeof bytes === 'number') yield tooLarge(file, bytes);
      else yield { type: 'list', source: file, file, text: decode(bytes) };
    }
  }
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Text from bytes: UTF-8, or UTF-16 when a byte order mark says so (as Windows tools write); no BOM left. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return stripBom(bytes.toString('utf8'));
}

/**
 * A file's bytes, but never more than `max`: past that, the number of bytes read instead. Reads
 * rather than trusting the size on disk, so a link to /dev/zero or a pipe ends too.
 */
function readBounded(path: string, max: number): Buffer | number {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isFile() && st.size > max) return st.size;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // A regular file is read in one piece of its own size; anything else in 64 KB pieces.
      const chunk = Buffer.allocUnsafe(Math.min(st.isFile() ? st.size + 1 : 1 << 16, max + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > max) return Math.max(total, st.size);
      // A regular file that gave less than was asked is at its end: no read more to learn so.
      if (st.isFile() && n < chunk.length) return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
    }
  } finally {
    closeSync(fd);
  }
}

/** Standard input has no name to go by: JSON Lines and CSV are told by their first lines. */
function sniff(text: string): Kind {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{'))) return 'jsonl';
  const first = lines[0] ?? '';
  // A header: separated names, none of YAML's `key: value`, no comment, list or bracket first.
  if (lines.length > 1 && /[;,]/.test(first) && !/:/.test(first) && !/^\s*[#\-{[]/.test(first)) return 'csv';
  return 'list';
}

function* jsonlUnit(file: string, line: string, lineNo: number, maxSize: number, reading: Reading, periods: PeriodRows<string> | undefined): Generator<Unit, boolean> {
  if (line.trim() === '') return false;
  const source = `${file} line ${lineNo}`;
  if (line.length > maxSize) {
    yield { type: 'problem', source, file, problems: [{ code: 'file-too-large', path: [], line: lineNo, column: 1, args: { size: line.length, limit: maxSize } }] };
    return false;
  }
  if (periods) {
    const record = jsonLineRecord(file, line, lineNo, reading.columns);
    // A record that cannot be read, or is no mapping, is a case of its own and says why.
    if (!('problems' in record) && isRecord(record.value)) {
      if (periods.push(lineNo, line, record.value)) return false;
      yield tooManyPeriods(file, lineNo, periods.max);
      return true;
    }
  }
  yield { type: 'json-line', source, file, text: line, line: lineNo, columns: reading.columns };
  return false;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

async function* streamUnits(file: string, kind: 'jsonl' | 'csv' | 'xlsx', path: string, maxSize: number, reading: Reading): AsyncGenerator<Unit> {
  // A device (a link to /dev/zero, say) would be read without end; a pipe is fine, it ends.
  const st = statSync(path);
  if (st.isCharacterDevice() || st.isBlockDevice()) throw Object.assign(new Error('a device'), { code: 'ENOTREG' });
  if (kind === 'jsonl') {
    yield* jsonlStream(file, createReadStream(path, 'utf8'), maxSize, reading);
    return;
  }
  if (kind === 'xlsx') return yield* exportUnits(file, sheetRows(path, reading.sheet), reading);
  yield* exportUnits(file, csvRows(() => createReadStream(path), csvDelimiter(stripBom(firstLine(path))), maxSize), reading);
}

/** The rows of a workbook's sheet; what cannot be read is thrown as the problem it is. */
async function* sheetRows(path: string, sheet: string | undefined): AsyncGenerator<Row> {
  const { workbookRows } = await import('./workbook.js');
  try {
    yield* workbookRows(path, sheet);
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { sheets?: string[] };
    const at = { path: [], line: null, column: null };
    if (err.code === 'ENOSHEET') throw Object.assign(err, { problem: { code: 'sheet-unknown', ...at, args: { sheet: sheet ?? '', sheets: err.sheets ?? [] } } });
    if (err.code === 'EBADXLSX' || err.code === 'EFBIG') throw Object.assign(err, { problem: { code: 'workbook-invalid', ...at, args: { detail: err.message } } });
    throw err;
  }
}

/** JSON Lines from a stream of text, one record at a time; an overlong line is reported by its length, never held whole. */
async function* jsonlStream(file: string, input: AsyncIterable<string>, maxSize: number, reading: Reading): AsyncGenerator<Unit> {
  let lineNo = 0;
  // Records of sickness periods wait until the export is read: a person's periods may be anywhere in it.
  const periods = reading.periods && new PeriodRows<string>(reading.periods, reading.maxPeriodRows);
  for await (const lines of boundedLines(input, maxSize)) {
    for (const line of lines) {
      lineNo++;
      if (typeof line === 'string') {
        // Past the rows of periods that can be held, the export is one problem and no fold.
        if (yield* jsonlUnit(file, lineNo === 1 ? stripBom(line) : line, lineNo, maxSize, reading, periods)) return;
      } else yield { type: 'problem', source: `${file} line ${lineNo}`, file, problems: [{ code: 'file-too-large', path: [], line: lineNo, column: 1, args: { size: line.tooLong, limit: maxSize } }] };
    }
  }
  if (periods && reading.periods) {
    const read = ({ n, raw }: { n: number; raw: string }) => jsonLineRecord(file, raw, n, reading.columns) as { value: Record<string, unknown>; located: Located };
    for (const c of foldPeriods(periods, reading.periods, { file, unit: 'line', read })) yield { type: 'folded', ...c };
  }
}

/**
 * The lines of a stream of text (without `\n` or `\r\n`), none longer than `max` characters: a
 * longer one comes as its length and is skipped as it streams past (`/dev/zero` has no end of
 * line at all). The lines of each piece of the stream come together, one wait per piece.
 */
export async function* boundedLines(input: AsyncIterable<string>, max: number): AsyncGenerator<(string | { tooLong: number })[]> {
  let pending = '';
  let skipped = -1; // characters of an overlong line skipped so far; -1 while not skipping
  const line = (text: string): string => (text.endsWith('\r') ? text.slice(0, -1) : text);
  for await (const chunk of input) {
    const lines: (string | { tooLong: number })[] = [];
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, nl);
      start = nl + 1;
      if (skipped >= 0) lines.push({ tooLong: skipped + piece.length });
      else if (pending.length + piece.length > max) lines.push({ tooLong: pending.length + piece.length });
      else lines.push(line(pending + piece));
      pending = '';
      skipped = -1;
    }
    const rest = chunk.slice(start);
    if (skipped >= 0) skipped += rest.length;
    else if (pending.length + rest.length > max) {
      skipped = pending.length + rest.length;
      pending = '';
    } else pending += rest;
    if (lines.length > 0) yield lines;
  }
  if (skipped >= 0) yield [{ tooLong: skipped }];
  else if (pending !== '') yield [line(pending)];
}

/**
 * Standard input, streamed: its first 64 KB tell what it is (a case file, JSON Lines or CSV);
 * a case file is read up to the size limit and no further, an export record by record, as
 * files are. UTF-8, or UTF-16 when a byte order mark says so.
 */
async function* stdinUnits(input: AsyncIterable<Buffer>, maxSize: number, tooLarge: (source: string, size: number) => Unit, reading: Reading): AsyncGenerator<Unit> {
  const chunks = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  const first = Buffer.concat(head);
  const encoding = first[0] === 0xff && first[1] === 0xfe ? 'utf-16le' : first[0] === 0xfe && first[1] === 0xff ? 'utf-16be' : 'utf-8';
  // A look at the lines of the first piece (the last perhaps cut short) tells what it is.
  const look = stripBom(new TextDecoder(encoding).decode(first));
  const decoder = new TextDecoder(encoding);
  // The whole, as text: decoded piece by piece (a character may be split between two pieces).
  async function* text(): AsyncGenerator<string> {
    yield decoder.decode(first, { stream: !ended });
    if (ended) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield decoder.decode(next.value, { stream: true });
    yield decoder.decode();
  }
  const kind = sniff(look);
  if (kind === 'jsonl') return yield* jsonlStream('-', text(), maxSize, reading);
  if (kind === 'csv') return yield* exportUnits('-', csvRows(() => Readable.from(text()), csvDelimiter(look.split('\n', 1)[0] ?? ''), maxSize), reading);
  let all = '';
  for await (const piece of text()) {
    all += piece;
    if (all.length > maxSize) {
      await chunks.return?.();
      return yield tooLarge('-', all.length);
    }
  }
  yield { type: 'list', source: '-', file: '-', text: stripBom(all) };
}

const SNIFF_BYTES = 64 * 1024;

/** The header line, read before the stream starts, to tell `;` from `,`. */
function firstLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8').split('\n', 1)[0] ?? '';
  } finally {
    closeSync(fd);
  }
}

/** A row of an export as its reader gives it: its cells, and the line where it is. */
export interface Row {
  line: number;
  cells: string[];
}

/** The rows of a CSV stream; a syntax or read error ends them, thrown with the line it was found on. */
async function* csvRows(input: () => NodeJS.ReadableStream, delimiter: ',' | ';', maxSize: number): AsyncGenerator<Row> {
  const { parse } = await import('csv-parse');
  const parser = parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true, max_record_size: maxSize });
  // Opened only now, with its error handled from the start (a file removed since it was listed).
  input().on('error', (e) => parser.destroy(e)).pipe(parser);
  parser.on('error', () => undefined); // the loop receives it; this keeps it from being "unhandled" as well
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) yield { line: info.lines, cells: record };
}

/** An export with more rows of periods than can be held: one problem for the file, and no fold. */
function tooManyPeriods(file: string, line: number, max: number): Unit {
  return { type: 'problem', source: file, file, problems: [{ code: 'periods-too-many', path: [], line, column: 1, args: { max } }] };
}

/**
 * The three cells of a row that fold it, as its value would hold them (the rest of the row is
 * read when its case is made): their columns found once per header.
 */
function periodCells(plan: HeaderPlan, keys: Periods): (cells: readonly string[]) => Record<string, unknown> {
  const columns = [keys.person, keys.start, keys.end].map((key) => [key, plan.paths.findIndex((p) => p !== null && p.length === 1 && p[0] === key)] as const);
  return (cells) => {
    const value: Record<string, unknown> = {};
    for (const [key, i] of columns) {
      const cell = i < 0 ? '' : (cells[i] ?? '').trim();
      if (cell !== '') value[key] = plan.targets[i]!.text(cell);
    }
    return value;
  };
}

/**
 * The units of an export (CSV, or a sheet of a workbook): its header read once through the
 * mapping, what is wrong with it said once, then a unit per row. A header that gives no column
 * for a key every case needs is one problem for the file, with the number of rows it left
 * unchecked: each row would only fail the same way.
 */
export async function* exportUnits(file: string, rows: AsyncIterable<Row>, reading: Reading): AsyncGenerator<Unit> {
  let plan: HeaderPlan | undefined;
  let folding: ((cells: readonly string[]) => Record<string, unknown>) | undefined;
  let row = 0;
  // Rows of sickness periods wait until the export is read: a person's periods may be anywhere in it.
  // Cells as one JSON text: one string a row, not an array of them.
  const periods = reading.periods && new PeriodRows<string>(reading.periods, reading.maxPeriodRows);
  try {
    for await (const { line, cells } of rows) {
      if (!plan) {
        const header = cells.map((h) => h.trim());
        if (header.length > MAX_KEYS) {
          // Every row would be that many unknown keys: the file is no export of cases.
          return yield { type: 'problem', source: file, file, problems: [{ code: 'too-many-keys', path: [], line, column: MAX_KEYS + 1, args: { count: header.length, max: MAX_KEYS } }] };
        }
        plan = reading.columns.plan(header, line);
        folding = reading.periods && periodCells(plan, reading.periods);
        if (plan.problems.length > 0 && !plan.missing) yield { type: 'problem', source: `${file} header`, file, problems: plan.problems };
        continue;
      }
      row++;
      if (plan.missing) continue;
      const source = `${file} row ${row}`;
      if (periods && folding) {
        if (!periods.push(row, JSON.stringify([line, cells]), folding(cells))) return yield tooManyPeriods(file, line, periods.max);
      }
      else yield { type: 'csv-row', source, file, plan, cells, line };
    }
  } catch (e) {
    const err = e as Error & { lines?: number; syscall?: string; problem?: Problem };
    // The file itself failed (removed while read, say), or its workbook or CSV did.
    const problem: Problem = err.problem ?? (err.syscall
      ? unreadable(err)
      : { code: 'csv-syntax', path: [], line: err.lines ?? null, column: null, args: { detail: err.message } });
    yield { type: 'problem', source: row === 0 ? file : `${file} row ${row + 1}`, file, problems: [problem] };
  }
  if (plan?.missing) {
    const missing: Problem = { code: 'column-missing', path: [], line: 1, column: 1, args: { key: plan.missing, rows: row, suggestion: plan.hint } };
    yield { type: 'problem', source: file, file, problems: [missing, ...plan.problems] };
  } else if (periods && reading.periods && plan) {
    const header = plan;
    const read = ({ raw }: { raw: string }) => {
      const [line, cells] = JSON.parse(raw) as [number, string[]];
      return { value: rowValue(header, cells), located: csvLocated(header, cells, line) };
    };
    const reader = { file, unit: 'row', read };
    for (const c of foldPeriods(periods, reading.periods, reader)) yield { type: 'folded', ...c };
  }
}
