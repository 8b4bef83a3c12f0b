import * as z from 'zod/mini';
import { CLOCK_DATES, CONSEQUENCES, NORMS, REPORTED_CLOCK_DATES, SEVERITIES } from '../domain/rule.js';

/**
 * The authoring form of a rules file (rules/*.yaml, or a user's `--rules` file). Its shape is
 * checked here; what the keys refer to (case fields, other rules, placeholders) is checked
 * when the rules are compiled.
 */
const text = z.strictObject({ nl: z.string(), en: z.string() });
const severity = z.enum(SEVERITIES as ['error', 'warning', 'info']);
const consequence = z.enum(CONSEQUENCES as ['loonsanctie', 'boete', 'verlenging-loondoorbetaling', 'geen']);
const norm = z.enum(NORMS as ['wet', 'regeling', 'uwv', 'praktijk']);

const message = z.strictObject({ nl: z.string(), en: z.string(), severity: z.optional(severity), consequence: z.optional(consequence) });

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

export const anchorSchema: z.ZodMiniType<AnchorSource> = z.strictObject({
  week: z.optional(z.int().check(z.minimum(1), z.maximum(200))),
  at: z.optional(z.enum(['start', 'end', 'after'])),
  field: z.optional(z.string()),
  clock: z.optional(z.enum(CLOCK_DATES as ['ziekmelding', 'eindeWachttijd'])),
  rule: z.optional(z.string()),
  point: z.optional(z.enum(['from', 'due'])),
  get earliest() {
    return z.optional(z.array(anchorSchema).check(z.minLength(1)));
  },
  get latest() {
    return z.optional(z.array(anchorSchema).check(z.minLength(1)));
  },
  days: z.optional(z.int()),
  weeks: z.optional(z.int()),
  plusDaysLate: z.optional(z.string()),
  // true: the next working day (Atw art. 1), as before `previous` existed.
  werkdag: z.optional(z.union([z.boolean(), z.enum(['next', 'previous'])])),
});

export interface ConditionSource {
  field?: string | undefined;
  in?: (string | number)[] | undefined;
  present?: boolean | undefined;
  below?: number | undefined;
  /** A computed date as the subject of before/after, instead of `field`. */
  date?: AnchorSource | undefined;
  before?: AnchorSource | undefined;
  after?: AnchorSource | undefined;
  asOfOnOrAfter?: AnchorSource | undefined;
  all?: ConditionSource[] | undefined;
  any?: ConditionSource[] | undefined;
  not?: ConditionSource | undefined;
}

export const conditionSchema: z.ZodMiniType<ConditionSource> = z.strictObject({
  field: z.optional(z.string()),
  in: z.optional(z.array(z.union([z.string(), z.number()]))),
  present: z.optional(z.boolean()),
  below: z.optional(z.number()),
  date: z.optional(anchorSchema),
  before: z.optional(anchorSchema),
  after: z.optional(anchorSchema),
  asOfOnOrAfter: z.optional(anchorSchema),
  get all() {
    return z.optional(z.array(conditionSchema));
  },
  get any() {
    return z.optional(z.array(conditionSchema));
  },
  get not() {
    return z.optional(conditionSchema);
  },
});

export const KINDS = ['deadline', 'interval', 'date', 'check', 'date-order', 'text-scan', 'loonsanctie'] as const;

/** The keys a variant may have; a rule without `variants` has them itself. */
const variantShape = {
  kind: z.enum(KINDS),
  when: z.optional(conditionSchema),
  severity: z.optional(severity),
  consequence: z.optional(consequence),
  field: z.optional(z.string()),
  from: z.optional(anchorSchema),
  due: z.optional(anchorSchema),
  noDeadline: z.optional(z.boolean()),
  expectedBy: z.optional(anchorSchema),
  lateAgainst: z.optional(anchorSchema),
  notBefore: z.optional(z.string()),
  notAfter: z.optional(z.string()),
  start: z.optional(z.string()),
  list: z.optional(z.string()),
  maxGapDays: z.optional(z.int().check(z.minimum(1))),
  until: z.optional(anchorSchema),
  date: z.optional(anchorSchema),
  notAfterEnd: z.optional(z.boolean()),
  future: z.optional(z.array(z.string())),
  weeks: z.optional(z.string()),
  pausedBy: z.optional(z.string()),
  reported: z.optional(z.string()),
  decided: z.optional(z.string()),
  decision: z.optional(anchorSchema),
  endAfterDecision: z.optional(z.int().check(z.minimum(0))),
  at: z.optional(z.string()),
  fields: z.optional(z.array(z.string()).check(z.minLength(1))),
  terms: z.optional(z.array(z.string().check(z.minLength(2))).check(z.minLength(1))),
  messages: z.optional(
    z.strictObject({
      late: z.optional(message),
      missing: z.optional(message),
      early: z.optional(message),
      delayed: z.optional(message),
      order: z.optional(message),
      gap: z.optional(message),
      check: z.optional(message),
      before: z.optional(message),
      after: z.optional(message),
      match: z.optional(message),
      shortened: z.optional(message),
      lifted: z.optional(message),
      undecided: z.optional(message),
    }),
  ),
};

export const variantSchema = z.strictObject(variantShape);

export const ruleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  title: text,
  description: text,
  interpretation: z.optional(text),
  // A citation reads the same in both languages; a text of the rules' own needs both.
  source: z.union([z.string(), text]),
  // Required, so that no rule passes for law without saying what it rests on; null only for a
  // check of the dossier's own consistency.
  norm: z.nullable(norm),
  override: z.optional(z.boolean()),
  clockDate: z.optional(z.enum(REPORTED_CLOCK_DATES)),
  ...variantShape,
  kind: z.optional(variantShape.kind),
  variants: z.optional(z.array(variantSchema).check(z.minLength(1))),
});

export const rulesFileSchema = z.strictObject({
  rules: z._default(z.array(ruleSchema), []),
  /** Days the government adds by decree (Atw art. 3 lid 3). */
  feestdagen: z._default(z.array(z.strictObject({ datum: z.string(), naam: z.string() })), []),
});

export type RuleSource = z.output<typeof ruleSchema>;
export type VariantSource = z.output<typeof variantSchema>;
export type RulesFileSource = z.output<typeof rulesFileSchema>;
