/**
 * Property tests (issue 5): poort never throws on any input, every input ends as a result or
 * as located input problems, the law's deadlines keep their order and move with the clock, and
 * the JSON report does not depend on TZ.
 *
 * Bounded for `npm test`; set FUZZ_RUNS (say 5000) for a long run: every property scales its
 * number of runs from it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify as yamlStringify } from 'yaml';
import { caseReports } from '../../src/check/case-reports.js';
import { wordingFor } from '../../src/output/wording.js';
import { readCase, readCaseList, validateCase } from '../../src/input/case-file.js';
import { ColumnMapping, type HeaderPlan } from '../../src/input/columns.js';
import { csvCase } from '../../src/input/csv-case.js';
import { readJsonLine } from '../../src/input/json-line.js';
import type { Located } from '../../src/input/located.js';
import type { Problem } from '../../src/input/problem.js';
import { Datum } from '../../src/domain/datum.js';
import { agendaCsv, agendaIcs, agendaItems } from '../../src/output/agenda.js';
import { FORMATS, FORMAT_NAMES, type FormatName, type FormatterFactory } from '../../src/output/formats/index.js';
import { problemLine } from '../../src/output/problem-line.js';
import { Checker } from '../../src/check/checker.js';
import { NO_SETUP } from '../../src/output/setup.js';
import { BIN, binEnv, caseReport, check, formatReport, report, rules, type JsonCase } from '../helpers.js';

/** FUZZ_RUNS scales every property: the default runs are for `npm test`, a few seconds in all. */
const FUZZ = Number(process.env.FUZZ_RUNS ?? '');
const LONG = Number.isInteger(FUZZ) && FUZZ > 0;
const runs = (normal: number): number => (LONG ? Math.max(normal, Math.round((FUZZ * normal) / 100)) : normal);
const LONG_TIMEOUT = LONG ? 3_600_000 : 30_000;

const AS_OF = '2025-06-01';

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic of the test's own, in UTC (so independent of TZ and of the product's Datum).

const MS_PER_DAY = 86_400_000;
const dayOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
const isoOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const dutchOf = (day: number): string => {
  const iso = isoOf(day);
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Sick-day n (1 = ziekmelding) with the recovery days left out: the clock of docs/law.md, written again. */
function sickDay(ziekmelding: number, breaks: readonly { van: number; tot: number }[], n: number): number {
  let d = ziekmelding + n - 1;
  for (const b of breaks) if (b.van <= d) d += b.tot - b.van + 1;
  return d;
}

// ---------------------------------------------------------------------------------------------
// The invariant every input must end in.

function expectHonestEnd(c: JsonCase, what: string): void {
  if (c.valid) {
    expect(c.clock, `${what}: a valid case has a clock`).not.toBeNull();
    expect(c.problems, what).toEqual([]);
    expect(c.clock!.ziekmelding, what).toMatch(ISO_DATE);
    return;
  }
  expect(c.problems.length, `${what}: an invalid case names at least one problem`).toBeGreaterThan(0);
  for (const p of c.problems) expectLocated(p, what);
}

function expectLocated(p: { code: string; line: number | null; column: number | null; message?: string }, what: string): void {
  expect(typeof p.code === 'string' && p.code.length > 0, `${what}: problem has a code: ${JSON.stringify(p)}`).toBe(true);
  expect(Number.isInteger(p.line) && p.line! >= 1, `${what}: problem has a line ≥ 1: ${JSON.stringify(p)}`).toBe(true);
  expect(Number.isInteger(p.column) && p.column! >= 1, `${what}: problem has a column ≥ 1: ${JSON.stringify(p)}`).toBe(true);
  if (p.message !== undefined) {
    expect(p.message.length, what).toBeGreaterThan(0);
    expect(p.message, `${what}: a problem is one line`).not.toMatch(/[\r\n]/);
  }
}

/** A ReadCase straight from the readers: validated, or problems with a code and a place. */
function expectReadEnd(read: { case?: unknown; problems: readonly Problem[] }, what: string): void {
  if (read.case) expect(read.problems, what).toEqual([]);
  else {
    expect(read.problems.length, `${what}: an unread case names at least one problem`).toBeGreaterThan(0);
    for (const p of read.problems) expectLocated(p, what);
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitrary inputs.

const CONTRACT_KEYS = [
  'werknemer', 'ziekmelding', 'onderbrekingen', 'hersteld', 'loon_percentage', 'probleemanalyse', 'plan_van_aanpak',
  'voortgangsgesprekken', 'melding_42e_week', 'eerste_spoor', 'arbeidsdeskundig_onderzoek', 'eerstejaarsevaluatie',
  'tweede_spoor', 'actueel_oordeel', 'eindevaluatie', 'wia_aanvraag', 'verlenging_weken', 'loonsanctie_weken', 'notities',
  'wazo_verlof', 'uwv_wia_brief', 'einde_dienstverband', 'melding_einde_dienstverband', 'riv_einde_dienstverband', 'loonsanctie',
] as const;
const NESTED_KEYS = [
  'van', 'tot', 'status', 'vastgesteld', 'gestart', 'begeleider', 'bijstelling_plan_van_aanpak', 'weken', 'herstel_gemeld', 'herstel_vastgesteld',
] as const;
/** Keys that are not in the contract, some of them names every JavaScript object already has. */
const FOREIGN_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'probleemanalyze', 'Ziekmelding', ''] as const;

/** Date-like text: real dates, impossible ones, both notations, years 0000…9999, junk. */
const dateText = fc.oneof(
  fc.integer({ min: dayOf('0001-01-01'), max: dayOf('9999-12-31') }).map(isoOf),
  fc.integer({ min: dayOf('1990-01-01'), max: dayOf('2060-12-31') }).chain((d) => fc.constantFrom(isoOf(d), dutchOf(d))),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(
    ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.constantFrom('2025-02-29', '31-04-2025', '0000-00-00', '2025-1-6', '20250106', 'gisteren', '2025-01-06T10:00:00Z', ' 2025-01-06 '),
);

const leafValue = fc.oneof(
  dateText,
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('onwaarschijnlijk', 'uitgesloten', 'onduidelijk', 'kansrijk', 'Kansrijk', 'geen', 'GEEN'),
);

/** Objects shaped like a case: contract keys (and a few foreign ones) with random values. */
const caseLike: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafValue,
    fc.array(tie('value'), { maxLength: 4 }),
    tie('nested'),
  ),
  nested: fc.dictionary(fc.constantFrom(...NESTED_KEYS, ...FOREIGN_KEYS), tie('value'), { maxKeys: 4 }),
  root: fc.dictionary(fc.constantFrom(...CONTRACT_KEYS, ...CONTRACT_KEYS, ...FOREIGN_KEYS), tie('value'), { maxKeys: 10 }),
})).root as fc.Arbitrary<Record<string, unknown>>;

