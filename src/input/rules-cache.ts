import { Datum } from '../domain/datum.js';
import type { Feestdag } from '../domain/feestdagen.js';
import type { Rule } from '../domain/rule.js';

/**
 * The built-in rules, compiled at install time. Parsing the rules YAML costs more than all the
 * rest of a `poort check` of one case (the yaml parser runs cold), so the compiled table is
 * stored as JSON with a hash of the YAML it came from. Edit the YAML and the hash no longer
 * matches: poort reads the YAML again, so a YAML edit is still all a new rule needs.
 */
export interface RulesCache {
  hash: string;
  rules: Rule[];
  feestdagen: { datum: string; naam: string }[];
}

export function toCache(hash: string, rules: readonly Rule[], feestdagen: readonly Feestdag[]): string {
  const cache: RulesCache = { hash, rules: [...rules], feestdagen: feestdagen.map((f) => ({ datum: f.datum.toString(), naam: f.naam })) };
  return JSON.stringify(cache);
}

/** The cached table if it was compiled from exactly these sources, else undefined. */
export function fromCache(json: string, hash: string): { rules: Rule[]; feestdagen: Feestdag[] } | undefined {
  const cache = JSON.parse(json) as RulesCache;
  if (cache.hash !== hash) return undefined;
  return { rules: cache.rules, feestdagen: cache.feestdagen.map((f) => ({ datum: Datum.parse(f.datum)!, naam: f.naam })) };
}
