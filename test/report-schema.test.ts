// The named export: under NodeNext the default import of this CommonJS package types as the module, not the class.
import { Ajv } from 'ajv';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../src/domain/kinds/index.js';
import { CONSEQUENCES, NORMS, SEVERITIES } from '../src/domain/rule.js';
import { words } from '../src/output/locale/index.js';
import { LANGS } from '../src/domain/lang.js';
import { ROOT, runBin, type BinRun, type JsonCase } from './helpers.js';

/**
 * schema/poort-report.schema.json against what the built bin really writes with
 * `poort check --format json` (docs/report.md). The bundle is built by test/global-setup.ts.
 */
const SCHEMA_FILE = join(ROOT, 'schema', 'poort-report.schema.json');

interface Node {
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: boolean;
  items?: Node;
}
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Node & { $schema: string; $id?: string };

// Strict mode refuses unknown keywords; type unions (["string", "null"]) are plain JSON Schema.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

interface Report {
  poort: number;
  asOf: string;
  cases: JsonCase[];
  summary: { cases: number; invalid: number; errors: number; warnings: number; infos: number };
}

/** The reports every real run below produced, for the coverage check at the end. */
const seen: Report[] = [];

/** Asserts the document validates, printing ajv's errors when it does not. */
function expectValid(doc: unknown): void {
  const ok = validate(doc);
  expect(ok, `schema errors:\n${JSON.stringify(validate.errors, null, 2)}`).toBe(true);
}

/** The report of one run: stdout must be the JSON document and nothing else, and it must validate. */
function reportOf(r: BinRun): Report {
  let doc: Report;
  try {
    doc = JSON.parse(r.stdout) as Report;
  } catch {
    throw new Error(`stdout is not one JSON document (exit ${r.code}):\n${r.stdout}\n--- stderr ---\n${r.stderr}`);
  }
  expectValid(doc);
  seen.push(doc);
  return doc;
}

const dir = mkdtempSync(join(tmpdir(), 'poort-report-schema-'));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};
/** The bin in the scratch directory, so that no poort.config.yaml of the checkout applies. */
const poort = (args: string[]): BinRun => runBin(args, { cwd: dir });
const check = (files: string[], asOf: string, ...extra: string[]): BinRun => poort(['check', ...files, '--as-of', asOf, '--format', 'json', ...extra]);