/** Objects with only contract keys, holding a date for ziekmelding half the time. */
const nearlyACase = fc.tuple(caseLike, fc.option(dateText, { nil: undefined })).map(([o, zm]) => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if ((CONTRACT_KEYS as readonly string[]).includes(k)) out[k] = v;
  if (zm !== undefined) out.ziekmelding = zm;
  return out;
});

/** Text pieces that YAML and JSON parsers care about, to make whole files of. */
const yamlToken = fc.constantFrom(
  'ziekmelding', 'probleemanalyse', 'onderbrekingen', 'van', 'tot', '2025-01-06', '06-01-2025', '2025-02-29', ': ', ':', '- ', '-', '\n', '\r\n', '  ', '\t',
  '[', ']', '{', '}', ',', '"', "'", '#', '&a ', '*a', '<<: ', '!!str ', '!!js/function ', '!foo ', '---\n', '...\n', '|\n', '>\n', '? ', '%YAML 1.2\n',
  '\u0000', '\uFEFF', '\u2028', 'é', '__proto__', 'null', '~', '1e999', '0x1F', '.nan',
);
const yamlishText = fc.array(yamlToken, { maxLength: 40 }).map((parts) => parts.join(''));

const serialize = (value: unknown, as: 'yaml' | 'json'): string | undefined => {
  try {
    return as === 'json' ? JSON.stringify(value, null, 2) : yamlStringify(value);
  } catch {
    return undefined; // the test's serializer, not poort, gave up (a BigInt, a cycle)
  }
};

function checkAny(text: string, what: string): JsonCase {
  let c: JsonCase | undefined;
  expect(() => (c = check(text, AS_OF)), `${what} must not throw:\n${JSON.stringify(text).slice(0, 400)}`).not.toThrow();
  expectHonestEnd(c!, what);
  return c!;
}

/** The batch's own path for a YAML/JSON file: a list gives a case per item. */
function checkList(text: string, what: string): void {
  const loaded = rules();
  const checker = new Checker({ rules: loaded.rules, werkdagen: loaded.werkdagen, asOf: Datum.parse(AS_OF)!, wording: wordingFor('en'), costs: loaded.costs });
  const reports = caseReports({ type: 'list', source: 'cases.json', file: 'cases.json', text }, checker);
  // An empty list (`[]`) honestly holds no cases; anything else gives at least one.
  const { isList, cases } = readCaseList('cases.json', text);
  if (!(isList && cases.length === 0)) expect(reports.length, what).toBeGreaterThan(0);
  for (const r of reports) {
    if (r.valid) expect(r.clock, what).not.toBeNull();
    else {
      expect(r.problems.length, what).toBeGreaterThan(0);
      for (const p of r.problems) expectLocated(p, what);
    }
  }
}

