/**
 * The JSON Lines fast path (src/input/json-line.ts) must read a record exactly as the YAML/JSON
 * reader reads the same text as a `.json` file: the same verdict, the same validated case, the
 * same problems. It takes a shortcut (JSON.parse and its own scan for duplicate keys), so it is
 * checked here against the reader it stands in for.
 *
 * Two differences are by design, and the comparisons below allow exactly those. A record that is
 * not JSON is a `json-syntax` problem (the YAML reader would take a trailing comma or single
 * quotes): the generated records are JSON, and each is checked to be. And an export is read
 * leniently (a number written as text, a status with other capitals): such a record is compared
 * with the `.json` file in which that leniency is written out, the number as a number, the status
 * in small letters, padded with blanks to the same width so that every position stays the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCase, readCaseList, type ReadCase } from '../../src/input/case-file.js';
import { MAX_DEPTH } from '../../src/input/document.js';
import { numberFromText } from '../../src/input/export-values.js';
import { readJsonLine, scanJson } from '../../src/input/json-line.js';

/** What a reader decided: the verdict, the case, and each problem with its place. */
function verdict(read: ReadCase, withColumns = true) {
  return {
    valid: read.case !== undefined,
    case: read.case,
    werknemer: read.werknemer,
    problems: read.problems.map((p) => ({ code: p.code, path: p.path, args: p.args, line: p.line, ...(withColumns ? { column: p.column } : {}) })),
  };
}

/**
 * Reads `text` as a `.jsonl` record and as a `.json` file of its own (readCaseList, as a batch
 * reads a `.json` file), and expects the same verdict, case and problems: code, path, args, line
 * and column. As the first line of its file, where both readers count the same lines; as line
 * `lineNo`, against the YAML/JSON reader placed at that line. A record too deep to parse is
 * refused before any parser sees it, by each reader at a column of its own: there the column is
 * not compared.
 */
function expectSameAsJson(text: string, lineNo: number, strict = text): ReadCase {
  expect(strict.length, 'the leniency written out keeps every position').toBe(text.length);
  const list = readCaseList('case.json', strict);
  expect(list.isList, strict).toBe(false);
  const first = readJsonLine('cases.jsonl', text, 1);
  const columns = !first.problems.some((p) => p.code === 'too-deep');
  expect(verdict(first, columns), `as .jsonl and as .json: ${text}\n${strict}`).toEqual(verdict(list.cases[0]!, columns));
  const jsonl = readJsonLine('cases.jsonl', text, lineNo);
  expect(verdict(jsonl, columns), `as line ${lineNo}: ${text}\n${strict}`).toEqual(verdict(readCase('cases.jsonl', strict, lineNo - 1), columns));
  for (const p of jsonl.problems) expect(p.line, `a record is one line: ${text}`).toBe(lineNo);
  return jsonl;
}

