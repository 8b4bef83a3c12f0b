import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BIN, binEnv, ROOT, runBin, runMain, tree as folder, type JsonCase } from './helpers.js';

const tree = (files: Record<string, string>): string => folder(files, 'poort-batch-');


/** The built bin in `cwd`, optionally with standard input, as in CI. */
const poort = (args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}) => runBin(args, { ...opts, env: { CI: '1', ...opts.env } });


const OK = 'ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-10\nplan_van_aanpak: 2025-02-24\n';
const json = (r: { stdout: string }) => JSON.parse(r.stdout) as { cases: { source: string; valid: boolean; werknemer: string | null }[]; summary: Record<string, number> };

describe('directories', () => {
  const dir = tree({
    'a.yaml': `werknemer: A\n${OK}`,
    'b/c.yml': `werknemer: C\n${OK}`,
    'b/kapot.yaml': 'ziekmelding: 2025-02-30\n',
    'b/d.json': JSON.stringify({ werknemer: 'D', ziekmelding: '2025-01-06' }),
    'b/notes.txt': 'not a case',
    '.git/e.yaml': OK,
    'node_modules/f.yaml': OK,
    // The project's settings, not a case: a folder walk passed it to the case reader.
    'b/poort.config.yaml': 'fail-on: warning\n',
  });
  symlinkSync(dir, join(dir, 'b', 'loop'));

  it('are read recursively, in name order; hidden and node_modules folders, loops and poort.config.yaml skipped; a broken file does not stop the rest', () => {
    const r = poort(['check', dir, '--format', 'json', '--as-of', '2025-03-01'], { cwd: dir });
    expect(r.code).toBe(2);
    const doc = json(r);
    expect(doc.cases.map((c) => [c.source.replace(`${dir}/`, ''), c.valid])).toEqual([
      ['a.yaml', true],
      ['b/c.yml', true],
      ['b/d.json', true],
      ['b/kapot.yaml', false],
    ]);
    expect(doc.summary.cases).toBe(4);
    expect(r.stderr.trim()).toBe(`${dir}/b/kapot.yaml:1:14: ziekmelding: 2025-02-30 is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)`);
  });

  it('take quoted glob patterns, the same in every shell; a pattern matching nothing is an error', () => {
    const r = poort(['check', 'b/*.y*ml', '--format', 'json', '--as-of', '2025-03-01'], { cwd: dir });
    expect(json(r).cases.map((c) => c.source)).toEqual(['b/c.yml', 'b/kapot.yaml']);
    const none = poort(['check', 'zz/*.yaml', 'a.yaml', '--format', 'json', '--as-of', '2025-03-01'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no files match zz/*.yaml');
    expect(json(none).summary.cases).toBe(2);
  });
});

describe('exports', () => {
  it('CSV as Dutch Excel writes it: `;`, a BOM, quoted lists, a decimal comma; each row keeps its origin', () => {
    const csv = '\uFEFFwerknemer;ziekmelding;probleemanalyse;voortgangsgesprekken;loon_percentage;eerste_spoor.status\n'
      + 'E-1;06-01-2025;2025-02-10;"2025-03-01;2025-04-01";70,5;onwaarschijnlijk\n'
      + '"E-2; de tweede";2025-01-06;2025-02-31;;80;kansrijk\n';
    const dir = tree({ 'export.csv': csv });
    const r = poort(['check', 'export.csv', '--format', 'json', '--as-of', '2025-03-01'], { cwd: dir });
    const doc = json(r);
    expect(doc.cases.map((c) => [c.source, c.werknemer, c.valid])).toEqual([
      ['export.csv row 1', 'E-1', true],
      ['export.csv row 2', 'E-2; de tweede', false],
    ]);
    expect(r.stderr.trim()).toBe('export.csv:3:3: probleemanalyse: 2025-02-31 is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)');
  });

  it('CSV with `,`, an unknown column named once with a suggestion, and onderbrekingen as VAN..TOT', () => {
    const dir = tree({ 'e.csv': 'werknemer,ziekmelding,probleemanalyze,onderbrekingen\nE-1,2025-01-06,2025-02-10,2025-03-01..2025-03-05\nE-2,2025-01-06,,2025-03-01..2025-03-05|2025-04-01..2025-04-02\n' });
    const r = poort(['check', 'e.csv', '--format', 'json', '--as-of', '2025-03-01'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('e.csv:1:3: column `probleemanalyze` is not a case file key and not mapped (probably `probleemanalyse`); map it under columns: in poort.config.yaml or a --columns file, or leave it out with `probleemanalyze: null`; its values were not read');
    expect(json(r).cases.map((c) => [c.source, c.valid])).toEqual([['e.csv header', false], ['e.csv row 1', true], ['e.csv row 2', true]]);
  });

  it('CSV and JSON Lines carry the keys of a leave, a late UWV letter, a loonsanctie and the end of a contract', () => {
    const header = 'werknemer;ziekmelding;wazo_verlof;uwv_wia_brief;melding_42e_week;loonsanctie.weken;loonsanctie.herstel_gemeld;einde_dienstverband;melding_einde_dienstverband';
    const rows = [
      'C-1;2025-01-06;2025-03-01..2025-06-20;geen;2025-10-20;;;;',
      'C-2;2025-01-06;;2026-10-10;2025-10-20;52;2027-03-01;;',
      'C-3;2025-01-06;;;;;;2025-06-30;2025-06-27',
    ];
    const jsonl = [
      '{"werknemer":"J-1","ziekmelding":"2025-01-06","wazo_verlof":[{"van":"2025-03-01","tot":"2025-06-20"}],"uwv_wia_brief":"geen","melding_42e_week":"2025-10-20"}',
      '{"werknemer":"J-2","ziekmelding":"2025-01-06","uwv_wia_brief":"2026-10-10","melding_42e_week":"2025-10-20","loonsanctie":{"weken":52,"herstel_gemeld":"2027-03-01"}}',
      '{"werknemer":"J-3","ziekmelding":"2025-01-06","einde_dienstverband":"2025-06-30","melding_einde_dienstverband":"2025-06-27"}',
    ];
    const dir = tree({ 'v.csv': `${header}\n${rows.join('\n')}\n`, 'v.jsonl': `${jsonl.join('\n')}\n` });
    for (const name of ['v.csv', 'v.jsonl']) {
      const r = poort(['check', name, '--format', 'json', '--as-of', '2027-04-01', '--fail-on', 'never'], { cwd: dir });
      expect(r.stderr, name).toBe('');
      const cases = JSON.parse(r.stdout).cases as JsonCase[];
      expect(cases.map((c) => c.valid), name).toEqual([true, true, true]);
      const at = (c: JsonCase, id: string) => c.timeline.find((t) => t.id === id)!;
      // The leave of 112 days moves the einde wachttijd from 2027-01-03 to 2027-04-25; no letter: the aanvraag is never late.
      expect(cases[0]!.clock!.eindeWachttijd, name).toBe('2027-04-25');
      expect(at(cases[0]!, 'wia-aanvraag'), name).toMatchObject({ due: null, status: 'open' });
      expect(at(cases[1]!, 'wia-aanvraag').due, name).toBe('2026-11-09');
      expect(cases[1]!.findings.filter((f) => f.rule === 'loonsanctie-bekorting'), name).toMatchObject([{ type: 'undecided', severity: 'warning' }]);
      expect(at(cases[2]!, 'einde-dienstverband'), name).toMatchObject({ due: '2025-06-30', done: '2025-06-27', status: 'on-time' });
    }
  });

  it('JSON Lines: a bad line is reported at its line and the rest goes on; duplicate keys are caught', () => {
    const dir = tree({
      'c.jsonl': '{"werknemer":"J-1","ziekmelding":"2025-01-06"}\n\n{"ziekmelding":"2025-13-06"}\n{"ziekmelding":"2025-01-06","ziekmelding":"2025-01-07"}\n{not json\n{"werknemer":"J-5","ziekmelding":"2025-01-06"}\n',
    });
    const r = poort(['check', 'c.jsonl', '--format', 'json', '--as-of', '2025-02-01'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).cases.map((c) => [c.source, c.valid])).toEqual([
      ['c.jsonl line 1', true],
      ['c.jsonl line 3', false],
      ['c.jsonl line 4', false],
      ['c.jsonl line 5', false],
      ['c.jsonl line 6', true],
    ]);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('c.jsonl:3:16: ziekmelding: 2025-13-06 is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)');
    expect(lines[1]).toBe('c.jsonl:4:29: key `ziekmelding` appears twice (first on line 4); keep one');
    expect(lines[2]).toMatch(/^c\.jsonl:5:2: not valid JSON: /);
  });

  it('a JSON array gives one case per item', () => {
    const dir = tree({ 'a.json': JSON.stringify([{ ziekmelding: '2025-01-06' }, { ziekmelding: 'gisteren' }], null, 2) });
    const r = poort(['check', 'a.json', '--format', 'json', '--as-of', '2025-02-01'], { cwd: dir });
    expect(json(r).cases.map((c) => [c.source, c.valid])).toEqual([['a.json item 1', true], ['a.json item 2', false]]);
    expect(r.stderr.trim()).toBe('a.json:6:20: ziekmelding: gisteren is not a date (expected YYYY-MM-DD or DD-MM-YYYY)');
  });

  it('keep the heap lean while they stream; a folder of case files does not need to', async () => {
    const dir = tree({ 'a.csv': 'ziekmelding\n2025-01-06\n', 'b.yaml': OK });
    const asked = async (input: string) => {
      let lean = false;
      await runMain(['check', input, '--format', 'json'], { cwd: dir, io: { leanHeap: () => (lean = true) } });
      return lean;
    };
    expect(await asked('a.csv')).toBe(true);
    expect(await asked('.')).toBe(true);
    expect(await asked('b.yaml')).toBe(false);
  });

  it('standard input, as YAML, JSON Lines or CSV', () => {
    const asOf = ['--format', 'json', '--as-of', '2025-02-01'];
    expect(json(poort(['check', '-', ...asOf], { input: OK })).cases.map((c) => c.source)).toEqual(['-']);
    expect(json(poort(['check', '-', ...asOf], { input: '{"ziekmelding":"2025-01-06"}\n{"ziekmelding":"2025-01-07"}\n' })).cases.map((c) => c.source)).toEqual(['- line 1', '- line 2']);
    expect(json(poort(['check', '-', ...asOf], { input: 'werknemer;ziekmelding\nX;2025-01-06\n' })).cases.map((c) => c.werknemer)).toEqual(['X']);
  });
});

describe('batch runs', () => {
  const dir = tree({ 'a.yaml': `werknemer: A\n${OK}`, 'b.yaml': 'werknemer: B\nziekmelding: 2025-01-06\n', 'c.yaml': 'werknemer: C\nziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-10\nplan_van_aanpak: 2025-02-20\n' });

  it('end the text report with a summary table and totals; --quiet leaves out cases without errors', () => {
    const r = poort(['check', '.', '--as-of', '2025-04-10'], { cwd: dir });
    expect(r.stdout).toContain('Next deadline');
    expect(r.stdout).toMatch(/Total: 3 cases · 0 invalid · 2 errors · 2 warnings · 0 infos/);
    const quiet = poort(['check', '.', '--as-of', '2025-04-10', '--quiet'], { cwd: dir });
    expect(quiet.stdout).toContain('B  b.yaml');
    expect(quiet.stdout).not.toContain('A  a.yaml');
    expect(quiet.stdout).not.toContain('C  c.yaml');
  });

  it('--quiet shows the cases that fail the run: with --fail-on warning, a case with a warning only (it printed nothing and exited 1)', () => {
    const r = poort(['check', 'c.yaml', '--as-of', '2025-04-10', '--quiet', '--fail-on', 'warning'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('C  c.yaml');
    expect(r.stdout).toContain('voortgangsgesprek');
  });

  it('--max-warnings as ESLint, --output to a file', () => {
    const out = join(dir, 'report.json');
    const r = poort(['check', 'a.yaml', 'c.yaml', '--as-of', '2025-04-10', '--max-warnings', '1', '--format', 'json', '--output', out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary).toMatchObject({ cases: 2, warnings: 2 });
    expect(poort(['check', 'a.yaml', 'c.yaml', '--as-of', '2025-04-10', '--max-warnings', '2'], { cwd: dir }).code).toBe(0);
    expect(poort(['check', 'a.yaml', '--max-warnings', 'veel'], { cwd: dir }).code).toBe(2);
    const unwritable = poort(['check', 'a.yaml', '--output', join(dir, 'nope', 'report.json')], { cwd: dir });
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toBe(`poort: --output: cannot write ${join(dir, 'nope', 'report.json')}: it does not exist; check the path\n`);
  });

  it('write reports of many gathered chunks whole, characters beyond one byte never cut (to a pipe and to --output)', async () => {
    // Names of one, two, three and four bytes in UTF-8: over 64 KB of report, chunk edges fall anywhere.
    const names = Array.from({ length: 400 }, (_, i) => `Zoë Ålund – ${'€'.repeat(i % 7)}${'𝔸'.repeat(i % 3)} ${i}`);
    const many = tree(Object.fromEntries(names.map((n, i) => [`${String(i).padStart(3, '0')}.yaml`, `werknemer: "${n}"\n${OK}`])));
    const piped = await runMain(['check', '.', '--format', 'json', '--as-of', '2025-04-10'], { cwd: many });
    expect(Buffer.byteLength(piped.stdout)).toBeGreaterThan(3 * 64 * 1024);
    expect(piped.stdout).not.toContain('\uFFFD');
    expect(json(piped).cases.map((c) => c.werknemer)).toEqual(names);
    const out = join(tree({}), 'report.json');
    const r = poort(['check', '.', '--format', 'json', '--as-of', '2025-04-10', '--output', out, '--jobs', '1'], { cwd: many });
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(piped.stdout);
  });

  it('end quietly when the reader goes away (EPIPE)', () => {
    const many = tree(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`d${String(i).padStart(3, '0')}.yaml`, OK])));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check . --as-of 2025-04-10 | head -3`], { cwd: many, encoding: 'utf8' });
    expect(r.stdout.split('\n')).toHaveLength(4);
    expect(r.stderr).toBe('');
  });

  it('a reader that goes away does not change the exit code: every input is still read (2 for one that cannot be)', () => {
    const many = tree({ ...Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`d${String(i).padStart(3, '0')}.yaml`, OK])), 'z-kapot.yaml': 'ziekmelding: 2025-02-30\n' });
    const status = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" check . --as-of 2025-04-10 --jobs 1 | head -1 > /dev/null; echo \${PIPESTATUS[0]}`], { cwd: many, encoding: 'utf8' });
    expect(status.stdout.trim()).toBe('2');
    expect(status.stderr).toBe('z-kapot.yaml:1:14: ziekmelding: 2025-02-30 is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)\n');
  });

  it('standard output that cannot be written (a full disk) is one plain line and exit 2', () => {
    const dir = tree({ 'a.yaml': OK });
    const full = openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [BIN, 'check', 'a.yaml', '--format', 'json'], { cwd: dir, env: binEnv(), stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('poort: cannot write the report to standard output: no space left on the device\n');
    const nl = spawnSync(process.execPath, [BIN, 'check', 'a.yaml'], { cwd: dir, env: binEnv({ POORT_LANG: 'nl' }), stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'], encoding: 'utf8' });
    expect(nl.stderr).toBe('poort: kan het rapport niet naar de standaarduitvoer schrijven: geen ruimte meer op de schijf\n');
  });

  it('a standard error nobody reads does not change the exit code', () => {
    const dir = tree({ 'a.yaml': 'ziekmelding: 2025-02-30\n' });
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" check a.yaml 2>&- ; echo $?`], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout.trim().split('\n').pop()).toBe('2');
  });
});

describe('--max-file-size', () => {
  it('refuses a case file over the limit unread, names the limit and goes on with the rest', () => {
    const dir = tree({ 'big.yaml': `${OK}notities: "${'x'.repeat(3000)}"\n`, 'small.yaml': OK, 'e.jsonl': `{"ziekmelding":"2025-01-06","notities":"${'y'.repeat(3000)}"}\n{"ziekmelding":"2025-01-06"}\n` });
    const r = poort(['check', '.', '--max-file-size', '2kb', '--format', 'json', '--as-of', '2025-03-01'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).cases.map((c) => [c.source, c.valid])).toEqual([['big.yaml', false], ['e.jsonl line 1', false], ['e.jsonl line 2', true], ['small.yaml', true]]);
    expect(r.stderr).toContain('big.yaml: too large for a case file (3.0 KB, limit 2.0 KB); raise the limit with --max-file-size');
    expect(poort(['check', '.', '--max-file-size', '4kb', '--as-of', '2025-03-01'], { cwd: dir }).code).toBe(1);
  });
});

describe('poort.config.yaml', () => {
  const dir = tree({
    'poort.config.yaml': 'lang: nl\nfail-on: warning\nrules: beleid\n',
    'beleid/extra.yaml': readFileSync(join(ROOT, 'test/fixtures/rules/bedrijfsbeleid.yaml'), 'utf8'),
    'dossiers/a.yaml': OK,
  });

  it('is found from the working directory upward and gives defaults, rules paths relative to it', () => {
    const r = poort(['check', 'a.yaml', '--as-of', '2025-04-10', '--format', 'json'], { cwd: join(dir, 'dossiers') });
    expect(r.code).toBe(1); // fail-on warning: the voortgangsgesprek is overdue
    const c = JSON.parse(r.stdout).cases[0];
    expect(c.findings.map((f: { rule: string }) => f.rule)).toContain('voortgangsgesprek-vierwekelijks');
    expect(c.findings[0].message).toMatch(/voortgangsgesprek te laat/);
  });

  it('loses to flags on the command line', () => {
    const r = poort(['check', 'a.yaml', '--as-of', '2025-04-10', '--fail-on', 'error', '--lang', 'en', '--format', 'json'], { cwd: join(dir, 'dossiers') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).cases[0].findings[0].message).toMatch(/overdue/);
  });

  it('sets the threads for a folder of case files (jobs), which --jobs overrides', async () => {
    const many = tree({
      'poort.config.yaml': 'jobs: 1\n',
      ...Object.fromEntries(Array.from({ length: 260 }, (_, i) => [`d/${String(i).padStart(3, '0')}.yaml`, OK])),
    });
    const workersAsked = async (...flags: string[]) => {
      let asked = 0;
      // A worker that fails at once: enough to see whether one was asked for.
      const startWorker = () => {
        asked++;
        const listeners: Record<string, (v: never) => void> = {};
        return { on: (e: string, l: (v: never) => void) => (listeners[e] = l), postMessage: () => listeners.error?.(new Error('no worker here') as never), terminate: async () => 0 };
      };
      const r = await runMain(['check', 'd', '--as-of', '2025-04-10', '--format', 'json', ...flags], { cwd: many, io: { startWorker } });
      return { asked, ...r };
    };
    expect(await workersAsked()).toMatchObject({ asked: 0, code: 0, stderr: '' });
    // A worker thread that fails ends the run as any internal error does: one line, exit 2.
    expect(await workersAsked('--jobs', '2')).toMatchObject({ asked: 1, code: 2, stderr: 'poort: internal error: no worker here (run with --debug for details)\n' });
  });

  it('refuses jobs that is not a number of threads, at its line', () => {
    const bad = tree({ 'poort.config.yaml': 'jobs: 0\n', 'a.yaml': OK });
    const r = poort(['check', 'a.yaml'], { cwd: bad });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^${join(bad, 'poort.config.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:7: jobs: `));
  });

  it('is validated like any input: a misspelt key is an error with its line', () => {
    const bad = tree({ 'poort.config.yaml': 'lang: nl\nfail_on: warning\n', 'a.yaml': OK });
    const r = poort(['check', 'a.yaml'], { cwd: bad });
    expect(r.code).toBe(2);
    // The file's own `lang` cannot be trusted while it is invalid, so this reads in the default language.
    expect(r.stderr.trim()).toBe(`${join(bad, 'poort.config.yaml')}:2:1: fail_on: unknown key \`fail_on\` (did you mean \`fail-on\`?)`);
  });
});

describe('poort agenda', () => {
  const dir = tree({
    'a.yaml': 'werknemer: A\nziekmelding: 2025-01-06\n',
    'b.yaml': 'werknemer: B\nziekmelding: 2025-01-13\nprobleemanalyse: 2025-02-01\n',
  });

  it('says in stdout how many dossiers could not be judged, so that an empty list is not read as good news', () => {
    const broken = tree({ 'kapot.yaml': 'ziekmelding: 2025-02-30\n', 'ok.yaml': 'werknemer: K\nziekmelding: 2020-01-06\nhersteld: 2020-02-01\n' });
    const r = poort(['agenda', '.', 'weg.yaml', '--as-of', '2025-02-20'], { cwd: broken });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('2 of 3 dossiers could not be judged (see the lines on stderr): their deadlines are not in this list.');
    expect(r.stdout).toContain('Nothing overdue and nothing due soon in the dossiers that could be read.');
    expect(r.stdout).not.toMatch(/Nothing overdue and nothing due soon\.$/m);
    const nl = poort(['agenda', '.', '--as-of', '2025-02-20', '--lang', 'nl'], { cwd: broken });
    expect(nl.stdout).toContain('1 van de 2 dossiers zijn niet te beoordelen');
    expect(JSON.parse(poort(['agenda', '.', '--as-of', '2025-02-20', '--format', 'json'], { cwd: broken }).stdout).summary).toMatchObject({ cases: 2, invalid: 1 });
  });

  it('says it in every format: JSON names them, CSV gives each a row, the calendar an event on the as-of date', async () => {
    const broken = tree({ 'kapot.yaml': 'ziekmelding: 2025-02-30\n', 'ok.yaml': 'werknemer: K\nziekmelding: 2020-01-06\nhersteld: 2020-02-01\n' });
    const run = (format: string) => poort(['agenda', '.', 'weg.yaml', '--as-of', '2025-02-20', '--format', format], { cwd: broken });
    const json = JSON.parse(run('json').stdout);
    expect(json.summary).toMatchObject({ cases: 3, invalid: 2 });
    expect(json.notJudged).toEqual(['kapot.yaml', 'weg.yaml']);
    const csv = parseCsv(run('csv').stdout, { columns: true }) as Record<string, string>[];
    expect(csv.map((r) => [r.status, r.case])).toEqual([['invalid', 'kapot.yaml'], ['invalid', 'weg.yaml']]);
    const ics = run('ics');
    expect(ics.code).toBe(2);
    const ICAL = (await import('ical.js')).default;
    const events = new ICAL.Component(ICAL.parse(ics.stdout)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([['poort: 2 of 3 dossiers could not be judged; their deadlines are not in this calendar', '2025-02-20']]);
    expect(events[0]!.description).toContain('kapot.yaml\nweg.yaml');
  });

  it('says what the deadlines on it can cost at most: one loonsanctie per case, with the wage of the case', () => {
    const paid = tree({
      'a.yaml': 'werknemer: A\nziekmelding: 2025-01-06\nloon_per_maand: 3000\n',
      'b.yaml': 'werknemer: B\nziekmelding: 2025-01-13\nprobleemanalyse: 2025-02-01\n',
    });
    // A: the probleemanalyse overdue and the plan van aanpak coming, one loonsanctie: 3,000 × 12 × 0.7 = 25,200.
    // B: its plan van aanpak overdue, a loonsanctie without a wage.
    const r = poort(['agenda', '.', '--as-of', '2025-02-20', '--within', '3w', '--format', 'json'], { cwd: paid });
    const doc = JSON.parse(r.stdout);
    expect(doc.items.map((i: { rule: string; source: string; exposure: number | null }) => [i.source, i.rule, i.exposure])).toEqual([
      ['b.yaml', 'plan-van-aanpak', null],
      ['a.yaml', 'probleemanalyse', 25_200],
      ['a.yaml', 'plan-van-aanpak', 25_200],
    ]);
    expect(doc.summary.exposure).toEqual({ total: 25_200, incomplete: 1 });
    expect(poort(['agenda', '.', '--as-of', '2025-02-20', '--within', '3w'], { cwd: paid }).stdout).toContain('Money at risk in these deadlines: at most €25,200 plus wages (1 without loon_per_maand)');
    expect(poort(['agenda', '.', '--as-of', '2025-02-20', '--within', '3w', '--lang', 'nl'], { cwd: paid }).stdout).toContain('Financieel risico in deze termijnen: maximaal € 25.200 plus loon (1 zonder loon_per_maand)');
  });

  it('lists overdue and coming deadlines of all cases by date', () => {
    const r = poort(['agenda', '.', '--as-of', '2025-02-20', '--within', '3w', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.items.map((i: { due: string; rule: string; source: string; status: string }) => [i.due, i.rule, i.source, i.status])).toEqual([
      // b's plan van aanpak is due 14 days after its probleemanalyse.
      ['2025-02-15', 'plan-van-aanpak', 'b.yaml', 'overdue'],
      ['2025-02-16', 'probleemanalyse', 'a.yaml', 'overdue'],
      ['2025-03-02', 'plan-van-aanpak', 'a.yaml', 'open'],
    ]);
    expect(doc.summary).toEqual({ cases: 2, invalid: 0, items: 3, overdue: 2, exposure: { total: 0, incomplete: 2 } });
  });

  it('writes CSV for spreadsheets, with `;` and a byte-order mark in Dutch, as check does', () => {
    const r = poort(['agenda', '.', '--as-of', '2025-02-20', '--format', 'csv', '--lang', 'nl'], { cwd: dir });
    // Without the mark, Dutch Excel reads UTF-8 as Windows-1252 and garbles an accent in a werknemer.
    expect(r.stdout.startsWith('\uFEFFuiterste_datum;')).toBe(true);
    const rows = parseCsv(r.stdout, { delimiter: ';', bom: true }) as string[][];
    expect(rows[0]).toEqual(['uiterste_datum', 'status', 'dagen', 'regel', 'dossier', 'werknemer', 'ziekteweek', 'max_risico_euro']);
    expect(rows[1]).toEqual(['2025-02-15', 'overdue', '5', 'plan-van-aanpak', 'b.yaml', 'B', '5', '']);
    expect(rows[2]).toEqual(['2025-02-16', 'overdue', '4', 'probleemanalyse', 'a.yaml', 'A', '6', '']);
  });

  it('refuses a period it cannot read', () => {
    expect(poort(['agenda', '.', '--within', 'soon'], { cwd: dir }).code).toBe(2);
  });
});

describe('poort agenda --format ics', () => {
  it('gives the events of check --format ics for the same deadlines, with the same UIDs', async () => {
    const { default: ICAL } = await import('ical.js');
    const dir = tree({ 'a.yaml': 'werknemer: A\nziekmelding: 2025-01-06\n' });
    const uids = (text: string) =>
      new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => `${e.getFirstPropertyValue('uid')} ${String(e.getFirstPropertyValue('dtstart'))}`);
    const agenda = uids(poort(['agenda', 'a.yaml', '--as-of', '2025-02-20', '--within', '2w', '--format', 'ics'], { cwd: dir }).stdout);
    const check = uids(poort(['check', 'a.yaml', '--as-of', '2025-02-20', '--format', 'ics'], { cwd: dir }).stdout);
    expect(agenda).toHaveLength(2);
    for (const e of agenda) expect(check).toContain(e);
  });
});