describe('arbitrary input never throws and ends as a result or located problems', () => {
  it('random strings as whole files', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }), yamlishText), (text) => {
        checkAny(text, 'text');
        expectReadEnd(readCase('case.yaml', text), 'readCase');
        const list = readCaseList('case.yaml', text);
        for (const c of list.cases) expectReadEnd(c, 'readCaseList');
      }),
      { numRuns: runs(300) },
    );
  }, LONG_TIMEOUT);

  it('fc.anything() as YAML and as JSON', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true }), fc.constantFrom('yaml' as const, 'json' as const), (value, as) => {
        const text = serialize(value, as);
        fc.pre(text !== undefined);
        checkAny(text!, as);
        checkList(text!, `${as} as a list`);
      }),
      { numRuns: runs(200) },
    );
  }, LONG_TIMEOUT);

  it('fc.jsonValue() as JSON, as one JSON Lines record, and straight into validation', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 1, max: 100_000 }), (value, lineNo) => {
        const text = JSON.stringify(value);
        checkAny(text, 'json');
        checkList(text, 'json list');
        const read = readJsonLine('cases.jsonl', text, lineNo);
        expectReadEnd(read, 'json line');
        // A record is one line: every problem is on it.
        for (const p of read.problems) expect(p.line, `json line ${text}`).toBe(lineNo);
      }),
      { numRuns: runs(200) },
    );
  }, LONG_TIMEOUT);

  it('objects with the contract keys (and foreign ones) and random values, as YAML, JSON and JSON Lines', () => {
    fc.assert(
      fc.property(fc.oneof(caseLike, nearlyACase), fc.constantFrom('yaml' as const, 'json' as const), (value, as) => {
        const text = serialize(value, as);
        fc.pre(text !== undefined);
        checkAny(text!, as);
        const line = JSON.stringify(value);
        expectReadEnd(readJsonLine('cases.jsonl', line, 7), 'json line');
      }),
      { numRuns: runs(400) },
    );
  }, LONG_TIMEOUT);

  it('a key outside the contract is always an input problem, never silently dropped or used', () => {
    // `__proto__` has its own test below, so that this property finds everything else.
    const foreign = fc.constantFrom(...FOREIGN_KEYS.filter((k) => k !== '' && k !== '__proto__'), 'ziekmelding_', 'Werknemer');
    fc.assert(
      fc.property(foreign, leafValue, fc.constantFrom('yaml' as const, 'json' as const), (key, value, as) => {
        // Built as JSON text, so that `__proto__` is an ordinary key as in any file.
        const json = `{"ziekmelding":"2025-01-06",${JSON.stringify(key)}:${JSON.stringify({ probleemanalyse: '2025-02-10', v: value })}}`;
        const text = as === 'json' ? json : `ziekmelding: 2025-01-06\n${JSON.stringify(key)}:\n  probleemanalyse: 2025-02-10\n`;
        const c = checkAny(text, `${as} with key ${key}`);
        expect(c.valid, `${as}: key ${key} must be refused`).toBe(false);
        expect(c.problems.map((p) => p.code), `${as}: key ${key}`).toContain('unknown-key');
        const line = readJsonLine('cases.jsonl', json, 3);
        expect(line.case, `json line: key ${key} must be refused`).toBeUndefined();
      }),
      { numRuns: runs(60) },
    );
  }, LONG_TIMEOUT);

  it('`__proto__` is an unknown key like any other: refused, and what it holds is not read as case data', () => {
    const texts = {
      yaml: 'ziekmelding: 2025-01-06\n__proto__:\n  probleemanalyse: 2025-02-10\n',
      json: '{\n  "ziekmelding": "2025-01-06",\n  "__proto__": { "probleemanalyse": "2025-02-10" }\n}\n',
    };
    for (const [as, text] of Object.entries(texts)) {
      const c = check(text, AS_OF);
      expect(c.valid, `${as}: __proto__ must be refused`).toBe(false);
      expect(c.problems.map((p) => p.code), as).toContain('unknown-key');
      expect(c.problems.find((p) => p.code === 'unknown-key')).toMatchObject({ line: as === 'yaml' ? 2 : 3, column: as === 'yaml' ? 1 : 3 });
    }
    const line = readJsonLine('cases.jsonl', '{"ziekmelding":"2025-01-06","__proto__":{"probleemanalyse":"2025-02-10"}}', 4);
    expect(line.case, 'json line: __proto__ must be refused').toBeUndefined();
    expect(line.problems.map((p) => p.code)).toContain('unknown-key');
  });

  /** Column names that every JavaScript object already answers to. */
  const OBJECT_MEMBERS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'constructor.x', '__proto__.probleemanalyse', 'valueOf.x', 'toString.length'];

  it.each(OBJECT_MEMBERS)('CSV column %s is an unknown column of the header, not a crash and not a write into Object.prototype', (name) => {
    let plan: HeaderPlan | undefined;
    expect(() => (plan = new ColumnMapping().plan(['ziekmelding', name], 1))).not.toThrow();
    expect(plan!.problems, `column ${name} must be refused`).toMatchObject([{ code: 'column-unknown', line: 1, column: 2 }]);
    let read: ReturnType<typeof csvCase> | undefined;
    expect(() => (read = csvCase(plan!, ['2025-01-06', '2025-02-10'], 2))).not.toThrow();
    // The column is left out of every row (the header's problem says so, once).
    expect(read!.problems).toEqual([]);
    expect(({} as Record<string, unknown>).probleemanalyse, 'Object.prototype was polluted').toBeUndefined();
  });

  it('CSV rows: random headers (contract paths and foreign names) and random cells', () => {
    const headerName = fc.oneof(
      fc.constantFrom(...CONTRACT_KEYS, 'eerste_spoor.status', 'eerste_spoor.vastgesteld', 'tweede_spoor.gestart', 'tweede_spoor.begeleider'),
      fc.constantFrom(...FOREIGN_KEYS.filter((k) => !OBJECT_MEMBERS.includes(k)), 'werknemer.x', 'ziekmelding.x', '.', 'a..b', 'eerste_spoor.status.x'),
      fc.string({ maxLength: 12 }).filter((k) => !OBJECT_MEMBERS.some((m) => k.split('.').includes(m.split('.')[0]!))),
    );
    fc.assert(
      fc.property(
        fc.array(headerName, { maxLength: 8 }),
        fc.array(fc.oneof(dateText, fc.string({ maxLength: 20 }), fc.constant('2025-03-01..2025-03-05|2025-04-01..2025-04-02')), { maxLength: 9 }),
        fc.integer({ min: 2, max: 100_000 }),
        (header, cells, line) => {
          let read: ReturnType<typeof csvCase> | undefined;
          let plan: HeaderPlan | undefined;
          expect(() => (plan = new ColumnMapping().plan(['ziekmelding', ...header], 1)), `CSV header ${JSON.stringify(header)}`).not.toThrow();
          for (const p of plan!.problems) expect(p.line).toBe(1);
          expect(() => (read = csvCase(plan!, ['2025-01-06', ...cells], line)), `CSV header ${JSON.stringify(header)}`).not.toThrow();
          expectReadEnd(read!, `CSV header ${JSON.stringify(header)}`);
          for (const p of read!.problems) expect(p.line).toBe(line);
          // Nothing a row says may leak into every other object of the run.
          expect(({} as Record<string, unknown>).probleemanalyse, 'Object.prototype was polluted').toBeUndefined();
        },
      ),
      { numRuns: runs(300) },
    );
  }, LONG_TIMEOUT);

  it('validateCase takes any value a JSON Lines record can hold', () => {
    const nowhere: Located = { valueAt: () => ({ line: 5, column: 1 }), keyAt: () => ({ line: 5, column: 1 }), written: () => undefined, findingLine: () => 5 };
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 3 }), caseLike, nearlyACase), (value) => {
        // Through JSON text and back, as a record really arrives: `__proto__` is then an own key.
        const record = JSON.parse(JSON.stringify(value) ?? 'null') as unknown;
        let read: ReturnType<typeof validateCase> | undefined;
        expect(() => (read = validateCase(record, nowhere))).not.toThrow();
        expectReadEnd(read!, 'validateCase');
      }),
      { numRuns: runs(300) },
    );
  }, LONG_TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Arbitrary valid cases.