describe('duplicate keys in a JSON Lines record are compared by value, as in .json and YAML', () => {
  it('a key written again with a \\u escape is a duplicate-key, as in .json', () => {
    // \u007a is `z`: the second key is ziekmelding again.
    const text = '{"ziekmelding":"2025-01-06","\\u007aiekmelding":"2025-01-07"}';
    const read = readJsonLine('cases.jsonl', text, 5);
    expect(read.case, 'the record must be refused, as the same .json file is').toBeUndefined();
    expect(read.problems).toEqual([{ code: 'duplicate-key', path: [], line: 5, column: 29, args: { key: 'ziekmelding', firstLine: 5 } }]);
    expectSameAsJson(text, 5);
    expect(readCaseList('case.json', text).cases[0]!.problems.map((p) => p.code)).toEqual(['duplicate-key']);
  });

  it.each([
    ['the first of the two escaped', '{"\\u007aiekmelding":"2025-01-06","ziekmelding":"2025-01-07"}'],
    ['both escaped differently', '{"\\u007aiekmelding":"2025-01-06","zi\\u0065kmelding":"2025-01-07"}'],
    ['upper-case hex', '{"ziekmelding":"2025-01-06","\\u007Aiekmelding":"2025-01-07"}'],
    ['every character escaped', '{"ziekmelding":"2025-01-06","\\u007a\\u0069\\u0065\\u006b\\u006d\\u0065\\u006c\\u0064\\u0069\\u006e\\u0067":"2025-01-07"}'],
    ['in a nested mapping', '{"ziekmelding":"2025-01-06","eerste_spoor":{"status":"kansrijk","st\\u0061tus":"uitgesloten"}}'],
    ['in a mapping in a list', '{"ziekmelding":"2025-01-06","onderbrekingen":[{"van":"2025-02-01","tot":"2025-02-03","\\u0074ot":"2025-02-04"}]}'],
    ['an escaped solidus', '{"ziekmelding":"2025-01-06","a/b":1,"a\\/b":2}'],
    ['an escaped quote and backslash', '{"ziekmelding":"2025-01-06","a\\"\\\\":1,"a\\u0022\\u005c":2}'],
    ['a surrogate pair', '{"ziekmelding":"2025-01-06","😀":1,"\\ud83d\\ude00":2}'],
    ['a named escape', '{"ziekmelding":"2025-01-06","a\\tb":1,"a\\u0009b":2}'],
  ])('%s', (_what, text) => {
    const read = expectSameAsJson(text, 2);
    expect(read.case).toBeUndefined();
    expect(read.problems.map((p) => p.code)).toEqual(['duplicate-key']);
  });

  it('a key with an escape that is no duplicate stays on the fast path and reads as in .json', () => {
    for (const text of [
      '{"\\u007aiekmelding":"2025-01-06"}',
      '{"ziekmelding":"2025-01-06","notities":"x","\\u006eotities2":1}',
      '{"ziekmelding":"2025-01-06","a\\\\":1,"a":2}',
      '{"ziekmelding":"2025-01-06","a\\"":1,"a":2}',
    ]) {
      expect(scanJson(text).duplicate, text).toBe(false);
      expectSameAsJson(text, 9);
    }
    expect(readJsonLine('cases.jsonl', '{"\\u007aiekmelding":"2025-01-06"}', 1).case?.ziekmelding.toString()).toBe('2025-01-06');
  });

  it('scanJson compares decoded keys, per object', () => {
    expect(scanJson('{"a":1,"\\u0061":2}').duplicate).toBe(true);
    expect(scanJson('{"a":{"\\u0061":1},"b":2}').duplicate).toBe(false);
    expect(scanJson('{"x":[{"a":1},{"\\u0061":2}]}').duplicate).toBe(false);
    expect(scanJson('{"a":"\\u0061","b":1}').duplicate).toBe(false);
  });
});

