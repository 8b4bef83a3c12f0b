import { Datum } from '../domain/datum.js';
import type { Costs } from '../domain/exposure.js';
import type { Feestdag } from '../domain/feestdagen.js';
import type { Rule } from '../domain/rule.js';

/**
 * The built-in rules, compiled at install time. Parsing the rules YAML costs more than all the
 * rest of a `poort check` of one case (the yaml parser runs cold), so the compiled table is
 * stored as JSON with the YAML it came from. Edit the YAML and it no longer matches: poort
 * reads the YAML again, so a YAML edit is still all a new rule needs. The texts themselves are
 * compared, not a hash of them: exact, and no hashing module to load on every start.
 */
export interface RulesCache {
  /** The files compiled, each named and in order (rulesSources). */
  sources: string;
  rules: Rule[];
  feestdagen: { datum: string; naam: string }[];
  costs: Costs;
}

/** A rules table in force: the rules, the feestdagen added by decree, and what each consequence costs at most. */
export interface RulesTable {
  rules: Rule[];
  feestdagen: Feestdag[];
  costs: Costs;
}

export function toCache(sources: string, { rules, feestdagen, costs }: RulesTable): string {
  const cache: RulesCache = { sources, rules: [...rules], feestdagen: feestdagen.map((f) => ({ datum: f.datum.toString(), naam: f.naam })), costs };
  return JSON.stringify(cache);
}

/** The cached table if it was compiled from exactly these sources, else undefined. */
export function fromCache(json: string, sources: string): RulesTable | undefined {
  const cache = JSON.parse(json) as RulesCache;
  if (cache.sources !== sources) return undefined;
  return { rules: cache.rules, feestdagen: cache.feestdagen.map((f) => ({ datum: Datum.parse(f.datum)!, naam: f.naam })), costs: cache.costs };
}
