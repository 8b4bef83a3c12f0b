/**
 * Hostile files (issue 5): each gives an honest result or one clear line per problem on stderr
 * naming file:line:column (or just the file when it cannot be read), exit code 2 for input that
 * cannot be evaluated, never a stack trace; and in a batch the other files still come out.
 *
 * Every hostile file is checked between two good ones, `a-ok.yaml` and `z-ok.yaml`, in one run.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, closeSync, constants, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Datum } from '../../src/domain/datum.js';
import { BIN, binEnv, check, ROOT } from '../helpers.js';

const AS_OF = '2025-03-01';
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/**
 * The long run (`FUZZ_RUNS=…`, or POORT_SLOW_TESTS=1) also does the slow ones: the 50 MB file
 * read with the limit raised (~20 s, ~2 GB) and /dev/zero as a CSV export (~8 s).
 */
const SLOW = Number(process.env.FUZZ_RUNS ?? '') > 0 || process.env.POORT_SLOW_TESTS === '1';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory in MB, where /usr/bin/time is there to tell. */
  peakMb?: number | undefined;
  timedOut: boolean;
}

/** Runs the built bin in `cwd`, as a user would. */
function poort(args: string[], cwd: string, opts: { timeout?: number; measure?: boolean; preload?: string } = {}): Run {
  const rssFile = join(cwd, '.rss');
  const measure = opts.measure === true && TIME !== undefined;
  const node = [process.execPath, ...(opts.preload ? ['--import', pathToFileURL(opts.preload).href] : []), BIN, ...args];
  const [cmd, argv] = measure ? [TIME!, ['-o', rssFile, '-f', '%M', ...node]] : [node[0]!, node.slice(1)];
  const start = Date.now();
  const r = spawnSync(cmd, argv, {
    cwd,
    encoding: 'utf8',
    timeout: opts.timeout ?? 15_000,
    maxBuffer: 256 * 1024 * 1024,
    env: binEnv({ NO_COLOR: '1', CI: '1', TZ: 'UTC' }),
  });
  const ms = Date.now() - start;
  let peakMb: number | undefined;
  if (measure && existsSync(rssFile)) {
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    if (Number.isFinite(kb)) peakMb = Math.round(kb / 1024);
    rmSync(rssFile);
  }
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms, peakMb, timedOut };
}

interface JsonDoc {
  cases: { source: string; valid: boolean; werknemer: string | null; problems: { path: string; line: number | null; column: number | null; message: string }[]; clock: { ziekmelding: string } | null }[];
  summary: { cases: number; invalid: number; errors: number; warnings: number; infos: number };
}

