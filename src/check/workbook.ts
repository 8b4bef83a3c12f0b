import { openSync, readSync, closeSync } from 'node:fs';
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import type { SaxesParser } from 'saxes';
import type { Entry, ZipFile } from 'yauzl';

/**
 * Excel workbooks (.xlsx), as verzuim systems export them: the rows of one sheet, streamed, so
 * that an export of 100,000 cases is never held in memory. An .xlsx file is a zip of XML parts;
 * yauzl reads the zip from its central directory (each part when it is wanted, in any order,
 * with sizes checked as it inflates) and saxes parses the XML as it streams. Both are loaded
 * only when a workbook is read.
 *
 * Read: the workbook's sheet list and date system, its number formats (to tell a date from a
 * number), its shared strings (held: the sheet's text cells point into them) and then the
 * sheet, row by row. Hostile files: the XML read is capped (`maxBytes`, against the sizes the
 * zip declares and against the bytes actually inflated), the XML has no entities to expand,
 * and whatever is not a workbook fails with a short message.
 */

/** One row of a sheet: its number in the sheet (1-based) and its cells as text. */
export interface WorkbookRow {
  line: number;
  cells: string[];
}

/** XML read from one workbook at most (sheet, shared strings and the small parts together). */
export const DEFAULT_MAX_WORKBOOK_XML = 200 * 1024 * 1024;

/**
 * The rows of one sheet of a workbook, streamed: the first is the header. Cells as text: dates
 * as YYYY-MM-DD, numbers as their shortest decimal text.
 *
 * `sheet`: the sheet's name (an exact match first, else one that differs only in case);
 * undefined: the first sheet. Rows without any value are skipped, but every row keeps its
 * number in the sheet. A row's cells are padded with '' so that cell i is in column i; empty
 * cells at its end are left off.
 *
 * Errors (each with a `code`): `ENOSHEET` (with `sheets`, the names there are) for an unknown
 * sheet, `EFBIG` past `maxBytes` of XML, `EBADXLSX` for a file that is no workbook or a broken
 * one; the file system's own errors (ENOENT, EACCES, …) as they come.
 */
export async function* workbookRows(path: string, sheet: string | undefined, maxBytes = DEFAULT_MAX_WORKBOOK_XML): AsyncGenerator<WorkbookRow> {
  const [{ default: yauzl }, { SaxesParser: Parser }] = await Promise.all([import('yauzl'), import('saxes')]);
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, z) => (err ? reject(notAWorkbook(err, path)) : resolve(z)));
  });
  try {
    const book = new Book(zip, await entriesOf(zip), maxBytes, Parser);
    yield* book.rows(sheet);
  } catch (e) {
    throw asWorkbookError(e);
  } finally {
    zip.close();
  }
}

type ParserClass = typeof SaxesParser;

/** The zip's parts by name, lower-cased (writers differ in case). */
async function entriesOf(zip: ZipFile): Promise<Map<string, Entry>> {
  if (zip.entryCount > MAX_PARTS) throw fail('EBADXLSX', `not a workbook: ${zip.entryCount} parts in the zip`);
  const entries = new Map<string, Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: Entry) => {
      const name = e.fileName.toLowerCase();
      if (!entries.has(name)) entries.set(name, e);
      zip.readEntry();
    });
    zip.once('end', () => resolve());
    zip.once('error', reject);
    zip.readEntry();
  });
  return entries;
}

/** A workbook has a few dozen parts; a zip of millions is no workbook (and would cost memory to list). */
const MAX_PARTS = 10_000;

interface SheetRef {
  name: string;
  rid: string;
}

class Book {
  private left: number;

  constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
    private readonly maxBytes: number,
    private readonly Parser: ParserClass,
  ) {
    this.left = maxBytes;
  }

  async *rows(wanted: string | undefined): AsyncGenerator<WorkbookRow> {
    const bookPath = (await this.relations('')).find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
    const { sheets, date1904 } = await this.workbook(bookPath);
    const names = sheets.map((s) => s.name);
    if (sheets.length === 0) throw fail('EBADXLSX', 'the workbook has no sheets');
    const chosen = wanted === undefined
      ? sheets[0]!
      : sheets.find((s) => s.name === wanted) ?? onlyOne(sheets.filter((s) => s.name.toLowerCase() === wanted.toLowerCase()));
    if (!chosen) {
      const list = names.length > 20 ? `${names.slice(0, 20).join(', ')}, …` : names.join(', ');
      throw Object.assign(fail('ENOSHEET', `no sheet named "${wanted}" (sheets: ${list})`), { sheets: names });
    }
    const rels = await this.relations(bookPath);
    const rel = rels.find((r) => r.id === chosen.rid);
    if (rel && !rel.type.endsWith('/worksheet')) throw fail('EBADXLSX', `sheet "${chosen.name}" is not a worksheet (a chart or a dialog?)`);
    const sheetPath = rel?.target ?? '';
    const sheetEntry = this.entries.get(sheetPath.toLowerCase());
    if (!sheetEntry) throw fail('EBADXLSX', `sheet "${chosen.name}" is missing from the workbook`);
    const stringsPath = rels.find((r) => r.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
    const stylesPath = rels.find((r) => r.type.endsWith('/styles'))?.target ?? 'xl/styles.xml';
    // The sizes the zip declares, checked before anything large is read (and the bytes themselves as they come).
    const declared = [sheetPath, stringsPath, stylesPath].reduce((n, p) => n + (this.entries.get(p.toLowerCase())?.uncompressedSize ?? 0), 0);
    if (declared > this.left) throw tooBig(this.maxBytes);
    const dates = await this.dateStyles(stylesPath);
    const strings = await this.sharedStrings(stringsPath);
    yield* this.sheetRows(sheetEntry, { dates, strings, date1904 });
  }

  /** The relationships of a part (`''`: the package's own), targets resolved to part names. */
  private async relations(part: string): Promise<{ id: string; type: string; target: string }[]> {
    const dir = posix.dirname(part);
    const relsPath = posix.join(dir === '.' ? '' : dir, '_rels', `${posix.basename(part)}.rels`);
    const out: { id: string; type: string; target: string }[] = [];
    await this.parse(relsPath, (p) => {
      p.on('opentag', (t) => {
        const a = t.attributes as Record<string, string>;
        if (local(t.name) !== 'Relationship' || a.TargetMode === 'External' || !a.Target) return;
        const target = a.Target.startsWith('/') ? a.Target.slice(1) : posix.normalize(posix.join(dir === '.' ? '' : dir, a.Target));
        out.push({ id: a.Id ?? '', type: a.Type ?? '', target });
      });
    });
    return out;
  }

  /** The sheets in tab order, and whether dates count from 1904. */
  private async workbook(part: string): Promise<{ sheets: SheetRef[]; date1904: boolean }> {
    const sheets: SheetRef[] = [];
    let date1904 = false;
    const found = await this.parse(part, (p) => {
      p.on('opentag', (t) => {
        const a = t.attributes as Record<string, string>;
        const name = local(t.name);
        if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
        else if (name === 'sheet') {
          const rid = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
          sheets.push({ name: a.name ?? '', rid });
        }
      });
    });
    if (!found) throw fail('EBADXLSX', 'not a workbook: no workbook part in the zip');
    return { sheets, date1904 };
  }

  /** For each cell style (the `s` of a cell), whether its number format shows a date. */
  private async dateStyles(part: string): Promise<boolean[]> {
    const custom = new Map<string, string>();
    const formats: string[] = [];
    let inCellXfs = false;
    await this.parse(part, (p) => {
      p.on('opentag', (t) => {
        const a = t.attributes as Record<string, string>;
        const name = local(t.name);
        if (name === 'numFmt') custom.set(a.numFmtId ?? '', a.formatCode ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) formats.push(a.numFmtId ?? '0');
      });
      p.on('closetag', (t) => {
        if (local(t.name) === 'cellXfs') inCellXfs = false;
      });
    });
    return formats.map((id) => {
      const code = custom.get(id);
      return code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(Number(id));
    });
  }

  /** The shared strings table: rich text as its runs' text joined, phonetic guides left out. */
  private async sharedStrings(part: string): Promise<StringTable> {
    const strings = new StringTable();
    let item: string | undefined;
    let inText = false;
    let phonetic = 0;
    await this.parse(part, (p) => {
      p.on('opentag', (t) => {
        const name = local(t.name);
        if (name === 'si') item = '';
        else if (name === 't') inText = item !== undefined && phonetic === 0 && !t.isSelfClosing;
        else if (name === 'rPh') phonetic++; // saxes closes a self-closing tag too
      });
      const text = (s: string) => {
        if (inText) item += s;
      };
      p.on('text', text);
      p.on('cdata', text);
      p.on('closetag', (t) => {
        const name = local(t.name);
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si') {
          strings.push(unescapeX(item ?? '').trim());
          item = undefined;
        }
      });
    });
    return strings;
  }

  /** The sheet's rows as they stream past. */
  private async *sheetRows(entry: Entry, ctx: Context): AsyncGenerator<WorkbookRow> {
    const out: WorkbookRow[] = [];
    let line = 0;
    let cells: string[] = [];
    let col = -1;
    let type = '';
    let style = 0;
    let value = '';
    let inline = '';
    let capture: 'v' | 't' | undefined;
    let inInline = false;
    let phonetic = 0;
    const parser = this.parser();
    parser.on('opentag', (t) => {
      const name = local(t.name);
      if (name === 'c') {
        const a = t.attributes as Record<string, string>;
        col = a.r ? columnOf(a.r, col + 1) : col + 1;
        if (col >= MAX_COLUMNS) throw fail('EBADXLSX', `row ${line} has cells past the last column (XFD)`);
        type = a.t ?? 'n';
        style = a.s ? Number(a.s) : 0;
        value = '';
        inline = '';
      } else if (name === 'v') capture = t.isSelfClosing ? undefined : 'v';
      else if (name === 'is') inInline = !t.isSelfClosing;
      else if (name === 't') capture = inInline && phonetic === 0 && !t.isSelfClosing ? 't' : undefined;
      else if (name === 'rPh') phonetic++; // saxes closes a self-closing tag too
      else if (name === 'row') {
        const r = (t.attributes as Record<string, string>).r;
        const n = r ? Number(r) : NaN;
        line = Number.isInteger(n) && n > 0 ? n : line + 1;
        cells = [];
        col = -1;
      }
    });
    const text = (s: string) => {
      if (capture === 'v') value += s;
      else if (capture === 't') inline += s;
    };
    parser.on('text', text);
    parser.on('cdata', text);
    const endRow = () => {
      let end = cells.length;
      while (end > 0 && cells[end - 1] === '') end--;
      if (end > 0) out.push({ line, cells: end === cells.length ? cells : cells.slice(0, end) });
      cells = [];
    };
    parser.on('closetag', (t) => {
      const name = local(t.name);
      if (name === 'v' || name === 't') capture = undefined;
      else if (name === 'is') inInline = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c') {
        const cell = cellText(type, style, value, inline, ctx);
        if (cell !== '') {
          while (cells.length < col) cells.push('');
          cells[col] = cell;
        }
      } else if (name === 'row') endRow();
    });
    for await (const _ of this.stream(entry, parser)) {
      if (out.length > 0) yield* out.splice(0);
    }
    yield* out;
  }

  private parser(): SaxesParser<{}> {
    // No position tracking (faster); no DTD entities are ever expanded: saxes defines none but XML's own.
    return new this.Parser({ position: false });
  }

  /** Parses a part with the handlers `setup` sets; false when the zip has no such part. */
  private async parse(part: string, setup: (p: SaxesParser<{}>) => void): Promise<boolean> {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) return false;
    const parser = this.parser();
    setup(parser);
    for await (const _ of this.stream(entry, parser));
    return true;
  }

  /** Inflates a part into the parser, piece by piece (one step per piece), within the budget of XML bytes. */
  private async *stream(entry: Entry, parser: SaxesParser<{}>): AsyncGenerator<void> {
    if (entry.uncompressedSize > this.left) throw tooBig(this.maxBytes);
    const input = await new Promise<Readable>((resolve, reject) => {
      this.zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s)));
    });
    const decoder = new TextDecoder('utf-8');
    try {
      for await (const chunk of input as AsyncIterable<Buffer>) {
        this.left -= chunk.length;
        if (this.left < 0) throw tooBig(this.maxBytes);
        parser.write(decoder.decode(chunk, { stream: true }));
        yield;
      }
      parser.write(decoder.decode());
      parser.close();
    } finally {
      input.destroy();
    }
  }
}

