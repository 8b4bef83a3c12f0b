/**
 * Where things are in one case's source, whatever the source is: a YAML or JSON document, one
 * line of a JSON Lines export, one row of a CSV export. Problems and findings ask it for
 * positions; it answers in lines of the physical file, so every output can point there.
 */
export type Path = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export interface Located {
  /** Where the value at a path starts, or the nearest enclosing place that exists. */
  valueAt(path: Path): Position;
  /** Where the key of a path starts (for an unknown key); the value's place where there is no key. */
  keyAt(path: Path): Position;
  /** The value as the user wrote it, for messages; undefined where nothing was written. */
  written(path: Path): string | undefined;
  /** The line a finding about this path points at: the key, else its parent, else the ziekmelding. */
  findingLine(path: Path): number;
}