/** Deletes a file called `vanishing.*` the moment poort opens it: listed, then gone. */
const VANISH = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const vanish = (p) => { const s = String(p); if (/(^|\\/)vanishing\\.[a-z]+$/.test(s)) fs.rmSync(s, { force: true }); };
for (const name of ['openSync', 'readFileSync', 'createReadStream', 'open', 'readFile']) {
  const original = fs[name];
  fs[name] = function (p, ...rest) { vanish(p); return original.call(this, p, ...rest); };
}
for (const name of ['open', 'readFile']) {
  const original = fs.promises[name];
  fs.promises[name] = function (p, ...rest) { vanish(p); return original.call(this, p, ...rest); };
}
syncBuiltinESMExports();
`;

const OK = 'werknemer: OK\nziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-10\nplan_van_aanpak: 2025-02-24\n';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'poort-hostile-'));
  made.push(dir);
  writeFileSync(join(dir, 'a-ok.yaml'), OK);
  writeFileSync(join(dir, 'z-ok.yaml'), OK);
  return dir;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Never a stack trace, never an internal error, never Node's own frames. */
function expectNoCrash(r: Run): void {
  expect(r.timedOut, `poort did not finish in time (${r.ms} ms)`).toBe(false);
  expect(r.signal, `poort was killed by ${r.signal}`).toBeNull();
  expect(r.stderr, 'a stack trace on stderr').not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toContain('node:internal');
  expect(r.stderr, 'an internal error: poort crashed').not.toMatch(/internal error|interne fout/i);
  expect([0, 1, 2], `exit code; stderr:\n${r.stderr}`).toContain(r.code);
}

/**
 * `poort check a-ok.yaml <inputs> z-ok.yaml --format json`, with every guarantee of issue 5
 * checked: the report parses, both good files come out valid, summary.cases counts every case,
 * each problem is one stderr line naming its file (and line:column where it has one), exit code
 * 2 as soon as one case is invalid. Returns the cases of `inputs` only.
 */
function batch(dir: string, inputs: string[], opts: { timeout?: number; args?: string[]; measure?: boolean } = {}) {
  const r = poort(['check', 'a-ok.yaml', ...inputs, 'z-ok.yaml', '--format', 'json', '--as-of', AS_OF, ...(opts.args ?? [])], dir, opts);
  expectNoCrash(r);
  let doc: JsonDoc;
  try {
    doc = JSON.parse(r.stdout) as JsonDoc;
  } catch {
    throw new Error(`stdout is not one JSON report (exit ${r.code}); stderr:\n${r.stderr}\nstdout starts:\n${r.stdout.slice(0, 300)}`);
  }
  expect(doc.summary.cases, 'summary.cases counts every case').toBe(doc.cases.length);
  expect(doc.summary.invalid).toBe(doc.cases.filter((c) => !c.valid).length);
  const first = doc.cases[0]!;
  const last = doc.cases[doc.cases.length - 1]!;
  expect([first.source, first.valid], 'the good file before it still comes out').toEqual(['a-ok.yaml', true]);
  expect([last.source, last.valid], 'the good file after it still comes out').toEqual(['z-ok.yaml', true]);

  // One line per problem, in order, each naming its file (and place).
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  const problems = doc.cases.flatMap((c) => c.problems.map((p) => ({ c, p })));
  expect(lines.length, `one stderr line per problem:\n${r.stderr}`).toBe(problems.length);
  problems.forEach(({ c, p }, i) => {
    const file = c.source.replace(/ (line|row|item) \d+$| header$/, '');
    const where = p.line === null ? escape(file) : `${escape(file)}:${p.line}:${p.column ?? 1}`;
    expect(lines[i], 'a compiler-style line: file[:line:column]: message').toMatch(new RegExp(`^${where}: \\S`));
    expect(p.message.length).toBeGreaterThan(0);
  });
  if (doc.summary.invalid > 0) expect(r.code, 'exit code 2 when some input could not be evaluated').toBe(2);
  else expect([0, 1]).toContain(r.code);
  return { run: r, doc, lines, cases: doc.cases.slice(1, -1) };
}

/** Messages are for the consultant: no JavaScript engine or library internals. */
function expectPlainWords(stderr: string): void {
  expect(stderr).not.toMatch(/Maximum call stack|RangeError|TypeError|Cannot read propert|parseAllDocuments|YAML\.parse|undefined \(reading/);
}

describe('YAML that attacks the parser', () => {
  it('an alias bomb (billion laughs) is refused quickly, at its place', () => {
    const dir = newDir();
    const levels = 'abcdefghi'.split('');
    const lines = levels.map((l, i) => (i === 0 ? `${l}: &${l} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]` : `${l}: &${l} [${Array(9).fill(`*${levels[i - 1]}`).join(',')}]`));
    writeFileSync(join(dir, 'bomb.yaml'), `ziekmelding: 2025-01-06\n${lines.join('\n')}\n`);
    const { run, cases, lines: err } = batch(dir, ['bomb.yaml'], { timeout: 10_000, measure: true });
    expect(cases).toHaveLength(1);
    expect(cases[0]!.valid).toBe(false);
    expect(err[0]).toMatch(/^bomb\.yaml:\d+:\d+: /);
    expect(run.ms).toBeLessThan(10_000);
    if (run.peakMb !== undefined) expect(run.peakMb, 'memory of an alias bomb').toBeLessThan(500);
  });

  it('an alias bomb in a JSON-compatible flow document with a list of cases is refused too', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'bomb-list.yaml'), `- &a [x,x,x,x,x,x,x,x,x,x]\n- &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n- &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n- &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n- &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n- &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n- &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n`);
    const { cases } = batch(dir, ['bomb-list.yaml'], { timeout: 10_000 });
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.every((c) => !c.valid)).toBe(true);
  });

  it.each([
    ['!!js/function', `ziekmelding: 2025-01-06\nnotities: !!js/function "function () { require('fs').writeFileSync('PWNED', '') }"\n`],
    ['!!python/object', 'ziekmelding: 2025-01-06\nnotities: !!python/object/apply:os.system ["touch PWNED"]\n'],
    ['!foo', 'ziekmelding: !foo 2025-01-06\n'],
    ['!!js/undefined', 'ziekmelding: 2025-01-06\nprobleemanalyse: !!js/undefined ""\n'],
  ])('the custom tag %s is refused with its name, and never evaluated', (tag, text) => {
    const dir = newDir();
    writeFileSync(join(dir, 'tag.yaml'), text);
    const { cases, lines } = batch(dir, ['tag.yaml']);
    expect(cases.map((c) => c.valid)).toEqual([false]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^tag\.yaml:\d+:\d+: /);
    expect(lines[0]).toContain(tag);
    expect(existsSync(join(dir, 'PWNED')), 'a tag was evaluated').toBe(false);
  });

  it.each([
    ['flow lists', () => `ziekmelding: 2025-01-06\nnotities: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['block lists on one line', () => `ziekmelding: 2025-01-06\nnotities:\n${'- '.repeat(10_000)}x\n`],
    ['flow maps', () => `ziekmelding: 2025-01-06\nnotities: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`],
  ])('deep nesting (10,000 %s) is refused at its place, in plain words', (_kind, text) => {
    const dir = newDir();
    writeFileSync(join(dir, 'deep.yaml'), text());
    const { cases, run } = batch(dir, ['deep.yaml']);
    expect(cases.map((c) => c.valid)).toEqual([false]);
    expectPlainWords(run.stderr);
  });

  it('deep nesting in a .json file is refused at its place, in plain words', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'deep.json'), `{"ziekmelding": "2025-01-06", "notities": ${'['.repeat(10_000)}${']'.repeat(10_000)}}\n`);
    const { cases, run } = batch(dir, ['deep.json']);
    expect(cases.map((c) => c.valid)).toEqual([false]);
    expectPlainWords(run.stderr);
  });

  it('several deeply nested files in one batch: each refused, the batch goes on', () => {
    const dir = newDir();
    const flow = `{"ziekmelding": "2025-01-06", "notities": ${'['.repeat(10_000)}${']'.repeat(10_000)}}\n`;
    writeFileSync(join(dir, 'deep-1.json'), flow);
    writeFileSync(join(dir, 'deep-2.json'), flow);
    writeFileSync(join(dir, 'deep-3.yaml'), `ziekmelding: 2025-01-06\nnotities: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`);
    const { cases, run } = batch(dir, ['deep-1.json', 'deep-2.json', 'deep-3.yaml']);
    expect(cases.map((c) => [c.source, c.valid])).toEqual([
      ['deep-1.json', false],
      ['deep-2.json', false],
      ['deep-3.yaml', false],
    ]);
    expectPlainWords(run.stderr);
  });

  it('deep nesting in one JSON Lines record: that record is refused, the other records and files go on', () => {
    const dir = newDir();
    const deep = (open: string, close: string) => `{"ziekmelding":"2025-01-06","notities":${open.repeat(10_000)}${close.repeat(10_000)}}`;
    writeFileSync(join(dir, 'deep.jsonl'), `{"werknemer":"J-1","ziekmelding":"2025-01-06"}\n${deep('[', ']')}\n${deep('{"a":', '}').replace('}}', '1}}')}\n{"werknemer":"J-4","ziekmelding":"2025-01-06"}\n`);
    const { cases, run } = batch(dir, ['deep.jsonl']);
    expect(cases.map((c) => [c.source, c.valid])).toEqual([
      ['deep.jsonl line 1', true],
      ['deep.jsonl line 2', false],
      ['deep.jsonl line 3', false],
      ['deep.jsonl line 4', true],
    ]);
    expectPlainWords(run.stderr);
  });
});

