import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decimalText, isDateFormat, serialDate, workbookRows, type WorkbookRow } from '../src/check/workbook.js';
import { serialOf, workbookBytes, writeWorkbook, zipBytes, type FixtureCell } from './workbook-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'poort-workbook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let made = 0;
/** A workbook of `rows` in the temporary folder; its path. */
function book(rows: FixtureCell[][], opts?: Parameters<typeof writeWorkbook>[2]): string {
  const path = join(dir, `book-${++made}.xlsx`);
  writeWorkbook(path, rows, opts);
  return path;
}

/** A file of these bytes in the temporary folder; its path. */
function file(bytes: Buffer | string, ext = 'xlsx'): string {
  const path = join(dir, `file-${++made}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

async function rowsOf(path: string, sheet?: string, maxBytes?: number): Promise<WorkbookRow[]> {
  const out: WorkbookRow[] = [];
  for await (const row of workbookRows(path, sheet, maxBytes)) out.push(row);
  return out;
}

const cellsOf = async (path: string, sheet?: string) => (await rowsOf(path, sheet)).map((r) => r.cells);

/** The error a read ends in. */
async function errorOf(path: string, sheet?: string, maxBytes?: number): Promise<Error & { code?: string; sheets?: string[] }> {
  try {
    await rowsOf(path, sheet, maxBytes);
  } catch (e) {
    return e as Error & { code?: string };
  }
  throw new Error('no error');
}

/** A workbook whose first sheet's XML is `sheetData` (the rows) as given, with these shared strings and styles. */
function handMade(sheetData: string, opts: { strings?: string; styles?: string; prefix?: string; doctype?: string } = {}): string {
  const p = opts.prefix ? `${opts.prefix}:` : '';
  const ns = opts.prefix ? `xmlns:${opts.prefix}` : 'xmlns';
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return file(zipBytes([
    ['_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `<${p}workbook ${ns}="${MAIN}" xmlns:r="${REL}"><${p}sheets><${p}sheet name="Data" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`],
    ['xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`],
    ['xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?>${opts.doctype ?? ''}<${p}worksheet ${ns}="${MAIN}"><${p}sheetData>${sheetData}</${p}sheetData></${p}worksheet>`],
    ['xl/sharedStrings.xml', `<sst xmlns="${MAIN}">${opts.strings ?? ''}</sst>`],
    ['xl/styles.xml', opts.styles ?? `<styleSheet xmlns="${MAIN}"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`],
  ]));
}

