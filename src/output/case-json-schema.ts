import * as z from 'zod/mini';
import { caseSchema, fieldTypes } from '../input/case-schema.js';
import { fieldDoc } from './locale/index.js';

/**
 * The case file's JSON Schema, generated from the zod schema that validates case files, so the
 * editor and `poort check` agree on every key. Draft-07: what the YAML language server (VS Code)
 * and most validators read without configuration.
 *
 * What zod cannot say by itself is filled in here:
 * - date fields are transforms (text in, a Datum out); on the input side they accept anything,
 *   so they are given `type: string` with the pattern of both notations poort reads;
 * - an empty key (`probleemanalyse:` in the `poort init` template) means "not recorded yet" and
 *   is read as if it were left out, so every optional key also allows null;
 * - each key gets its description in Dutch and English, shown by editors on hover.
 */
export const DATE_PATTERN = '^(\\d{4}-\\d{2}-\\d{2}|\\d{2}-\\d{2}-\\d{4})$';
/** `uwv_wia_brief`: a date, or `geen` (in any case) when UWV sent no letter. */
export const DATE_OR_GEEN_PATTERN = '^(\\d{4}-\\d{2}-\\d{2}|\\d{2}-\\d{2}-\\d{4}|[Gg][Ee][Ee][Nn])$';

export const SCHEMA_FILE = 'schema/poort-case.schema.json';

type JsonSchema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
};

export function caseJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(caseSchema, {
    io: 'input',
    target: 'draft-7',
    override: ({ zodSchema, jsonSchema }) => {
      // The date fields: a pipe from z.unknown() through Datum.parse (case-schema.ts).
      const def = zodSchema._zod.def as { type: string; in?: { _zod: { def: { type: string } } } };
      if (def.type === 'pipe' && def.in?._zod.def.type === 'unknown') {
        jsonSchema.type = 'string';
        jsonSchema.pattern = fieldTypes.get(zodSchema)?.fieldType === 'date-or-geen' ? DATE_OR_GEEN_PATTERN : DATE_PATTERN;
      }
      // z.int() without a maximum says Number.MAX_SAFE_INTEGER; that is no limit a person sets.
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
    },
  }) as JsonSchema;
  const { $schema, ...rest } = generated;
  const schema: JsonSchema = {
    $schema,
    title: 'poort case file',
    description:
      'Een poortwachterdossier voor poort check (Wet verbetering poortwachter). Alleen ziekmelding is verplicht; datums JJJJ-MM-DD of DD-MM-JJJJ. — ' +
      'A Wet verbetering poortwachter case file for poort check. Only ziekmelding is required; dates YYYY-MM-DD or DD-MM-YYYY.',
    ...rest,
  };
  annotate(schema, '');
  return schema;
}

/** The schema as `poort schema` prints it and as `schema/poort-case.schema.json` holds it. */
export function caseJsonSchemaText(): string {
  return `${JSON.stringify(caseJsonSchema(), null, 2)}\n`;
}

/** Descriptions on every key, and null allowed on every key that is not required. */
function annotate(s: JsonSchema, prefix: string): void {
  if (s.items) annotate(s.items, prefix);
  if (!s.properties) return;
  const required = new Set(s.required ?? []);
  for (const [key, prop] of Object.entries(s.properties)) {
    const path = prefix ? `${prefix}.${key}` : key;
    annotate(prop, path);
    const notation = prop.pattern === DATE_PATTERN ? ' (JJJJ-MM-DD / DD-MM-JJJJ)' : prop.pattern === DATE_OR_GEEN_PATTERN ? ' (JJJJ-MM-DD / DD-MM-JJJJ / geen)' : '';
    const doc = fieldDoc(path, notation);
    const described: JsonSchema = doc ? { description: doc, ...prop } : prop;
    s.properties[key] = required.has(key) ? described : nullable(described);
  }
}

function nullable(s: JsonSchema): JsonSchema {
  const types = s.type === undefined ? undefined : Array.isArray(s.type) ? s.type : [s.type];
  const out: JsonSchema = { ...s };
  if (types) out.type = [...types, 'null'];
  if (s.enum) out.enum = [...s.enum, null];
  return out;
}
