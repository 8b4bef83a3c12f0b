/**
 * A JSON Lines export (src/input/json-line.ts): a record that is not JSON is a located
 * `json-syntax` problem, never read the YAML way (which takes trailing commas, single quotes and
 * keys without quotes); and a record is read as a person would read it: a number written as
 * text is the number, a status with other capitals is the status. A YAML or JSON case file keeps
 * the strict check.
 */
import { describe, expect, it } from 'vitest';
import { readCase, readCaseList, type ReadCase } from '../src/input/case-file.js';
import { numberFromText } from '../src/input/export-values.js';
import { jsonErrorColumn, jsonErrorDetail, readJsonLine } from '../src/input/json-line.js';
import { problemMessage } from '../src/output/locale/index.js';
import { runBin, tree, type JsonCase } from './helpers.js';

const GOOD = (n: number) => `{"werknemer":"J-${n}","ziekmelding":"2025-01-06"}`;

/** Records that are not JSON, and the column where JSON.parse stops (1-based). */
const BROKEN = [
  // `,}`: the `}` is where a key was expected.
  ['a trailing comma', '{"werknemer":"J-3","ziekmelding":"2025-01-06",}', 47],
  ['single quotes', "{'werknemer':'J-3','ziekmelding':'2025-01-06'}", 2],
  ['a key without quotes', '{"werknemer":"J-3",ziekmelding:"2025-01-06"}', 20],
  // Cut off after the last value: the end of the line is where `,` or `}` was expected.
  ['a truncated record', '{"werknemer":"J-3","ziekmelding":"2025-01-06"', 46],
  ['a record cut off inside a string', '{"werknemer":"J-3","ziekmelding":"2025-', 40],
  ['a record cut off after a colon', '{"werknemer":"J-3","ziekmelding":', 34],
] as const;

const problemsOf = (read: ReadCase) => read.problems.map((p) => ({ code: p.code, path: p.path, line: p.line, column: p.column }));

