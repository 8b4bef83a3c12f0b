import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'poort-cli-'));

const poort = (args: string[], env: NodeJS.ProcessEnv = {}) => runBin(args, { env });

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const clean = file('clean.yaml', 'werknemer: E-1\nziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-10\n');
const late = file(
  'late.yaml',
  [
    'werknemer: E-2',
    'ziekmelding: 2025-01-06',
    'probleemanalyse: 2025-02-10',
    'plan_van_aanpak: 2025-02-24',
    'voortgangsgesprekken: [2025-04-01, 2025-05-12, 2025-06-20, 2025-08-01, 2025-09-10, 2025-10-20, 2025-11-20, 2025-12-30]',
    'melding_42e_week: 2025-10-27',
    'eerste_spoor: { status: onwaarschijnlijk, vastgesteld: 2025-09-15 }',
    'arbeidsdeskundig_onderzoek: 2025-10-01',
    'eerstejaarsevaluatie: 2025-11-20',
    'tweede_spoor:',
    '  gestart: 2026-01-02',
    '  begeleider: Re-integratiebureau Noord',
    '  bijstelling_plan_van_aanpak: 2026-01-05',
    '',
  ].join('\n'),
);
const invalid = file('invalid.yaml', 'ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-29\nprobleemanalyze: 2025-02-10\n');

