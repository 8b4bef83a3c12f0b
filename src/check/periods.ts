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
 */

/** One row of the export, read through the mapping but not yet checked as a case. */
export interface PeriodRow {
  source: string;
  file: string;
  line: number;
  value: Record<string, unknown>;
  located: Located;
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

interface Period {
  row: PeriodRow;
  start: Datum;
  /** The first day of full recovery; undefined while still sick. */
  end: Datum | undefined;
}

/**
 * Folds every row, grouped by person in the order each person first appears: a case per run of
 * periods, or the row alone when its person, start or end cannot be read (checked as it is, its
 * own problems say why). Every row comes out in exactly one case.
 */
export function foldPeriods(rows: readonly PeriodRow[], keys: Periods): FoldedCase[] {
  const out: FoldedCase[] = [];
  const byPerson = new Map<string, Period[]>();
  for (const row of rows) {
    const period = periodOf(row, keys);
    if (!period) {
      out.push({ source: row.source, file: row.file, value: row.value, located: row.located, problems: [] });
      continue;
    }
    const person = String(row.value[keys.person]);
    const list = byPerson.get(person);
    if (list) list.push(period);
    else byPerson.set(person, [period]);
  }
  for (const periods of byPerson.values()) {
    periods.sort((a, b) => a.start.since(b.start) || a.row.line - b.row.line);
    let run: Period[] = [];
    const problems: Problem[] = [];
    for (const p of periods) {
      const last = run[run.length - 1];
      if (last && (last.end === undefined || p.start.isBefore(last.end))) {
        problems.push(overlap(p, last, keys));
        run.push(p);
      } else if (last && last.end && p.start.since(last.end) >= SAMENTELLING_DAYS) {
        out.push(folded(run, problems.splice(0), keys));
        run = [p];
      } else run.push(p);
    }
    if (run.length > 0) out.push(folded(run, problems, keys));
  }
  return out;
}

function periodOf(row: PeriodRow, keys: Periods): Period | undefined {
  const person = row.value[keys.person];
  const start = dateOf(row.value[keys.start]);
  const endValue = row.value[keys.end];
  const end = endValue === undefined ? undefined : dateOf(endValue);
  if ((typeof person !== 'string' && typeof person !== 'number') || String(person).trim() === '') return undefined;
  if (!start || (endValue !== undefined && !end) || (end && !end.isAfter(start))) return undefined;
  return { row, start, end };
}

const dateOf = (v: unknown): Datum | undefined => {
  const d = typeof v === 'string' ? Datum.parse(v.trim()) : undefined;
  return d?.inRange ? d : undefined;
};

function overlap(p: Period, earlier: Period, keys: Periods): Problem {
  return {
    code: 'periods-overlap',
    path: [keys.start],
    ...p.row.located.valueAt([keys.start]),
    args: {
      row: p.row.source,
      start: p.start.toString(),
      other: earlier.row.source,
      otherStart: earlier.start.toString(),
      otherEnd: earlier.end?.toString() ?? '—',
    },
  };
}

/**
 * One case from a run of periods: the first start is its ziekmelding, the last end its hersteld,
 * and each gap an onderbreking from the first day fit to the day before the next start. Any
 * other key takes the value of the latest row that has one (a later report supersedes).
 */
function folded(run: readonly Period[], problems: Problem[], keys: Periods): FoldedCase {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const value: Record<string, unknown> = {};
  /** The row each key of the case came from, for positions. */
  const from = new Map<string, PeriodRow>();
  for (const { row } of run) {
    for (const [key, v] of Object.entries(row.value)) {
      if (key === keys.start || key === keys.end) continue;
      value[key] = v;
      from.set(key, row);
    }
  }
  value.ziekmelding = first.start.toString();
  from.set('ziekmelding', first.row);
  if (last.end) {
    value.hersteld = last.end.toString();
    from.set('hersteld', last.row);
  } else delete value.hersteld;
  const onderbrekingen: { van: string; tot: string }[] = [];
  const gapRows: PeriodRow[] = [];
  for (let i = 1; i < run.length; i++) {
    const before = run[i - 1]!;
    const next = run[i]!;
    if (before.end && next.start.isAfter(before.end)) {
      onderbrekingen.push({ van: before.end.toString(), tot: next.start.plus(-1).toString() });
      gapRows.push(next.row);
    }
  }
  if (onderbrekingen.length > 0) value.onderbrekingen = onderbrekingen;
  return {
    source: run.length === 1 ? first.row.source : `${first.row.file} ${unitWord(first.row)}s ${run.map((p) => rowNumber(p.row)).join(', ')}`,
    file: first.row.file,
    value,
    located: foldedLocated(from, gapRows, first.row, keys),
    problems,
  };
}

/** `export.csv row 12` → `12`: the rows of a folded case are listed by number. */
const rowNumber = (row: PeriodRow): string => /(?:row|line) (\d+)$/.exec(row.source)?.[1] ?? String(row.line);
/** What a row is called where it comes from: a `row` of a CSV file or a sheet, a `line` of JSON Lines. */
const unitWord = (row: PeriodRow): string => /(row|line) \d+$/.exec(row.source)?.[1] ?? 'row';

/** Positions in the rows a case was made of: each key where its value came from. */
function foldedLocated(from: ReadonlyMap<string, PeriodRow>, gapRows: readonly PeriodRow[], first: PeriodRow, keys: Periods): Located {
  const rowOf = (path: Path): { row: PeriodRow; path: Path } => {
    const key = path[0];
    if (key === 'ziekmelding') return { row: first, path: [keys.start] };
    if (key === 'hersteld') return { row: from.get('hersteld') ?? first, path: [keys.end] };
    if (key === 'onderbrekingen') return { row: gapRows[typeof path[1] === 'number' ? path[1] : 0] ?? first, path: [keys.start] };
    return { row: (typeof key === 'string' && from.get(key)) || first, path };
  };
  return {
    valueAt: (path) => {
      const r = rowOf(path);
      return r.row.located.valueAt(r.path);
    },
    keyAt: (path) => {
      const r = rowOf(path);
      return r.row.located.keyAt(r.path);
    },
    written: (path) => {
      const r = rowOf(path);
      return r.row.located.written(r.path);
    },
    findingLine: (path) => rowOf(path).row.line,
  };
}
