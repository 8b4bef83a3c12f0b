import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notRecorded, readCaseList } from '../src/input/case-file.js';
import { parseSource, toValue, yamlLocated } from '../src/input/document.js';
import { plainKeyLine, plainYaml } from '../src/input/plain-yaml.js';

/*
 * The plain reader (src/input/plain-yaml.ts) must give what the full YAML parser gives, value
 * for value and line for line, or decline. Checked on generated case files that mix what it
 * reads with everything it must leave to the full parser.
 */

type Path = (string | number)[];

/** Every path to a value, and the paths below each that do not exist. */
function paths(v: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix, [...prefix, 'missing'], [...prefix, 7]];
  if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, Array.isArray(v) ? Number(k) : k]));
  }
  return out;
}

/** The full parser's reading, as readCaseList would have it without the plain reader. */
function full(text: string) {
  const { source, problems } = parseSource('case.yaml', text);
  return { problems, value: 'value' in toValue(source, notRecorded) ? (toValue(source, notRecorded) as { value: unknown }).value : undefined, located: yamlLocated(source) };
}

// What the plain reader reads, and (fewer) what it must leave to the full parser.
const KEYS = ['werknemer', 'ziekmelding', 'probleemanalyse', 'notities', 'eerste_spoor', 'onderbrekingen', 'status', 'van', 'tot', 'x'];
const ODD_KEYS = ['null', 'True', '__proto__', '1abc', '"quoted"', 'with space', 'x-y'];
const SCALARS = [
  '2025-01-06', '06-01-2025', '70', '0', '-0', '+5', '007', '', 'E-4410', 'Zoë Ålund – €', 'a #b', 'a#b', 'a:b', 'http://x.nl/a?b=c', '-abc', '"quoted"', '"a # b"',
  '""', "''", "'single'", 'Werkhervatting; volgende afspraak.', '[a, b]', '[2025-01-01, 2025-02-01]', '[]', '{}', '{ van: 2025-01-01, tot: 2025-01-10 }',
  '{van: 2025-01-01}', '[ "q", \'s\' ]', '{ van: null }', '{ van: 2025-01-01 }  # c', 'trailing   ',
];
const ODD_SCALARS = [
  '2025-1-6', '1.5', '1e3', '.5', '0x1F', '0o17', '.inf', '~', 'null', 'Null', 'true', 'FALSE', '123456789012345678', 'a: b', 'ends:', '- x', '?x', '&a x', '*a',
  '!tag x', '|', '>', '@x', '%x', '"esc\\"q"', '"back\\\\slash"', "'it''s'", '"unterminated', '[a, ]', '{ a: [1] }', '[x: y]', '{ a: 1, a: 2 }', '[a,b]x', '[a]#c', '{ van: }',
];
const COMMENTS = ['', '  # c', ' #c', '#c', '   '];
const NOISE = ['', '# comment', '    # indented comment', '---', '...', '%YAML 1.2', 'tab:\there', 'cr: x\r', '  stray: indent', 'block: |\n  text\n  # not a comment\n', 'deep:\n  a:\n    b: 1', '- item', 'key:value', 'dup: 1\ndup: 2', 'x: &a 1\ny: *a', 'ml: first\n  second'];

const key = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_KEYS) });
const scalar = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...SCALARS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_SCALARS) });
const comment = fc.constantFrom(...COMMENTS);
const indent = fc.constantFrom('  ', '    ', ' ');
const block = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(key, scalar, comment).map(([k, v, c]) => `${k}:${v === '' ? '' : ` ${v}`}${c}`) },
  { weight: 4, arbitrary: fc.tuple(key, indent, fc.array(fc.tuple(key, scalar, comment), { minLength: 0, maxLength: 3 })).map(([k, i, es]) => [`${k}:`, ...es.map(([ek, v, c]) => `${i}${ek}: ${v}${c}`)].join('\n')) },
  { weight: 4, arbitrary: fc.tuple(key, fc.constantFrom('', '  ', '    '), fc.array(fc.tuple(scalar, comment), { minLength: 1, maxLength: 4 })).map(([k, i, items]) => [`${k}:`, ...items.map(([v, c]) => `${i}- ${v}${c}`)].join('\n')) },
  { weight: 4, arbitrary: fc.tuple(key, fc.array(fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })).map(([k, items]) => [`${k}:`, ...items.map((es) => es.map(([ek, v], j) => `${j === 0 ? '  - ' : '    '}${ek}: ${v}`).join('\n'))].join('\n')) },
  { weight: 6, arbitrary: fc.tuple(key, fc.constantFrom('|', '|', '|-', '| # c', '|+', '>', '|2'), fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom('  een regel', '  # geen commentaar', '    dieper', '', '  key: value', '  - item') }, { weight: 1, arbitrary: fc.constantFrom('  ', '     ', ' minder', '# echt commentaar') }), { minLength: 0, maxLength: 5 })).map(([k, header, lines]) => [`${k}: ${header}`, ...lines].join('\n')) },
  { weight: 1, arbitrary: fc.constantFrom(...NOISE) },
);
const document = fc.tuple(fc.array(block, { minLength: 0, maxLength: 8 }), fc.boolean()).map(([blocks, newline]) => `${blocks.join('\n')}${newline ? '\n' : ''}`);