describe('a JSON Lines record that is not JSON: one json-syntax problem at its line and column', () => {
  it.each(BROKEN)('%s', (_what, text, column) => {
    // What the YAML reader would have taken, and the fast path once passed on to it.
    expect(() => JSON.parse(text)).toThrow();
    const read = readJsonLine('cases.jsonl', text, 3);
    expect(read.case).toBeUndefined();
    expect(problemsOf(read)).toEqual([{ code: 'json-syntax', path: [], line: 3, column }]);
    const detail = String(read.problems[0]!.args.detail);
    expect(detail.length).toBeGreaterThan(0);
    // The place is the problem's; the record is the user's data and stays out of the words.
    expect(detail).not.toMatch(/position|column|J-3|is not valid JSON/);
    // Placed on the record's own line wherever it is in the file.
    expect(problemsOf(readJsonLine('cases.jsonl', text, 1234))).toEqual([{ code: 'json-syntax', path: [], line: 1234, column }]);
  });

  it('blanks before a broken record count in the column', () => {
    expect(problemsOf(readJsonLine('cases.jsonl', `   {"ziekmelding":"2025-01-06",}`, 2))).toEqual([{ code: 'json-syntax', path: [], line: 2, column: 32 }]);
  });

  it('was accepted through the YAML reader; the same text as a .json case file still is (YAML reads JSON leniently there)', () => {
    const text = '{"ziekmelding":"2025-01-06",}';
    expect(readCase('case.json', text).case?.ziekmelding.toString()).toBe('2025-01-06');
    expect(readJsonLine('cases.jsonl', text, 1).case).toBeUndefined();
  });

  it('what is not a syntax problem goes as before: duplicate keys, too wide, too deep', () => {
    expect(problemsOf(readJsonLine('cases.jsonl', '{"ziekmelding":"2025-01-06","ziekmelding":"2025-01-07"}', 4))).toEqual([{ code: 'duplicate-key', path: [], line: 4, column: 29 }]);
    const keys = Array.from({ length: 1001 }, (_, i) => `"k${i}":${i}`).join(',');
    expect(readJsonLine('cases.jsonl', `{"ziekmelding":"2025-01-06",${keys}}`, 4).problems.map((p) => p.code)).toEqual(['too-many-keys']);
    expect(readJsonLine('cases.jsonl', `{"ziekmelding":"2025-01-06","x":${'['.repeat(100)}${']'.repeat(100)}}`, 4).problems.map((p) => p.code)).toEqual(['too-deep']);
    // Deeper than JSON.parse's reviver can go (a RangeError, not a SyntaxError): too-deep, as before.
    for (const [open, close] of [['[', ']'], ['{"a":', '}']]) {
      const deep = readJsonLine('cases.jsonl', `{"ziekmelding":"2025-01-06","notities":${open!.repeat(10_000)}1${close!.repeat(10_000)}}`, 4);
      expect(deep.problems.map((p) => [p.code, p.line])).toEqual([['too-deep', 4]]);
    }
  });

  it('the column from the message of Node 20 and of Node 22, the end for an unexpected end, else 1', () => {
    const text = '{"ziekmelding":"2025-01-06",}';
    expect(jsonErrorColumn('Expected double-quoted property name in JSON at position 28', text)).toBe(29);
    expect(jsonErrorColumn('Expected double-quoted property name in JSON at position 28 (line 1 column 29)', text)).toBe(29);
    expect(jsonErrorColumn('Expected double-quoted property name (line 1 column 29)', text)).toBe(29);
    expect(jsonErrorColumn('Unexpected end of JSON input', '{"a":')).toBe(6);
    expect(jsonErrorColumn(`Unexpected token 'N', "{"a": NaN}" is not valid JSON`, '{"a": NaN}')).toBe(1);
    expect(jsonErrorColumn('Unexpected token } in JSON at position 99', '{}')).toBe(3);
  });

  it("V8's words without the place and without the record", () => {
    expect(jsonErrorDetail('Expected double-quoted property name in JSON at position 28')).toBe('Expected double-quoted property name');
    expect(jsonErrorDetail('Expected double-quoted property name in JSON at position 28 (line 1 column 29)')).toBe('Expected double-quoted property name');
    expect(jsonErrorDetail(`Unexpected token 'N', "{"a": NaN}" is not valid JSON`)).toBe("Unexpected token 'N'");
    expect(jsonErrorDetail(`Unexpected token 'N', ..."otities": NaN, "zie"... is not valid JSON`)).toBe("Unexpected token 'N'");
    expect(jsonErrorDetail('Unexpected non-whitespace character after JSON at position 7 (line 1 column 8)')).toBe('Unexpected non-whitespace character after JSON');
    expect(jsonErrorDetail('Unexpected end of JSON input')).toBe('Unexpected end of JSON input');
  });

  it('says what is wrong in English and in Dutch', () => {
    const args = { detail: 'Expected double-quoted property name' };
    expect(problemMessage('json-syntax', args, 'en')).toBe('not valid JSON: Expected double-quoted property name; a JSON Lines file holds one JSON object per line');
    expect(problemMessage('json-syntax', args, 'nl')).toBe('geen geldige JSON: Expected double-quoted property name; in een JSON Lines-bestand staat op elke regel één dossier als JSON-object');
  });

  it.each(BROKEN)('through the bin: %s on line 3 of 4, the other lines read as usual', (_what, text, column) => {
    const dir = tree({ 'export.jsonl': `${GOOD(1)}\n${GOOD(2)}\n${text}\n${GOOD(4)}\n` }, 'poort-jsonl-');
    const r = runBin(['check', 'export.jsonl', '--format', 'json', '--as-of', '2025-02-01'], { cwd: dir, env: { CI: '1' } });
    expect(r.code).toBe(2);
    const cases = (JSON.parse(r.stdout) as { cases: JsonCase[] }).cases;
    expect(cases.map((c) => [c.source, c.valid, c.werknemer])).toEqual([
      ['export.jsonl line 1', true, 'J-1'],
      ['export.jsonl line 2', true, 'J-2'],
      ['export.jsonl line 3', false, null],
      ['export.jsonl line 4', true, 'J-4'],
    ]);
    expect(cases[2]!.problems).toEqual([{ path: '', line: 3, column, code: 'json-syntax', message: expect.stringMatching(/^not valid JSON: .+; a JSON Lines file holds one JSON object per line$/) }]);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^export\\.jsonl:3:${column}: not valid JSON: `))]);
  });
});

/** One record at line 5, with these keys after a ziekmelding. */
const record = (rest: Record<string, unknown>) => readJsonLine('cases.jsonl', JSON.stringify({ ziekmelding: '2025-01-06', ...rest }), 5);

describe('a JSON Lines record is read as a person would read it', () => {
  it('a number written as text is the number, with a Dutch decimal comma too', () => {
    expect(record({ loon_percentage: '70' }).case?.loon_percentage).toBe(70);
    expect(record({ loon_percentage: '70,5' }).case?.loon_percentage).toBe(70.5);
    expect(record({ loon_percentage: '70.5' }).case?.loon_percentage).toBe(70.5);
    expect(record({ loon_percentage: ' 70 ' }).case?.loon_percentage).toBe(70);
    expect(record({ verlenging_weken: '13' }).case?.verlenging_weken).toBe(13);
    expect(record({ loonsanctie_weken: '26' }).case?.loonsanctie).toMatchObject({ weken: 26 });
    expect(record({ loonsanctie: { weken: '26' } }).case?.loonsanctie).toMatchObject({ weken: 26 });
  });

  it('a number written as text is then checked as a number: its range, a whole number', () => {
    const read = readJsonLine('cases.jsonl', '{"ziekmelding":"2025-01-06","loon_percentage":"170","verlenging_weken":"13,5"}', 5);
    expect(read.problems.map((p) => [p.code, p.path, p.line, p.column])).toEqual([
      ['out-of-range', ['loon_percentage'], 5, 47],
      ['not-integer', ['verlenging_weken'], 5, 72],
    ]);
  });

  it('text that is not a number stays text: the usual wrong-type problem, where it was written', () => {
    for (const value of ['abc', '70%', '1e2', '', '7 0', '0x46', 'zeventig']) {
      const read = readJsonLine('cases.jsonl', `{"ziekmelding":"2025-01-06","loon_percentage":${JSON.stringify(value)}}`, 5);
      expect(read.case, value).toBeUndefined();
      expect(read.problems.map((p) => [p.code, p.path, p.line, p.column]), value).toEqual([['wrong-type', ['loon_percentage'], 5, 47]]);
    }
    expect(record({ verlenging_weken: 'dertien' }).problems.map((p) => p.code)).toEqual(['wrong-type']);
  });

  it('a status with other capitals, accents or blanks around it is that status (as a CSV cell); another word is still not one of them', () => {
    expect(record({ eerste_spoor: { status: 'Onduidelijk' } }).case?.eerste_spoor?.status).toBe('onduidelijk');
    expect(record({ eerste_spoor: { status: 'KANSRIJK', vastgesteld: '2025-03-01' } }).case?.eerste_spoor?.status).toBe('kansrijk');
    expect(record({ eerste_spoor: { status: 'misschien' } }).problems.map((p) => [p.code, p.path])).toEqual([['not-one-of', ['eerste_spoor', 'status']]]);
    expect(record({ eerste_spoor: { status: ' Onduidélijk ' } }).case?.eerste_spoor?.status).toBe('onduidelijk');
    // Nothing else is guessed: not a word like it.
    expect(record({ eerste_spoor: { status: 'Onduidlijk' } }).problems.map((p) => p.code)).toEqual(['not-one-of']);
  });

  it('text where the case wants text, or a key the case does not know, is left as written', () => {
    expect(record({ notities: '70', werknemer: '0070' }).case).toMatchObject({ notities: '70', werknemer: '0070' });
    expect(record({ tweede_spoor: { begeleider: 'Kansrijk' } }).case?.tweede_spoor?.begeleider).toBe('Kansrijk');
    expect(record({ loon_percentages: '70' }).problems.map((p) => [p.code, p.path])).toEqual([['unknown-key', ['loon_percentages']]]);
    expect(record({ loon_percentage: ['70'] }).problems.map((p) => p.code)).toEqual(['wrong-type']);
  });

  it('numberFromText: digits with a decimal point or comma, a minus, blanks around; nothing else', () => {
    expect(['70', '70,5', '70.5', ' 13 ', '-5', '0', '007'].map(numberFromText)).toEqual([70, 70.5, 70.5, 13, -5, 0, 7]);
    // An amount from a Dutch payroll export (loon_per_maand): a euro sign, or points between thousands and a decimal comma.
    expect(['3.000,50', '€ 3.000', '€3.000,50', '€ 3000', '12.345.678,9', '3.000'].map(numberFromText)).toEqual([3000.5, 3000, 3000.5, 3000, 12345678.9, 3]);
    for (const text of ['', ' ', 'abc', '70%', '1e2', '0x46', 'Infinity', 'NaN', '70,', ',5', '+5', '7 0', '3.00,5', '€', '€ 3.000.', '$ 3000', '1.000.5']) expect(numberFromText(text), text).toBeUndefined();
  });
});

describe('a case file written by a person keeps the strict check', () => {
  it('YAML: a number in quotes and a status with capitals are refused', () => {
    expect(readCase('case.yaml', 'ziekmelding: 2025-01-06\nloon_percentage: "70"\n').problems.map((p) => [p.code, p.line, p.column])).toEqual([['wrong-type', 2, 18]]);
    expect(readCase('case.yaml', 'ziekmelding: 2025-01-06\neerste_spoor:\n  status: Onduidelijk\n').problems.map((p) => p.code)).toEqual(['not-one-of']);
  });

  it('JSON: the very record a JSON Lines export may hold is refused as a .json case file', () => {
    const text = '{"ziekmelding":"2025-01-06","loon_percentage":"70","eerste_spoor":{"status":"Onduidelijk"}}';
    expect(readJsonLine('cases.jsonl', text, 1).case).toMatchObject({ loon_percentage: 70, eerste_spoor: { status: 'onduidelijk' } });
    const [read] = readCaseList('case.json', text).cases;
    expect(read!.problems.map((p) => [p.code, p.path])).toEqual([['wrong-type', ['loon_percentage']], ['not-one-of', ['eerste_spoor', 'status']]]);
  });

  it('through the bin: the .json case file is refused, the .jsonl export line read', () => {
    const text = '{"werknemer":"J-1","ziekmelding":"2025-01-06","loon_percentage":"70,5","verlenging_weken":"13"}';
    const dir = tree({ 'case.json': text, 'export.jsonl': `${text}\n` }, 'poort-jsonl-');
    const r = runBin(['check', 'case.json', 'export.jsonl', '--format', 'json', '--as-of', '2025-02-01'], { cwd: dir, env: { CI: '1' } });
    expect(r.code).toBe(2);
    const cases = (JSON.parse(r.stdout) as { cases: JsonCase[] }).cases;
    expect(cases.map((c) => [c.source, c.valid, c.problems.map((p) => p.code)])).toEqual([
      ['case.json', false, ['wrong-type', 'wrong-type']],
      ['export.jsonl line 1', true, []],
    ]);
  });
});
