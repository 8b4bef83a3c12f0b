import { Datum } from '../domain/datum.js';
import type { Periods } from '../input/columns.js';
import type { Located, Path } from '../input/located.js';
import type { Problem } from '../input/problem.js';

/*
 * An export of one row per sickness period (ziekmelding to herstel) folded into cases by the
 * samentelling (art. 7:629 lid 10 BW; docs/law.md): periods of one person less than four weeks
 * (28 days) apart are one case, the days between them an onderbreking; a gap of 28 days or more
 * starts a new case. Periods that overlap, or a period that starts while an earlier one has not
 * ended, are an input problem naming both rows.
 *
 * A person's periods may lie anywhere in the export, so every row waits until it is read. A
 * waiting row is small (its number, its raw cells or text, and the three values that fold it):
 * its value and positions are read again when its case is made, so that 100,000 rows stay
 * within the memory of a streamed export.
 */

/** A row's value through the mapping, and where its parts are. */
export interface RowRead {
  value: Record<string, unknown>;
  located: Located;
}

/** One row of the export, as its case is made from it: its number and its raw cells or text, with the three values that fold it. */
export interface PeriodRow<Raw = unknown> {
  /** Its number as its origin names it (`row 12` of a CSV file or a sheet, `line 56` of JSON Lines). */
  n: number;
  raw: Raw;
  person: string;
  start: number;
  /** The first day of full recovery; null while still sick. */
  end: number | null;
}

/**
 * The rows of an export waiting to be folded, column by column (numbers in packed arrays), so
 * that 100,000 of them take a few megabytes: a row's value is read again from its raw cells or
 * text when its case is made.
 */
export class PeriodRows<Raw> {
  private readonly ns: number[] = [];
  private readonly raws: Raw[] = [];
  private readonly persons: (string | undefined)[] = [];
  /** Day numbers; UNREADABLE where the row gives none that can be read, STILL_SICK for no end. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly keys: Periods, readonly max = MAX_PERIOD_ROWS) {}

  /** A row, by the three values of its value that fold it; false, and the row not kept, once `max` rows are held. */
  push(n: number, raw: Raw, value: Record<string, unknown>): boolean {
    if (this.ns.length >= this.max) return false;
    const person = value[this.keys.person];
    const end = value[this.keys.end];
    this.ns.push(n);
    this.raws.push(raw);
    this.persons.push((typeof person === 'string' || typeof person === 'number') && String(person).trim() !== '' ? String(person) : undefined);
    this.starts.push(dayOf(value[this.keys.start]));
    this.ends.push(end === undefined ? STILL_SICK : dayOf(end));
    return true;
  }

  get length(): number {
    return this.ns.length;
  }

  /** The i-th row if it folds (a person, a start, and an end after it or none), else undefined. */
  folding(i: number): PeriodRow<Raw> | undefined {
    const person = this.persons[i];
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (person === undefined || start === UNREADABLE || end === UNREADABLE || (end !== STILL_SICK && end <= start)) return undefined;
    return { n: this.ns[i]!, raw: this.raws[i]!, person, start, end: end === STILL_SICK ? null : end };
  }

  row(i: number): { n: number; raw: Raw } {
    return { n: this.ns[i]!, raw: this.raws[i]! };
  }

  person(i: number): string | undefined {
    return this.persons[i];
  }
}

/**
 * Rows of periods held at most: some 60 MB of them. An export larger than this is refused as a
 * whole (a fold of part of it would be wrong), so that memory stays bounded whatever comes in.
 */
export const MAX_PERIOD_ROWS = 500_000;

const UNREADABLE = -2_147_483_648;
const STILL_SICK = 2_147_483_647;

/** How the rows of one export are read: their origin, and their value again when their case is made. */
export interface RowReader<Raw> {
  file: string;
  /** `row` or `line`. */
  unit: string;
  read(row: { n: number; raw: Raw }): RowRead;
}

/** A case made of one or more rows: its value, where each part of it came from, and what is wrong with its periods. */
export interface FoldedCase {
  source: string;
  file: string;
  value: Record<string, unknown>;
  located: Located;
  problems: Problem[];
}

/** Fewer days than this between two periods, and they are one case (the samentelling). */
const SAMENTELLING_DAYS = 28;

const dayOf = (v: unknown): number => {
  const d = typeof v === 'string' ? Datum.parse(v.trim()) : undefined;
  return d?.inRange ? d.day : UNREADABLE;
};

/**
 * Every row's case, one at a time: first the rows whose person, start or end cannot be read (a
 * case of their own, checked as they are, so their problems show), then, person by person in the
 * order each first appears, a case per run of periods. Every row is in exactly one case.
 */