describe('bytes and encodings', () => {
  it('binary bytes with NULs: refused with a located line, never a crash', () => {
    const dir = newDir();
    // Fixed bytes (so a failure can be replayed) and random ones.
    const fixed = Buffer.from([0x00, 0xff, 0xfe, 0x7a, 0x69, 0x65, 0x6b, 0x00, 0x3a, 0x20, 0x00, 0x0a, 0xc3, 0x28, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x0a]);
    writeFileSync(join(dir, 'fixed.yaml'), fixed);
    writeFileSync(join(dir, 'random.yaml'), Buffer.concat([randomBytes(4096), Buffer.from([0, 0, 0])]));
    writeFileSync(join(dir, 'random.json'), Buffer.concat([Buffer.from('{"ziekmelding":"2025-01-06","notities":"'), randomBytes(512), Buffer.from('"}')]));
    const { cases, run } = batch(dir, ['fixed.yaml', 'random.yaml', 'random.json']);
    expect(cases).toHaveLength(3);
    expect(cases.slice(0, 2).map((c) => c.valid)).toEqual([false, false]);
    // No raw control bytes (an escape sequence could repaint the terminal) on stderr.
    expect(run.stderr).not.toMatch(/\u001b\[/);
  });

  it('a UTF-8 BOM is ignored: the case is valid', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'bom.yaml'), `\uFEFF${OK}`);
    writeFileSync(join(dir, 'bom.json'), `\uFEFF{"ziekmelding":"2025-01-06"}`);
    const { cases } = batch(dir, ['bom.yaml', 'bom.json']);
    expect(cases.map((c) => [c.valid, c.clock?.ziekmelding])).toEqual([[true, '2025-01-06'], [true, '2025-01-06']]);
  });

  it.each(['le', 'be'] as const)('UTF-16 %s with a BOM: read honestly, or refused with a line that names the encoding', (endian) => {
    const dir = newDir();
    const body = Buffer.from(OK, 'utf16le');
    if (endian === 'be') body.swap16();
    writeFileSync(join(dir, `wide-${endian}.yaml`), Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]));
    const { cases, lines } = batch(dir, [`wide-${endian}.yaml`]);
    const c = cases[0]!;
    if (c.valid) {
      expect(c.clock?.ziekmelding).toBe('2025-01-06');
      expect(c.werknemer).toBe('OK');
    } else {
      expect(lines).toHaveLength(1);
      // "expected keys with values, not a string" would send the user looking in the wrong place.
      const message = lines[0]!.replace(/^wide-(le|be)\.yaml(:\d+:\d+)?: /, '');
      expect(message, 'the line must say the file is UTF-16 (save it as UTF-8)').toMatch(/UTF-?16|encoding|codering/i);
    }
  });

  it('CRLF line ends are valid, and problems are placed on the right line and column', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'crlf.yaml'), OK.replaceAll('\n', '\r\n'));
    writeFileSync(join(dir, 'crlf-bad.yaml'), 'ziekmelding: 2025-01-06\r\nprobleemanalyse: 2025-02-29\r\n');
    writeFileSync(join(dir, 'crlf.csv'), 'werknemer;ziekmelding;probleemanalyse\r\nE-1;2025-01-06;2025-02-10\r\nE-2;2025-01-06;2025-02-31\r\n');
    writeFileSync(join(dir, 'crlf.jsonl'), '{"ziekmelding":"2025-01-06"}\r\n{"ziekmelding":"2025-13-06"}\r\n');
    const { cases, lines } = batch(dir, ['crlf.yaml', 'crlf-bad.yaml', 'crlf.csv', 'crlf.jsonl']);
    expect(cases.map((c) => [c.source, c.valid])).toEqual([
      ['crlf.yaml', true],
      ['crlf-bad.yaml', false],
      ['crlf.csv row 1', true],
      ['crlf.csv row 2', false],
      ['crlf.jsonl line 1', true],
      ['crlf.jsonl line 2', false],
    ]);
    expect(lines[0]).toMatch(/^crlf-bad\.yaml:2:18: probleemanalyse: /);
    expect(lines[1]).toMatch(/^crlf\.csv:3:3: probleemanalyse: /);
    expect(lines[2]).toMatch(/^crlf\.jsonl:2:16: ziekmelding: /);
    for (const l of lines) expect(l).not.toContain('\r');
  });

  it('tabs as indentation are refused at the tab; a tab after the colon is fine', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'tabs.yaml'), 'ziekmelding: 2025-01-06\ntweede_spoor:\n\tgestart: 2025-09-01\n');
    writeFileSync(join(dir, 'tab-value.yaml'), 'ziekmelding:\t2025-01-06\n');
    const { cases, lines } = batch(dir, ['tabs.yaml', 'tab-value.yaml']);
    expect(cases.map((c) => c.valid)).toEqual([false, true]);
    expect(lines[0]).toMatch(/^tabs\.yaml:3:1: /);
  });
});