interface Spec {
  ziekmelding: number;
  /** Recoveries, in order: [van, tot] as day numbers. */
  breaks: { van: number; tot: number }[];
  /** Recorded dates as day numbers, by key path. */
  dates: Record<string, number>;
  gesprekken: number[];
  status?: string | undefined;
  begeleider?: string | undefined;
  hersteld?: number | undefined;
  verlenging: number;
  loonsanctie: number;
  /** WAZO-verlof: days that do not count, like the breaks. */
  leaves?: { van: number; tot: number }[] | undefined;
  eindeDienstverband?: number | undefined;
  loon?: number | undefined;
  notation: 'iso' | 'dutch';
  as: 'yaml' | 'json';
  asOf: number;
}

const DATE_KEYS = [
  'probleemanalyse', 'plan_van_aanpak', 'melding_42e_week', 'arbeidsdeskundig_onderzoek', 'eerstejaarsevaluatie', 'actueel_oordeel',
  'eindevaluatie', 'wia_aanvraag', 'eerste_spoor.vastgesteld', 'tweede_spoor.gestart', 'tweede_spoor.bijstelling_plan_van_aanpak',
] as const;

const zmDay = fc.integer({ min: dayOf('1995-01-01'), max: dayOf('2045-12-31') });

/** Recoveries of 1–27 days, each after at least one sick day, described from the ziekmelding on. */
const breakShape = fc.array(fc.record({ gap: fc.integer({ min: 2, max: 150 }), len: fc.integer({ min: 1, max: 27 }) }), { maxLength: 4 });

function layBreaks(start: number, shape: readonly { gap: number; len: number }[]): { van: number; tot: number }[] {
  let cursor = start;
  return shape.map(({ gap, len }) => {
    const van = cursor + gap;
    cursor = van + len - 1;
    return { van, tot: cursor };
  });
}

const validSpec = (opts: { breaks: boolean } = { breaks: true }): fc.Arbitrary<Spec> =>
  fc
    .record({
      ziekmelding: zmDay,
      shape: opts.breaks ? breakShape : fc.constant([]),
      dates: fc.record(Object.fromEntries(DATE_KEYS.map((k) => [k, fc.option(fc.integer({ min: -20, max: 900 }), { nil: undefined })])) as Record<string, fc.Arbitrary<number | undefined>>),
      gesprekken: fc.uniqueArray(fc.integer({ min: 0, max: 800 }), { maxLength: 6 }),
      status: fc.option(fc.constantFrom('kansrijk', 'onduidelijk', 'onwaarschijnlijk', 'uitgesloten'), { nil: undefined }),
      begeleider: fc.option(fc.constantFrom('Re-integratiebureau Noord', 'zelf'), { nil: undefined }),
      herstelAfter: fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
      verlenging: fc.integer({ min: 0, max: 52 }),
      loonsanctie: fc.integer({ min: 0, max: 52 }),
      loon: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      notation: fc.constantFrom('iso' as const, 'dutch' as const),
      as: fc.constantFrom('yaml' as const, 'json' as const),
      asOfOffset: fc.integer({ min: -30, max: 1200 }),
    })
    .map((r) => {
      const breaks = layBreaks(r.ziekmelding, r.shape);
      const dates: Record<string, number> = {};
      for (const [k, v] of Object.entries(r.dates)) if (v !== undefined) dates[k] = r.ziekmelding + v;
      const last = breaks.length > 0 ? breaks[breaks.length - 1]!.tot : r.ziekmelding;
      return {
        ziekmelding: r.ziekmelding,
        breaks,
        dates,
        gesprekken: r.gesprekken.sort((a, b) => a - b).map((g) => r.ziekmelding + g),
        status: r.status,
        begeleider: r.begeleider,
        hersteld: r.herstelAfter === undefined ? undefined : last + r.herstelAfter,
        verlenging: r.verlenging,
        loonsanctie: r.loonsanctie,
        loon: r.loon,
        notation: r.notation,
        as: r.as,
        asOf: r.ziekmelding + r.asOfOffset,
      };
    });

