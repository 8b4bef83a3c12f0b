import { caseSchema, fieldTypes } from './case-schema.js';
import { setOwn, validateCase, type ReadCase } from './case-file.js';
import type { Located, Path } from './located.js';
import { schemaAt, unwrap } from './schema-walk.js';

/**
 * One row of a CSV export as a case. The header names the case file's keys, nested ones dotted
 * (`eerste_spoor.status`); a list is one cell of dates separated by `;` (or `,` or `|`), an
 * onderbreking written `VAN..TOT`. Empty cells are "not recorded". Numbers may use a Dutch
 * decimal comma. Positions are the row's line and the column's number.
 */
export function csvCase(header: readonly string[], cells: readonly string[], line: number): ReadCase {
  const value: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const cell = (cells[i] ?? '').trim();
    if (name === '' || cell === '') return;
    setPath(value, name.split('.'), cellValue(name, cell));
  });
  const located = csvLocated(header, cells, line);
  return { located, ...validateCase(value, located) };
}

/** `;` when the header has more semicolons than commas (as Dutch Excel writes), else `,`. */
export function csvDelimiter(headerLine: string): ',' | ';' {
  const outsideQuotes = headerLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => outsideQuotes.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const LIST_SEPARATOR = /\s*[;,|]\s*/;

function cellValue(name: string, cell: string): unknown {
  const schema = schemaAt(caseSchema, name.split('.'));
  const type = schema && (fieldTypes.get(schema) ?? fieldTypes.get(unwrap(schema)))?.fieldType;
  switch (type) {
    case 'dates':
      return cell.split(LIST_SEPARATOR).filter(Boolean);
    case 'ranges':
      return cell.split(LIST_SEPARATOR).filter(Boolean).map((item) => {
        const [van, tot] = item.split('..');
        return { van, tot };
      });
    case 'number': {
      const n = Number(cell.replace(',', '.'));
      return Number.isNaN(n) ? cell : n;
    }
    default:
      return cell;
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

function csvLocated(header: readonly string[], cells: readonly string[], line: number): Located {
  const columns = columnsOf(header);
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

const columnIndexes = new WeakMap<readonly string[], Map<string, number>>();

/**
 * The first column of each key path a header names, itself or below it (`a` and `a.b` for a
 * column `a.b`). Built once per header, shared by all its rows: every problem asks.
 */
function columnsOf(header: readonly string[]): Map<string, number> {
  let columns = columnIndexes.get(header);
  if (!columns) {
    columns = new Map();
    header.forEach((name, i) => {
      const steps = name.split('.');
      for (let n = 1; n <= steps.length; n++) {
        const key = steps.slice(0, n).join('.');
        if (!columns!.has(key)) columns!.set(key, i);
      }
    });
    columnIndexes.set(header, columns);
  }
  return columns;
}