// Cases that reach the corners of the report.
const CASES = {
  // UWV sent no letter about the WIA aanvraag (art. 64 lid 6 Wet WIA): the aanvraag has no due date.
  geenBrief: file('geen-brief.yaml', 'werknemer: E-101\nziekmelding: 2024-11-04\nmelding_42e_week: 2025-08-18\nuwv_wia_brief: geen\n'),
  // The WIA aanvraag is overdue and still missing: the end of wage payment grows with the as-of date.
  wiaMissing: file('wia-ontbreekt.yaml', 'werknemer: E-102\nziekmelding: 2024-11-04\nmelding_42e_week: 2025-08-18\nactueel_oordeel: 2026-07-01\neindevaluatie: 2026-07-15\n'),
  eindeDienstverband: file('einde-dienstverband.yaml', 'werknemer: E-103\nziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-05\neinde_dienstverband: 2025-09-30\nmelding_einde_dienstverband: 2025-10-02\n'),
  loonsanctie: file('loonsanctie.yaml', 'werknemer: E-104\nziekmelding: 2024-11-04\nloonsanctie: { weken: 52, herstel_gemeld: 2027-03-01, herstel_vastgesteld: 2027-03-29 }\n'),
  loonsanctieUndecided: file('loonsanctie-open.yaml', 'werknemer: E-105\nziekmelding: 2024-11-04\nloonsanctie: { weken: 52, herstel_gemeld: 2027-03-01 }\n'),
  loonsanctieShortened: file('loonsanctie-bekort.yaml', 'werknemer: E-106\nziekmelding: 2024-11-04\nwia_aanvraag: 2026-08-10\nloonsanctie: { weken: 52, herstel_gemeld: 2027-03-01, herstel_vastgesteld: 2027-03-15 }\n'),
  // Many finding types at once: late, order, missing, check (number and none), before, match, gap, delayed, early.
  mixed: file('gemengd.yaml', [
    'werknemer: E-107',
    'ziekmelding: 2025-01-06',
    'loon_percentage: 60',
    'probleemanalyse: 2025-02-20',
    'plan_van_aanpak: 2025-02-10',
    'voortgangsgesprekken:',
    '  - 2024-12-01',
    '  - 2025-06-30',
    'eerste_spoor:',
    '  status: uitgesloten',
    '  vastgesteld: 2025-02-05',
    'arbeidsdeskundig_onderzoek: 2025-03-01',
    'tweede_spoor:',
    '  gestart: 2026-01-15',
    '  bijstelling_plan_van_aanpak: 2026-01-10',
    'notities: werknemer heeft een burn-out',
    '',
  ].join('\n')),
  early: file('vroeg.yaml', 'werknemer: E-108\nziekmelding: 2025-01-06\neerste_spoor: { status: uitgesloten, vastgesteld: 2025-02-05 }\ntweede_spoor: { gestart: 2025-02-10, begeleider: Bureau Noord }\n'),
};
const PROBLEM_FILES = {
  notADate: file('geen-datum.yaml', 'ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-29\n'),
  unknownKey: file('onbekend.yaml', 'werknemer: E-201\nziekmelding: 2025-01-06\nprobleemanalyze: 2025-02-10\n'),
  notYaml: file('kapot.yaml', 'werknemer: E-202\nziekmelding: 2025-01-06\nnotities: [1\n'),
  notOneOf: file('keuze.yaml', 'ziekmelding: 2025-01-06\neerste_spoor: { status: misschien }\n'),
};
const EXPORTS = {
  csv: file('export.csv', 'werknemer;ziekmelding;probleemanalyse\nE-301;2025-01-06;2025-02-05\nE-302;2025-13-01;\n'),
  jsonl: file('export.jsonl', '{"werknemer":"E-401","ziekmelding":"2025-01-06"}\n{"werknemer":"E-402","ziekmelding":"2025-01-06","plan_van_aanpak":"2025-01-01"}\n'),
};

const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).sort();

describe('the report schema itself', () => {
  it('is draft-07 with a relative $id, and strict: no extra property anywhere', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    if (schema.$id !== undefined) expect(schema.$id).not.toMatch(/^[a-z]+:/i);
    const loose: string[] = [];
    const walk = (node: Node, at: string): void => {
      if (node.properties) {
        if (node.additionalProperties !== false) loose.push(at);
        for (const [key, child] of Object.entries(node.properties)) walk(child, `${at}.${key}`);
      }
      if (node.items) walk(node.items, `${at}[]`);
    };
    walk(schema, '$');
    expect(loose).toEqual([]);
  });

  it('describes every property', () => {
    const bare: string[] = [];
    const walk = (node: Node, at: string): void => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description) bare.push(`${at}.${key}`);
        walk(child, `${at}.${key}`);
      }
      if (node.items) walk(node.items, `${at}[]`);
    };
    walk(schema, '$');
    expect(bare).toEqual([]);
  });

  it('accepts the example document of docs/report.md', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'report.md'), 'utf8');
    const example = /```json\n(\{\n {2}"poort"[\s\S]*?)```/.exec(docs);
    expect(example, 'docs/report.md has a ```json block with a whole report').not.toBeNull();
    expectValid(JSON.parse(example![1]!));
  });

  it('cannot drift from the product: its enums are the lists the code knows', () => {
    const c = schema.properties!.cases!.items!.properties!;
    const finding = c.findings!.items!.properties!;
    expect(finding.type!.enum).toEqual([...KINDS.findingTypes]);
    expect(finding.severity!.enum).toEqual([...SEVERITIES]);
    expect(finding.consequence!.enum).toEqual([...CONSEQUENCES]);
    expect(finding.norm!.enum).toEqual([...NORMS, null]);
    expect(c.timeline!.items!.properties!.norm!.enum).toEqual([...NORMS, null]);
    expect([...(c.problems!.items!.properties!.code!.enum as string[])].sort()).toEqual(Object.keys(words('en').problems).sort());
    expect(schema.properties!.config!.properties!.settings!.properties!.lang!.enum).toEqual([...LANGS]);
  });
});