function caseText(s: Spec): string {
  const d = (day: number): string => (s.notation === 'iso' ? isoOf(day) : dutchOf(day));
  const value: Record<string, unknown> = { werknemer: 'E-1', ziekmelding: d(s.ziekmelding) };
  if (s.breaks.length > 0) value.onderbrekingen = s.breaks.map((b) => ({ van: d(b.van), tot: d(b.tot) }));
  if (s.leaves?.length) value.wazo_verlof = s.leaves.map((b) => ({ van: d(b.van), tot: d(b.tot) }));
  if (s.eindeDienstverband !== undefined) value.einde_dienstverband = d(s.eindeDienstverband);
  if (s.hersteld !== undefined) value.hersteld = d(s.hersteld);
  if (s.loon !== undefined) value.loon_percentage = s.loon;
  if (s.gesprekken.length > 0) value.voortgangsgesprekken = s.gesprekken.map(d);
  for (const [path, day] of Object.entries(s.dates)) {
    const [a, b] = path.split('.') as [string, string | undefined];
    if (b === undefined) value[a] = d(day);
    else value[a] = { ...(value[a] as object | undefined), [b]: d(day) };
  }
  if (s.status !== undefined) value.eerste_spoor = { ...(value.eerste_spoor as object | undefined), status: s.status };
  if (s.begeleider !== undefined) value.tweede_spoor = { ...(value.tweede_spoor as object | undefined), begeleider: s.begeleider };
  if (s.verlenging > 0) value.verlenging_weken = s.verlenging;
  if (s.loonsanctie > 0) value.loonsanctie_weken = s.loonsanctie;
  return s.as === 'json' ? JSON.stringify(value, null, 2) : yamlStringify(value);
}

/** The spec moved k days: every date, and the as-of date with it. */
function translate(s: Spec, k: number): Spec {
  return {
    ...s,
    ziekmelding: s.ziekmelding + k,
    breaks: s.breaks.map((b) => ({ van: b.van + k, tot: b.tot + k })),
    dates: Object.fromEntries(Object.entries(s.dates).map(([p, v]) => [p, v + k])),
    gesprekken: s.gesprekken.map((g) => g + k),
    hersteld: s.hersteld === undefined ? undefined : s.hersteld + k,
    asOf: s.asOf + k,
  };
}

function evaluateSpec(s: Spec): JsonCase {
  const text = caseText(s);
  const c = check(text, isoOf(s.asOf));
  expect(c.valid, `a valid case was refused: ${JSON.stringify(c.problems)}\n${text}`).toBe(true);
  return c;
}

const dueOf = (c: JsonCase, id: string): string => {
  const e = c.timeline.find((t) => t.id === id);
  expect(e, `timeline has ${id}`).toBeDefined();
  expect(e!.due, `${id} has a due date`).toMatch(ISO_DATE);
  return e!.due!;
};

/** The Atw's working-day deadline: moved forward over weekends and feestdagen, so not by k exactly. */
const WORKING_DAY_RULES = new Set(['melding-42e-week']);
/**
 * The furthest the Atw moves a deadline: 5 days, from Goede Vrijdag over Easter to Koningsdag on
 * the Tuesday (Easter on 25 April, as in 2038: Fri 23 → Wed 28 April).
 */
const MAX_ATW_SHIFT = 5;

const LAW_ORDER = ['probleemanalyse', 'melding-42e-week', 'eerstejaarsevaluatie', 'wia-aanvraag', 'einde-wachttijd'] as const;

