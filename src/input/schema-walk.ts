import type * as z from 'zod/mini';

/**
 * Looks inside a zod schema by key path, through optional, default, pipe and array wrappers:
 * the known keys at a level (for "did you mean") and the schema a rule's `field:` points at.
 */
type Def = { type: string; shape?: Record<string, z.core.$ZodType>; innerType?: z.core.$ZodType; in?: z.core.$ZodType; element?: z.core.$ZodType };

const defOf = (s: z.core.$ZodType): Def => s._zod.def as unknown as Def;

/** The schema with its optional/default/pipe wrappers removed. */
export function unwrap(s: z.core.$ZodType): z.core.$ZodType {
  let cur = s;
  for (;;) {
    const d = defOf(cur);
    const next = d.type === 'optional' || d.type === 'default' || d.type === 'nullable' ? d.innerType : d.type === 'pipe' ? d.in : undefined;
    if (!next) return cur;
    cur = next;
  }
}

/** The schema at a key path; number steps (and none) go through arrays. */
export function schemaAt(root: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let cur: z.core.$ZodType | undefined = root;
  for (const step of path) {
    if (!cur) return undefined;
    let d = defOf(unwrap(cur));
    if (d.type === 'array' && typeof step === 'number') {
      cur = d.element;
      continue;
    }
    if (d.type === 'array') d = defOf(unwrap(d.element!));
    // Own keys only: `constructor` or `__proto__` name no field, whatever objects inherit.
    cur = d.type === 'object' && d.shape && Object.hasOwn(d.shape, String(step)) ? d.shape[String(step)] : undefined;
  }
  return cur;
}

export function objectKeys(root: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const s = schemaAt(root, path);
  if (!s) return [];
  let d = defOf(unwrap(s));
  if (d.type === 'array') d = defOf(unwrap(d.element!));
  return d.type === 'object' ? Object.keys(d.shape ?? {}) : [];
}