describe('real `poort check --format json` output validates', () => {
  it(`all of examples/*.yaml at one as-of date (${examples.length} files)`, () => {
    const r = runBin(['check', ...examples.map((f) => `examples/${f}`), '--as-of', '2026-03-02', '--format', 'json'], { cwd: ROOT });
    const doc = reportOf(r);
    expect(doc.cases.map((c) => c.source)).toEqual(examples.map((f) => `examples/${f}`));
    expect(doc.summary.invalid).toBe(0);
    expect(r.code).not.toBe(2);
  });

  it('the examples on other as-of dates, in Dutch too', () => {
    for (const [asOf, lang] of [['2025-06-01', 'en'], ['2026-09-07', 'nl'], ['2027-06-01', 'en']] as const) {
      const r = runBin(['check', 'examples/*.yaml', '--as-of', asOf, '--format', 'json', '--lang', lang], { cwd: ROOT });
      expect(reportOf(r).cases.length).toBe(examples.length);
    }
  });

  it('input problems: exit 2, stdout is still the whole report, invalid cases carry only their problems', () => {
    const files = [...Object.values(PROBLEM_FILES), 'ontbreekt.yaml', CASES.early];
    const r = check(files, '2026-03-02');
    expect(r.code).toBe(2);
    const doc = reportOf(r);
    expect(doc.summary).toMatchObject({ cases: files.length, invalid: files.length - 1 });
    const invalid = doc.cases.filter((c) => !c.valid);
    for (const c of invalid) {
      expect(c.problems.length).toBeGreaterThan(0);
      expect(c.clock).toBeNull();
      expect(c.timeline).toEqual([]);
      expect(c.findings).toEqual([]);
    }
    expect(invalid.map((c) => c.problems.map((p) => p.code))).toEqual([['not-a-date'], ['unknown-key'], ['yaml-syntax'], ['not-one-of'], ['file-unreadable']]);
    // A problem with the input as a whole: no key, no position.
    expect(invalid.at(-1)!.problems[0]).toMatchObject({ path: '', line: null, column: null });
    expect(doc.cases.at(-1)!.valid).toBe(true);
  });

  it('a pattern that matches nothing is a case of its own', () => {
    const r = check(['nergens/*.yaml'], '2026-03-02');
    expect(r.code).toBe(2);
    expect(reportOf(r).cases[0]!.problems[0]!.code).toBe('no-match');
  });

  it('uwv_wia_brief: geen: the WIA aanvraag has no due date', () => {
    const c = reportOf(check([CASES.geenBrief], '2026-10-01')).cases[0]!;
    expect(c.timeline.find((t) => t.id === 'wia-aanvraag')).toMatchObject({ due: null, status: 'open' });
    expect(c.clock!.provisional).toBe(false);
  });

  it('a late WIA aanvraag still missing: clock.provisional', () => {
    const c = reportOf(check([CASES.wiaMissing], '2026-10-01')).cases[0]!;
    expect(c.clock!.provisional).toBe(true);
    expect(c.clock!.eindeLoondoorbetaling > c.clock!.eindeWachttijd).toBe(true);
  });

  it('einde_dienstverband: wage payment ends with the contract', () => {
    const c = reportOf(check([CASES.eindeDienstverband], '2026-03-02')).cases[0]!;
    expect(c.clock!.eindeLoondoorbetaling).toBe('2025-09-30');
    expect(c.timeline.find((t) => t.id === 'einde-dienstverband')).toMatchObject({ done: '2025-10-02', status: 'late' });
  });

  it('a loonsanctie, repaired, lifted, shortened and undecided (as-of 2027-06-01)', () => {
    const doc = reportOf(check([CASES.loonsanctie, CASES.loonsanctieShortened, CASES.loonsanctieUndecided], '2027-06-01'));
    const types = doc.cases.map((c) => c.findings.filter((f) => f.rule === 'loonsanctie-bekorting').map((f) => f.type));
    expect(types).toEqual([['lifted'], ['shortened'], ['undecided']]);
  });

  it('the rest of the finding types: order, gap, check, before, match, delayed, early', () => {
    reportOf(check([CASES.mixed], '2026-03-02'));
    reportOf(check([CASES.early], '2025-03-02'));
  });

  it('every case above with --lang nl', () => {
    const r = check([...Object.values(CASES), ...Object.values(PROBLEM_FILES)], '2027-06-01', '--lang', 'nl');
    expect(r.code).toBe(2);
    const nl = reportOf(r).cases[0]!;
    const en = reportOf(check([CASES.geenBrief], '2027-06-01')).cases[0]!;
    // The same facts, other words.
    expect(nl.findings.map((f) => [f.rule, f.type, f.args])).toEqual(en.findings.map((f) => [f.rule, f.type, f.args]));
    expect(nl.findings[0]!.message).not.toBe(en.findings[0]!.message);
  });

  it('every case above with --redact', () => {
    const r = check([...Object.values(CASES), ...Object.values(PROBLEM_FILES)], '2026-03-02', '--redact');
    const doc = reportOf(r);
    for (const c of doc.cases) {
      expect(c.source).toMatch(/^anon-[0-9a-f]{12}\.yaml$/);
      if (c.werknemer !== null) expect(c.werknemer).toMatch(/^anon-[0-9a-f]{12}$/);
    }
  });

  it('exports: rows of a CSV file and lines of JSON Lines, valid or not', () => {
    const doc = reportOf(check([EXPORTS.csv, EXPORTS.jsonl], '2026-03-02'));
    expect(doc.cases.map((c) => [c.source, c.valid])).toEqual([
      ['export.csv row 1', true],
      ['export.csv row 2', false],
      ['export.jsonl line 1', true],
      ['export.jsonl line 2', true],
    ]);
  });

  it('exports through a mapping: folded periods, the config\'s columns and periods, a header problem, a --columns preset', () => {
    const dir = join(ROOT, 'examples', 'export');
    const folded = reportOf(runBin(['check', 'verzuim-export.csv', 'verzuim-export.xlsx', '--periods', '--as-of', '2025-12-01', '--format', 'json'], { cwd: dir, env: { HOME: dir } }));
    expect(folded.cases[0]!.source).toBe('verzuim-export.csv rows 1, 4');
    const preset = reportOf(runBin(['check', join(dir, 'verzuim-export.csv'), '--no-config', '--columns', 'sivi', '--as-of', '2025-12-01', '--format', 'json'], { cwd: dir, env: { HOME: dir } }));
    expect(preset.cases[0]!.source).toMatch(/verzuim-export\.csv$/);
  });

  it('keeps the property order of the writer, and lists every property it writes', () => {
    const doc = seen.find((d) => d.cases.some((c) => c.valid && c.findings.length > 0 && c.problems.length === 0))!;
    const c = doc.cases.find((x) => x.valid && x.findings.length > 0)!;
    const props = (node: Node | undefined): string[] => Object.keys(node!.properties!);
    const caseNode = schema.properties!.cases!.items!;
    expect(Object.keys(doc)).toEqual(props(schema));
    expect(Object.keys(doc.summary)).toEqual(props(schema.properties!.summary));
    expect(Object.keys(c)).toEqual(props(caseNode));
    expect(Object.keys(c.clock!)).toEqual(props(caseNode.properties!.clock));
    expect(Object.keys(c.timeline[0]!)).toEqual(props(caseNode.properties!.timeline!.items));
    expect(Object.keys(c.findings[0]!)).toEqual(props(caseNode.properties!.findings!.items));
    const problem = seen.flatMap((d) => d.cases).find((x) => x.problems.length > 0)!.problems[0]!;
    expect(Object.keys(problem)).toEqual(props(caseNode.properties!.problems!.items));
  });

  it('between them, the runs above met every finding type the product knows', () => {
    const met = new Set(seen.flatMap((d) => d.cases.flatMap((c) => c.findings.map((f) => f.type))));
    expect(KINDS.findingTypes.filter((t) => !met.has(t))).toEqual([]);
  });
});

