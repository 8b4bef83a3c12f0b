import { isScalar, type Node } from 'yaml';
import type * as z from 'zod/mini';
import { nodesAt, valuePosition, type SourceDocument } from './document.js';
import type { Problem, ProblemArgs, ProblemCode } from './problem.js';
import { suggest } from './suggest.js';

/**
 * Turns zod's issues into problems at the offending value's line and column. Issues from our
 * own checks carry their problem code in `params`; zod's own are translated here.
 */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  source: SourceDocument,
  knownKeys: (path: readonly PropertyKey[]) => readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const at = (p: readonly (string | number)[], code: ProblemCode, args: ProblemArgs): void => {
      problems.push({ code, path: p, ...valuePosition(source, p), args });
    };
    const written = writtenValue(source, path);
    switch (issue.code) {
      case 'custom': {
        const params = (issue.params ?? {}) as { problem?: ProblemCode; args?: ProblemArgs };
        at(path, params.problem ?? 'wrong-type', params.args ?? { value: written, key: String(path[path.length - 1] ?? '') });
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const keyPath = [...path, key];
          const { key: keyNode } = nodesAt(source, keyPath);
          const pos = keyNode?.range ? keyPosition(source, keyNode) : valuePosition(source, path);
          problems.push({ code: 'unknown-key', path: keyPath, ...pos, args: { key, suggestion: suggest(key, knownKeys(path)) } });
        }
        break;
      case 'invalid_type':
        if (written === undefined) at(path, 'required', { key: String(path[path.length - 1] ?? '') });
        else if (issue.expected === 'int') at(path, 'not-integer', { value: written });
        else at(path, 'wrong-type', { value: written, expected: issue.expected });
        break;
      case 'invalid_union':
        at(path, 'wrong-type', { value: written, expected: 'string' });
        break;
      case 'invalid_value':
        at(path, 'not-one-of', { value: written, options: issue.values.map(String) });
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

function keyPosition(source: SourceDocument, node: Node) {
  const { line, col } = source.lines.linePos(node.range![0]);
  return { line, column: col };
}

/** The value as the user wrote it, for messages; undefined where nothing was written. */
function writtenValue(source: SourceDocument, path: readonly (string | number)[]): string | undefined {
  const { value, exact } = nodesAt(source, path);
  if (!exact || !value) return undefined;
  if (isScalar(value)) return value.value === null ? undefined : (value.source ?? String(value.value));
  return JSON.stringify(value.toJSON()).slice(0, 60);
}