interface Context {
  dates: boolean[];
  strings: StringTable;
  date1904: boolean;
}

/**
 * The shared strings (trimmed), packed as UTF-8 in one buffer: an export's 200,000 names and
 * numbers held as strings would cost the heap several times as much, and the collector's time
 * as they are read. A cell's string is decoded when the cell is read.
 */
class StringTable {
  private bytes = Buffer.alloc(1 << 16);
  private ends = new Uint32Array(1 << 10);
  private used = 0;
  private count = 0;

  push(s: string): void {
    if (this.used + s.length * 3 > this.bytes.length) this.bytes = grown(this.bytes, this.used + s.length * 3);
    if (this.count === this.ends.length) this.ends = grown(this.ends, this.count + 1);
    this.used += this.bytes.write(s, this.used, 'utf8');
    this.ends[this.count++] = this.used;
  }

  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.count) || !Number.isInteger(i)) return undefined;
    return this.bytes.toString('utf8', i === 0 ? 0 : this.ends[i - 1], this.ends[i]);
  }
}

/** A copy of an array twice as long (or long enough for `need`). */
function grown<T extends Buffer | Uint32Array>(a: T, need: number): T {
  const b = (a instanceof Buffer ? Buffer.alloc(Math.max(need, a.length * 2)) : new Uint32Array(Math.max(need, a.length * 2))) as T;
  b.set(a);
  return b;
}

