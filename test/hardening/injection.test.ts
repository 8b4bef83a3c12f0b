/**
 * Text from a case file is data: no line of any human format or of stderr can be made to start
 * a CI workflow command or a fake problem line, and no byte of it drives a terminal (with colours
 * off, no output holds an ESC at all), whatever a value, a key or a file name holds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/output/formats/index.js';
import { runBin } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'poort-inject-'));
const EVIL = '\n::error file=x.yaml,line=1::pwned\n::add-mask::secret\n::stop-commands::tok\n\u001b]0;owned\u0007\u001b[2J\u001b[1A\u001b]52;c;cHduZWQ=\u0007\u202eevil';
const quoted = JSON.stringify(EVIL);
// A valid case with EVIL in its free text, an invalid one with EVIL in a key, a date and a value.
writeFileSync(join(dir, 'valid.yaml'), `werknemer: ${quoted}\nziekmelding: 2025-01-06\nnotities: ${quoted}\ntweede_spoor: { gestart: 2025-03-01, begeleider: ${quoted} }\neerste_spoor: { status: uitgesloten }\n`);
writeFileSync(join(dir, 'invalid.yaml'), `werknemer: ${quoted}\nziekmelding: ${quoted}\n${quoted}: 1\nloon_percentage: ${quoted}\n`);
// A file named with a line break and an escape sequence.
const evilName = 'naam\n::error::x\u001b[31m.yaml';
writeFileSync(join(dir, evilName), 'ziekmelding: 2025-13-01\n');

const INJECTED = /^::(error|warning|notice|debug|add-mask|stop-commands|set-output|group)\b.*(pwned|secret|tok|::x)/m;

describe('nothing a case file says becomes a command', () => {
  it.each(FORMAT_NAMES.filter((f) => f !== 'github'))('--format %s: no forged line on stdout or stderr, no ESC byte', (format) => {
    for (const lang of ['en', 'nl']) {
      const r = runBin(['check', 'valid.yaml', 'invalid.yaml', evilName, '--format', format, '--lang', lang, '--as-of', '2026-03-02', '--no-color'], { cwd: dir });
      expect(r.code).toBe(2);
      for (const [name, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
        expect(text, `${format} ${name}`).not.toMatch(INJECTED);
        expect(text, `${format} ${name}`).not.toMatch(/^::/m);
        expect(text, `${format} ${name}`).not.toContain('\u001b');
        expect(text, `${format} ${name}`).not.toContain('\u0007');
        // JSON and SARIF are data for programs: a right-to-left mark is a character like any other there.
        if (!['json', 'sarif'].includes(format) || name === 'stderr') expect(text, `${format} ${name}`).not.toContain('\u202e');
      }
      // Every line on stderr is a located problem line of a file that was named.
      for (const line of r.stderr.trimEnd().split('\n')) expect(line, line).toMatch(/^(valid|invalid)\.yaml:\d+:\d+: |^naam\\n::error::x\\u001b\[31m\.yaml:\d+:\d+: /);
    }
  });

  it('--format github writes its own commands only, with the values escaped inside them', () => {
    const r = runBin(['check', 'valid.yaml', 'invalid.yaml', evilName, '--format', 'github', '--as-of', '2026-03-02'], { cwd: dir });
    for (const line of r.stdout.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) file=(valid|invalid|naam)[^:]*::/);
    expect(r.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(r.stderr).not.toMatch(/^::/m);
  });

  it('a value or file name that starts with :: or holds ##[ or ##vso[ (commands of GitHub\'s older form and of Azure Pipelines, read anywhere in a line)', () => {
    const starts = '::add-mask::geheim';
    const legacy = 'x ##[error]nep ##vso[task.setvariable variable=X]y';
    writeFileSync(join(dir, 'begin.yaml'), `werknemer: "${starts}"\nziekmelding: 2025-01-06\nnotities: "${legacy} burn-out"\n`);
    writeFileSync(join(dir, 'fout.yaml'), `werknemer: "  ${starts}"\nziekmelding: "${starts}"\n"${legacy}": 1\n`);
    const file = '::error::bestand.yaml';
    writeFileSync(join(dir, file), 'ziekmelding: 2025-13-01\n');
    for (const format of [...FORMAT_NAMES.filter((f) => !['json', 'sarif'].includes(f))]) {
      const r = runBin(['check', 'begin.yaml', 'fout.yaml', file, '--format', format, '--as-of', '2026-03-02', '--no-color'], { cwd: dir });
      expect(r.code, format).toBe(2);
      for (const [name, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
        const lines = text.split(/\r?\n/);
        if (format === 'github' && name === 'stdout') for (const l of lines.filter(Boolean)) expect(l).toMatch(/^::(error|warning|notice) file=[^:]*::/);
        else expect(lines.filter((l) => l.trimStart().startsWith('::')), `${format} ${name}`).toEqual([]);
        expect(text, `${format} ${name}`).not.toMatch(/##(vso)?\[/);
      }
    }
    // The value itself stays readable: only its first colon is written as an escape.
    expect(runBin(['check', 'begin.yaml', '--as-of', '2026-03-02'], { cwd: dir }).stdout).toMatch(/^\\u003a:add-mask::geheim {2}begin\.yaml$/m);
  });

  it('the text format in colour holds only the escapes of its colours', () => {
    const r = runBin(['check', 'valid.yaml', '--as-of', '2026-03-02'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toContain('\u001b[');
    // SGR colour codes only: no OSC (window title, clipboard), no cursor moves, no clearing.
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toContain('\u001b');
  });

  it('the agenda and the calendar too', () => {
    for (const format of ['text', 'csv', 'ics', 'json']) {
      const r = runBin(['agenda', 'valid.yaml', '--format', format, '--as-of', '2025-02-20', '--no-color'], { cwd: dir });
      expect(r.stdout, format).not.toMatch(/^::/m);
      expect(r.stdout, format).not.toContain('\u001b');
    }
  });
});
