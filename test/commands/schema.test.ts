// The named export: under NodeNext the default import of this CommonJS package types as the module, not the class.
import { Ajv } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Datum } from '../../src/domain/datum.js';
import { parse } from 'yaml';
import { objectKeys } from '../../src/input/schema-walk.js';
import { caseSchema } from '../../src/input/case-schema.js';
import { caseJsonSchema, caseJsonSchemaText, SCHEMA_FILE } from '../../src/output/case-json-schema.js';
import { initTemplate } from '../../src/output/init-template.js';
import { ROOT } from '../helpers.js';
import { poort } from './support.js';

const shipped = readFileSync(join(ROOT, SCHEMA_FILE), 'utf8');
// Strict mode refuses unknown keywords; type unions (a key that may be empty: ["string", "null"]) are plain JSON Schema.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(shipped) as object);

const valid = (value: unknown): boolean => validate(value) === true;
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'));

describe('poort schema', () => {
  it('prints the JSON Schema generated from the zod case schema', () => {
    const r = poort(['schema']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(caseJsonSchemaText());
  });

  // The shipped file is committed rather than generated at build time: a checkout, GitHub and the
  // YAML language server see it without a build, and this test fails as soon as the zod schema
  // changes without it. To regenerate: `node bin/poort.js schema > schema/poort-case.schema.json`.
  it('equals the shipped schema/poort-case.schema.json', () => {
    expect(shipped).toBe(caseJsonSchemaText());
  });

  it('is strict draft-07: unknown keys refused at every level, ziekmelding required, date patterns', () => {
    const s = caseJsonSchema() as { $schema: string; additionalProperties: boolean; required: string[]; properties: Record<string, { pattern?: string }> };
    expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(['ziekmelding']);
    expect(s.properties.ziekmelding!.pattern).toBe('^(\\d{4}-\\d{2}-\\d{2}|\\d{2}-\\d{2}-\\d{4})$');
    // Every key of the zod schema, and no other.
    expect(Object.keys(s.properties)).toEqual(objectKeys(caseSchema, []));
  });
});

describe('the schema, compiled by ajv', () => {
  it.each(examples)('accepts examples/%s', (name) => {
    const value = parse(readFileSync(join(ROOT, 'examples', name), 'utf8')) as unknown;
    expect(valid(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(examples)('examples/%s starts with the yaml-language-server line', (name) => {
    const first = readFileSync(join(ROOT, 'examples', name), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=../schema/poort-case.schema.json');
  });

  it('rejects a misspelt key, also nested', () => {
    expect(valid({ ziekmelding: '2025-01-06', probleemanalyze: '2025-02-10' })).toBe(false);
    expect(validate.errors).toEqual([expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'probleemanalyze' } })]);
    expect(valid({ ziekmelding: '2025-01-06', tweede_spoor: { gestart: '2025-12-01', begeleidr: 'X' } })).toBe(false);
    expect(valid({ ziekmelding: '2025-01-06', onderbrekingen: [{ van: '2025-03-10', tot: '2025-03-20', tt: 1 }] })).toBe(false);
  });

  it('rejects a missing ziekmelding, also an empty one', () => {
    expect(valid({ werknemer: 'E-1', probleemanalyse: '2025-02-10' })).toBe(false);
    expect(validate.errors).toEqual([expect.objectContaining({ keyword: 'required', params: { missingProperty: 'ziekmelding' } })]);
    expect(valid(parse('ziekmelding:\n'))).toBe(false);
  });

  it('accepts both date notations and refuses others', () => {
    expect(valid({ ziekmelding: '06-01-2025' })).toBe(true);
    expect(valid({ ziekmelding: '2025-01-06', voortgangsgesprekken: ['2025-04-01', '12-05-2025'] })).toBe(true);
    expect(valid({ ziekmelding: '6-1-2025' })).toBe(false);
    expect(valid({ ziekmelding: '20250106' })).toBe(false);
    expect(valid({ ziekmelding: '2025-01-06', eerste_spoor: { status: 'misschien' } })).toBe(false);
    expect(valid({ ziekmelding: '2025-01-06', loonsanctie_weken: 53 })).toBe(false);
  });

  it('accepts empty keys, as poort reads them as "not recorded" (the init template)', () => {
    expect(valid(parse(initTemplate('nl', Datum.parse('2026-11-20')!)))).toBe(true);
    expect(valid(parse(initTemplate('en', Datum.parse('2026-11-20')!)))).toBe(true);
    expect(valid(parse('ziekmelding: 2025-01-06\nprobleemanalyse:\neerste_spoor:\n  status:\n'))).toBe(true);
  });
});
