import { describe, expect, it } from 'vitest';
import { cell, markdownFormatter, MAX_DETAILS, MAX_ROWS } from '../../src/output/formats/markdown.js';
import { cases, nasty, render } from './cases.js';

/** The cells of a GFM table row: split at `|` not preceded by a backslash. */
const cells = (row: string): string[] => row.replace(/^\| | \|$/g, '').split(/ (?<!\\)\| /);

const tableRows = (md: string): string[] => md.split('\n').filter((l) => l.startsWith('| '));

describe('--format markdown', () => {
  const md = render(markdownFormatter, 'en');

  it('a heading and a totals line', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('## Poortwachter check');
    // The late and the warning case risk a loonsanctie, but give no wage: wages without an amount.
    expect(lines[2]).toBe('**Cases: 4** · ❌ Errors: 1 · ⚠️ Warnings: 1 · Infos: 0 · ❌ Not evaluated: 1 · 💶 wages at risk (2 without loon_per_maand) · As of: 2026-01-10');
  });

  it('a table of the cases with errors, warnings or input problems, not the clean one', () => {
    const rows = tableRows(md);
    expect(rows[1]).toBe('| --- | --- | ---: | ---: | ---: | --- | ---: |');
    expect(cells(rows[0]!)).toEqual(['Case', 'Werknemer', 'Week', 'Errors', 'Warnings', 'Next step', 'At risk (max.)']);
    const body = rows.slice(2).map(cells);
    expect(body).toHaveLength(3);
    expect(body[0]).toEqual(['dossiers/late.yaml', 'E-2', '53', '1', '0', 'hold and record a voortgangsgesprek, by Tue 10-02-2026 (in 31 days)', 'wages']);
    expect(body[1]![0]).toBe('dossiers/warn case #&#8203;1.yaml');
    expect(body[1]!.slice(2)).toEqual(['53', '0', '1', 'hold and record a voortgangsgesprek, by Tue 10-02-2026 (in 31 days)', 'wages']);
    expect(body[2]).toEqual(['dossiers/invalid.yaml', 'E-4', '', '—', '—', 'not evaluated: 2 input problems', '']);
    expect(md).not.toContain('clean.yaml');
  });

  it('escapes | and line breaks in cells, and Markdown that would change the text', () => {
    // The werknemer `E-3 | Jansen, "A" <b> & co; =1+1` stays in one cell.
    const row = tableRows(md)[3]!;
    expect(cells(row)).toHaveLength(7);
    expect(cells(row)[1]).toBe('E-3 \\| Jansen, "A" \\<b\\> \\& co; =1+1');
    expect(cell('a|b\nc\r\nd *e* _f_ [g](h) `i` \\')).toBe('a\\|b c d \\*e\\* \\_f\\_ \\[g\\](h) \\`i\\` \\\\');
    const odd = render(markdownFormatter, 'en', [{ ...nasty(cases().late), source: 'x|y\nz.yaml' }]);
    const r = tableRows(odd)[2]!;
    expect(cells(r)).toHaveLength(7);
    expect(cells(r)[0]).toBe('x\\|y z.yaml');
    // The details list item stays on one line.
    const item = odd.split('\n').find((l) => l.startsWith('- '))!;
    expect(item).toContain('100% late: see line 2, then line 3 \\& \\<more\\> "quoted" \\| pipe');
    expect(item).toContain('**Tweede: spoor, 100% "te" \\<laat\\> \\& co\\\\u0001**');
    // Control characters are written as escapes.
    expect(odd).not.toMatch(/[\u0001\u0007]/);
    // `@someone` and `#12` neither notify nor link.
    expect(cell('ping @octocat about #12, mail a@b.nl')).toBe('ping @&#8203;octocat about #&#8203;12, mail a@&#8203;b.nl');
  });

  it('the error findings and input problems in a collapsible list, with file and line', () => {
    const start = md.indexOf('<details>');
    expect(start).toBeGreaterThan(md.indexOf('| dossiers/invalid.yaml'));
    expect(md).toContain('<summary>Errors (3)</summary>');
    const items = md.split('\n').filter((l) => l.startsWith('- '));
    expect(items).toEqual([
      `- dossiers/late.yaml:11 · **Tweede spoor (re-integration elsewhere)** (tweede-spoor): ${cases().late.findings[0]!.text} · norm: uwv (UWV practice)`,
      '- dossiers/invalid.yaml:3 · **Input problem**: probleemanalyse: 2025-02-29 is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)',
      '- dossiers/invalid.yaml:4 · **Input problem**: probleemanalyze: unknown key \\`probleemanalyze\\` (did you mean \\`probleemanalyse\\`?)',
    ]);
    expect(md).toContain('</details>');
  });

  it('Dutch words and Dutch dates in Dutch', () => {
    const nl = render(markdownFormatter, 'nl');
    expect(nl.split('\n')[0]).toBe('## Poortwachtercontrole');
    expect(nl).toContain('**Dossiers: 4** · ❌ Fouten: 1 · ⚠️ Waarschuwingen: 1 · Info: 0 · ❌ Niet te beoordelen: 1 · 💶 loon als financieel risico (2 zonder loon_per_maand) · Peildatum: 10-01-2026');
    expect(cells(tableRows(nl)[0]!)).toEqual(['Dossier', 'Werknemer', 'Week', 'Fouten', 'Waarschuwingen', 'Volgende stap', 'Risico (max.)']);
    expect(cells(tableRows(nl)[2]!).slice(5)).toEqual(['voortgangsgesprek voeren en vastleggen, uiterlijk di 10-02-2026 (over 31 dagen)', 'loon']);
    expect(nl).toContain('<summary>Fouten (3)</summary>');
    expect(nl).toContain('gestart op 02-01-2026');
  });

  it('all clear: no table, no list', () => {
    const c = cases();
    const clear = render(markdownFormatter, 'en', [c.clean, c.clean]);
    expect(clear).toContain('**Cases: 2** · Errors: 0 · Warnings: 0 · Infos: 0 · As of: 2026-01-10');
    expect(clear).toContain('No errors or warnings: every case is in order.');
    expect(tableRows(clear)).toEqual([]);
    expect(clear).not.toContain('<details>');
  });

  it('a large batch is cut off, saying how many more there are, and stays under GitHub’s comment limit', () => {
    const c = cases();
    const many = Array.from({ length: MAX_ROWS + 50 }, () => c.late);
    const out = render(markdownFormatter, 'en', many);
    expect(tableRows(out)).toHaveLength(2 + MAX_ROWS);
    expect(out).toContain('… and 50 more; run `poort check` for the full list.');
    expect(out.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(MAX_DETAILS);
    expect(out).toContain(`<summary>Errors (${MAX_ROWS + 50})</summary>`);
    expect(out.length).toBeLessThan(65_536);
  });
});
