import type { FieldPath } from '../domain/case.js';
import type { Datum } from '../domain/datum.js';
import { RulesEngine } from '../domain/engine.js';
import type { Basis, TimelineEntry } from '../domain/evaluation.js';
import type { Werkdagen } from '../domain/feestdagen.js';
import type { Phrase } from '../domain/kind.js';
import { KINDS } from '../domain/kinds/index.js';
import type { Rule } from '../domain/rule.js';
import { readCase } from '../input/case-file.js';
import { formatPath } from '../input/problem.js';

/** The worked example of docs/law.md: ziekmelding Monday 2025-01-06 (also the init template's placeholder). */
export const EXAMPLE_ZIEKMELDING = '2025-01-06';

type Fact = { path: FieldPath; value: string | number };

/**
 * What the example dossier may also hold, for rules that only apply once something is recorded,
 * as the worked examples of docs/law.md have it: A (the tweede spoor needs eerste_spoor.status;
 * the voortgangsgesprek counts from the plan van aanpak; with an EJE on 2025-11-20 and eerste
 * spoor onwaarschijnlijk the tweede spoor is due 2026-01-01, and starts then), E (a contract
 * that ends on 2025-06-30), and a loonsanctie of 52 weeks. One scenario at a time: the end of
 * a contract would make the rules of A not applicable.
 */
const EXAMPLE_SCENARIOS: readonly (readonly Fact[])[] = [
  [
    { path: ['plan_van_aanpak'], value: '2025-02-24' },
    { path: ['eerste_spoor', 'status'], value: 'onwaarschijnlijk' },
    { path: ['eerstejaarsevaluatie'], value: '2025-11-20' },
    { path: ['tweede_spoor', 'gestart'], value: '2026-01-01' },
  ],
  [{ path: ['einde_dienstverband'], value: '2025-06-30' }],
  [{ path: ['loonsanctie', 'weken'], value: 52 }],
];

export interface Example {
  /** The case evaluated, key by key, as it would be written in a case file. */
  facts: { path: string; value: string }[];
  from: Datum | null;
  due: Datum | null;
  /** Why the due date is what it is: the engine's anchor, else the kind's own reason (an interval's chain); null without either. */
  basis: { anchor: Basis } | { phrase: Phrase } | null;
}

/**
 * The rule's dates for the example dossier, computed by the engine: from the ziekmelding alone
 * where that is enough, else with the fewest facts of the first scenario that makes the rule
 * apply (never the rule's own key, which would make it done). Undefined for a rule that
 * computes no date.
 */
export function workedExample(rule: Rule, rules: readonly Rule[], werkdagen: Werkdagen): Example | undefined {
  const own = ownFields(rule);
  const engine = new RulesEngine(rules, werkdagen);
  const entryFor = (fs: readonly Fact[]): TimelineEntry | undefined => {
    const read = readCase('example', JSON.stringify(caseValue(fs)));
    if (!read.case) return undefined;
    const e = engine.evaluate(read.case, read.case.ziekmelding).timeline.find((t) => t.id === rule.id);
    return e && e.status !== 'not-applicable' && (e.due ?? e.from) ? e : undefined;
  };
  let facts: readonly Fact[] = [];
  let entry = entryFor(facts);
  for (const scenario of entry ? [] : EXAMPLE_SCENARIOS) {
    facts = scenario.filter((f) => !own.has(formatPath(f.path)));
    entry = entryFor(facts);
    if (entry) break;
  }
  if (!entry) return undefined;
  // Leave out each fact that makes no difference, so the example shows only what matters.
  for (const f of [...facts]) {
    const without = facts.filter((x) => x !== f);
    const e = entryFor(without);
    if (e && same(e, entry)) facts = without;
  }
  let basis: Example['basis'] = entry.basis ? { anchor: entry.basis } : null;
  if (!basis && entry.due) {
    // Where the evaluation gives no anchor (an interval's chain), the kind says why.
    const why = rule.variants.map((v) => KINDS.of(v.kind).exampleBasis?.(v, entry!.due!.day)).find((p) => p !== undefined);
    if (why) basis = { phrase: why };
  }
  return {
    facts: [{ path: 'ziekmelding', value: EXAMPLE_ZIEKMELDING }, ...facts.map((f) => ({ path: formatPath(f.path), value: String(f.value) }))],
    from: entry.from,
    due: entry.due,
    basis,
  };
}

function same(a: TimelineEntry, b: TimelineEntry): boolean {
  return String(a.due) === String(b.due) && String(a.from) === String(b.from);
}

/** The keys that record the rule done: an example never fills them in. */
function ownFields(rule: Rule): Set<string> {
  const own = new Set<string>();
  for (const v of rule.variants) {
    const path = KINDS.of(v.kind).recordedIn?.(v);
    if (path) own.add(formatPath(path));
  }
  return own;
}

function caseValue(facts: readonly Fact[]): Record<string, unknown> {
  const value: Record<string, unknown> = { ziekmelding: EXAMPLE_ZIEKMELDING };
  for (const { path, value: v } of facts) {
    let at = value;
    path.slice(0, -1).forEach((step) => {
      at[step] ??= {};
      at = at[step] as Record<string, unknown>;
    });
    at[path[path.length - 1]!] = v;
  }
  return value;
}