describe('nesting limit', () => {
  it('one limit for both readers, and the same verdict just below and just above it', () => {
    for (const depth of [MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1]) {
      // The record itself is one level.
      const text = `{"ziekmelding":"2025-01-06","x":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;
      const read = expectSameAsJson(text, 4);
      expect(read.problems.map((p) => p.code)).toEqual([depth > MAX_DEPTH ? 'too-deep' : 'unknown-key']);
    }
  });
});

describe('what the fast path leaves to the YAML/JSON reader reads as in .json', () => {
  it('a record indented past what the YAML reader allows: too-deep, on its own line (was: accepted, problems on line 1)', () => {
    for (const text of [`${' '.repeat(300)}{"ziekmelding":"x"}`, `${' '.repeat(300)}{"ziekmelding":"2025-01-06"}`]) {
      const read = expectSameAsJson(text, 5);
      expect(read.problems).toMatchObject([{ code: 'too-deep', line: 5 }]);
    }
    // A few blanks are no problem.
    expect(expectSameAsJson(`${' '.repeat(20)}{"ziekmelding":"x"}`, 5).problems).toMatchObject([{ code: 'not-a-date', line: 5, column: 36 }]);
  });

  it('a mapping wider than MAX_KEYS, with and without an escaped duplicate', () => {
    const keys = Array.from({ length: 1001 }, (_, i) => `"k${i}":${i}`);
    expect(expectSameAsJson(`{"ziekmelding":"2025-01-06",${keys.join(',')}}`, 2).problems.map((p) => p.code)).toEqual(['too-many-keys']);
    expect(expectSameAsJson(`{"ziekmelding":"2025-01-06","\\u007aiekmelding":1,${keys.join(',')}}`, 2).problems.map((p) => p.code)).toEqual(['too-many-keys']);
    expect(expectSameAsJson(`{"ziekmelding":"2025-01-06","x":{"\\u006b0":1,${keys.slice(0, 998).join(',')}}}`, 2).problems.map((p) => p.code)).toEqual(['duplicate-key']);
  });
});

// ---------------------------------------------------------------------------------------------
// Records as JSON text, built by the test so that it can write what JSON.stringify never does:
// a key twice, a key or a string with escapes, numbers as people write them, any spacing.

type Json =
  | { kind: 'object'; entries: Entry[] }
  | { kind: 'array'; items: Json[] }
  /** A number, true, false or null, as written. */
  | { kind: 'raw'; text: string }
  /** Text written with blanks after it up to `width` characters: a lenient value written out. */
  | { kind: 'padded'; text: string; width: number }
  | { kind: 'string'; value: string; style: Style };
interface Entry {
  key: string;
  style: Style;
  value: Json;
}

/** Ways to write a JSON string: as JSON.stringify does, or with some of its characters as escapes. */
const STYLES = ['plain', 'plain', 'plain', 'u-all', 'u-upper', 'u-first', 'u-last', 'u-odd', 'solidus'] as const;
type Style = (typeof STYLES)[number];
const style = fc.constantFrom(...STYLES);

const u = (unit: number, upper = false): string => {
  const hex = unit.toString(16).padStart(4, '0');
  return `\\u${upper ? hex.toUpperCase() : hex}`;
};

function quote(value: string, how: Style): string {
  const units = [...Array(value.length).keys()].map((i) => value.charCodeAt(i));
  const plain = (i: number): string => JSON.stringify(value[i]!).slice(1, -1);
  const escapeIf = (pick: (i: number) => boolean): string => `"${units.map((c, i) => (pick(i) ? u(c) : plain(i))).join('')}"`;
  switch (how) {
    case 'plain':
      return JSON.stringify(value);
    case 'u-all':
      return `"${units.map((c) => u(c)).join('')}"`;
    case 'u-upper':
      return `"${units.map((c) => u(c, true)).join('')}"`;
    case 'u-first':
      return escapeIf((i) => i === 0);
    case 'u-last':
      return escapeIf((i) => i === units.length - 1);
    case 'u-odd':
      return escapeIf((i) => i % 2 === 1);
    case 'solidus':
      return JSON.stringify(value).replaceAll('/', '\\/');
  }
}

function serialize(node: Json, space: string): string {
  switch (node.kind) {
    case 'raw':
      return node.text;
    case 'padded':
      return node.text.padEnd(node.width);
    case 'string':
      return quote(node.value, node.style);
    case 'array':
      return `[${space}${node.items.map((n) => serialize(n, space)).join(`${space},${space}`)}${space}]`;
    case 'object':
      return `{${space}${node.entries.map((e) => `${quote(e.key, e.style)}${space}:${space}${serialize(e.value, space)}`).join(`${space},${space}`)}${space}}`;
  }
}

const str = (value: string, how: Style = 'plain'): Json => ({ kind: 'string', value, style: how });
const styled = (text: fc.Arbitrary<string>): fc.Arbitrary<Json> => fc.tuple(text, style).map(([v, s]) => str(v, s));
const raw = (text: string): Json => ({ kind: 'raw', text });

const MS_PER_DAY = 86_400_000;
const isoOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const dutchOf = (day: number): string => isoOf(day).split('-').reverse().join('-');
const DAY_2024 = Date.UTC(2024, 0, 1) / MS_PER_DAY;

/** Text with what JSON escapes and YAML may read otherwise: quotes, backslashes, controls, line breaks, astral and lone surrogates. */
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  fc.constantFrom('"', '\\', '/', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', '\u2028', '\u2029', '\ufeff', '😀', 'é', 'e\u0301', ':', '#', '- ', '{', '[', '&a', '*a', '!!str'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
);
const anyText = fc.string({ unit, maxLength: 12 });

const dateText = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 1000 }).map((d) => isoOf(DAY_2024 + d)) },
  fc.integer({ min: 0, max: 1000 }).map((d) => dutchOf(DAY_2024 + d)),
  fc.constantFrom('2025-02-29', '2024-02-29', '31-04-2025', '2025-13-01', '2025-1-6', '20250106', '0000-01-01', '9999-12-31', '1800-01-01', ' 2025-01-06 ', '', 'geen', 'GEEN', 'gisteren'),
);
const date: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: styled(dateText) },
  fc.constantFrom(raw('null'), raw('20250106'), raw('true'), raw('2025'), { kind: 'array', items: [str('2025-01-06')] } as Json, { kind: 'object', entries: [] } as Json),
);
const numberText = fc.oneof(
  fc.integer({ min: -5, max: 120 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1000, max: 1000 }).map((n) => String(n)),
  fc.constantFrom('-0', '0.0', '1E2', '1e-2', '5e1', '100.0', '100.5', '1e400', '-1e400', '12345678901234567890', '0.1e1', '52', '53'),
);
const number: fc.Arbitrary<Json> = fc.oneof({ weight: 4, arbitrary: numberText.map(raw) }, styled(numberText), fc.constantFrom(raw('null'), raw('false')));

const NESTED_KEYS = ['van', 'tot', 'status', 'vastgesteld', 'gestart', 'begeleider', 'weken', 'herstel_gemeld', 'herstel_vastgesteld'];
const FOREIGN_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '<<', '', ' ', 'Ziekmelding', 'ziekmelding ', 'ziekmelding_', 'a/b', '😀', 'é', 'e\u0301', '1', '0', '-1', '1.5', 'true', 'null', '~'];
const anyKey = fc.oneof(fc.constantFrom(...FOREIGN_KEYS), anyText);
const nestedKey = fc.constantFrom(...NESTED_KEYS);

/** Any JSON value, nested a few levels, and now and then far deeper than any case, around the limit. */
const anyValue: fc.Arbitrary<Json> = fc.letrec<{ value: Json; object: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    styled(anyText),
    numberText.map(raw),
    fc.constantFrom(raw('true'), raw('false'), raw('null')),
    date,
    fc.array(tie('value'), { maxLength: 3 }).map((items): Json => ({ kind: 'array', items })),
    tie('object'),
  ),
  object: objectOf(fc.oneof(anyKey, nestedKey), tie('value')),
})).value;

/** Nested `depth` levels deep (arrays and objects), around a value. */
const deep: fc.Arbitrary<Json> = fc.tuple(fc.integer({ min: MAX_DEPTH - 4, max: MAX_DEPTH + 4 }), fc.array(fc.boolean(), { minLength: MAX_DEPTH + 4, maxLength: MAX_DEPTH + 4 }), fc.boolean()).map(([depth, asObject, withDup]) => {
  let node: Json = raw('1');
  for (let i = 0; i < depth; i++) {
    node = asObject[i] ? { kind: 'object', entries: [{ key: 'a', style: 'plain', value: node }, ...(withDup && i === 0 ? [{ key: 'a', style: 'u-all' as Style, value: raw('2') }] : [])] } : { kind: 'array', items: [node] };
  }
  return node;
});

/**
 * An object: entries, and now and then one of them again (the same key, written the same way
 * or otherwise, with another value).
 */
function objectOf(key: fc.Arbitrary<string>, value: fc.Arbitrary<Json>, minLength = 0): fc.Arbitrary<Json> {
  const entry = fc.record({ key, style, value });
  return fc.tuple(fc.array(entry, { minLength, maxLength: 5 }), fc.option(fc.record({ at: fc.nat(), where: fc.nat(), style, value }), { freq: 4 })).map(([entries, dup]) => {
    if (dup && entries.length > 0) {
      const again = { key: entries[dup.at % entries.length]!.key, style: dup.style, value: dup.value };
      entries.splice(dup.where % (entries.length + 1), 0, again);
    }
    return { kind: 'object', entries };
  });
}

const STATUSES = ['kansrijk', 'onduidelijk', 'onwaarschijnlijk', 'uitgesloten'];
const periode = objectOf(fc.constantFrom('van', 'tot', 'van', 'tot', 'bis'), date, 1);
const datesList: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: fc.array(date, { maxLength: 4 }).map((items): Json => ({ kind: 'array', items })) },
  date,
);

/** A case key with a value of about its kind (or not). */
const caseEntry: fc.Arbitrary<Entry> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ key: fc.constantFrom('ziekmelding', 'hersteld', 'probleemanalyse', 'plan_van_aanpak', 'melding_42e_week', 'eindevaluatie', 'wia_aanvraag'), style, value: date }) },
  fc.record({ key: fc.constant('werknemer'), style, value: fc.oneof(styled(anyText), numberText.map(raw), date, anyValue) }),
  fc.record({ key: fc.constantFrom('loon_percentage', 'verlenging_weken', 'loonsanctie_weken'), style, value: number }),
  fc.record({ key: fc.constant('voortgangsgesprekken'), style, value: datesList }),
  fc.record({ key: fc.constantFrom('onderbrekingen', 'wazo_verlof'), style, value: fc.oneof({ weight: 4, arbitrary: fc.array(periode, { maxLength: 3 }).map((items): Json => ({ kind: 'array', items })) }, anyValue) }),
  fc.record({
    key: fc.constant('eerste_spoor'),
    style,
    value: fc.oneof(
      { weight: 4, arbitrary: objectOf(fc.constantFrom('status', 'vastgesteld', 'status', 'vastgesteld', 'gestart'), fc.oneof(styled(fc.constantFrom(...STATUSES, 'Kansrijk', 'misschien')), date)) },
      anyValue,
    ),
  }),
  fc.record({ key: fc.constant('uwv_wia_brief'), style, value: date }),
  fc.record({ key: fc.constant('notities'), style, value: fc.oneof({ weight: 4, arbitrary: styled(anyText) }, anyValue) }),
);
const foreignEntry: fc.Arbitrary<Entry> = fc.record({ key: anyKey, style, value: fc.oneof({ weight: 4, arbitrary: anyValue }, deep) });

/** Random records: case keys and others, any values, duplicates, now and then something deep. */
const anyRecord: fc.Arbitrary<Json> = fc
  .tuple(
    fc.array(fc.oneof({ weight: 4, arbitrary: caseEntry }, foreignEntry), { maxLength: 8 }),
    fc.option(fc.record({ at: fc.nat(), where: fc.nat(), style, value: fc.oneof(date, anyValue) }), { freq: 3 }),
  )
  .map(([entries, dup]): Json => {
    if (dup && entries.length > 0) entries.splice(dup.where % (entries.length + 1), 0, { key: entries[dup.at % entries.length]!.key, style: dup.style, value: dup.value });
    return { kind: 'object', entries };
  });

/** Records that are a valid case as they stand, and one change away from one. */
const validRecord: fc.Arbitrary<Json> = fc
  .record({
    ziekmelding: fc.integer({ min: 0, max: 400 }),
    after: fc.array(fc.tuple(fc.constantFrom('probleemanalyse', 'plan_van_aanpak', 'melding_42e_week', 'eindevaluatie', 'wia_aanvraag', 'hersteld'), fc.integer({ min: 1, max: 700 })), { maxLength: 5 }),
    werknemer: fc.option(fc.oneof(styled(anyText), fc.integer({ min: 0, max: 99999 }).map((n) => raw(String(n))))),
    loon: fc.option(fc.integer({ min: 0, max: 100 })),
    gesprekken: fc.array(fc.integer({ min: 1, max: 700 }), { maxLength: 3 }),
    breaks: fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 20 })), { maxLength: 3 }),
    spoor: fc.option(fc.tuple(fc.constantFrom(...STATUSES), fc.integer({ min: 1, max: 300 }))),
    notities: fc.option(styled(anyText)),
    keyStyles: fc.array(style, { minLength: 10, maxLength: 10 }),
    dutch: fc.boolean(),
    change: fc.option(fc.oneof(caseEntry, foreignEntry), { freq: 2 }),
    changeAt: fc.nat(),
  })
  .map((r): Json => {
    const day = (offset: number): Json => str((r.dutch ? dutchOf : isoOf)(DAY_2024 + r.ziekmelding + offset));
    const entries: Entry[] = [];
    const add = (key: string, value: Json): void => {
      if (!entries.some((e) => e.key === key)) entries.push({ key, style: r.keyStyles[entries.length % 10]!, value });
    };
    add('ziekmelding', day(0));
    if (r.werknemer) add('werknemer', r.werknemer);
    // Onderbrekingen after the ziekmelding, short, in order, before any hersteld (which comes later).
    let at = 1;
    const breaks: Json[] = [];
    for (const [gap, length] of r.breaks) {
      const van = at + gap;
      breaks.push({ kind: 'object', entries: [{ key: 'van', style: 'plain', value: day(van) }, { key: 'tot', style: 'plain', value: day(van + length) }] });
      at = van + length + 1;
    }
    if (breaks.length > 0) add('onderbrekingen', { kind: 'array', items: breaks });
    for (const [key, offset] of r.after) add(key, day(key === 'hersteld' ? at + offset : offset));
    if (r.loon !== null) add('loon_percentage', raw(String(r.loon)));
    if (r.gesprekken.length > 0) add('voortgangsgesprekken', { kind: 'array', items: r.gesprekken.map(day) });
    if (r.spoor) add('eerste_spoor', { kind: 'object', entries: [{ key: 'status', style: 'plain', value: str(r.spoor[0]) }, { key: 'vastgesteld', style: 'plain', value: day(r.spoor[1]) }] });
    if (r.notities) add('notities', r.notities);
    if (r.change) entries.splice(r.changeAt % (entries.length + 1), 0, r.change);
    return { kind: 'object', entries };
  });

/**
 * The record as the `.json` file that says what the JSON Lines reader reads leniently: a number
 * written as text (`"70"`, `"70,5"`) at a number key as the number, an `eerste_spoor.status` with
 * other capitals in small letters. Each is padded with blanks to the width of what it replaces, so
 * that every later position, and the value's own, is the same in both texts.
 */
const NUMBER_KEYS = new Set(['loon_percentage', 'verlenging_weken', 'loonsanctie_weken']);

function writtenOut(record: Json, space: string): Json {
  if (record.kind !== 'object') return record;
  const width = (node: Json): number => serialize(node, space).length;
  const asNumber = (node: Json): Json => {
    const n = node.kind === 'string' ? numberFromText(node.value) : undefined;
    return n === undefined ? node : { kind: 'padded', text: node.kind === 'string' ? node.value.trim().replace(',', '.') : '', width: width(node) };
  };
  const asStatus = (node: Json): Json => {
    if (node.kind !== 'string') return node;
    const lower = node.value.toLowerCase();
    return node.value === lower || !STATUSES.includes(lower) ? node : { kind: 'padded', text: JSON.stringify(lower), width: width(node) };
  };
  const inside = (node: Json, key: string, change: (n: Json) => Json): Json =>
    node.kind === 'object' ? { kind: 'object', entries: node.entries.map((e) => (e.key === key ? { ...e, value: change(e.value) } : e)) } : node;
  return {
    kind: 'object',
    entries: record.entries.map((e): Entry => {
      if (NUMBER_KEYS.has(e.key)) return { ...e, value: asNumber(e.value) };
      if (e.key === 'loonsanctie') return { ...e, value: inside(e.value, 'weken', asNumber) };
      if (e.key === 'eerste_spoor') return { ...e, value: inside(e.value, 'status', asStatus) };
      return e;
    }),
  };
}

describe('property: a JSON Lines record reads as the same text read as a .json file', () => {
  it('the same verdict, case and problems (code, path, args, line, column)', () => {
    const seen = { valid: 0, invalid: 0, duplicate: 0, deep: 0, escapedKey: 0 };
    let lenient = 0;
    fc.assert(
      fc.property(fc.oneof(anyRecord, validRecord), fc.constantFrom('', '', '', ' ', '  '), fc.integer({ min: 1, max: 100_000 }), (record, space, lineNo) => {
        const text = serialize(record, space);
        // The test's own text is JSON, one line, as a JSON Lines record must be.
        expect(() => JSON.parse(text), text).not.toThrow();
        expect(text, text).not.toMatch(/[\r\n]/);
        const strict = serialize(writtenOut(record, space), space);
        if (strict !== text) lenient++;
        const read = expectSameAsJson(text, lineNo, strict);
        if (read.case) seen.valid++;
        else seen.invalid++;
        if (read.problems.some((p) => p.code === 'duplicate-key')) seen.duplicate++;
        if (read.problems.some((p) => p.code === 'too-deep')) seen.deep++;
        if (/"[^"]*\\u[^"]*"\s*:/.test(text)) seen.escapedKey++;
      }),
      { numRuns: 600, seed: 20250106, endOnFailure: true },
    );
    // The generators reach every kind of record the fast path treats on its own.
    for (const [what, count] of Object.entries(seen)) expect(count, `${what} records among 600`).toBeGreaterThan(20);
    // A number as text or a status with capitals, read leniently: rarer, as only some keys take them.
    expect(lenient, 'lenient records among 600').toBeGreaterThan(10);
  });

  it('the same with spacing the YAML reader reads in its own way: tabs, and blanks before the record', () => {
    fc.assert(
      fc.property(fc.oneof(anyRecord, validRecord), fc.constantFrom('\t', ' \t'), fc.constantFrom('', ' ', '\t', ' '.repeat(300)), (record, space, lead) => {
        const text = `${lead}${serialize(record, space)}`;
        expect(() => JSON.parse(text), text).not.toThrow();
        expectSameAsJson(text, 3, `${lead}${serialize(writtenOut(record, space), space)}`);
      }),
      { numRuns: 150, seed: 42, endOnFailure: true },
    );
  });
});
