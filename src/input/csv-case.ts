import { caseSchema, fieldTypes } from './case-schema.js';
import { setOwn, validateCase, type ReadCase } from './case-file.js';
import type { HeaderPlan } from './columns.js';
import { exportValue } from './export-values.js';
import type { Located, Path } from './located.js';
import { schemaAt, unwrap } from './schema-walk.js';

/**
 * One row of an export (CSV, or a sheet of a workbook) as a case. The header's columns are case
 * keys, nested ones dotted (`eerste_spoor.status`), by name or by the mapping (HeaderPlan); a
 * list is one cell of dates separated by `;` (or `,` or `|`), an onderbreking written
 * `VAN..TOT`. Empty cells are "not recorded"; a cell is read as export-values.ts reads an
 * export's text. Positions are the row's line and the column's number.
 */
export function csvCase(plan: HeaderPlan, cells: readonly string[], line: number): ReadCase {
  const value = rowValue(plan, cells);
  const located = csvLocated(plan, cells, line);
  return { located, ...validateCase(value, located) };
}

/** A row's cells as the value of a case: each in its key, read as that key's kind of value. */
export function rowValue(plan: HeaderPlan, cells: readonly string[]): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  plan.paths.forEach((path, i) => {
    const cell = (cells[i] ?? '').trim();
    if (!path || cell === '') return;
    setPath(value, path, cellValue(path, plan.targets[i]!.text(cell)));
  });
  return value;
}

/** `;` when the header has more semicolons than commas (as Dutch Excel writes), else `,`. */
export function csvDelimiter(headerLine: string): ',' | ';' {
  const outsideQuotes = headerLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => outsideQuotes.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const LIST_SEPARATOR = /\s*[;,|]\s*/;

function cellValue(path: readonly string[], cell: string): unknown {
  const schema = schemaAt(caseSchema, path);
  const type = schema && (fieldTypes.get(schema) ?? fieldTypes.get(unwrap(schema)))?.fieldType;
  switch (type) {
    case 'dates':
      return cell.split(LIST_SEPARATOR).filter(Boolean);
    case 'ranges':
      return cell.split(LIST_SEPARATOR).filter(Boolean).map((item) => {
        const [van, tot] = item.split('..');
        return { van, tot };
      });
    default:
      return schema ? exportValue(schema, cell) : cell;
  }
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let t = target;
  path.slice(0, -1).forEach((step) => {
    // Own properties only: a column named `constructor.x` or `__proto__.y` is an unknown key, nothing more.
    if (!Object.hasOwn(t, step) || typeof t[step] !== 'object' || t[step] === null) setOwn(t, step, {});
    t = t[step] as Record<string, unknown>;
  });
  setOwn(t, path[path.length - 1]!, value);
}

/** Positions in one row: its line, and the column of each key. */
export function csvLocated(plan: HeaderPlan, cells: readonly string[], line: number): Located {
  const columns = columnsOf(plan);
  /** The column holding a key path: the path itself, a column below it (`a.b` for `a`), or the nearest parent that is a column. */
  const column = (path: Path): number => {
    const names = path.filter((p): p is string => typeof p === 'string');
    for (let n = names.length; n > 0; n--) {
      const i = columns.get(names.slice(0, n).join('.'));
      if (i !== undefined) return i;
    }
    return -1;
  };
  const at = (path: Path) => ({ line, column: column(path) + 1 || 1 });
  return {
    valueAt: at,
    keyAt: at,
    written: (path) => {
      const i = column(path);
      return i >= 0 && cells[i] ? cells[i] : undefined;
    },
    findingLine: () => line,
  };
}

const columnIndexes = new WeakMap<HeaderPlan, Map<string, number>>();

/**
 * The first column of each key path a header fills, itself or below it (`a` and `a.b` for a
 * column of `a.b`). Built once per header, shared by all its rows: every problem asks.
 */
function columnsOf(plan: HeaderPlan): Map<string, number> {
  let columns = columnIndexes.get(plan);
  if (!columns) {
    columns = new Map();
    plan.paths.forEach((steps, i) => {
      if (!steps) return;
      for (let n = 1; n <= steps.length; n++) {
        const key = steps.slice(0, n).join('.');
        if (!columns!.has(key)) columns!.set(key, i);
      }
    });
    columnIndexes.set(plan, columns);
  }
  return columns;
}
