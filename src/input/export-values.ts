import type * as z from 'zod/mini';
import { fieldTypes } from './case-schema.js';
import { normal } from './columns.js';
import { objectKeys, schemaAt, unwrap } from './schema-walk.js';

/*
 * How the text of an export (a CSV cell, a JSON Lines value) reads as a case value, as a person
 * would read it: a number written as text is that number, a word of a key with fixed values may
 * have other capitals or accents. Nothing else is guessed. A YAML or JSON case file, written by a
 * person for poort, gets the strict check.
 */

/**
 * A number written as text: digits, a decimal point or a Dutch decimal comma, a minus sign,
 * blanks around it (`"70"`, `"70,5"`, `" 13 "`); and an amount as a Dutch payroll export writes
 * one, with a euro sign or with points between thousands and a decimal comma (`"€ 3.000"`,
 * `"3.000,50"`). Anything else (`"abc"`, `"1e2"`, `"70%"`, `""`) is no number; `"3.000"` without
 * a euro sign stays three, as a decimal point reads it.
 */
export function numberFromText(text: string): number | undefined {
  const t = text.trim();
  if (DECIMAL.test(t)) return Number(t.replace(',', '.'));
  const amount = AMOUNT.exec(t);
  if (!amount || (!amount[1] && !amount[3])) return undefined;
  return Number(amount[2]!.replaceAll('.', '') + (amount[3] ? `.${amount[3]}` : ''));
}

const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;
/** A euro sign (1), the whole euros with points between thousands (2), the cents after a comma (3). */
const AMOUNT = /^(€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/** An export's text at a key of this schema, read as its value: a number, a word of the key's list, or the text as it is. */
export function exportValue(schema: z.core.$ZodType, text: string): unknown {
  const convert = conversionOf(schema);
  return convert ? convert(text) : text;
}

/**
 * A record (fresh from JSON.parse) read as a person would read it: each text at a key the schema
 * knows goes through exportValue. Only known keys are looked at; changed in place.
 */
export function lenient(value: unknown, schema: z.core.$ZodType): unknown {
  if (!reads(schema)) return value;
  if (typeof value === 'string') return exportValue(schema, value);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const items = Array.isArray(value);
  for (const key of Object.keys(record)) {
    const inner = childOf(schema, items ? Number(key) : key);
    if (inner) record[key] = lenient(record[key], inner);
  }
  return value;
}

const reading = new WeakMap<z.core.$ZodType, boolean>();

/** Whether any text at or below this schema is read otherwise (a number, a word of a list): a list of dates is not, and is not walked. */
function reads(schema: z.core.$ZodType): boolean {
  let r = reading.get(schema);
  if (r === undefined) {
    reading.set(schema, false); // a schema that holds itself
    const below = [...objectKeys(schema, []).map((k) => schemaAt(schema, [k])), schemaAt(schema, [0])];
    r = conversionOf(schema) !== null || below.some((s) => s !== undefined && s !== schema && reads(s));
    reading.set(schema, r);
  }
  return r;
}

const children = new WeakMap<z.core.$ZodType, Map<string | number, z.core.$ZodType | undefined>>();

/** The schema one key below, looked up once per schema and key: every record of an export asks the same. */
function childOf(schema: z.core.$ZodType, key: string | number): z.core.$ZodType | undefined {
  let known = children.get(schema);
  if (!known) children.set(schema, (known = new Map()));
  if (known.has(key)) return known.get(key);
  // Own keys only: schemaAt does not take `__proto__` or `constructor` for a field.
  const inner = schemaAt(schema, [key]);
  // A record's unknown keys are as many as it likes: only the schema's own are kept.
  if (inner || known.size < 1_000) known.set(key, inner);
  return inner;
}

type Conversion = ((text: string) => unknown) | null;
const conversions = new WeakMap<z.core.$ZodType, Conversion>();

/** What a text at this schema is read as, if anything; worked out once per schema. */
function conversionOf(schema: z.core.$ZodType): Conversion {
  let convert = conversions.get(schema);
  if (convert === undefined) {
    const inner = unwrap(schema);
    const def = inner._zod.def as { type: string; entries?: Record<string, unknown> };
    if ((fieldTypes.get(schema) ?? fieldTypes.get(inner))?.fieldType === 'number') {
      convert = (text) => numberFromText(text) ?? text;
    } else if (def.type === 'enum' && def.entries) {
      const words = new Map(Object.values(def.entries).filter((v): v is string => typeof v === 'string').map((v) => [normal(v), v]));
      convert = (text) => words.get(normal(text)) ?? text;
    } else {
      convert = null;
    }
    conversions.set(schema, convert);
  }
  return convert;
}
