/**
 * Excel workbooks (.xlsx) made at test time, as a verzuim system's export would be: no binary
 * fixtures in the repository. The zip is written here with node:zlib (no library), laid out as
 * Excel lays it out: the sheets before the shared strings, so a reader must not count on
 * reading the strings first. Used by the workbook reader's tests, and by any test or benchmark
 * that needs an .xlsx file.
 */
import { writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';

/**
 * A cell: text (a shared string, or an inline one with `strings: 'inline'`), a number, a date
 * (a serial number with a date format, as Excel stores one), or, for what only tests need:
 * `{ serial }` a raw serial number with a date format (`format`: a number format code, default
 * Excel's short date, built-in format 14), `{ number, format }` a number with a format code,
 * `{ bool }`, `{ formula, value }` a formula with its cached result, `{ rich }` rich text runs,
 * `{ isoDate }` a cell of type `d` (ISO 8601 text); null or undefined: no cell at all.
 */
export type FixtureCell =
  | string
  | number
  | null
  | undefined
  | { date: string }
  | { serial: number; format?: string }
  | { number: number; format: string }
  | { bool: boolean }
  | { formula: string; value: string | number | boolean }
  | { rich: string[] }
  | { isoDate: string };

export interface WorkbookOptions {
  /** The first sheet's name (default `Sheet1`). */
  sheetName?: string;
  /** Sheets after the first, in order. */
  moreSheets?: { name: string; rows: FixtureCell[][] }[];
  /** The 1904 date system (as old Mac Excel wrote): dates are counted from 1904-01-01. */
  date1904?: boolean;
  /** Text as shared strings (Excel's way, the default) or inline strings (as some exporters write). */
  strings?: 'shared' | 'inline';
  /** Row numbers to leave out: the rows after them keep their numbers (a gap, as Excel writes empty rows). */
  skipRows?: number[];
}

/** Writes `rows` (the first usually the header) as an .xlsx workbook at `path`. */
export function writeWorkbook(path: string, rows: FixtureCell[][], opts: WorkbookOptions = {}): void {
  writeFileSync(path, workbookBytes(rows, opts));
}

/** The bytes of the .xlsx workbook that `writeWorkbook` writes. */
export function workbookBytes(rows: FixtureCell[][], opts: WorkbookOptions = {}): Buffer {
  const sheets = [{ name: opts.sheetName ?? 'Sheet1', rows }, ...(opts.moreSheets ?? [])];
  const shared = new Map<string, number>();
  const formats = new Map<string, number>(); // format code → cellXfs index
  const styleOf = (code: string | undefined): number => {
    if (code === undefined) return 1; // built-in 14, the short date
    let s = formats.get(code);
    if (s === undefined) formats.set(code, (s = formats.size + 2));
    return s;
  };
  const text = (s: string): string => {
    if (opts.strings === 'inline') return ` t="inlineStr"><is><t xml:space="preserve">${esc(s)}</t></is></c>`;
    let i = shared.get(s);
    if (i === undefined) shared.set(s, (i = shared.size));
    return ` t="s"><v>${i}</v></c>`;
  };
  const cell = (ref: string, c: Exclude<FixtureCell, null | undefined>): string => {
    const open = `<c r="${ref}"`;
    if (typeof c === 'string') return open + text(c);
    if (typeof c === 'number') return `${open}><v>${c}</v></c>`;
    if ('date' in c) return `${open} s="1"><v>${serialOf(c.date, opts.date1904)}</v></c>`;
    if ('serial' in c) return `${open} s="${styleOf(c.format)}"><v>${c.serial}</v></c>`;
    if ('number' in c) return `${open} s="${styleOf(c.format)}"><v>${c.number}</v></c>`;
    if ('bool' in c) return `${open} t="b"><v>${c.bool ? 1 : 0}</v></c>`;
    if ('rich' in c) return `${open} t="inlineStr"><is>${c.rich.map((t) => `<r><rPr><b/></rPr><t xml:space="preserve">${esc(t)}</t></r>`).join('')}</is></c>`;
    if ('isoDate' in c) return `${open} t="d"><v>${esc(c.isoDate)}</v></c>`;
    const v = c.value;
    const type = typeof v === 'string' ? ' t="str"' : typeof v === 'boolean' ? ' t="b"' : '';
    return `${open}${type}><f>${esc(c.formula)}</f><v>${typeof v === 'boolean' ? (v ? 1 : 0) : esc(String(v))}</v></c>`;
  };
  const skip = new Set(opts.skipRows ?? []);
  const sheetXml = (sheetRows: FixtureCell[][]): Buffer => {
    const parts: string[] = [`${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`];
    let r = 0;
    for (const row of sheetRows) {
      do r++;
      while (skip.has(r));
      const cells = row.map((c, i) => (c === null || c === undefined ? '' : cell(columnName(i) + r, c))).join('');
      parts.push(`<row r="${r}">${cells}</row>`);
    }
    parts.push('</sheetData></worksheet>');
    return Buffer.from(parts.join(''));
  };
  const sheetParts = sheets.map((s) => sheetXml(s.rows));
  const numFmts = [...formats.keys()].map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(code)}"/>`);
  const xfs = ['<xf numFmtId="0"/>', '<xf numFmtId="14" applyNumberFormat="1"/>', ...[...formats.keys()].map((_, i) => `<xf numFmtId="${164 + i}" applyNumberFormat="1"/>`)];
  const sst = [...shared.keys()].map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`);
  return zipBytes([
    ['[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`],
    ['_rels/.rels', `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${opts.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="${PKG_REL}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`],
    ...sheetParts.map((xml, i): [string, Buffer] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
    ['xl/styles.xml', `${XML}<styleSheet xmlns="${MAIN}">${numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : ''}<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`],
    ['xl/sharedStrings.xml', `${XML}<sst xmlns="${MAIN}" count="${sst.length}" uniqueCount="${sst.length}">${sst.join('')}</sst>`],
  ]);
}

/**
 * A zip archive of the given files (name, contents), deflated unless `stored`. For tests that
 * need a part written by hand, a broken workbook, or a zip bomb.
 */
export function zipBytes(files: [name: string, contents: string | Buffer][], opts: { stored?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, contents] of files) {
    const data = typeof contents === 'string' ? Buffer.from(contents) : contents;
    const packed = opts.stored ? data : deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // flags: UTF-8 names
    local.writeUInt16LE(opts.stored ? 0 : 8, 8);
    local.writeUInt32LE(0x00210000, 10); // time and date: 1980-01-01 00:00
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by
    local.copy(entry, 6, 4, 30); // version needed … name length, as in the local header
    entry.writeUInt16LE(0, 30); // extra
    entry.writeUInt16LE(0, 32); // comment
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** Excel's serial number of a date: days since 1899-12-30 (1900 system, right from 1900-03-01 on) or since 1904-01-01. */
export function serialOf(date: string, date1904 = false): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const days = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (date1904) return days - 1462;
  return days < 61 ? days - 1 : days; // before 1900-03-01 Excel counts from 1899-12-31 (its 1900-02-29 in between)
}

/** A column's letters from its 0-based index: 0 → A, 26 → AA. */
export function columnName(i: number): string {
  let name = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