describe('exit codes', () => {
  it('0 when no finding reaches the fail level', () => {
    const r = poort(['check', clean, '--as-of', '2025-02-16']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('0 on the due day, 1 on the day after (plan van aanpak missing, due 14 days after the probleemanalyse)', () => {
    expect(poort(['check', clean, '--as-of', '2025-02-24']).code).toBe(0);
    expect(poort(['check', clean, '--as-of', '2025-02-25']).code).toBe(1);
  });

  it('1 for an error finding; --fail-on never gives 0, --fail-on warning counts warnings', () => {
    expect(poort(['check', late, '--as-of', '2026-01-10']).code).toBe(1);
    expect(poort(['check', late, '--as-of', '2026-01-10', '--fail-on', 'never']).code).toBe(0);
    // No voortgangsgesprek within 42 days of the plan van aanpak: a warning, no error.
    const warnOnly = file('warn.yaml', 'ziekmelding: 2025-01-06\nprobleemanalyse: 2025-02-10\nplan_van_aanpak: 2025-02-20\n');
    expect(poort(['check', warnOnly, '--as-of', '2025-04-10', '--fail-on', 'error']).code).toBe(0);
    expect(poort(['check', warnOnly, '--as-of', '2025-04-10', '--fail-on', 'warning']).code).toBe(1);
  });

  it('2 for invalid input, which wins over 1; the other files are still checked', () => {
    const r = poort(['check', late, invalid, join(dir, 'does-not-exist.yaml'), '--as-of', '2026-01-10', '--format', 'json']);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.summary).toEqual({ cases: 3, invalid: 2, errors: 1, warnings: 0, infos: 0, heldBack: 0, exposure: { total: 0, incomplete: 1 } });
    expect(doc.cases.map((c: { valid: boolean }) => c.valid)).toEqual([true, false, false]);
  });

  it('2 for a wrong command line, with one line on stderr', () => {
    for (const args of [['check', clean, '--as-of', '2025-02-30'], ['check', clean, '--as-of', '9999-12-31'], ['check', clean, '--format', 'xml'], ['check', clean, '--lang', 'de'], ['check'], ['chek', clean], ['check', clean, '--fail-on', 'sometimes']]) {
      const r = poort(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^poort: /);
      expect(r.stdout).toBe('');
    }
  });

  it('--help and --version exit 0', () => {
    expect(poort(['--help']).code).toBe(0);
    expect(poort(['check', '--help']).stdout).toContain('--as-of');
    expect(poort(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('input problems', () => {
  it('are one compiler-style line each on stderr, with file, line, column and the fix; never a stack trace', () => {
    const r = poort(['check', invalid, '--as-of', '2025-06-01']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `${invalid}:2:18: probleemanalyse: 2025-02-29 is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)`,
      `${invalid}:3:1: probleemanalyze: unknown key \`probleemanalyze\` (did you mean \`probleemanalyse\`?)`,
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('are listed in the JSON report with valid: false', () => {
    const doc = JSON.parse(poort(['check', invalid, '--as-of', '2025-06-01', '--format', 'json']).stdout);
    expect(doc.cases[0]).toMatchObject({ valid: false, clock: null, timeline: [], findings: [] });
    expect(doc.cases[0].problems[0]).toMatchObject({ path: 'probleemanalyse', line: 2, column: 18 });
  });

  it('read in Dutch with --lang nl', () => {
    const r = poort(['check', invalid, '--as-of', '2025-06-01', '--lang', 'nl']);
    expect(r.stderr).toContain('bedoelt u `probleemanalyse`?');
  });
});

describe('--format json', () => {
  it('has the shape of docs/report.md', () => {
    const doc = JSON.parse(poort(['check', late, '--as-of', '2026-01-10', '--format', 'json']).stdout);
    expect(Object.keys(doc)).toEqual(['poort', 'asOf', 'config', 'rules', 'columns', 'cases', 'summary']);
    expect(doc.poort).toBe(1);
    expect(doc.asOf).toBe('2026-01-10');
    const c = doc.cases[0];
    expect(Object.keys(c)).toEqual(['source', 'werknemer', 'valid', 'problems', 'clock', 'timeline', 'findings', 'exposure', 'next']);
    expect(c.clock).toEqual({ ziekmelding: '2025-01-06', week: 53, eindeWachttijd: '2027-01-03', eindeLoondoorbetaling: '2027-01-03', provisional: false });
    for (const t of c.timeline) expect(Object.keys(t)).toEqual(['id', 'from', 'due', 'done', 'status', 'norm']);
    expect(c.findings).toEqual([
      {
        rule: 'tweede-spoor', severity: 'error', consequence: 'loonsanctie', norm: 'uwv', type: 'late',
        args: { due: '2026-01-01', done: '2026-01-02', days: 1 },
        message: expect.stringMatching(/tweede spoor too late, loonsanctie risk.*2026-01-02.*2026-01-01/),
        source: 'art. 7:658a lid 1 BW; art. 25 lid 9 Wet WIA; UWV Werkwijzer Poortwachter',
        line: 11,
        exposure: null,
        baseline: false,
      },
    ]);
  });

  it('is identical under every time zone', () => {
    const outputs = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Asia/Kathmandu'].map(
      (TZ) => poort(['check', late, clean, '--as-of', '2026-01-10', '--format', 'json'], { TZ }).stdout,
    );
    for (const o of outputs) expect(o).toBe(outputs[0]);
  });

  it('defaults the as-of date to today in Europe/Amsterdam', () => {
    const doc = JSON.parse(poort(['check', clean, '--format', 'json'], { TZ: 'Pacific/Kiritimati' }).stdout);
    const amsterdam = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    expect(doc.asOf).toBe(amsterdam);
  });
});

describe('text output', () => {
  it('matches the snapshot with NO_COLOR', () => {
    const r = poort(['check', late, '--as-of', '2026-01-10'], { NO_COLOR: '1' });
    expect(r.stdout.replaceAll(dir, '<dir>')).toMatchSnapshot();
  });

  it('has no colour when piped or with NO_COLOR, colour with FORCE_COLOR', () => {
    expect(poort(['check', late, '--as-of', '2026-01-10']).stdout).not.toContain('\u001b[');
    expect(poort(['check', late, '--as-of', '2026-01-10'], { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(poort(['check', late, '--as-of', '2026-01-10'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
    expect(poort(['check', late, '--as-of', '2026-01-10', '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('says a late tweede spoor plainly, in English and in Dutch', () => {
    expect(poort(['check', late, '--as-of', '2026-01-10']).stdout).toContain('tweede spoor too late, loonsanctie risk');
    expect(poort(['check', late, '--as-of', '2026-01-10'], { LANG: 'nl_NL.UTF-8' }).stdout).toContain('tweede spoor te laat, risico op loonsanctie');
    expect(poort(['check', late, '--as-of', '2026-01-10'], { POORT_LANG: 'nl', LANG: 'en_GB.UTF-8' }).stdout).toContain('Bevindingen');
  });
});

describe('examples/', () => {
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'));
  it('ships at least six examples', () => expect(examples.length).toBeGreaterThanOrEqual(6));
  it.each(examples)('%s is valid and evaluates', (name) => {
    const r = poort(['check', join('examples', name), '--format', 'json', '--as-of', '2026-11-23']);
    expect(r.code, r.stderr).not.toBe(2);
    expect(JSON.parse(r.stdout).cases[0].valid).toBe(true);
  });
});