describe('empty and multiple documents', () => {
  it.each([
    ['an empty file', ''],
    ['an empty document', '---\n'],
    ['only a comment', '# nog in te vullen\n'],
    ['only blank lines', '\n  \n\n'],
  ])('%s is one located problem', (_what, text) => {
    const dir = newDir();
    writeFileSync(join(dir, 'empty.yaml'), text);
    const { cases, lines } = batch(dir, ['empty.yaml']);
    expect(cases.map((c) => c.valid)).toEqual([false]);
    expect(lines).toEqual([expect.stringMatching(/^empty\.yaml:1:1: \S/)]);
  });

  it('a multi-document file: each document a case, or one located line in plain words', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'multi.yaml'), 'werknemer: M-1\nziekmelding: 2025-01-06\n---\nwerknemer: M-2\nziekmelding: 2025-02-03\n');
    const { cases, run } = batch(dir, ['multi.yaml']);
    if (cases.every((c) => c.valid)) {
      expect(cases.map((c) => c.werknemer)).toEqual(['M-1', 'M-2']);
    } else {
      expect(cases).toHaveLength(1);
      expect(run.stderr).toMatch(/^multi\.yaml:3:1: /m);
      // The user is not calling a YAML library: "please use YAML.parseAllDocuments()" is no help.
      expectPlainWords(run.stderr);
    }
  });
});