export function* foldPeriods<Raw>(rows: PeriodRows<Raw>, keys: Periods, reader: RowReader<Raw>): Generator<FoldedCase> {
  /** Each person's rows, by index. */
  const byPerson = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const person = rows.person(i);
    if (person === undefined || !rows.folding(i)) {
      const row = rows.row(i);
      const { value, located } = reader.read(row);
      yield { source: `${reader.file} ${reader.unit} ${row.n}`, file: reader.file, value, located, problems: [] };
      continue;
    }
    const list = byPerson.get(person);
    if (list) list.push(i);
    else byPerson.set(person, [i]);
  }
  for (const [person, indexes] of byPerson) {
    byPerson.delete(person); // done with
    const periods = indexes.map((i) => rows.folding(i)!).sort((a, b) => a.start - b.start || a.n - b.n);
    let run: PeriodRow<Raw>[] = [];
    let overlaps: [PeriodRow<Raw>, PeriodRow<Raw>][] = [];
    for (const p of periods) {
      const last = run[run.length - 1];
      if (last && (last.end === null || p.start < last.end)) {
        overlaps.push([p, last]);
        run.push(p);
      } else if (last && last.end !== null && p.start - last.end >= SAMENTELLING_DAYS) {
        yield folded(run, overlaps, keys, reader);
        run = [p];
        overlaps = [];
      } else run.push(p);
    }
    if (run.length > 0) yield folded(run, overlaps, keys, reader);
  }
}

/**
 * One case from a run of periods: the first start is its ziekmelding, the last end its hersteld,
 * and each gap an onderbreking from the first day fit to the day before the next start. Any
 * other key takes the value of the latest row that has one (a later report supersedes).
 */
function folded<Raw>(run: readonly PeriodRow<Raw>[], overlaps: readonly [PeriodRow<Raw>, PeriodRow<Raw>][], keys: Periods, reader: RowReader<Raw>): FoldedCase {
  const reads = new Map(run.map((row) => [row, reader.read(row)]));
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const value: Record<string, unknown> = {};
  /** The row each key of the case came from, for positions. */
  const from = new Map<string, RowRead>();
  for (const row of run) {
    const read = reads.get(row)!;
    for (const [key, v] of Object.entries(read.value)) {
      if (key === keys.start || key === keys.end) continue;
      value[key] = v;
      from.set(key, read);
    }
  }
  const iso = (day: number): string => Datum.fromDay(day).toString();
  value.ziekmelding = iso(first.start);
  if (last.end !== null) {
    value.hersteld = iso(last.end);
    from.set('hersteld', reads.get(last)!);
  } else delete value.hersteld;
  const onderbrekingen: { van: string; tot: string }[] = [];
  const gapRows: RowRead[] = [];
  for (let i = 1; i < run.length; i++) {
    const before = run[i - 1]!;
    const next = run[i]!;
    if (before.end !== null && next.start > before.end) {
      onderbrekingen.push({ van: iso(before.end), tot: iso(next.start - 1) });
      gapRows.push(reads.get(next)!);
    }
  }
  if (onderbrekingen.length > 0) value.onderbrekingen = onderbrekingen;
  const name = (row: { n: number }): string => `${reader.file} ${reader.unit} ${row.n}`;
  const problems = overlaps.map(([p, earlier]): Problem => ({
    code: 'periods-overlap',
    path: [keys.start],
    ...reads.get(p)!.located.valueAt([keys.start]),
    // Rows by number, not by file: the case names its file already (and --redact hides it there).
    args: { row: `${reader.unit} ${p.n}`, start: iso(p.start), other: `${reader.unit} ${earlier.n}`, otherStart: iso(earlier.start), otherEnd: earlier.end === null ? '—' : iso(earlier.end) },
  }));
  return {
    source: run.length === 1 ? name(first) : `${reader.file} ${reader.unit}s ${run.map((p) => p.n).join(', ')}`,
    file: reader.file,
    value,
    located: foldedLocated(from, gapRows, reads.get(first)!, keys),
    problems,
  };
}

/** Positions in the rows a case was made of: each key where its value came from. */
function foldedLocated(from: ReadonlyMap<string, RowRead>, gapRows: readonly RowRead[], first: RowRead, keys: Periods): Located {
  const rowOf = (path: Path): { row: RowRead; path: Path } => {
    const key = path[0];
    if (key === 'ziekmelding') return { row: first, path: [keys.start] };
    if (key === 'hersteld') return { row: from.get('hersteld') ?? first, path: [keys.end] };
    if (key === 'onderbrekingen') return { row: gapRows[typeof path[1] === 'number' ? path[1] : 0] ?? first, path: [keys.start] };
    return { row: (typeof key === 'string' && from.get(key)) || first, path };
  };
  /** A question about a path, asked of the row its value came from. */
  const ask = <T>(question: (located: Located, path: Path) => T) => (path: Path): T => {
    const r = rowOf(path);
    return question(r.row.located, r.path);
  };
  return {
    valueAt: ask((l, p) => l.valueAt(p)),
    keyAt: ask((l, p) => l.keyAt(p)),
    written: ask((l, p) => l.written(p)),
    findingLine: ask((l, p) => l.findingLine(p)),
  };
}