/** A cell's value as text. */
function cellText(type: string, style: number, value: string, inline: string, ctx: Context): string {
  switch (type) {
    case 's': {
      if (value === '') return '';
      const s = ctx.strings.get(Number(value));
      if (s === undefined) throw fail('EBADXLSX', `a cell refers to shared string ${value.trim().slice(0, 20)}, which is not there`);
      return s;
    }
    case 'inlineStr':
      return unescapeX(inline || value).trim();
    case 'str': // a formula's text result
      return unescapeX(value).trim();
    case 'e': // an error value, as Excel shows it: #N/A, #DIV/0!
      return value.trim();
    case 'b':
      return value === '' ? '' : value.trim() === '1' || value.trim() === 'true' ? 'true' : 'false';
    case 'd': {
      // An ISO 8601 date (and time) as written, without converting between time zones.
      const v = value.trim();
      return /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : v;
    }
    default: {
      const v = value.trim();
      if (v === '') return '';
      const n = Number(v);
      if (!Number.isFinite(n)) return v;
      return (ctx.dates[style] && serialDate(n, ctx.date1904)) || decimalText(n);
    }
  }
}

const DAY_MS = 86_400_000;
/** 1899-12-30, day 0 of Excel's count from 1900-03-01 on (and 1462 days before 1904-01-01). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** 9999-12-31, Excel's last date, in days from EPOCH_MS. */
const LAST_DAY = 2_958_465;

/**
 * A serial number's date, YYYY-MM-DD, in UTC arithmetic (no time zone is involved); the time of
 * day (its fraction) is left off. 1900 system: serial 1 is 1900-01-01, and 60 is the 1900-02-29
 * that Lotus 1-2-3 had and Excel keeps, so 61 is 1900-03-01; 1904 system: serial 0 is
 * 1904-01-01. Undefined before the first day or after 9999-12-31 (Excel shows no date there).
 */
export function serialDate(serial: number, date1904: boolean): string | undefined {
  // To the millisecond first, as Excel rounds: 45658.99999999999 is the next day at 00:00.
  const day = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  const key = day * 2 + (date1904 ? 1 : 0); // the two systems apart in one cache
  let date = dateCache.get(key);
  if (date === undefined && !dateCache.has(key)) {
    if (dateCache.size >= 10_000) dateCache.clear();
    dateCache.set(key, (date = dayDate(day, date1904)));
  }
  return date;
}

/** The dates of serial days lately seen: an export's dates are a few hundred days, again and again. */
const dateCache = new Map<number, string | undefined>();

