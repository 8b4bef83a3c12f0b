import * as z from 'zod/mini';
import { CLOCK_DATES } from '../rule.js';

/**
 * A date anchor as a rules file writes it: the key every kind that computes a date reads. One
 * base (a week of the sickness clock, a case key, a clock date, another rule's date, or the
 * earliest or latest of several anchors), then offsets. The rules loader compiles it.
 */
export interface AnchorSource {
  week?: number | undefined;
  at?: 'start' | 'end' | 'after' | undefined;
  field?: string | undefined;
  clock?: (typeof CLOCK_DATES)[number] | undefined;
  rule?: string | undefined;
  point?: 'from' | 'due' | undefined;
  earliest?: AnchorSource[] | undefined;
  latest?: AnchorSource[] | undefined;
  days?: number | undefined;
  weeks?: number | undefined;
  plusDaysLate?: string | undefined;
  werkdag?: boolean | 'next' | 'previous' | undefined;
}

export const anchorKey: z.ZodMiniType<AnchorSource> = z.strictObject({
  week: z.optional(z.int().check(z.minimum(1), z.maximum(200))),
  at: z.optional(z.enum(['start', 'end', 'after'])),
  field: z.optional(z.string()),
  clock: z.optional(z.enum(CLOCK_DATES as ['ziekmelding', 'eindeWachttijd'])),
  rule: z.optional(z.string()),
  point: z.optional(z.enum(['from', 'due'])),
  get earliest() {
    return z.optional(z.array(anchorKey).check(z.minLength(1)));
  },
  get latest() {
    return z.optional(z.array(anchorKey).check(z.minLength(1)));
  },
  days: z.optional(z.int()),
  weeks: z.optional(z.int()),
  plusDaysLate: z.optional(z.string()),
  // true: the next working day (Atw art. 1), as before `previous` existed.
  werkdag: z.optional(z.union([z.boolean(), z.enum(['next', 'previous'])])),
});
