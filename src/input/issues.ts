import type * as z from 'zod/mini';
import type { Located } from './located.js';
import type { Problem, ProblemArgs, ProblemCode } from './problem.js';
import { suggest } from './suggest.js';

/**
 * Turns zod's issues into problems at the offending value's line and column. Issues from our
 * own checks carry their problem code in `params`; zod's own are translated here.
 */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  located: Located,
  knownKeys: (path: readonly PropertyKey[]) => readonly string[],
  /** What a key holds, where a file's own words for it say more than zod's (`dates`: a list of dates). */
  kindAt?: (path: readonly PropertyKey[]) => string | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const at = (p: readonly (string | number)[], code: ProblemCode, args: ProblemArgs): void => {
      problems.push({ code, path: p, ...located.valueAt(p), args });
    };
    const written = located.written(path);
    switch (issue.code) {
      case 'custom': {
        const params = (issue.params ?? {}) as { problem?: ProblemCode; args?: ProblemArgs };
        at(path, params.problem ?? 'wrong-type', { value: written, key: String(path[path.length - 1] ?? ''), ...params.args });
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const keyPath = [...path, key];
          problems.push({ code: 'unknown-key', path: keyPath, ...located.keyAt(keyPath), args: { key, suggestion: suggest(key, knownKeys(path)) } });
        }
        break;
      case 'invalid_type':
        if (written === undefined) at(path, 'required', { key: String(path[path.length - 1] ?? '') });
        else if (issue.expected === 'int') at(path, 'not-integer', { value: written });
        else {
          // A group of keys is named by its keys: `eerste_spoor: onduidelijk` wants `status:` below it.
          const keys = issue.expected === 'object' ? knownKeys(path) : [];
          at(path, 'wrong-type', { value: written, expected: kindAt?.(path) ?? issue.expected, ...(keys.length > 0 ? { keys: keys.join(', ') } : {}) });
        }
        break;
      case 'invalid_union':
        at(path, 'wrong-type', { value: written, expected: 'string' });
        break;
      case 'invalid_value':
        if (written === undefined) at(path, 'required', { key: String(path[path.length - 1] ?? ''), options: issue.values.map(String) });
        else at(path, 'not-one-of', { value: written, options: issue.values.map(String) });
        break;
      case 'too_big':
        at(path, 'out-of-range', { value: written, max: Number(issue.maximum) });
        break;
      case 'too_small':
        at(path, 'out-of-range', { value: written, min: Number(issue.minimum) });
        break;
      default:
        at(path, 'wrong-type', { value: written, expected: issue.message });
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