describe('the schema has teeth', () => {
  /** A real report with at least one finding, copied afresh for each mutation. */
  let base: Report | undefined;
  const fresh = (): Report => {
    base ??= JSON.parse(check([CASES.mixed, PROBLEM_FILES.notADate], '2026-03-02').stdout) as Report;
    return structuredClone(base);
  };
  const rejects = (doc: unknown, keyword: string): void => {
    expect(validate(doc)).toBe(false);
    expect(validate.errors!.map((e) => e.keyword)).toContain(keyword);
  };
  const first = (d: Report): JsonCase => d.cases[0]!;

  it('the base document is valid', () => expectValid(fresh()));

  it('refuses an unknown field at any level', () => {
    rejects({ ...fresh(), extra: 1 }, 'additionalProperties');
    const d1 = fresh();
    (first(d1) as unknown as Record<string, unknown>).title = 'x';
    rejects(d1, 'additionalProperties');
    const d2 = fresh();
    (first(d2).clock as unknown as Record<string, unknown>).hersteld = null;
    rejects(d2, 'additionalProperties');
    const d3 = fresh();
    (first(d3).timeline[0] as unknown as Record<string, unknown>).days = 3;
    rejects(d3, 'additionalProperties');
    const d4 = fresh();
    (first(d4).findings[0]!.args as Record<string, unknown>).basis = 'x';
    rejects(d4, 'additionalProperties');
    const d5 = fresh();
    (d5.summary as unknown as Record<string, unknown>).total = 3;
    rejects(d5, 'additionalProperties');
  });

  it('refuses a bad status', () => {
    const d = fresh();
    first(d).timeline[0]!.status = 'done';
    rejects(d, 'enum');
  });

  it('refuses a bad norm, severity, consequence or problem code', () => {
    const d1 = fresh();
    first(d1).timeline[0]!.norm = 'cao';
    rejects(d1, 'enum');
    const d2 = fresh();
    first(d2).findings[0]!.norm = 'beleid';
    rejects(d2, 'enum');
    const d3 = fresh();
    first(d3).findings[0]!.severity = 'fatal';
    rejects(d3, 'enum');
    const d4 = fresh();
    first(d4).findings[0]!.consequence = 'ontslag';
    rejects(d4, 'enum');
    const d5 = fresh();
    d5.cases[1]!.problems[0]!.code = 'bad-date';
    rejects(d5, 'enum');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    const d1 = fresh();
    first(d1).clock!.ziekmelding = '2025-1-6';
    rejects(d1, 'pattern');
    const d2 = fresh();
    first(d2).timeline[0]!.due = '2025-1-6';
    rejects(d2, 'pattern');
    const d3 = fresh();
    first(d3).findings[0]!.args.due = '06-01-2025';
    rejects(d3, 'pattern');
    rejects({ ...fresh(), asOf: '2025-1-6' }, 'pattern');
  });

  it('refuses a finding without type, or with a type the product does not know', () => {
    const d1 = fresh();
    delete (first(d1).findings[0] as Partial<JsonCase['findings'][number]>).type;
    rejects(d1, 'required');
    const d2 = fresh();
    first(d2).findings[0]!.type = 'wrong';
    rejects(d2, 'enum');
  });

  it('refuses wrong kinds of values: a fractional line, negative days, another report version', () => {
    const d1 = fresh();
    first(d1).findings[0]!.line = 1.5;
    rejects(d1, 'type');
    const d2 = fresh();
    first(d2).findings[0]!.args.days = -1;
    rejects(d2, 'minimum');
    rejects({ ...fresh(), poort: 2 }, 'const');
    const d3 = fresh();
    d3.cases[1]!.clock = { ziekmelding: '2025-01-06', week: 1, eindeWachttijd: '2027-01-03', eindeLoondoorbetaling: '2027-01-03', provisional: 'no' as unknown as boolean };
    rejects(d3, 'type');
  });
});
