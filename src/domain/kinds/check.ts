import type { FieldPath } from '../case.js';
import * as z from 'zod/mini';
import { finding } from '../evaluation.js';
import type { EveryLang } from '../lang.js';
import type { KindModule, VariantBase } from '../kind.js';
import type { Condition } from '../rule.js';

/** A condition that, when it holds, is itself the finding. */
export interface CheckVariant extends VariantBase<'check', 'check'> {
  when: Condition;
  /** The key the finding is about. */
  at: FieldPath;
}

const keys = { at: z.string() };

/** A check whose condition is itself the finding (loon_percentage below 70, say). */
export const check: KindModule<CheckVariant, { [K in keyof typeof keys]: z.output<(typeof keys)[K]> }> = {
  kind: 'check',
  keys,
  findings: { check: { main: true, placeholders: () => ['value'] } },
  describesWhen: true,

  compile(c) {
    const when = c.needWhen();
    const at = c.field('at', undefined, true);
    const spec = c.spec('check', true);
    return when && at && spec && { kind: 'check', when, at, specs: { check: spec } };
  },

  evaluate(id, v, ctx) {
    const value = ctx.valueAt(v.at);
    const args = { value: typeof value === 'string' || typeof value === 'number' ? value : undefined };
    return { entry: null, findings: [finding(id, 'check', v.specs.check!, v.at, args)], daysLate: 0 };
  },

  anchors: () => [],
  describe: (v) => [{ text: WORDS.checkWhen, values: { cond: { condition: v.when } } }],
};

const WORDS = {
  checkWhen: { nl: 'bevinding als {cond}', en: 'a finding when {cond}' },
} as const satisfies Readonly<Record<string, EveryLang>>;
