import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { field, neutralize } from '../../src/output/csv-cells.js';
import { caseStatus, csvFormatter } from '../../src/output/formats/csv.js';
import { nextDeadline } from '../../src/check/case-report.js';
import { cases, render } from './cases.js';

const read = (text: string, delimiter: string): Record<string, string>[] =>
  parse(text, { columns: true, delimiter, bom: true, record_delimiter: '\r\n', relax_column_count: false }) as Record<string, string>[];

describe('--format csv', () => {
  it('English: `,`, English headers as the JSON keys, one row per case', () => {
    const text = render(csvFormatter, 'en');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe('source,werknemer,valid,week,ziekmelding,eindeWachttijd,errors,warnings,infos,status,nextDeadline,nextDeadlineDue,nextDeadlineStatus');
    const rows = read(text, ',');
    expect(rows).toEqual([
      { source: 'dossiers/clean.yaml', werknemer: 'E-1', valid: 'true', week: '53', ziekmelding: '2025-01-06', eindeWachttijd: '2027-01-03', errors: '0', warnings: '0', infos: '0', status: 'ok', nextDeadline: 'voortgangsgesprek', nextDeadlineDue: '2026-02-10', nextDeadlineStatus: 'open' },
      { source: 'dossiers/late.yaml', werknemer: 'E-2', valid: 'true', week: '53', ziekmelding: '2025-01-06', eindeWachttijd: '2027-01-03', errors: '1', warnings: '0', infos: '0', status: 'errors', nextDeadline: 'voortgangsgesprek', nextDeadlineDue: '2026-02-10', nextDeadlineStatus: 'open' },
      { source: 'dossiers/warn case #1.yaml', werknemer: 'E-3 | Jansen, "A" <b> & co; =1+1', valid: 'true', week: '53', ziekmelding: '2025-01-06', eindeWachttijd: '2027-01-03', errors: '0', warnings: '1', infos: '0', status: 'warnings', nextDeadline: 'voortgangsgesprek', nextDeadlineDue: '2026-02-10', nextDeadlineStatus: 'open' },
      { source: 'dossiers/invalid.yaml', werknemer: 'E-4', valid: 'false', week: '', ziekmelding: '', eindeWachttijd: '', errors: '0', warnings: '0', infos: '0', status: 'invalid', nextDeadline: '', nextDeadlineDue: '', nextDeadlineStatus: '' },
    ]);
  });

  it('Dutch: `;`, Dutch headers, ja/nee and Dutch status words, and a BOM for Excel', () => {
    const text = render(csvFormatter, 'nl');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = read(text, ';');
    expect(Object.keys(rows[0]!)).toEqual(['Bron', 'Werknemer', 'Geldig', 'Ziekteweek', 'Ziekmelding', 'Einde wachttijd', 'Fouten', 'Waarschuwingen', 'Info', 'Status', 'Volgende termijn', 'Uiterste datum', 'Termijnstatus']);
    expect(rows.map((r) => [r.Geldig, r.Status])).toEqual([['ja', 'ok'], ['ja', 'fouten'], ['ja', 'waarschuwingen'], ['nee', 'ongeldig']]);
    expect(rows[2]!.Werknemer).toBe('E-3 | Jansen, "A" <b> & co; =1+1');
    // Dates stay ISO: Excel reads them as dates in every locale.
    expect(rows[1]!['Uiterste datum']).toBe('2026-02-10');
  });

  it('quotes only what must be quoted (RFC 4180), with CRLF line ends', () => {
    expect(field('plain', ',')).toBe('plain');
    expect(field('a;b', ',')).toBe('a;b');
    expect(field('a;b', ';')).toBe('"a;b"');
    expect(field('say "hi"', ',')).toBe('"say ""hi"""');
    expect(field('two\nlines', ',')).toBe('"two\nlines"');
    const text = render(csvFormatter, 'en');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(6);
    const c = cases().clean;
    // A line break from a case file is written as `\n`: a CSV is printed in CI logs too.
    const odd = render(csvFormatter, 'en', [{ ...c, werknemer: 'line\nbreak, "quoted"\u001b[2J', source: 'a,b.yaml' }]);
    expect(read(odd, ',')[0]).toMatchObject({ source: 'a,b.yaml', werknemer: 'line\\nbreak, "quoted"\\u001b[2J' });
  });

  it('text a spreadsheet would run as a formula gets a leading quote', () => {
    expect(neutralize('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutralize('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutralize('+31 6')).toBe(`'+31 6`);
    expect(neutralize('-')).toBe('-');
    expect(neutralize('-12')).toBe('-12');
    expect(neutralize('E-1042')).toBe('E-1042');
    expect(neutralize(' =1+1')).toBe(`' =1+1`);
    // A tab first is written as the two characters `\t`: no formula any more.
    expect(neutralize('\t=1+1')).toBe('\\t=1+1');
    const c = cases().clean;
    expect(read(render(csvFormatter, 'en', [{ ...c, werknemer: '=1+1' }]), ',')[0]!.werknemer).toBe(`'=1+1`);
  });

  it('status and next deadline: the earliest open or overdue one', () => {
    const c = cases();
    expect([c.clean, c.late, c.warning, c.invalid].map(caseStatus)).toEqual(['ok', 'errors', 'warnings', 'invalid']);
    expect(nextDeadline(c.invalid)).toBeUndefined();
    const row = nextDeadline(c.late)!;
    expect([row.id, row.due?.toString(), row.status]).toEqual(['voortgangsgesprek', '2026-02-10', 'open']);
    // An overdue deadline comes before later open ones.
    const overdue = { ...c.late, timeline: c.late.timeline.map((t) => (t.id === 'actueel-oordeel' ? { ...t, status: 'overdue' as const, due: c.late.clock!.ziekmelding } : t)) };
    expect(nextDeadline(overdue)!.id).toBe('actueel-oordeel');
    expect(read(render(csvFormatter, 'en', [overdue]), ',')[0]).toMatchObject({ nextDeadline: 'actueel-oordeel', nextDeadlineDue: '2025-01-06', nextDeadlineStatus: 'overdue' });
    expect(read(render(csvFormatter, 'nl', [overdue]), ';')[0]).toMatchObject({ 'Termijnstatus': 'achterstallig' });
  });

  it('no cases: only the header', () => {
    expect(read(render(csvFormatter, 'en', []), ',')).toEqual([]);
    expect(render(csvFormatter, 'en', []).split('\r\n')).toHaveLength(2);
  });
});
