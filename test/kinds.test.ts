import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Datum } from '../src/domain/datum.js';
import { RulesEngine } from '../src/domain/engine.js';
import { finding } from '../src/domain/evaluation.js';
import { Werkdagen } from '../src/domain/feestdagen.js';
import type { KindModule, VariantBase } from '../src/domain/kind.js';
import { KINDS } from '../src/domain/kinds/index.js';
import type { FieldPath } from '../src/domain/case.js';
import { readCase } from '../src/input/case-file.js';
import { readRulesFile } from '../src/input/rules-file.js';
import { describeVariant, ruleConsequences, ruleSeverities } from '../src/output/rule-words.js';

/** A kind made here, not shipped: a number in the case that must be at least `min`. */
interface MinimumVariant extends VariantBase<'minimum', 'below'> {
  at: FieldPath;
  min: number;
}
const keys = { at: z.string(), min: z.number() };
const minimum: KindModule<MinimumVariant, { at: string; min: number }> = {
  kind: 'minimum',
  keys,
  findings: { below: { main: true, placeholders: () => ['value'] } },
  compile(c) {
    const at = c.field('at', ['number'], true);
    const min = c.need('min');
    const spec = c.spec('below', true);
    return at && min !== undefined && spec ? { kind: 'minimum', when: c.when, at, min, specs: { below: spec } } : undefined;
  },
  evaluate(id, v, ctx) {
    const value = ctx.valueAt(v.at);
    const below = typeof value === 'number' && value < v.min;
    return { entry: null, findings: below ? [finding(id, 'below', v.specs.below!, v.at, { value })] : [], daysLate: 0 };
  },
  anchors: () => [],
  describe: (v) => [{ text: { nl: '{at} minstens {min}', en: '{at} at least {min}' }, values: { at: { path: v.at }, min: v.min } }],
};
const kinds = KINDS.with(minimum as unknown as KindModule);

const rulesYaml = (messages: string, extra = ''): string => `rules:
  - id: percentage-minimum
    title: { nl: Minimum, en: Minimum }
    description: { nl: Minstens tachtig., en: At least eighty. }
    source: test
    norm: praktijk
    severity: warning
    consequence: geen
    kind: minimum
    at: loon_percentage
    min: 80
${extra}    messages:
      below:
${messages}
`;
const goodMessages = `        nl: "{value}% is minder dan 80%"
        en: "{value}% is below 80%"`;

const caseYaml = (pct: number): string => `werknemer: Test
ziekmelding: 2026-01-05
loon_percentage: ${pct}
`;

describe('a rule kind is one module and a line in the registry', () => {
  it('is read, evaluated and described through the registry it is given', () => {
    const file = readRulesFile('extra.yaml', rulesYaml(goodMessages), kinds);
    expect(file.problems).toEqual([]);
    const rule = file.rules[0]!;
    expect(rule.variants[0]).toMatchObject({ kind: 'minimum', at: ['loon_percentage'], min: 80 });

    const engine = new RulesEngine(file.rules, new Werkdagen(), kinds);
    const evaluate = (pct: number) => engine.evaluate(readCase('case.yaml', caseYaml(pct)).case!, Datum.parse('2026-03-01')!);
    expect(evaluate(75).findings).toMatchObject([{ rule: 'percentage-minimum', type: 'below', severity: 'warning', args: { value: 75 } }]);
    expect(evaluate(80).findings).toEqual([]);

    expect(describeVariant(rule.variants[0]!, 'en', kinds)).toBe('loon_percentage at least 80');
    expect(describeVariant(rule.variants[0]!, 'nl', kinds)).toBe('loon_percentage minstens 80');
    expect(ruleSeverities(rule, kinds)).toEqual(['warning']);
    expect(ruleConsequences(rule, kinds)).toEqual(['geen']);
  });

  it('is an unknown kind without its registry line', () => {
    const file = readRulesFile('extra.yaml', rulesYaml(goodMessages));
    expect(file.rules).toEqual([]);
    expect(file.problems.map((p) => p.path.at(-1))).toContain('kind');
  });

  it('refuses a placeholder its way of failing does not fill', () => {
    const file = readRulesFile('extra.yaml', rulesYaml('        nl: "te laag sinds {due}"\n        en: "too low since {due}"'), kinds);
    expect(file.problems.map((p) => [p.code, p.args])).toContainEqual(['rule-placeholder', expect.objectContaining({ placeholder: 'due' })]);
  });

  it('refuses a key of another kind', () => {
    const file = readRulesFile('extra.yaml', rulesYaml(goodMessages, '    due: { after: ziekmelding, days: 1 }\n'), kinds);
    expect(file.problems.map((p) => [p.code, p.path.at(-1)])).toContainEqual(['unknown-key', 'due']);
  });

  it('refuses a key it needs but was not given, instead of compiling nothing', () => {
    const file = readRulesFile('extra.yaml', rulesYaml(goodMessages).replace('    min: 80\n', ''), kinds);
    expect(file.rules[0]!.variants).toEqual([]);
    expect(file.problems.map((p) => [p.code, p.args])).toContainEqual(['rule-missing-key', expect.objectContaining({ key: 'min' })]);
  });
});

describe('the shipped kinds declare what each way of failing fills', () => {
  const noDueRule = (message: string) => `rules:
  - id: eigen-melding
    title: { nl: Eigen, en: Own }
    description: { nl: Eigen., en: Own. }
    source: test
    norm: praktijk
    severity: error
    consequence: geen
    kind: deadline
    when: { field: eerste_spoor.status, in: [onwaarschijnlijk] }
    field: hersteld
    messages:
      late: { nl: "te laat", en: "late" }
      missing:
        nl: "${message}"
        en: "${message}"
`;

  it('refuses {due} and {days} in the missing message of a deadline without a due date (expected as soon as it applies)', () => {
    // This printed "missing since —, {days} ago" before.
    const file = readRulesFile('extra.yaml', noDueRule('ontbreekt sinds {due}, {days} geleden'));
    expect(file.problems.filter((p) => p.code === 'rule-placeholder').map((p) => p.args.placeholder).sort()).toEqual(['days', 'days', 'due', 'due']);
  });

  it('accepts it without them', () => {
    expect(readRulesFile('extra.yaml', noDueRule('ontbreekt')).problems).toEqual([]);
  });

  it('refuses a key of another kind on a shipped kind', () => {
    const file = readRulesFile('extra.yaml', noDueRule('ontbreekt').replace('    field: hersteld\n', '    field: hersteld\n    at: hersteld\n'));
    expect(file.problems.map((p) => [p.code, p.path.at(-1)])).toContainEqual(['unknown-key', 'at']);
  });
});