function dayDate(day: number, date1904: boolean): string | undefined {
  let epochDay: number;
  if (date1904) epochDay = day + 1462;
  else if (day === 60) return '1900-02-29';
  else epochDay = day < 60 ? day + 1 : day;
  if (epochDay < (date1904 ? 1462 : 2) || epochDay > LAST_DAY) return undefined;
  return new Date(EPOCH_MS + epochDay * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A number as plain decimal text, to the 15 significant digits that Excel keeps and shows
 * (a formula's 0.30000000000000004 is 0.3), without an exponent: 70, 12.5, 0.0000001.
 */
export function decimalText(n: number): string {
  const plain = String(n);
  if (plain.length <= 15 && !plain.includes('e')) return plain; // no more than 15 digits: as it is
  const s = String(Number(n.toPrecision(15)));
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, first, rest = '', exp] = m;
  const digits = first! + rest;
  const e = Number(exp);
  return e >= 0 ? sign + digits.padEnd(e + 1, '0') : `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
}

/**
 * Built-in number formats that show a date: 14–17 and 22 everywhere, 27–31, 36 and 50–58 in
 * East Asian locales. (18–21, 32–35 and 45–47 are times of day: those stay numbers.)
 */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a number format code shows a date: it has a day or a year, or a month (m without
 * hours or seconds, which would make it minutes). Quoted text, escaped characters, colours,
 * conditions and locales ([Red], [<100], [$-413]) do not count.
 */
export function isDateFormat(code: string): boolean {
  const section = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/general/gi, '')
    .split(';')[0]!;
  return /[dy]/i.test(section) || (/m/i.test(section) && !/[hs]/i.test(section));
}

/** The 0-based column of a cell reference (`C7` → 2); `fallback` when it names none. */
function columnOf(ref: string, fallback: number): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  if (i === 0) return fallback;
  if (col > MAX_COLUMNS) throw fail('EBADXLSX', `cell ${ref.slice(0, 20)} is past the last column (XFD)`);
  return col - 1;
}

/** Excel's last column, XFD. */
const MAX_COLUMNS = 16_384;

/** OOXML's escapes for characters XML cannot hold: `_x000D_` is a carriage return, `_x005F_` an underscore. */
function unescapeX(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

/** A tag's name without its namespace prefix (`x:row` → `row`). */
function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function onlyOne<T>(list: T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

type WorkbookError = Error & { code: string };

function fail(code: 'EBADXLSX' | 'EFBIG' | 'ENOSHEET', message: string): WorkbookError {
  return Object.assign(new Error(message), { code });
}

const tooBig = (max: number): WorkbookError => fail('EFBIG', `the workbook holds more than ${max} bytes of XML (a zip bomb?)`);

/** An error as the caller gets it: ours and the file system's as they are; any other (zip, inflate, XML) as EBADXLSX. */
function asWorkbookError(e: unknown): Error {
  const err = e as Error & { code?: string; syscall?: string };
  if (err.syscall || err.code === 'EBADXLSX' || err.code === 'EFBIG' || err.code === 'ENOSHEET') return err;
  return fail('EBADXLSX', `a broken workbook: ${shortMessage(err)}`);
}

/** Why the zip could not be opened: the file system's error as it is, or what the file is instead. */
function notAWorkbook(e: Error & { syscall?: string }, path: string): Error {
  if (e.syscall) return e;
  let head = Buffer.alloc(0);
  try {
    const fd = openSync(path, 'r');
    try {
      head = Buffer.alloc(8);
      head = head.subarray(0, readSync(fd, head, 0, 8, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    // what yauzl said will do
  }
  if (head.equals(OLE2)) return fail('EBADXLSX', 'not an .xlsx workbook: an Excel 97-2003 (.xls) or password-protected file');
  if (head.length >= 2 && head[0] === 0x50 && head[1] === 0x4b) return fail('EBADXLSX', `a broken workbook: ${shortMessage(e)}`);
  return fail('EBADXLSX', 'not an .xlsx workbook (not a zip archive)');
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A library's message, one line and not too long. */
function shortMessage(e: Error): string {
  const line = String(e?.message ?? e).split('\n')[0]!;
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
