import ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import nodePath from 'node:path';
import { ROOT } from '../helpers.js';

/**
 * The official SARIF 2.1.0 schema (draft 2020-12), vendored from Microsoft's SARIF multitool
 * (test/fixtures/README.md). Ajv knows none of its formats without ajv-formats, so the four it
 * uses are given here: a URI must parse, a relative reference must hold only URI characters.
 */
const schema = JSON.parse(readFileSync(nodePath.join(ROOT, 'test/fixtures/sarif-2.1.0.json'), 'utf8')) as object;
// A CommonJS module: its default export is module.exports, whose `default` is the class.
const Ajv2020 = ajv2020.default;
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/.test(s) && !/^[^/?#]*:/.test(s.replace(/^[A-Za-z][A-Za-z0-9+.-]*:(?=\/)/, '')));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
ajv.addFormat('uuid', (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s));
export const validate = ajv.compile(schema);

export function valid(doc: unknown): boolean {
  const ok = validate(doc);
  if (!ok) console.error(JSON.stringify(validate.errors, null, 2));
  return ok;
}

export interface Sarif {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: { id: string; name?: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string }; properties?: Record<string, unknown> }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } } }[];
    }[];
    properties: { asOf: string; summary: { cases: number } };
  }[];
}