describe('files that cannot be read', () => {
  const root = process.getuid?.() === 0;

  it('an unreadable file (chmod 000) is one line naming the file; the rest goes on', (ctx) => {
    const dir = newDir();
    const locked = join(dir, 'locked.yaml');
    writeFileSync(locked, OK);
    chmodSync(locked, 0o000);
    let readable = false;
    try {
      accessSync(locked, constants.R_OK);
      readable = true;
    } catch {
      // as intended
    }
    if (readable) {
      chmodSync(locked, 0o644);
      ctx.skip(`running as ${root ? 'root' : 'a user'} who can read a chmod 000 file, so it cannot be made unreadable`);
    }
    try {
      const { cases, lines } = batch(dir, ['locked.yaml']);
      expect(cases.map((c) => c.valid)).toEqual([false]);
      expect(lines).toEqual([expect.stringMatching(/^locked\.yaml: \S/)]);
    } finally {
      chmodSync(locked, 0o644);
    }
  });

  it('a directory symlink loop: every file once, no error', () => {
    const dir = newDir();
    mkdirSync(join(dir, 'cases', 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'cases', 'a', 'one.yaml'), OK);
    writeFileSync(join(dir, 'cases', 'a', 'b', 'two.yaml'), OK);
    symlinkSync('../..', join(dir, 'cases', 'a', 'b', 'up')); // → cases/
    symlinkSync('.', join(dir, 'cases', 'self'));
    const { cases, lines } = batch(dir, ['cases'], { timeout: 10_000 });
    expect(cases.map((c) => [c.source, c.valid])).toEqual([
      ['cases/a/b/two.yaml', true],
      ['cases/a/one.yaml', true],
    ]);
    expect(lines).toEqual([]);
  });

  it('a file symlink loop: one line naming it when named; in a directory, skipped or one line', () => {
    const dir = newDir();
    mkdirSync(join(dir, 'cases'));
    writeFileSync(join(dir, 'cases', 'b.yaml'), OK);
    symlinkSync('x2.yaml', join(dir, 'cases', 'x1.yaml'));
    symlinkSync('x1.yaml', join(dir, 'cases', 'x2.yaml'));
    const { cases, lines } = batch(dir, ['cases', 'cases/x1.yaml']);
    const walked = cases.slice(0, -1); // the directory; the last case is the file named on its own
    expect(walked.map((c) => c.source)).toContain('cases/b.yaml');
    for (const c of walked) expect(c.valid).toBe(c.source === 'cases/b.yaml');
    expect(cases.at(-1)).toMatchObject({ source: 'cases/x1.yaml', valid: false });
    expect(lines.at(-1)).toMatch(/^cases\/x1\.yaml: \S/);
  });

  it('a dangling symlink named on the command line is one line naming it; in a directory, skipped or one line', () => {
    const dir = newDir();
    mkdirSync(join(dir, 'cases'));
    writeFileSync(join(dir, 'cases', 'b.yaml'), OK);
    symlinkSync(join(dir, 'removed.yaml'), join(dir, 'cases', 'a-removed.yaml'));
    symlinkSync(join(dir, 'removed.yaml'), join(dir, 'named.yaml'));
    const { cases, lines } = batch(dir, ['cases', 'named.yaml']);
    expect(cases.at(-1)).toMatchObject({ source: 'named.yaml', valid: false });
    expect(cases.at(-2)).toMatchObject({ source: 'cases/b.yaml', valid: true });
    for (const c of cases.slice(0, -2)) expect([c.source, c.valid]).toEqual(['cases/a-removed.yaml', false]);
    expect(lines.at(-1)).toMatch(/^named\.yaml: \S/);
  });

  /**
   * A file that disappears after it was listed and before it is read: a preload deletes every
   * file called `vanishing.*` just before poort opens it, so the race happens every time.
   */
  it.each(['yaml', 'json', 'jsonl', 'csv'])('a .%s file removed between listing and reading is one line naming it; the rest goes on', (ext) => {
    const dir = newDir();
    mkdirSync(join(dir, 'cases'));
    writeFileSync(join(dir, 'cases', 'b.yaml'), OK);
    const content = { yaml: OK, json: '{"ziekmelding":"2025-01-06"}', jsonl: '{"ziekmelding":"2025-01-06"}\n', csv: 'werknemer;ziekmelding\nE-1;2025-01-06\n' }[ext]!;
    writeFileSync(join(dir, 'cases', `vanishing.${ext}`), content);
    writeFileSync(join(dir, 'vanish.mjs'), VANISH);
    const r = poort(['check', 'a-ok.yaml', 'cases', 'z-ok.yaml', '--format', 'json', '--as-of', AS_OF], dir, { preload: join(dir, 'vanish.mjs') });
    expectNoCrash(r);
    const doc = JSON.parse(r.stdout) as JsonDoc;
    expect(existsSync(join(dir, 'cases', `vanishing.${ext}`)), 'the preload removed the file').toBe(false);
    expect(doc.cases.map((c) => [c.source.replace(/ (line|row) \d+$/, ''), c.valid])).toEqual([
      ['a-ok.yaml', true],
      ['cases/b.yaml', true],
      [`cases/vanishing.${ext}`, false],
      ['z-ok.yaml', true],
    ]);
    expect(doc.summary.cases).toBe(4);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^cases/vanishing\\.${ext}: \\S`))]);
  });

  it('a directory entry that is no regular file (a FIFO) is skipped or refused, never waited on forever', () => {
    const dir = newDir();
    mkdirSync(join(dir, 'cases'));
    writeFileSync(join(dir, 'cases', 'b.yaml'), OK);
    const mkfifo = spawnSync('mkfifo', [join(dir, 'cases', 'a-pipe.yaml')]);
    if (mkfifo.status !== 0) return; // no mkfifo here
    const { cases } = batch(dir, ['cases'], { timeout: 5_000 });
    expect(cases.at(-1)).toMatchObject({ source: 'cases/b.yaml', valid: true });
    for (const c of cases.slice(0, -1)) expect([c.source, c.valid]).toEqual(['cases/a-pipe.yaml', false]);
  });

  it.each(SLOW ? ['yaml', 'jsonl', 'csv'] : ['yaml', 'jsonl'])(
    'a .%s case file that is a link to an endless device (/dev/zero): skipped in a directory, refused when named, never read without end',
    (ext) => {
      if (!existsSync('/dev/zero')) return;
      const dir = newDir();
      mkdirSync(join(dir, 'cases'));
      writeFileSync(join(dir, 'cases', 'b.yaml'), OK);
      symlinkSync('/dev/zero', join(dir, 'cases', `a-zero.${ext}`));
      symlinkSync('/dev/zero', join(dir, `zero.${ext}`));
      const { cases, lines, run } = batch(dir, ['cases', `zero.${ext}`], { timeout: 15_000, measure: true });
      const walked = cases.filter((c) => c.source.startsWith('cases/'));
      expect(walked.at(-1)).toMatchObject({ source: 'cases/b.yaml', valid: true });
      for (const c of walked.slice(0, -1)) expect([c.source.startsWith(`cases/a-zero.${ext}`), c.valid]).toEqual([true, false]);
      // Named on the command line, it is read (it could be a pipe from the shell) up to the size limit, and refused.
      const named = cases.filter((c) => c.source.startsWith(`zero.${ext}`));
      expect(named.length, 'the named file gives a case').toBeGreaterThan(0);
      for (const c of named) expect(c.valid).toBe(false);
      expect(lines.some((l) => new RegExp(`^zero\\.${ext}(:\\d+:\\d+)?: \\S`).test(l))).toBe(true);
      if (run.peakMb !== undefined) expect(run.peakMb, 'peak RSS (MB)').toBeLessThan(500);
    },
    30_000,
  );
});

describe('exports with a broken record', () => {
  it('a CSV with an unclosed quote: the rows before it come out, the problem names file and line', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'export.csv'), 'werknemer;ziekmelding\nE-1;2025-01-06\n"E-2;2025-01-06\nE-3;2025-01-06\n');
    const { cases, lines } = batch(dir, ['export.csv']);
    expect(cases[0]).toMatchObject({ source: 'export.csv row 1', valid: true, werknemer: 'E-1' });
    expect(cases.slice(1).every((c) => !c.valid)).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^export\.csv:\d+:\d+: /);
  });

  it('a JSON Lines file with one bad line among good ones: the good ones come out, the bad one is placed', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'export.jsonl'), '{"werknemer":"J-1","ziekmelding":"2025-01-06"}\n{"werknemer":"J-2","ziekmelding": \n{"werknemer":"J-3","ziekmelding":"2025-01-07"}\n');
    const { cases, lines } = batch(dir, ['export.jsonl']);
    expect(cases.map((c) => [c.source, c.valid])).toEqual([
      ['export.jsonl line 1', true],
      ['export.jsonl line 2', false],
      ['export.jsonl line 3', true],
    ]);
    expect(lines).toEqual([expect.stringMatching(/^export\.jsonl:2:\d+: /)]);
  });

  it('a CSV whose header names JavaScript object members: unknown columns, not a crash that loses the batch', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'export.csv'), 'werknemer;ziekmelding;__proto__.probleemanalyse\nE-1;2025-01-06;2025-02-10\n');
    writeFileSync(join(dir, 'export2.csv'), 'werknemer,ziekmelding,constructor\nE-2,2025-01-06,x\n');
    const { cases, lines, doc } = batch(dir, ['export.csv', 'export2.csv']);
    // Said once, at the header; the rows are read without the column.
    expect(cases.map((c) => [c.source, c.valid])).toEqual([
      ['export.csv header', false],
      ['export.csv row 1', true],
      ['export2.csv header', false],
      ['export2.csv row 1', true],
    ]);
    expect(lines[0]).toMatch(/^export\.csv:1:3: /);
    expect(lines[1]).toMatch(/^export2\.csv:1:3: /);
    expect(({} as Record<string, unknown>).probleemanalyse).toBeUndefined();
    // The column must not have leaked into the good files (no probleemanalyse there beyond their own).
    expect(doc.cases.at(-1)!.valid).toBe(true);
  });
});

describe('a ~50 MB case file', () => {
  const help = poort(['check', '--help'], ROOT).stdout;
  const hasLimit = help.includes('--max-file-size');
  const dir = newDir();
  const big = join(dir, 'big.yaml');
  // One long line of notities: 50 MiB, and a real case around it.
  writeFileSync(big, `werknemer: BIG\nziekmelding: 2025-01-06\nnotities: "${'x'.repeat(50 * 1024 * 1024)}"\n`);

  it('finishes, never crashes, keeps memory sane and the rest of the batch; with a size limit: one line naming the file', () => {
    const { cases, lines, run } = batch(dir, ['big.yaml'], { timeout: 60_000, measure: true });
    console.info(`poort on a 50 MB case file: exit ${run.code} in ${run.ms} ms, peak RSS ${run.peakMb ?? '?'} MB; stderr: ${run.stderr.trim() || '(none)'}`);
    expect(cases).toHaveLength(1);
    if (hasLimit) {
      // The default limit refuses it before reading, in bounded memory.
      expect(cases[0]!.valid).toBe(false);
      expect(lines).toEqual([expect.stringMatching(/^big\.yaml: .*--max-file-size/)]);
      if (run.peakMb !== undefined) expect(run.peakMb, 'peak RSS (MB) with the file refused by size').toBeLessThan(300);
    }
  }, 90_000);

  it.skipIf(!hasLimit || !SLOW)('--max-file-size raises the limit: the 50 MB file is then read in a generous time (long run only)', () => {
    const { cases, run } = batch(dir, ['big.yaml'], { timeout: 60_000, measure: true, args: ['--max-file-size', '60mb'] });
    console.info(`poort on a 50 MB case file with --max-file-size 60mb: exit ${run.code} in ${run.ms} ms, peak RSS ${run.peakMb ?? '?'} MB`);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ valid: true, werknemer: 'BIG', clock: { ziekmelding: '2025-01-06' } });
  }, 90_000);

  it.skipIf(!hasLimit)('--max-file-size lowers the limit: a small file above it is one line naming the file', () => {
    const small = newDir();
    writeFileSync(join(small, 'notes.yaml'), `ziekmelding: 2025-01-06\nnotities: "${'x'.repeat(4096)}"\n`);
    const { cases, lines } = batch(small, ['notes.yaml'], { args: ['--max-file-size', '1kb'] });
    expect(cases.map((c) => [c.source, c.valid])).toEqual([['notes.yaml', false]]);
    expect(lines).toEqual([expect.stringMatching(/^notes\.yaml: .*--max-file-size/)]);
  });
});

describe('many periods in one case', () => {
  it('18,000 onderbrekingen, 20,000 voortgangsgesprekken and 1,800 leaves are checked in time linear in their number', () => {
    // Every third day is a one-day pause (a recovery, or every eleventh a leave), a gesprek the day after it.
    const zm = Datum.parse('2000-01-03')!;
    const onderbrekingen: string[] = [];
    const leaves: string[] = [];
    const gesprekken: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      const day = zm.plus(3 * k + 1).toString();
      if (k % 11 === 10) leaves.push(`  - { van: ${day}, tot: ${day} }`);
      else onderbrekingen.push(`  - { van: ${day}, tot: ${day} }`);
      gesprekken.push(`  - ${zm.plus(3 * k + 2).toString()}`);
    }
    const yaml = ['ziekmelding: 2000-01-03', 'plan_van_aanpak: 2000-01-04', 'onderbrekingen:', ...onderbrekingen, 'wazo_verlof:', ...leaves, 'voortgangsgesprekken:', ...gesprekken, ''].join('\n');
    const started = performance.now();
    const c = check(yaml, '2190-01-01');
    // Counting each gesprek past every pause (20,000 × 20,000) took over ten seconds; a search per question, about one.
    expect(performance.now() - started).toBeLessThan(6000);
    expect(c.valid).toBe(true);
    // Two sick-days in every three: sick-day 728 is day 3 × 364 − 1 after the ziekmelding.
    expect(c.clock!.eindeWachttijd).toBe(zm.plus(3 * 364 - 1).toString());
  }, 20_000);
});

describe('very long keys', () => {
  const dir = mkdtempSync(join(tmpdir(), 'poort-longkey-'));

  it('a 4 MB unknown key in a .json file: one located problem that quotes it short, exit 2, in seconds', () => {
    writeFileSync(join(dir, 'big.json'), `{"ziekmelding": "2025-01-06", "${'x'.repeat(4_000_000)}": 1}\n`);
    const started = performance.now();
    const r = spawnSync(process.execPath, [BIN, 'check', 'big.json', '--format', 'json'], { cwd: dir, env: binEnv(), encoding: 'utf8', maxBuffer: 1 << 26 });
    // Comparing it letter by letter with every known key took minutes and gigabytes.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^big\.json:1:31: x{80}…: unknown key `x{200}… \(4000000 characters\)`$/);
    expect(r.stdout.length).toBeLessThan(10_000);
  }, 30_000);

  it('a CSV with one unknown 10 KB header and 1,000 rows: said once, the suggestion worked out once', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `E-${i},2025-01-06,1`).join('\n');
    writeFileSync(join(dir, 'wide.csv'), `werknemer,ziekmelding,${'y'.repeat(10_000)}\n${rows}\n`);
    const started = performance.now();
    const r = spawnSync(process.execPath, [BIN, 'check', 'wide.csv', '--format', 'json'], { cwd: dir, env: binEnv(), encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ cases: 1001, invalid: 1 });
  }, 30_000);
});

describe('wide mappings and many problems', () => {
  const keys = (n: number, name: (i: number) => string) => Array.from({ length: n }, (_, i) => `${name(i)}: 1\n`).join('');

  it('100,000 keys in one mapping (1 MB): one located problem, exit 2, in seconds; the batch goes on', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'breed.yaml'), `ziekmelding: 2025-01-06\n${keys(100_000, (i) => `k${i}`)}`);
    // Found by comparing every key with every earlier one, and then every problem's place by a walk: 190 s.
    const { run, cases, lines } = batch(dir, ['breed.yaml'], { timeout: 30_000 });
    expect(run.ms).toBeLessThan(15_000);
    expect(cases).toHaveLength(1);
    expect(lines[0]).toBe('breed.yaml:1:1: 100,001 keys at one level (or columns in the header); a case has about twenty, poort reads at most 1,000: check that this is a case file');
  }, 40_000);

  it('the same key 20,000 times, and 50,000 unknown keys in a .json file and in a JSON Lines record: one problem each', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'dubbel.yaml'), `ziekmelding: 2025-01-06\n${'a: 1\n'.repeat(20_000)}`);
    const wide = `{"ziekmelding": "2025-01-06", ${Array.from({ length: 50_000 }, (_, i) => `"onbekend${i}": 1`).join(', ')}}`;
    writeFileSync(join(dir, 'onbekend.json'), wide);
    writeFileSync(join(dir, 'export.jsonl'), `${wide}\n{"werknemer": "R", "ziekmelding": "2025-01-06"}\n`);
    const { run, cases } = batch(dir, ['dubbel.yaml', 'onbekend.json', 'export.jsonl'], { timeout: 60_000 });
    expect(run.ms).toBeLessThan(20_000);
    expect(cases.map((c) => [c.source, c.valid, c.problems.length])).toEqual([
      ['dubbel.yaml', false, 1],
      ['onbekend.json', false, 1],
      ['export.jsonl line 1', false, 1],
      ['export.jsonl line 2', true, 0],
    ]);
    expect(cases.slice(0, 3).map((c) => c.problems[0]!.message)).toEqual([
      expect.stringMatching(/^20,001 keys at one level/),
      expect.stringMatching(/^50,001 keys at one level/),
      expect.stringMatching(/^50,001 keys at one level/),
    ]);
  }, 70_000);

  it('a case with 999 problems shows the first ten and counts the rest, placed where the rest starts', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'onbekend.yaml'), `ziekmelding: 2025-01-06\n${keys(999, (i) => `onbekend${i}`)}`);
    writeFileSync(join(dir, 'dubbel.yaml'), `ziekmelding: 2025-01-06\n${'a: 1\n'.repeat(999)}`);
    const { run, cases, lines } = batch(dir, ['onbekend.yaml', 'dubbel.yaml']);
    expect(run.ms).toBeLessThan(10_000);
    for (const c of cases) expect(c.problems).toHaveLength(11);
    expect(cases[0]!.problems[10]).toMatchObject({ path: '', line: 12, column: 1, message: '… and 989 more problems in this case; fix the ones above first' });
    expect(cases[1]!.problems[10]).toMatchObject({ path: '', line: 13, column: 1, message: '… and 988 more problems in this case; fix the ones above first' });
    expect(lines[9]).toBe('onbekend.yaml:11:1: onbekend9: unknown key `onbekend9`');
    const nl = poort(['check', 'onbekend.yaml', '--lang', 'nl'], dir);
    expect(nl.stderr.trimEnd().split('\n').pop()).toBe('onbekend.yaml:12:1: … en nog 989 problemen in dit dossier; los eerst de bovenstaande op');
  }, 30_000);

  it('a CSV header of 20,000 columns is one problem for the file; 900 unknown columns are the header\'s problems, once, and the 200 rows are read without them', () => {
    const dir = newDir();
    const n = 20_000;
    writeFileSync(join(dir, 'breed.csv'), `werknemer;ziekmelding;${Array.from({ length: n }, (_, i) => `x${i}`).join(';')}\nE-1;2025-01-06;${'1;'.repeat(n)}\n`);
    const unknown = Array.from({ length: 900 }, (_, i) => `kolom${i}`);
    const rows = Array.from({ length: 200 }, (_, r) => `E-${r};2025-01-06;${unknown.map(() => '1').join(';')}`);
    writeFileSync(join(dir, 'kolommen.csv'), `werknemer;ziekmelding;${unknown.join(';')}\n${rows.join('\n')}\n`);
    const { run, cases, lines } = batch(dir, ['breed.csv', 'kolommen.csv'], { timeout: 30_000 });
    expect(run.ms).toBeLessThan(15_000);
    expect(cases[0]!.source).toBe('breed.csv');
    expect(lines[0]).toMatch(/^breed\.csv:1:1001: 20,002 keys at one level/);
    expect(cases[1]!.source).toBe('kolommen.csv header');
    expect(cases[1]!.problems).toHaveLength(11);
    expect(cases[1]!.problems[0]).toMatchObject({ line: 1, column: 3 });
    expect(cases.slice(2)).toHaveLength(200);
    for (const c of cases.slice(2)) expect(c.valid).toBe(true);
  }, 40_000);
});

describe('config and rules files are read as safely as case files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'poort-settings-'));
  writeFileSync(join(dir, 'case.yaml'), 'ziekmelding: 2025-01-06\n');

  it('a FIFO named poort.config.yaml is one line and exit 2, never a hang', () => {
    const sub = join(dir, 'fifo');
    mkdirSync(sub);
    writeFileSync(join(sub, 'case.yaml'), 'ziekmelding: 2025-01-06\n');
    spawnSync('mkfifo', [join(sub, 'poort.config.yaml')]);
    const r = spawnSync(process.execPath, [BIN, 'check', 'case.yaml'], { cwd: sub, env: binEnv(), encoding: 'utf8', timeout: 10_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${join(sub, 'poort.config.yaml')}: cannot read the file: it is not a regular file (a device or a pipe)\n`);
  }, 20_000);

  it('--rules /dev/zero is one line and exit 2, never an allocation failure', () => {
    const r = spawnSync(process.execPath, [BIN, 'check', 'case.yaml', '--rules', '/dev/zero'], { cwd: dir, env: binEnv(), encoding: 'utf8', timeout: 10_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('/dev/zero: cannot read the file: it is not a regular file (a device or a pipe)\n');
  });

  it('a rules file larger than any real one is refused unread', () => {
    writeFileSync(join(dir, 'groot.yaml'), `# ${'x'.repeat(2 * 1024 * 1024)}\nrules: []\n`);
    const r = spawnSync(process.execPath, [BIN, 'rules', '--rules', 'groot.yaml'], { cwd: dir, env: binEnv(), encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('groot.yaml: cannot read the file: far larger than a config or rules file ever is\n');
  });
});

describe('standard input is streamed within the size limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'poort-stdin-'));

  it('check - < /dev/zero: read up to the limit and no further, one line, exit 2', () => {
    const zero = openSync('/dev/zero', 'r');
    const started = performance.now();
    const r = spawnSync(process.execPath, [BIN, 'check', '-', '--format', 'json'], { cwd: dir, env: binEnv(), stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 30_000 });
    closeSync(zero);
    expect(r.signal).toBeNull();
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(r.status).toBe(2);
    // The size is what was read before stopping: a little over the limit.
    expect(r.stderr).toMatch(/^-: too large for a case file \(10\.\d MB, limit 10\.0 MB\); raise the limit with --max-file-size if it really is this large\n$/);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ cases: 1, invalid: 1 });
  }, 40_000);

  it('JSON Lines on standard input with one endless line: that line is refused by its length, the others checked', () => {
    const file = join(dir, 'lines.jsonl');
    writeFileSync(file, `{"ziekmelding":"2025-01-06"}\n{"notities":"${'x'.repeat(12 * 1024 * 1024)}"}\n{"ziekmelding":"2025-01-07"}\n`);
    const input = openSync(file, 'r');
    const r = spawnSync(process.execPath, [BIN, 'check', '-', '--format', 'json', '--as-of', '2025-02-01'], { cwd: dir, env: binEnv(), stdio: [input, 'pipe', 'pipe'], encoding: 'utf8' });
    closeSync(input);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).cases.map((c: { source: string; valid: boolean }) => [c.source, c.valid])).toEqual([['- line 1', true], ['- line 2', false], ['- line 3', true]]);
    expect(r.stderr).toMatch(/^-:2:1: too large for a case file \(12\.0 MB, limit 10\.0 MB\)/);
  }, 30_000);
});
