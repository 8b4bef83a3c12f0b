import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { ciPath, command, escapeData, escapeProperty, githubFormatter } from '../../src/output/formats/github.js';
import { cases, nasty, render } from './cases.js';

/** Reads a workflow command back as the runner does: split at `::`, properties at `,` and the first `=`, then unescape. */
function parseCommand(line: string): { name: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const p of (m[2] ?? '').split(',').filter(Boolean)) {
    const i = p.indexOf('=');
    props[p.slice(0, i)] = unescape(p.slice(i + 1));
  }
  return { name: m[1]!, props, message: unescape(m[3]!) };
}

describe('--format github', () => {
  const lines = render(githubFormatter).split('\n');

  it('one workflow command per finding and per input problem, nothing else', () => {
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => l.startsWith('::'))).toBe(true);
  });

  it('an error finding: ::error with file, line and the rule title', () => {
    const c = cases().late;
    expect(lines[0]).toBe(`::error file=dossiers/late.yaml,line=11,title=Tweede spoor (re-integration elsewhere)::${c.findings[0]!.message}`);
  });

  it('a warning is ::warning; an info ::notice', () => {
    expect(parseCommand(lines[1]!)).toMatchObject({ name: 'warning', props: { file: 'dossiers/warn case #1.yaml', line: '5', title: 'Voortgangsgesprek (progress meeting)' } });
    const c = cases().late;
    const info = render(githubFormatter, 'en', [{ ...c, findings: [{ ...c.findings[0]!, severity: 'info' }] }]);
    expect(info).toMatch(/^::notice file=dossiers\/late\.yaml,line=11,/);
  });

  it('an input problem: ::error with line and column', () => {
    expect(lines[2]).toBe('::error file=dossiers/invalid.yaml,line=3,col=18,title=Input problem::probleemanalyse: 2025-02-29 is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)');
    expect(parseCommand(lines[3]!).props).toEqual({ file: 'dossiers/invalid.yaml', line: '4', col: '1', title: 'Input problem' });
    expect(render(githubFormatter, 'nl', [cases('nl').invalid])).toMatch(/^::error file=dossiers\/invalid\.yaml,line=3,col=18,title=Invoerfout::probleemanalyse: 2025-02-29 bestaat niet/);
  });

  it('escapes %, : and , as the toolkit does, and shows control characters from a case as escapes', () => {
    const out = render(githubFormatter, 'en', [nasty(cases().late)]);
    expect(out.split('\n')).toHaveLength(2);
    // A line break or an ESC from a case file reaches the log as the two characters `\n`, `\u001b`.
    expect(out).toBe(
      '::error file=dossiers/late.yaml,line=11,title=Tweede%3A spoor%2C 100%25 "te" <laat> & co\\u0001'
        + '::100%25 late: see\\nline 2, then\\r\\nline 3 & <more> "quoted" | pipe\\u0007\n',
    );
    const back = parseCommand(out.trimEnd());
    expect(back.props.title).toBe('Tweede: spoor, 100% "te" <laat> & co\\u0001');
    expect(back.message).toBe('100% late: see\\nline 2, then\\r\\nline 3 & <more> "quoted" | pipe\\u0007');
  });

  it('escaping helpers match the toolkit, and `%` is escaped first', () => {
    expect(escapeData('%0A\n')).toBe('%250A%0A');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    expect(command('notice', { file: null, line: 3, title: '' }, 'x')).toBe('::notice line=3::x');
    expect(command('notice', {}, 'x')).toBe('::notice::x');
  });

  it('file paths: relative with forward slashes; no file for standard input', () => {
    expect(ciPath('/repo/a/b.yaml', '/repo')).toBe('a/b.yaml');
    expect(ciPath('/other/b.yaml', '/repo')).toBe('/other/b.yaml');
    expect(ciPath('a\\b.yaml', 'C:\\repo', nodePath.win32)).toBe('a/b.yaml');
    expect(ciPath('-', '/repo')).toBeNull();
    const stdin = { ...cases().late, file: '-', source: '-' };
    expect(render(githubFormatter, 'en', [stdin])).toMatch(/^::error line=11,title=/);
  });

  it('a clean case writes nothing', () => {
    expect(render(githubFormatter, 'en', [cases().clean])).toBe('');
  });
});