describe('workbookRows', () => {
  it('reads the header and the rows, with their line numbers', async () => {
    const path = book([
      ['werknemer', 'ziekmelding', 'percentage'],
      ['W001', { date: '2025-01-06' }, 100],
      ['W002', { date: '2024-12-30' }, 50],
    ]);
    expect(await rowsOf(path)).toEqual([
      { line: 1, cells: ['werknemer', 'ziekmelding', 'percentage'] },
      { line: 2, cells: ['W001', '2025-01-06', '100'] },
      { line: 3, cells: ['W002', '2024-12-30', '50'] },
    ]);
  });

  it('reads inline strings as shared ones', async () => {
    const rows: FixtureCell[][] = [['naam', 'status'], ['de Vries', ' lopend '], ['Ödön & Zoë <b>', 'hersteld']];
    const want = [['naam', 'status'], ['de Vries', 'lopend'], ['Ödön & Zoë <b>', 'hersteld']];
    expect(await cellsOf(book(rows, { strings: 'inline' }))).toEqual(want);
    expect(await cellsOf(book(rows, { strings: 'shared' }))).toEqual(want);
  });

  it('skips empty rows but keeps the sheet\'s line numbers, and pads cells to their columns', async () => {
    const path = book([
      ['a', 'b', 'c', 'd'],
      ['1', null, null, '4'],
      [null, null],
      [null, '2', null, null], // trailing empty cells left off
      ['', ' ', null, null], // only blank text: an empty row
      ['x'],
    ], { skipRows: [3] });
    expect(await rowsOf(path)).toEqual([
      { line: 1, cells: ['a', 'b', 'c', 'd'] },
      { line: 2, cells: ['1', '', '', '4'] },
      { line: 5, cells: ['', '2'] },
      { line: 7, cells: ['x'] },
    ]);
  });

  describe('dates', () => {
    const zones = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'UTC'];
    const inEveryZone = async (read: () => Promise<unknown>) => {
      const tz = process.env.TZ;
      const seen = [];
      const offsets = new Set<number>();
      try {
        for (const zone of zones) {
          process.env.TZ = zone; // Node takes a new TZ at once
          offsets.add(new Date(Date.UTC(2025, 0, 6)).getTimezoneOffset());
          seen.push(await read());
        }
      } finally {
        if (tz === undefined) delete process.env.TZ;
        else process.env.TZ = tz;
      }
      expect(offsets.size).toBe(zones.length); // the zones did change (+14 h, -8 h, -11 h, 0)
      for (const s of seen) expect(s).toEqual(seen[0]);
      return seen[0];
    };

    it('as YYYY-MM-DD in the 1900 date system, whatever the time zone', async () => {
      const path = book([
        ['datum'],
        [{ date: '2025-01-06' }],
        [{ date: '2000-02-29' }],
        [{ date: '1900-03-01' }],
        [{ date: '9999-12-31' }],
        [{ serial: 45663.75 }], // 2025-01-06 18:00: the day
        [{ serial: 45663.99999999999 }], // rounds to 2025-01-07 00:00, as Excel shows it
        [{ serial: 45663, format: 'dd-mm-yyyy' }],
        [{ serial: 45663, format: '[$-413]d mmmm yyyy;@' }],
        [{ serial: 45663, format: 'd/m/yy h:mm' }],
        [{ serial: 45663, format: 'mmm-yy' }],
      ]);
      expect(await inEveryZone(() => cellsOf(path))).toEqual([
        ['datum'], ['2025-01-06'], ['2000-02-29'], ['1900-03-01'], ['9999-12-31'], ['2025-01-06'], ['2025-01-07'],
        ['2025-01-06'], ['2025-01-06'], ['2025-01-06'], ['2025-01-06'],
      ]);
    });

    it('around the 1900 leap-year bug: serial 60 is the 1900-02-29 Excel shows', async () => {
      const path = book([['datum'], [{ serial: 1 }], [{ serial: 59 }], [{ serial: 60 }], [{ serial: 61 }], [{ serial: 0 }], [{ serial: -1 }], [{ serial: 2958466 }]]);
      expect(await inEveryZone(() => cellsOf(path))).toEqual([
        ['datum'], ['1900-01-01'], ['1900-02-28'], ['1900-02-29'], ['1900-03-01'],
        ['0'], ['-1'], ['2958466'], // no date there: the number, for the case check to refuse
      ]);
      expect(serialOf('1900-02-28')).toBe(59);
      expect(serialOf('1900-03-01')).toBe(61);
      expect(serialOf('2025-01-06')).toBe(45663);
    });

    it('in the 1904 date system when the workbook says so', async () => {
      const path = book([['datum'], [{ date: '2025-01-06' }], [{ serial: 0 }], [{ serial: 59 }], [{ serial: 60 }], [{ serial: -1 }]], { date1904: true });
      expect(await inEveryZone(() => cellsOf(path))).toEqual([['datum'], ['2025-01-06'], ['1904-01-01'], ['1904-02-29'], ['1904-03-01'], ['-1']]);
      expect(serialOf('2025-01-06', true)).toBe(45663 - 1462);
    });

    it('written as text stays text, trimmed; a date cell (type d) gives its date', async () => {
      const path = book([['a', 'b', 'c', 'd'], ['06-01-2025', ' 2025-01-06 ', { isoDate: '2025-01-06T00:00:00Z' }, { isoDate: '2024-12-31T23:30:00-05:00' }]]);
      expect(await inEveryZone(() => cellsOf(path))).toEqual([['a', 'b', 'c', 'd'], ['06-01-2025', '2025-01-06', '2025-01-06', '2024-12-31']]);
    });

    it('serialDate alone', () => {
      expect(serialDate(45663, false)).toBe('2025-01-06');
      expect(serialDate(45663 - 1462, true)).toBe('2025-01-06');
      expect(serialDate(0.5, false)).toBeUndefined();
      expect(serialDate(-0.5, true)).toBeUndefined();
    });
  });

  it('gives numbers as plain decimal text, to the 15 digits Excel keeps', async () => {
    const path = book([['n'], [70], [12.5], [-3], [0.1 + 0.2], [1e21], [1e-7], [123456789012345], [{ number: 0.5, format: '0%' }], [{ number: 1234.5, format: '#,##0.00 "dagen"' }], [{ number: 0.25, format: 'h:mm' }], [{ number: 7, format: '[Red]0;[Blue]-0' }]]);
    expect(await cellsOf(path)).toEqual([['n'], ['70'], ['12.5'], ['-3'], ['0.3'], ['1000000000000000000000'], ['0.0000001'], ['123456789012345'], ['0.5'], ['1234.5'], ['0.25'], ['7']]);
    expect(decimalText(-0)).toBe('0');
    expect(decimalText(-1.5e-10)).toBe('-0.00000000015');
  });

  it('tells date formats from number formats', () => {
    for (const code of ['dd-mm-yyyy', 'd-m-yy', 'mmm yyyy', 'm/d/yyyy h:mm', '[$-413]dddd d mmmm yyyy', 'yyyy-mm-dd;@', 'mmmm']) expect(isDateFormat(code), code).toBe(true);
    for (const code of ['General', '0.00', '#,##0', '0%', 'h:mm', '[h]:mm:ss', 'mm:ss', '"dag"0', '[Red]0.00', '0.00E+00', '@', '\\d0', '#,##0 "dagen"']) expect(isDateFormat(code), code).toBe(false);
  });

  it('reads booleans, formulas\' cached results and rich text', async () => {
    const path = book([
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [{ bool: true }, { bool: false }, { formula: 'A1&"x"', value: 'Ax' }, { formula: '1+1', value: 2 }, { formula: 'TRUE()', value: true }, { rich: ['de ', 'Vries'] }],
    ]);
    expect(await cellsOf(path)).toEqual([['a', 'b', 'c', 'd', 'e', 'f'], ['true', 'false', 'Ax', '2', 'true', 'de Vries']]);
  });

  it('reads parts as other writers write them: prefixed names, cells without references, rich shared strings, escapes, CDATA', async () => {
    const path = handMade(
      '<x:row r="1"><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t><![CDATA[a<b]]></x:t></x:is></x:c></x:row>'
        + '<x:row><x:c r="B2" s="1"><x:v>45663</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c><x:f>SUM()</x:f></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>',
      {
        prefix: 'x',
        strings: '<si><r><t>naam </t></r><r><rPr><b/></rPr><t>één</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si><si><t>regel_x000D_een</t></si><si><t xml:space="preserve">  _x005F_x000D_  </t></si>',
      },
    );
    expect(await rowsOf(path)).toEqual([
      { line: 1, cells: ['naam één', 'regel\reen', 'a<b'] },
      { line: 2, cells: ['', '2025-01-06', '#N/A', '', '_x000D_'] },
    ]);
  });

  it('chooses a sheet by name (case aside), and says which there are when none has it', async () => {
    const path = book([['eerste'], ['1']], { sheetName: 'Overzicht', moreSheets: [{ name: 'Verzuim 2025', rows: [['tweede'], ['2']] }, { name: 'Leeg', rows: [] }] });
    expect(await cellsOf(path)).toEqual([['eerste'], ['1']]);
    expect(await cellsOf(path, 'Verzuim 2025')).toEqual([['tweede'], ['2']]);
    expect(await cellsOf(path, 'verzuim 2025')).toEqual([['tweede'], ['2']]);
    expect(await cellsOf(path, 'Leeg')).toEqual([]);
    const e = await errorOf(path, 'Verzuim 2024');
    expect(e.code).toBe('ENOSHEET');
    expect(e.sheets).toEqual(['Overzicht', 'Verzuim 2025', 'Leeg']);
  });

  it('stops cleanly when the reader stops early', async () => {
    const path = book([['a'], ['1'], ['2'], ['3']]);
    for await (const row of workbookRows(path, undefined)) {
      expect(row.line).toBe(1);
      break;
    }
    expect(await cellsOf(path)).toHaveLength(4);
  });

  describe('hostile or broken files', () => {
    it('a file that is not a zip', async () => {
      for (const bytes of ['werknemer;ziekmelding\nW001;2025-01-06\n', Buffer.alloc(0), Buffer.alloc(5000, 7)]) {
        const e = await errorOf(file(bytes));
        expect(e.code).toBe('EBADXLSX');
        expect(e.message).toMatch(/not an \.xlsx workbook/);
      }
    });

    it('an old .xls (or a password-protected workbook) is said to be one', async () => {
      const e = await errorOf(file(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2000)])));
      expect(e).toMatchObject({ code: 'EBADXLSX', message: expect.stringMatching(/\.xls/) });
    });

    it('a missing file is the file system\'s error', async () => {
      expect((await errorOf(join(dir, 'nothing.xlsx'))).code).toBe('ENOENT');
    });

    it('a truncated or damaged workbook', async () => {
      const good = workbookBytes([['a', 'b'], ['1', { date: '2025-01-06' }]]);
      const truncated = file(good.subarray(0, good.length - 30));
      expect((await errorOf(truncated)).code).toBe('EBADXLSX');
      // Damage in the middle of the compressed sheet: inflate fails, or the check of sizes does.
      const damaged = Buffer.from(good);
      const at = damaged.indexOf('xl/worksheets/sheet1.xml') + 30;
      for (let i = at; i < at + 40; i++) damaged[i] = 0xff;
      expect((await errorOf(file(damaged))).code).toBe('EBADXLSX');
    });

    it('a zip that is no workbook, a sheet that is missing, XML that is not well-formed', async () => {
      expect(await errorOf(file(zipBytes([['hello.txt', 'hi']])))).toMatchObject({ code: 'EBADXLSX', message: expect.stringMatching(/no workbook/) });
      expect((await errorOf(handMade('<row r="1"><c t="s"><v>0</v></c></row'))).code).toBe('EBADXLSX');
      expect((await errorOf(handMade('<row r="1"><c t="s"><v>5</v></c></row>'))).code).toBe('EBADXLSX'); // no such shared string
      expect((await errorOf(handMade('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>'))).code).toBe('EBADXLSX'); // past column XFD
    });

    it('expands no entities of a DTD (billion laughs)', async () => {
      const doctype = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
      const e = await errorOf(handMade('<row r="1"><c t="inlineStr"><is><t>&c;</t></is></c></row>', { doctype }));
      expect(e.code).toBe('EBADXLSX');
    });

    it('a zip bomb: more XML than allowed is refused, by the sizes declared and by the bytes inflated', async () => {
      const rows: FixtureCell[][] = [['a', 'b'], ...Array.from({ length: 20_000 }, (_, i) => [`rij ${i % 10}`, i])];
      const path = book(rows);
      expect(await rowsOf(path)).toHaveLength(20_001);
      const e = await errorOf(path, undefined, 100_000);
      expect(e.code).toBe('EFBIG');
      // A zip that declares a small sheet but holds a large one: stopped as it inflates.
      const bomb = Buffer.from(zipBytes([
        ['xl/workbook.xml', '<workbook><sheets><sheet name="a" r:id="rId1" xmlns:r="r"/></sheets></workbook>'],
        ['xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'],
        ['xl/worksheets/sheet1.xml', `<worksheet><sheetData>${'<row><c><v>1</v></c></row>'.repeat(200_000)}</sheetData></worksheet>`],
      ]));
      expect(bomb.length).toBeLessThan(100_000); // 5 MB of XML in the zip
      // Lie about the sheet's size in the central directory (its entry is the third).
      let cd = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      for (let i = 0; i < 2; i++) cd = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), cd + 4);
      bomb.writeUInt32LE(1000, cd + 24);
      const lying = await errorOf(file(bomb), undefined, 1_000_000);
      expect(['EFBIG', 'EBADXLSX']).toContain(lying.code);
    });
  });

  it('loads its libraries only when a workbook is read', () => {
    const source = readFileSync(new URL('../src/check/workbook.ts', import.meta.url), 'utf8');
    const imports = source.match(/^import .*$/gm) ?? [];
    for (const line of imports) if (/'(yauzl|saxes)'/.test(line)) expect(line).toMatch(/^import type /);
    expect(source).toMatch(/await Promise\.all\(\[import\('yauzl'\), import\('saxes'\)\]\)/);
  });
});