describe('the law on arbitrary valid cases', () => {
  it(`due dates keep the law's order: ${LAW_ORDER.join(' ≤ ')}`, () => {
    fc.assert(
      fc.property(validSpec(), (s) => {
        const c = evaluateSpec(s);
        const due = LAW_ORDER.map((id) => dueOf(c, id));
        for (let i = 1; i < due.length; i++) {
          expect(due[i - 1]! <= due[i]!, `${LAW_ORDER[i - 1]} ${due[i - 1]} ≤ ${LAW_ORDER[i]} ${due[i]}\n${caseText(s)}`).toBe(true);
        }
        // The RIV parts come with the WIA aanvraag, never after its deadline; windows open before they close.
        expect(dueOf(c, 'actueel-oordeel') <= dueOf(c, 'wia-aanvraag')).toBe(true);
        expect(dueOf(c, 'eindevaluatie') <= dueOf(c, 'wia-aanvraag')).toBe(true);
        // Wages for sickness run at least to the end of the wachttijd, but stop the day before hersteld.
        if (s.hersteld === undefined) expect(dueOf(c, 'einde-wachttijd') <= dueOf(c, 'einde-loondoorbetaling')).toBe(true);
        else expect(dueOf(c, 'einde-loondoorbetaling') <= isoOf(s.hersteld - 1)).toBe(true);
        for (const t of c.timeline) {
          for (const v of [t.from, t.due, t.done]) if (v !== null) expect(v).toMatch(ISO_DATE);
          if (t.from !== null && t.due !== null && t.id !== 'tweede-spoor') expect(t.from <= t.due, `${t.id}: from ${t.from} ≤ due ${t.due}`).toBe(true);
        }
      }),
      { numRuns: runs(150) },
    );
  }, LONG_TIMEOUT);

  it('due dates are the sick-days of docs/law.md, counted without the recovery days', () => {
    fc.assert(
      fc.property(validSpec(), (s) => {
        const c = evaluateSpec(s);
        const day = (n: number): string => isoOf(sickDay(s.ziekmelding, s.breaks, n));
        expect(dueOf(c, 'probleemanalyse')).toBe(day(42));
        // 14 days after the probleemanalyse, else the end of week 8.
        const pa = s.dates.probleemanalyse;
        expect(dueOf(c, 'plan-van-aanpak')).toBe(pa === undefined ? day(56) : isoOf(pa + 14));
        expect(dueOf(c, 'eerstejaarsevaluatie')).toBe(day(364));
        expect(c.timeline.find((t) => t.id === 'eerstejaarsevaluatie')!.from).toBe(day(316));
        const einde = sickDay(s.ziekmelding, s.breaks, 728) + 7 * s.verlenging;
        expect(dueOf(c, 'einde-wachttijd')).toBe(isoOf(einde));
        expect(c.clock!.eindeWachttijd).toBe(isoOf(einde));
        expect(dueOf(c, 'wia-aanvraag')).toBe(isoOf(einde - 77));
        // The 42e-weeksmelding: sick-day 295, moved forward to a working day (never a weekend).
        const raw = sickDay(s.ziekmelding, s.breaks, 295);
        const melding = dayOf(dueOf(c, 'melding-42e-week'));
        expect(melding - raw).toBeGreaterThanOrEqual(0);
        expect(melding - raw).toBeLessThanOrEqual(MAX_ATW_SHIFT);
        expect([0, 6]).not.toContain(new Date(melding * MS_PER_DAY).getUTCDay());
      }),
      { numRuns: runs(150) },
    );
  }, LONG_TIMEOUT);

  it('moving the whole case by k days moves every due date by k (the Atw working-day deadline by k ± a few days)', () => {
    fc.assert(
      fc.property(validSpec({ breaks: false }), fc.integer({ min: -4000, max: 4000 }).filter((k) => k !== 0), (s, k) => {
        const a = evaluateSpec(s);
        const b = evaluateSpec(translate(s, k));
        // The same entries (their order may change where the working-day deadline moves past another date).
        expect([...b.timeline.map((t) => t.id)].sort()).toEqual([...a.timeline.map((t) => t.id)].sort());
        a.timeline.forEach((ta) => {
          const tb = b.timeline.find((t) => t.id === ta.id)!;
          const why = `${ta.id}, moved ${k} days\n${caseText(s)}`;
          for (const point of ['from', 'due', 'done'] as const) {
            const x = ta[point];
            const y = tb[point];
            if (x === null) {
              expect(y, `${why}: ${point}`).toBeNull();
              continue;
            }
            expect(y, `${why}: ${point}`).not.toBeNull();
            const moved = dayOf(y!) - dayOf(x);
            if (WORKING_DAY_RULES.has(ta.id) && point !== 'done') expect(Math.abs(moved - k), `${why}: ${point}`).toBeLessThanOrEqual(MAX_ATW_SHIFT);
            else expect(moved, `${why}: ${point} ${x} → ${y}`).toBe(k);
          }
          if (!WORKING_DAY_RULES.has(ta.id)) expect(tb.status, why).toBe(ta.status);
        });
        expect(dayOf(b.clock!.eindeLoondoorbetaling) - dayOf(a.clock!.eindeLoondoorbetaling)).toBe(k);
      }),
      { numRuns: runs(100) },
    );
  }, LONG_TIMEOUT);

  // An onderbreking (fewer than 28 days) and a WAZO-verlof (any length) are both days the clock skips.
  it.each([
    ['an onderbreking', 'breaks', 27],
    ['a WAZO-verlof', 'leaves', 200],
  ] as const)('adding %s of d days early in the case moves every due date after it by d', (_, kind, longest) => {
    fc.assert(
      fc.property(
        zmDay,
        fc.integer({ min: 1, max: 40 }), // the pause starts after this sick-day: before any deadline (week 6 ends on sick-day 42)
        fc.integer({ min: 1, max: longest }),
        breakShape,
        fc.integer({ min: 0, max: 52 }),
        fc.constantFrom('yaml' as const, 'json' as const),
        (zm, after, d, laterShape, verlenging, as) => {
          // Later recoveries keep their place on the sick-day count, so they move with the new one.
          const later = (extra: number) => layBreaks(zm + 60 + extra, laterShape);
          const base: Spec = { ziekmelding: zm, breaks: later(0), dates: {}, gesprekken: [], verlenging, loonsanctie: 0, notation: 'iso', as, asOf: zm };
          const early = { van: zm + after, tot: zm + after + d - 1 };
          const withPause: Spec = kind === 'breaks' ? { ...base, breaks: [early, ...later(d)] } : { ...base, breaks: later(d), leaves: [early] };
          const a = evaluateSpec(base);
          const b = evaluateSpec(withPause);
          for (const ta of a.timeline) {
            const tb = b.timeline.find((t) => t.id === ta.id)!;
            const why = `${ta.id}, ${kind} ${isoOf(early.van)}…${isoOf(early.tot)} (${d} days)`;
            for (const point of ['from', 'due'] as const) {
              const x = ta[point];
              const y = tb[point];
              if (x === null) {
                expect(y, `${why}: ${point}`).toBeNull();
                continue;
              }
              expect(x >= isoOf(early.van), `${why}: ${point} ${x} lies after the pause`).toBe(true);
              const moved = dayOf(y!) - dayOf(x);
              if (WORKING_DAY_RULES.has(ta.id)) expect(Math.abs(moved - d), `${why}: ${point}`).toBeLessThanOrEqual(MAX_ATW_SHIFT);
              else expect(moved, `${why}: ${point} ${x} → ${y}`).toBe(d);
            }
          }
        },
      ),
      { numRuns: runs(100) },
    );
  }, LONG_TIMEOUT);

  it('an einde_dienstverband never leaves a later deadline applicable, and wages never run past it', () => {
    fc.assert(
      fc.property(validSpec(), fc.integer({ min: 0, max: 900 }), (spec, offset) => {
        const eind = spec.ziekmelding + offset;
        const s: Spec = { ...spec, eindeDienstverband: eind };
        const c = evaluateSpec(s);
        const why = `einde_dienstverband ${isoOf(eind)}\n${caseText(s)}`;
        for (const t of c.timeline) {
          if (t.status === 'not-applicable' || t.status === 'info' || t.due === null) continue;
          // The melding and RIV at the end of the contract are due on its last working day, at the latest.
          expect(t.due <= isoOf(eind), `${t.id} ${t.status} due ${t.due}: ${why}`).toBe(true);
        }
        expect(c.clock!.eindeLoondoorbetaling <= isoOf(eind), why).toBe(true);
      }),
      { numRuns: runs(150) },
    );
  }, LONG_TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Time zones: the built bin, spawned under random real zones, writes the same bytes.

const ZONES = [
  'UTC', 'Europe/Amsterdam', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe',
  'America/Los_Angeles', 'Pacific/Chatham', 'Asia/Tehran', 'America/Caracas', 'Pacific/Marquesas', 'Etc/GMT+12', 'Etc/GMT-14', 'Africa/Casablanca',
];

describe('identical output under any TZ', () => {
  const dir = mkdtempSync(join(tmpdir(), 'poort-tz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (files: string[], asOf: string, format: string, TZ: string) => {
    const r = spawnSync(process.execPath, [BIN, 'check', ...files, '--as-of', asOf, '--format', format], {
      cwd: dir,
      encoding: 'utf8',
      env: binEnv({ TZ, NO_COLOR: '1', CI: '1' }),
    });
    expect(r.error).toBeUndefined();
    expect([0, 1], `exit code under TZ=${TZ}; stderr: ${r.stderr}`).toContain(r.status);
    return r.stdout;
  };

  it('spawns the bin with random zones on the same random cases and compares stdout byte for byte', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.array(validSpec(), { minLength: 1, maxLength: 3 }), fc.shuffledSubarray(ZONES, { minLength: 5, maxLength: 5 }), (specs, zones) => {
        const files = specs.map((s, i) => {
          const name = `run${n}-case${i}.${s.as}`;
          writeFileSync(join(dir, name), caseText(s));
          return name;
        });
        n++;
        const asOf = isoOf(specs[0]!.asOf);
        for (const format of ['json', 'text']) {
          const reference = run(files, asOf, format, 'Europe/Amsterdam');
          expect(reference.length).toBeGreaterThan(0);
          for (const TZ of zones) expect(run(files, asOf, format, TZ), `--format ${format} under TZ=${TZ}`).toBe(reference);
        }
      }),
      { numRuns: runs(1) },
    );
  }, LONG_TIMEOUT);
});

describe('the Atw shift, at its longest', () => {
  it('Goede Vrijdag 2038 (Easter on 25 April, Koningsdag on the Tuesday): the 42e-weeksmelding moves 5 days', () => {
    // Sick-day 295 is Friday 2038-04-23 when the ziekmelding is Friday 2037-06-19 (294 days before).
    const zm = isoOf(dayOf('2038-04-23') - 294);
    const c = check(`ziekmelding: ${zm}\n`, zm);
    expect(dueOf(c, 'melding-42e-week')).toBe('2038-04-28');
  });
});

// ---------------------------------------------------------------------------------------------
// Output safety (issue 10): hostile strings in every string field, long keys and wide mappings,
// through every format of check and the agenda, and as stderr's problem lines.

/** Pieces of text that a terminal or a CI runner would act on, and plain letters between them. */
const hostilePiece = fc.oneof(
  fc.constantFrom(
    '\n', '\r', '\r\n', '\t', '\u0000', '\u0007', '\u001b', '\u001b[2J', '\u001b[1A', '\u001b]0;titel\u0007', '\u001b]52;c;cHduZWQ=\u0007', '\u009b31m',
    '\u0085', '\u2028', '\u2029', '\u202e', '\u2066', '\u200f', '::', '::error::x', '::add-mask::geheim', '::stop-commands::t', '##[error]', '##vso[task.setvariable variable=X]',
    ':', ' ', '#', '@team', '#12', '=1+1', '|', '<', '&', '"', "'", ';', ',', '\\', 'burn-out', '2025-01-06',
  ),
  fc.string({ maxLength: 6 }),
);
const hostile = fc.array(hostilePiece, { minLength: 1, maxLength: 10 }).map((p) => p.join(''));
const longKey = fc.tuple(hostile, fc.integer({ min: 100, max: 5000 })).map(([h, n]) => `${h}${'k'.repeat(n)}`);

/** A case with hostile text in each string field (dates, status and all), and foreign keys: long ones, or very many. */
const hostileCase = fc.record({
  werknemer: hostile,
  ziekmelding: fc.oneof(fc.constant('2025-01-06'), hostile),
  probleemanalyse: fc.option(hostile, { nil: undefined }),
  notities: fc.oneof(hostile, hostile.map((h) => `${h} burn-out`)),
  eerste_spoor: fc.record({ status: fc.oneof(fc.constant('onwaarschijnlijk'), hostile) }),
  tweede_spoor: fc.record({ gestart: fc.constant('2025-06-02'), begeleider: hostile.map((h) => `${h} oncoloog`) }),
  foreign: fc.oneof(fc.array(longKey, { maxLength: 2 }), fc.integer({ min: 0, max: 1100 }).map((n) => Array.from({ length: n }, (_, i) => `x${i}`)), fc.array(hostile, { maxLength: 3 })),
}).map(({ foreign, ...c }) => ({ ...c, ...Object.fromEntries(foreign.map((k) => [k, 1])) }));

describe('no output line is a CI command, no output holds an ESC with colours off', () => {
  const factories: [FormatName, FormatterFactory][] = [];
  beforeAll(async () => {
    for (const name of FORMAT_NAMES) factories.push([name, await FORMATS[name]()]);
  });
  const loaded = rules();

  /**
   * Lines a CI runner would take for a command: `::` after blanks (GitHub), `##[` or `##vso[`
   * anywhere (GitHub's older form, Azure Pipelines); JSON and SARIF carry values unchanged, as
   * data. The github format's lines are its own commands, which the runner reads first.
   */
  function expectNoCommand(text: string, what: string, ownCommands = false): void {
    expect(text, what).not.toContain('\u001b');
    for (const line of text.split(/\r\n|\r|\n/)) {
      if (ownCommands) {
        if (line !== '') expect(line, what).toMatch(/^::(error|warning|notice) [^\r\n]*::/);
        continue;
      }
      expect(line.trimStart().startsWith('::'), `${what}: ${JSON.stringify(line).slice(0, 200)}`).toBe(false);
      if (!['json', 'sarif'].includes(what.split(' ')[0]!)) expect(line, what).not.toMatch(/##(vso)?\[/);
    }
  }

  it('hostile values, keys and file names in YAML and JSON, through every check format, the agenda and stderr', () => {
    fc.assert(
      fc.property(hostileCase, hostile, fc.constantFrom('yaml' as const, 'json' as const), fc.constantFrom('nl' as const, 'en' as const), (value, name, as, lang) => {
        const text = serialize(value, as);
        fc.pre(text !== undefined);
        const file = `${name}.${as}`;
        const c = caseReport(text!, AS_OF, { file, lang });
        for (const p of c.problems) expectNoCommand(problemLine(file, p), 'stderr');
        const r = report([c], AS_OF, lang);
        for (const [format, factory] of factories) {
          const out = formatReport(factory, r, { colorLevel: 0, rules: loaded.rules, version: '1.0.0' });
          expectNoCommand(out, `${format} ${lang}`, format === 'github');
        }
        const ctx = { asOf: Datum.parse(AS_OF)!, withinDays: 400, lang, setup: NO_SETUP };
        const items = agendaItems(c, ctx.asOf, ctx.withinDays, process.cwd());
        // A dossier that could not be judged is named in the agenda too: its source is dossier text.
        const notJudged = { cases: 1, invalid: c.valid ? 0 : 1, sources: c.valid ? [] : [c.source] };
        expectNoCommand(agendaCsv(items, ctx, notJudged), 'agenda csv');
        expectNoCommand(agendaIcs(items, ctx, loaded.rules, '1.0.0', notJudged), 'agenda ics');
      }),
      { numRuns: runs(40) },
    );
  }, LONG_TIMEOUT);

  it('with colours on, the text format holds only the escapes of its own colours', async () => {
    const text = await FORMATS.text();
    fc.assert(
      fc.property(hostileCase, hostile, (value, name) => {
        const c = caseReport(yamlStringify(value), AS_OF, { file: `${name}.yaml` });
        const out = formatReport(text, report([c], AS_OF), { colorLevel: 3, rules: loaded.rules, version: '1.0.0' });
        expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toContain('\u001b');
      }),
      { numRuns: runs(20) },
    );
  }, LONG_TIMEOUT);
});