describe('the plain reader of case files', () => {
  it('reads what it reads as the full YAML parser does: the same value and the same line for every finding, or leaves the file to it', () => {
    let plain = 0;
    let left = 0;
    let literal = 0;
    fc.assert(
      fc.property(document, (text) => {
        const p = plainYaml(text);
        if (!p) {
          left++;
          return;
        }
        plain++;
        if (/: \|/.test(text)) literal++;
        const f = full(text);
        expect(f.problems).toEqual([]);
        expect(p.value).toStrictEqual(f.value);
        for (const path of [...paths(f.value), ['ziekmelding'], []]) expect(plainKeyLine(p.root, path), JSON.stringify(path)).toBe(f.located.findingLine(path));
      }),
      { seed: 20261201, numRuns: 3000 },
    );
    // Both ways are taken often enough for the comparison to mean something.
    expect(plain).toBeGreaterThan(200);
    expect(literal).toBeGreaterThan(25);
    expect(left).toBeGreaterThan(200);
  });

  it('reads literal blocks as the full YAML parser does, or leaves them to it', () => {
    const line = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('  een regel', '  # geen commentaar', '    dieper', '', '  key: value: x', '  - item', '   ') }, { weight: 1, arbitrary: fc.constantFrom('     ', ' minder', '# echt commentaar', '\t') });
    const doc = fc.tuple(fc.constantFrom('notities', 'x'), fc.constantFrom('|', '|-', '| # c', '|+', '>', '|2', '|  '), fc.array(line, { maxLength: 6 }), fc.constantFrom('', 'status: open', '  nested: x'))
      .map(([k, header, lines, after]) => ['ziekmelding: 2025-01-06', `${k}: ${header}`, ...lines, after].join('\n'));
    let read = 0;
    fc.assert(
      fc.property(doc, (text) => {
        const p = plainYaml(text);
        if (!p) return;
        read++;
        const f = full(text);
        expect(f.problems).toEqual([]);
        expect(p.value).toStrictEqual(f.value);
        for (const path of paths(f.value)) expect(plainKeyLine(p.root, path), JSON.stringify(path)).toBe(f.located.findingLine(path));
      }),
      { seed: 2026, numRuns: 1500 },
    );
    expect(read).toBeGreaterThan(300);
  });

  it.each([
    ['a plain case file', 'werknemer: E-1\nziekmelding: 2025-01-06   # maandag\nloon_percentage: 70\nvoortgangsgesprekken: [2025-03-01, 2025-04-01]\n', { werknemer: 'E-1', ziekmelding: '2025-01-06', loon_percentage: 70, voortgangsgesprekken: ['2025-03-01', '2025-04-01'] }],
    ['nested mappings and lists of mappings', 'eerste_spoor:\n  status: onduidelijk\nonderbrekingen:\n  - van: 2025-02-01\n    tot: 2025-02-10\n  - { van: 2025-03-01, tot: 2025-03-02 }\n', { eerste_spoor: { status: 'onduidelijk' }, onderbrekingen: [{ van: '2025-02-01', tot: '2025-02-10' }, { van: '2025-03-01', tot: '2025-03-02' }] }],
    ['an empty value, left out as the YAML reader leaves it out', 'ziekmelding: 2025-01-06\nhersteld:\n', { ziekmelding: '2025-01-06' }],
    ['literal blocks of notes', 'notities: |\n  Eerste regel: # geen commentaar\n\n    ingesprongen\nstatus: |-\n  open\n\n', { notities: 'Eerste regel: # geen commentaar\n\n  ingesprongen\n', status: 'open' }],
  ])('reads %s', (_, text, value) => {
    expect(plainYaml(text)?.value).toStrictEqual(value);
  });

  it.each([
    ['a float', 'loon_per_maand: 3200.50\n'],
    ['a null or boolean word', 'hersteld: null\n'],
    ['an escape in quotes', 'werknemer: "A\\tB"\n'],
    ['a folded block', 'notities: >\n  een\n  twee\n'],
    ['a literal block that keeps its last lines', 'notities: |+\n  een\n\n'],
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a duplicate key (the full parser places it)', 'ziekmelding: 2025-01-06\nziekmelding: 2025-01-07\n'],
    ['Windows line ends', 'ziekmelding: 2025-01-06\r\n'],
    ['a third level', 'a:\n  b:\n    c: 1\n'],
    ['a list at the top', '- ziekmelding: 2025-01-06\n'],
    ['JSON', '{"ziekmelding": "2025-01-06"}'],
    ['a mapping wider than any case (the full parser refuses it)', `x: { ${Array.from({ length: 1001 }, (_, i) => `k${i}: 1`).join(', ')} }\n`],
    ['a block mapping as wide', Array.from({ length: 1001 }, (_, i) => `k${i}: 1\n`).join('')],
  ])('leaves %s to the full parser', (_, text) => {
    expect(plainYaml(text)).toBeUndefined();
  });

  it("places a problem as the full parser does: its column from the full parse, made when asked", () => {
    const text = '# dossier\nwerknemer: E-1\nziekmelding: 2025-01-06\nprobleemanalyse: 2025-13-01\n';
    expect(plainYaml(text)).toBeDefined();
    const [read] = readCaseList('case.yaml', text).cases;
    expect(read!.problems.map((p) => [p.code, p.line, p.column])).toEqual([['not-a-date', 4, 18]]);
  });
});
