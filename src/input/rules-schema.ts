import * as z from 'zod/mini';
import type { KindModule, Kinds } from '../domain/kind.js';
import { anchorKey, type AnchorSource } from '../domain/kinds/keys.js';
import { LANGS, type Lang } from '../domain/lang.js';
import { CONSEQUENCES, NORMS, REPORTED_CLOCK_DATES, SEVERITIES } from '../domain/rule.js';

/**
 * The authoring form of a rules file (rules/*.yaml, or a user's `--rules` file), read in two
 * steps: first the keys of every rule and variant whatever their kind (rulesFileSchema), then
 * each variant exactly, with the keys of its kind (variantSchema): a key of another kind is
 * refused where it stands, never silently ignored. What the keys refer to (case keys, other
 * rules, placeholders) is checked when the rules are compiled.
 */
/** A text of the rules' own: English always (other languages fall back to it), each other language poort speaks where written. */
const languages = Object.fromEntries(LANGS.filter((l) => l !== 'en').map((l) => [l, z.optional(z.string())])) as Record<Exclude<Lang, 'en'>, z.ZodMiniOptional<z.ZodMiniString>>;
const text = z.strictObject({ en: z.string(), ...languages });
const severity = z.enum(SEVERITIES as ['error', 'warning', 'info']);
const consequence = z.enum(CONSEQUENCES as ['loonsanctie', 'boete', 'verlenging-loondoorbetaling', 'geen']);
const norm = z.enum(NORMS as ['wet', 'regeling', 'uwv', 'praktijk']);

const citation = z.union([z.string(), text]);

/** What a consequence costs at most (domain/exposure.ts): wages for weeks, a fixed amount, or wages per day late. */
const cost = z.union([
  z.strictObject({ wageWeeks: z.int().check(z.minimum(1)), source: citation }),
  z.strictObject({ euros: z.number().check(z.minimum(0)), source: citation }),
  z.strictObject({ wagePerDayLate: z.literal(true), source: citation }),
]);

const message = z.strictObject({ en: z.string(), ...languages, severity: z.optional(severity), consequence: z.optional(consequence) });

export type { AnchorSource };

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
  date: z.optional(anchorKey),
  before: z.optional(anchorKey),
  after: z.optional(anchorKey),
  asOfOnOrAfter: z.optional(anchorKey),
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

type Messages = Readonly<Record<string, z.output<typeof message> | undefined>>;

/** The messages of these ways of failing, each optional. */
const messagesOf = (types: readonly string[]) => z.strictObject(Object.fromEntries(types.map((t) => [t, z.optional(message)])));

/** The keys of every variant, whatever its kind (a rule without `variants` is its own one variant). */
const variantKeys = (kinds: Kinds, messageTypes: readonly string[]) => ({
  kind: z.enum(kinds.names as [string, ...string[]]),
  when: z.optional(conditionSchema),
  severity: z.optional(severity),
  consequence: z.optional(consequence),
  messages: z.optional(messagesOf(messageTypes)),
});

/** The keys of a rule itself. */
const ruleKeys = {
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  title: text,
  description: text,
  /** The step as an action, for a report's "next step": "plan van aanpak bijstellen". */
  todo: z.optional(text),
  interpretation: z.optional(text),
  // A citation reads the same in every language.
  source: citation,
  // Required, so that no rule passes for law without saying what it rests on; null only for a
  // check of the dossier's own consistency.
  norm: z.nullable(norm),
  override: z.optional(z.boolean()),
  clockDate: z.optional(z.enum(REPORTED_CLOCK_DATES)),
};

/** The first step: every rule's own keys and its variants' common keys; a kind's keys pass on to the second. */
export function rulesFileSchema(kinds: Kinds) {
  const common = variantKeys(kinds, kinds.findingTypes);
  return z.strictObject({
    rules: z._default(
      z.array(z.looseObject({ ...ruleKeys, ...common, kind: z.optional(common.kind), variants: z.optional(z.array(z.looseObject(common)).check(z.minLength(1))) })),
      [],
    ),
    /** Days the government adds by decree (Atw art. 3 lid 3). */
    feestdagen: z._default(z.array(z.strictObject({ datum: z.string(), naam: z.string() })), []),
    /** The most each consequence can cost: a later file's entry replaces an earlier one. */
    costs: z._default(z.strictObject({ loonsanctie: z.optional(cost), boete: z.optional(cost), 'verlenging-loondoorbetaling': z.optional(cost) }), {}),
  });
}

const exact = new WeakMap<KindModule, Map<string, z.ZodMiniType>>();

/**
 * The second step, for one variant of this kind: exactly the keys a variant has and its kind's
 * own (optional each; the kind says which it needs), with messages for its own ways of failing.
 * `rule`: a rule without `variants`, whose own keys are those of its one variant.
 */
export function variantSchema(kinds: Kinds, kind: KindModule, rule: boolean): z.ZodMiniType<VariantSource> {
  let byForm = exact.get(kind);
  if (!byForm) exact.set(kind, (byForm = new Map()));
  const form = rule ? 'rule' : 'variant';
  let schema = byForm.get(form);
  if (!schema) {
    const own = Object.fromEntries(Object.entries(kind.keys).map(([k, s]) => [k, z.optional(s)]));
    schema = z.strictObject({ ...(rule ? ruleKeys : {}), ...variantKeys(kinds, Object.keys(kind.findings)), ...own });
    byForm.set(form, schema);
  }
  return schema as z.ZodMiniType<VariantSource>;
}

/** A rule with `variants`: its own keys, and what its variants take from it (severity, consequence, messages). */
export function ruleWithVariantsSchema(kinds: Kinds) {
  const { severity: s, consequence: c, messages: m } = variantKeys(kinds, kinds.findingTypes);
  return z.strictObject({ ...ruleKeys, severity: s, consequence: c, messages: m, variants: z.array(z.unknown()) });
}

export type RulesFileSource = z.output<ReturnType<typeof rulesFileSchema>>;
export type RuleSource = RulesFileSource['rules'][number];

/** A variant as the second step reads it: the common keys, and its kind's keys by name. */
export interface VariantSource extends Readonly<Record<string, unknown>> {
  kind: string;
  when?: ConditionSource | undefined;
  severity?: (typeof SEVERITIES)[number] | undefined;
  consequence?: (typeof CONSEQUENCES)[number] | undefined;
  messages?: Messages | undefined;
}
