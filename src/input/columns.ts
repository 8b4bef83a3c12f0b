import * as z from 'zod/mini';
import { Datum } from '../domain/datum.js';
import { caseSchema, fieldTypes } from './case-schema.js';
import type { Problem } from './problem.js';
import { objectKeys, schemaAt, unwrap } from './schema-walk.js';
import { suggest } from './suggest.js';

/*
 * How an export's columns become case keys: `columns:` in poort.config.yaml or a --columns file
 * (export header → case key, dotted for a nested key, `null` to leave a column out, and for a
 * key with fixed values a map of the export's words onto them), and `periods:` for an export of
 * one row per sickness period. Headers and values match whatever their capitals and accents.
 */

/** A case key path as the mapping writes it: a key of the case file, dotted for a nested one. */
const caseKey = z.string().check(
  z.superRefine((key, ctx) => {
    if (isCaseKey(key)) return;
    ctx.issues.push({ code: 'custom', input: key, params: { problem: 'column-unknown-key', args: { key, suggestion: suggestKey(key) } } });
  }),
);

const column = z.union([
  z.string(),
  z.null(),
  z.strictObject({
    key: z.union([z.string(), z.null()]),
    values: z.optional(z.record(z.string(), z.string())),
    // A date the export writes a number of days off poort's: `days: 1` for a system whose
    // hersteldatum is the last sick day (poort's hersteld is the first day fit).
    days: z.optional(z.int().check(z.minimum(-31), z.maximum(31))),
  }),
]);

/** The keys are checked after the shape, so that a misspelt key is said as such (a union would only say "not of the expected kind"). */
export const columnsSchema = z.record(z.string(), column).check(
  z.superRefine((columns, ctx) => {
    for (const [header, to] of Object.entries(columns)) {
      const key = typeof to === 'string' ? to : to?.key;
      if (typeof key !== 'string' || isCaseKey(key)) continue;
      const path = typeof to === 'string' ? [header] : [header, 'key'];
      ctx.issues.push({ code: 'custom', input: key, path, params: { problem: 'column-unknown-key', args: { key, suggestion: suggestKey(key) } } });
    }
  }),
);

/** An export of one row per sickness period: which case keys (after mapping) hold the person, the first sick day and the first day of full recovery. */
export const periodsSchema = z.strictObject({ person: caseKey, start: caseKey, end: caseKey });

/** A --columns file: a mapping, and the periods of the export if it has them. */
export const mappingFileSchema = z.strictObject({ columns: z.optional(columnsSchema), periods: z.optional(periodsSchema) });

export type ColumnsSource = z.output<typeof columnsSchema>;
export type Periods = z.output<typeof periodsSchema>;

/** What one column of an export is: the case key it fills (null: left out), and how its text becomes the key's. */
export class ColumnTarget {
  constructor(
    readonly key: string | null,
    /** The export's words for the key's values, by their normal form. */
    private readonly values?: ReadonlyMap<string, string>,
    /** Days to move a date by. */
    private readonly days = 0,
  ) {}

  /** A cell's text as the key's: the key's word for it, or a date moved by `days`; else as it is. */
  text(cell: string): string {
    const word = this.values?.get(normal(cell));
    if (word !== undefined) return word;
    if (this.days === 0) return cell;
    const date = Datum.parse(cell.trim());
    return date ? date.plus(this.days).toString() : cell;
  }
}

const AS_IT_IS = new ColumnTarget(null);

/** A header's columns, worked out once per export: each column's case key, and what is wrong with the header. */
export interface HeaderPlan {
  /** Per column: the key path it fills, or null for a column left out (mapped to null, empty, or unknown). */
  paths: readonly (readonly string[] | null)[];
  /** Per column: how its text becomes the key's (value map, date shift). */
  targets: readonly ColumnTarget[];
  /** Problems of the header itself, at line 1: reported once, not per row. */
  problems: Problem[];
  /** A required key no column gives: no row can be a case. */
  missing: string | undefined;
  /** The column that most likely gives the missing key (`Eerste ziektedag` for ziekmelding). */
  hint: string | undefined;
}

/** A mapping ready to apply: headers by their normal form. */
export class ColumnMapping {
  private readonly byHeader: ReadonlyMap<string, ColumnTarget>;

  constructor(readonly source: ColumnsSource = {}) {
    this.byHeader = new Map(
      Object.entries(source).map(([header, to]) => [
        normal(header),
        to === null || typeof to === 'string'
          ? new ColumnTarget(to)
          : new ColumnTarget(to.key, to.values && new Map(Object.entries(to.values).map(([k, v]) => [normal(k), v])), to.days),
      ]),
    );
  }

