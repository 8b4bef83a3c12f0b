import * as z from 'zod/mini';
import { SEVERITIES, type Severity } from '../domain/rule.js';
import type { Problem } from './problem.js';
import { readSettingsDocument } from './settings-document.js';

/**
 * A baseline file (`--baseline`): the findings a team accepted when it started to check
 * existing dossiers, per case (its werknemer, else its path) and per rule and finding type, with
 * the severity accepted. Written by `--update-baseline`; read as strictly as any input.
 */
export const baselineSchema = z.strictObject({
  'poort-baseline': z.literal(1),
  cases: z.record(z.string(), z.record(z.string(), z.enum(SEVERITIES as [Severity, ...Severity[]]))),
});

export type BaselineCases = z.output<typeof baselineSchema>['cases'];

export function readBaselineFile(file: string, text: string): { cases?: BaselineCases; problems: Problem[] } {
  const { value, problems } = readSettingsDocument(file, text, baselineSchema);
  return value ? { cases: value.cases, problems } : { problems };
}
