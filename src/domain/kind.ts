import type * as z from 'zod/mini';
import type { FieldPath, FieldType } from './case.js';
import type { Context, RuleResult } from './context.js';
import type { Anchor, Condition, FindingSpec } from './rule.js';
import type { Text } from './lang.js';

/**
 * A kind of rule (deadline, interval, …) as one module, as a Spectral function keeps its
 * options schema beside its code: the keys it reads from a rules file, how they compile, how a
 * case is evaluated, which anchors it refers through, which ways of failing it has and what
 * each fills in a message, and how it is described. The engine, the rules loader, SARIF and
 * `poort rules`/`explain` read this and nothing else, so a new kind is one module and a line
 * in the registry (kinds/index.ts).
 */
export interface KindModule<V extends VariantBase = VariantBase, S = Record<string, unknown>> {
  readonly kind: V['kind'];
  /** The keys this kind reads from a rules file, besides kind, when, severity, consequence and messages. */
  readonly keys: Readonly<Record<keyof S & string, z.ZodMiniType>>;
  /** Each way of failing: its message key in a rules file is its name. */
  readonly findings: Readonly<Record<keyof V['specs'] & string, FindingKind<V>>>;
  /** A timeline row, also when its rule does not apply: `deadline` (a date to meet) or `date` (a date to know). */
  readonly milestone?: 'deadline' | 'date' | undefined;
  /** A rules file's keys to a variant; undefined when something it needs is wrong (the compiler has said what). */
  compile(c: KindCompiler<S>): V | undefined;
  evaluate(id: string, v: V, ctx: Context): RuleResult;
  /** The anchors it computes dates from, besides its `when`: their rule references are checked. */
  anchors(v: V): readonly (Anchor | undefined)[];
  /** The case key that records the obligation done (a deadline's date, an interval's list): never made up by an example. */
  recordedIn?(v: V): FieldPath | undefined;
  /** What it asks, in words: phrases joined by "; ". */
  describe(v: V): readonly Phrase[];
  /** Its condition is its description (a check): no "when …:" in front. */
  readonly describesWhen?: boolean;
  /** Why the due date of a worked example is what it is, where the evaluation gives no anchor (an interval's chain). */
  exampleBasis?(v: V, due: number): Phrase | undefined;
}

/** What every compiled variant has: its kind, its condition, and a message spec per way of failing. */
export interface VariantBase<K extends string = string, F extends string = string> {
  readonly kind: K;
  readonly when?: Condition | undefined;
  readonly specs: Readonly<Partial<Record<F, FindingSpec>>>;
}

/** One way of failing of a kind. */
export interface FindingKind<V> {
  /** It sets the rule's severity and consequence (in `poort rules` and SARIF); a side note (early, order) does not. */
  readonly main: boolean;
  /** The placeholders a finding of this type fills for this variant; a message may use no others (besides key, title, case keys). */
  placeholders(v: V): readonly Placeholder[];
}

/** Every value a finding can give its message (FindingArgs), by its placeholder name. */
export const PLACEHOLDERS = ['done', 'due', 'days', 'basis', 'from', 'limit', 'date', 'value'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** The rules loader's help to a kind: reading, checking and placing what the rules file says. */
export interface KindCompiler<S> {
  readonly when: Condition | undefined;
  /** `when`, for a kind that is nothing without one: a problem when it is missing. */
  needWhen(): Condition | undefined;
  /** A key's value as written; undefined when absent. */
  value<K extends keyof S & string>(key: K): S[K] | undefined;
  /** A key the kind cannot do without: its value, or a problem that it is missing. */
  need<K extends keyof S & string>(key: K): NonNullable<S[K]> | undefined;
  /** The case key path written at `key`, checked against the case and, with `types`, its kind of value. */
  field(key: keyof S & string, types: readonly FieldType[] | undefined, required: boolean): FieldPath | undefined;
  /** Each case key path of the list at `key`; undefined when one is wrong, or when absent and required. */
  fields(key: keyof S & string, types: readonly FieldType[], required: boolean): FieldPath[] | undefined;
  anchor(key: keyof S & string, required: boolean): Anchor | undefined;
  /** The message of one way of failing, from the variant or else its rule; a problem when required and absent. */
  spec(type: string, required: boolean): FindingSpec | undefined;
  /** Two keys written together that exclude each other (`due` and `noDeadline`). */
  clash(key: keyof S & string, found: string): void;
}

/** A value in a phrase; the output puts it in words (an anchor, a key path, an amount of days). */
export type PhraseValue =
  | string
  | number
  | { anchor: Anchor }
  | { path: FieldPath }
  | { paths: readonly (FieldPath | string)[] }
  | { amount: number }
  | { days: number }
  | { condition: Condition }
  | { path: FieldPath; day: number };

/** Words of a kind's own, with `{name}` slots for its values. Texts fall back to English. */
export interface Phrase {
  text: Text;
  values?: Readonly<Record<string, PhraseValue>>;
}

/** The kinds of rule poort knows, by name. */
export class Kinds {
  private readonly byName: ReadonlyMap<string, KindModule>;

  constructor(readonly modules: readonly KindModule[]) {
    this.byName = new Map(modules.map((m) => [m.kind, m]));
  }

  get names(): string[] {
    return this.modules.map((m) => m.kind);
  }

  /** Every way of failing of every kind, once each, in the kinds' order. */
  get findingTypes(): string[] {
    return [...new Set(this.modules.flatMap((m) => Object.keys(m.findings)))];
  }

  /** A variant's module. Kinds are checked when the rules are read, so one that is missing here is a bug. */
  of(kind: string): KindModule {
    const m = this.byName.get(kind);
    if (!m) throw new Error(`no rule kind ${kind}`);
    return m;
  }

  /** With another kind added: for a test, or a project's own kind. */
  with(module: KindModule): Kinds {
    return new Kinds([...this.modules, module]);
  }
}