  /** The columns of a header: mapped, or a case key by itself; anything else is a problem of the header, with a hint. */
  plan(header: readonly string[], line: number): HeaderPlan {
    const problems: Problem[] = [];
    const seen = new Map<string, number>();
    const paths: (readonly string[] | null)[] = [];
    const targets: ColumnTarget[] = [];
    header.forEach((name, i) => {
      const at = { path: [], line, column: i + 1 };
      const mapped = this.byHeader.get(normal(name));
      const key = mapped ? mapped.key : name === '' ? null : caseKeyOf(name);
      targets.push(mapped ?? AS_IT_IS);
      if (key === undefined) {
        problems.push({ code: 'column-unknown', ...at, args: { key: name, suggestion: synonymOf(name) ?? suggestKey(name) } });
        paths.push(null);
        return;
      }
      if (key !== null) {
        const first = seen.get(key);
        if (first !== undefined) problems.push({ code: 'column-twice', ...at, args: { key: name, target: key, first: header[first]! } });
        else seen.set(key, i);
      }
      paths.push(key === null ? null : key.split('.'));
    });
    const missing = REQUIRED.find((k) => !seen.has(k));
    const hint = missing && header.find((name) => synonymOf(name) === missing);
    // The missing key's problem names that column already.
    const rest = hint === undefined ? problems : problems.filter((p) => p.args.key !== hint);
    return { paths, targets, problems: rest, missing, hint };
  }

  /** Whether the mapping renames or leaves out anything: without one, a JSON Lines record is read as it is. */
  get empty(): boolean {
    return this.byHeader.size === 0;
  }

  /** A record's own key (JSON Lines) as a case key: mapped, else itself. */
  targetOf(name: string): ColumnTarget {
    return this.byHeader.get(normal(name)) ?? new ColumnTarget(name);
  }
}

/** The keys every row needs a column for: without one, each row would fail the same way. */
const REQUIRED = ['ziekmelding'];

/** Case and accents forgiven, spaces tidied: `Eerste  Ziektedag`, `eerste ziektedag` and `Éérste ziektedag` are one header. */
export function normal(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A header that is a case key as it is, whatever its capitals and accents (`Ziekmelding`), or undefined. */
function caseKeyOf(name: string): string | undefined {
  const key = normal(name);
  return isCaseKey(key) ? key : undefined;
}

/** A key a column can fill: a case key holding a value or a list of them (`onderbrekingen` as `VAN..TOT` cells), not a group (`eerste_spoor`). */
function isCaseKey(key: string): boolean {
  const path = key.split('.');
  return schemaAt(caseSchema, path) !== undefined && (objectKeys(caseSchema, path).length === 0 || isList(path));
}

/** Every key a column can fill: the case file's leaves, dotted. */
function caseKeys(prefix: readonly string[] = []): string[] {
  return objectKeys(caseSchema, prefix).flatMap((k) => {
    const path = [...prefix, k];
    return objectKeys(caseSchema, path).length > 0 && !isList(path) ? caseKeys(path) : [path.join('.')];
  });
}

const isList = (path: readonly string[]): boolean => {
  const s = schemaAt(caseSchema, path);
  const type = s && (fieldTypes.get(s) ?? fieldTypes.get(unwrap(s)))?.fieldType;
  return type === 'ranges' || type === 'dates';
};

let keys: string[] | undefined;
const suggestKey = (word: string): string | undefined => suggest(word, (keys ??= caseKeys()));

/**
 * What verzuim systems call the case keys (Visma, Xpert Suite, SIVI Verzuimstandaard element
 * names, and common Dutch headers), to suggest a mapping for a column poort does not know.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  werknemer: ['medewerker', 'werknemer', 'personeelsnummer', 'werknemersnummer', 'intern nummer', 'nr', 'idwrknmr', 'medewerkernummer', 'personeelsnr', 'naam'],
  ziekmelding: ['eerste ziektedag', 'eerste verzuimdag', 'datum ziekmelding', 'ziektedatum', 'startdatum', 'begindatum', 'startdatum verzuim', 'dateerstvrzmdg', 'eerste dag verzuim', 'verzuimdatum'],
  hersteld: ['hersteldatum', 'datum hersteld', 'herstel', 'einddatum', 'einddatum verzuim', 'dathrstld', 'datum herstel', 'hersteld per'],
  loon_per_maand: ['maandloon', 'bruto maandloon', 'salaris', 'brutoloon', 'loon per maand', 'maandsalaris'],
  loon_percentage: ['loondoorbetaling', 'percentage loondoorbetaling', 'prclndrbtng', 'doorbetaling'],
  probleemanalyse: ['datum probleemanalyse', 'probleemanalyse bedrijfsarts'],
  plan_van_aanpak: ['datum plan van aanpak', 'pva', 'plan van aanpak'],
  melding_42e_week: ['42e weeks melding', '42e-weeksmelding', 'datum 42e weeks melding', 'ziekmelding uwv', 'melding uwv'],
  'eerste_spoor.status': ['status eerste spoor', 'eerste spoor'],
  eerstejaarsevaluatie: ['eerstejaars evaluatie', 'datum eerstejaarsevaluatie', 'eje'],
  'tweede_spoor.gestart': ['start tweede spoor', 'tweede spoor', 'datum start tweede spoor'],
  wia_aanvraag: ['wia aanvraag', 'datum wia aanvraag'],
  einde_dienstverband: ['einde dienstverband', 'uit dienst', 'datum uit dienst', 'enddat', 'einddatum dienstverband'],
};

const SYNONYM_OF = new Map(Object.entries(SYNONYMS).flatMap(([key, words]) => words.map((w) => [w, key] as const)));

/** The case key a verzuim system's header most likely means, for the hint of an unknown column. */
export function synonymOf(header: string): string | undefined {
  return SYNONYM_OF.get(normal(header).replace(/[_-]/g, ' ').replace(/\s+/g, ' '));
}
