/**
 * An input problem: a coded message about one place in one input. The wording lives in the
 * output layer's catalogue, so every problem reads the same in Dutch and English.
 */
export type ProblemArgs = Readonly<Record<string, string | number | readonly string[] | undefined>>;

export interface Problem {
  code: ProblemCode;
  /** Key path of the offending value: ['onderbrekingen', 1, 'van']; [] for the whole input. */
  path: readonly (string | number)[];
  /** 1-based; null when the input could not be read at all. */
  line: number | null;
  column: number | null;
  args: ProblemArgs;
}

export type ProblemCode =
  | 'file-unreadable'
  | 'no-match'
  | 'file-too-large'
  | 'csv-syntax'
  | 'yaml-syntax'
  | 'json-syntax'
  | 'multiple-documents'
  | 'too-deep'
  | 'too-many-aliases'
  | 'too-many-keys'
  | 'duplicate-key'
  | 'yaml-tag'
  | 'empty-document'
  | 'not-a-mapping'
  | 'required'
  | 'unknown-key'
  | 'not-a-date'
  | 'date-out-of-range'
  | 'wrong-type'
  | 'not-one-of'
  | 'out-of-range'
  | 'not-integer'
  | 'onderbreking-reversed'
  | 'onderbreking-too-long'
  | 'onderbrekingen-overlap'
  | 'onderbrekingen-unordered'
  | 'onderbreking-before-ziekmelding'
  | 'onderbreking-after-hersteld'
  | 'wazo-reversed'
  | 'wazo-unordered'
  | 'wazo-outside-case'
  | 'wazo-onderbreking'
  | 'loonsanctie-twice'
  | 'herstel-before-melding'
  | 'rule-missing-key'
  | 'rule-unknown-field'
  | 'rule-field-type'
  | 'rule-anchor'
  | 'rule-unknown-ref'
  | 'rule-cycle'
  | 'rule-duplicate-id'
  | 'rule-override-unknown'
  | 'rule-clock-date-twice'
  | 'rule-placeholder'
  | 'column-unknown-key'
  | 'column-unknown'
  | 'column-twice'
  | 'column-missing'
  | 'periods-overlap'
  | 'periods-too-many'
  | 'sheet-unknown'
  | 'workbook-invalid'
  | 'more-problems';

/** Key path as people write it: `onderbrekingen[1].van`; a key longer than any real one is cut short. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p.length > 80 ? `${p.slice(0, 80)}…` : p}`)).join('');
}

/** A case shows at most this many problems: past them, a hostile or mangled file only floods the report. */
export const MAX_PROBLEMS = 10;

/**
 * The first MAX_PROBLEMS problems in the order given (by position), and one `more-problems`
 * saying how many were left out, placed where the first of them is.
 */
export function capped(problems: readonly Problem[]): readonly Problem[] {
  if (problems.length <= MAX_PROBLEMS + 1) return problems;
  const next = problems[MAX_PROBLEMS]!;
  const more: Problem = { code: 'more-problems', path: [], line: next.line, column: next.column, args: { count: problems.length - MAX_PROBLEMS } };
  return [...problems.slice(0, MAX_PROBLEMS), more];
}

/** A file the operating system would not let us read, by its error code. */
export function unreadable(e: unknown): Problem {
  const err = e as NodeJS.ErrnoException;
  return { code: 'file-unreadable', path: [], line: null, column: null, args: { reason: err.code ?? err.message } };
}
