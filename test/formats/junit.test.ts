import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { attribute, junitFormatter, text } from '../../src/output/formats/junit.js';
import { rules } from '../helpers.js';
import { cases, nasty, render } from './cases.js';

interface TestCase {
  '@_classname': string;
  '@_name': string;
  '@_file'?: string;
  failure?: { '@_message': string; '@_type': string; '#text': string };
  error?: { '@_message': string; '@_type': string; '#text': string };
  'system-out'?: string;
  skipped?: unknown;
}
interface TestSuite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_errors': string;
  '@_skipped': string;
  properties: { property: { '@_name': string; '@_value': string }[] };
  testcase: TestCase[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  // Decode character references (&#10;) as every XML parser does.
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
});

function parse(xml: string): TestSuite[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as { testsuites: { '@_name': string; testsuite?: TestSuite[] } };
  expect(doc.testsuites['@_name']).toBe('poort');
  return doc.testsuites.testsuite ?? [];
}

describe('--format junit', () => {
  const suites = parse(render(junitFormatter));
  const [clean, late, warning, invalid] = suites;
  const ruleIds = rules().rules.map((r) => r.id);

  it('is well-formed XML: one testsuite per case, named by its source', () => {
    expect(render(junitFormatter).startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(suites.map((s) => s['@_name'])).toEqual(['dossiers/clean.yaml', 'dossiers/late.yaml', 'dossiers/warn case #1.yaml', 'dossiers/invalid.yaml']);
  });

  it('a testcase per rule, classname the case, name the rule id and title', () => {
    for (const s of [clean!, late!, warning!]) {
      expect(s.testcase.map((t) => t['@_name'].split(':')[0])).toEqual(ruleIds);
      expect(s['@_tests']).toBe(String(ruleIds.length));
      for (const t of s.testcase) expect(t['@_classname']).toBe(s['@_name']);
    }
    const tweede = rules().rules.find((r) => r.id === 'tweede-spoor')!;
    expect(late!.testcase.map((t) => t['@_name'])).toContain(`tweede-spoor: ${tweede.title.en}`);
  });

  it('a clean case passes every testcase', () => {
    expect([clean!['@_failures'], clean!['@_errors'], clean!['@_skipped']]).toEqual(['0', '0', '0']);
    expect(clean!.testcase.every((t) => !t.failure && !t.error && !t['system-out'])).toBe(true);
  });

  it('an error finding fails its rule, with the message and the file and line in the body', () => {
    expect(late!['@_failures']).toBe('1');
    const failed = late!.testcase.filter((t) => t.failure);
    expect(failed.map((t) => t['@_name'].split(':')[0])).toEqual(['tweede-spoor']);
    const f = failed[0]!.failure!;
    const message = cases().late.findings[0]!.message;
    expect(f['@_message']).toBe(message);
    expect(f['@_type']).toBe('error');
    expect(f['#text']).toBe(`dossiers/late.yaml:11: error: ${message} (norm: uwv (UWV practice); source: art. 7:658a lid 1 BW; art. 25 lid 9 Wet WIA; UWV Werkwijzer Poortwachter)`);
    expect(failed[0]!['@_file']).toBe('dossiers/late.yaml');
  });

  it('a warning does not fail: it is in the testcase’s system-out', () => {
    expect([warning!['@_failures'], warning!['@_errors']]).toEqual(['0', '0']);
    const t = warning!.testcase.find((x) => x['@_name'].startsWith('voortgangsgesprek:'))!;
    expect(t.failure).toBeUndefined();
    const w = cases().warning.findings[0]!;
    expect(t['system-out']).toBe(`dossiers/warn case #1.yaml:5: warning: ${w.message} (norm: uwv (UWV practice); source: ${w.source})`);
    // The werknemer, with every XML special character, survives as a property.
    expect(warning!.properties.property.find((p) => p['@_name'] === 'werknemer')!['@_value']).toBe('E-3 | Jansen, "A" <b> & co; =1+1');
  });

  it('an invalid case is one testcase `input` with an error listing its problems', () => {
    expect([invalid!['@_tests'], invalid!['@_failures'], invalid!['@_errors']]).toEqual(['1', '0', '1']);
    const t = invalid!.testcase[0]!;
    expect(t['@_name']).toBe('input');
    expect(t.error!['@_type']).toBe('input-problem');
    expect(t.error!['@_message']).toMatch(/^2 input problems: 2025-02-29 is not a date/);
    expect(t.error!['#text'].split('\n')).toEqual([
      'dossiers/invalid.yaml:3:18: probleemanalyse: 2025-02-29 is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)',
      'dossiers/invalid.yaml:4:1: probleemanalyze: unknown key `probleemanalyze` (did you mean `probleemanalyse`?)',
    ]);
  });

  it('escapes &, <, >, quotes; line breaks and control characters from a case become visible escapes', () => {
    const xml = render(junitFormatter, 'en', [nasty(cases().late)]);
    const [s] = parse(xml);
    const t = s!.testcase.find((x) => x.failure)!;
    // Printed in a CI log, a message with a line break could start a line `::error …`: it stays one line.
    expect(t.failure!['@_message']).toBe('100% late: see\\nline 2, then\\r\\nline 3 & <more> "quoted" | pipe\\u0007');
    expect(t.failure!['#text']).toContain('line 3 & <more> "quoted" | pipe');
    expect(xml).not.toMatch(/[\u0001\u0007]/);
    expect(text('a]]>b & <c>')).toBe('a]]&gt;b &amp; &lt;c&gt;');
    expect(attribute('"x"\n\ty\u0000')).toBe('&quot;x&quot;&#10;&#9;y');
    // A lone surrogate cannot be written in UTF-8; a pair is kept.
    expect(text('a\uD800b 😀')).toBe('ab 😀');
  });

  it('in Dutch, the messages are Dutch; with no cases, an empty testsuites', () => {
    const nl = parse(render(junitFormatter, 'nl'));
    expect(nl[3]!.testcase[0]!.error!['@_message']).toMatch(/^2 invoerfouten: /);
    expect(nl[1]!.testcase.find((t) => t.failure)!.failure!['#text']).toMatch(/^dossiers\/late\.yaml:11: fout: tweede spoor te laat/);
    expect(parse(render(junitFormatter, 'en', []))).toEqual([]);
  });
});
