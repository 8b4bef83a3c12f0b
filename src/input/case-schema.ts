import * as z from 'zod/mini';
import { EERSTE_SPOOR_STATUSES, GEEN_BRIEF, type Case, type FieldType, type Periode } from '../domain/case.js';
import { Datum } from '../domain/datum.js';
import { schemaAt, unwrap } from './schema-walk.js';

/**
 * The case file (README.md, "The case file") as a zod schema. Each leaf is registered with its field
 * type, so the rules loader can check that a rule's `field:` names a date, a list of dates, a
 * number, and so on, without a second hand-kept list of keys.
 */
export const fieldTypes = z.registry<{ fieldType: FieldType }>();

/** A date, or (where `orGeen`) the word `geen`; any YAML value comes in and explains itself, so `2025-02-29` and `20250106` read alike. */
const datumOf = (orGeen: boolean) => z.pipe(
  z.unknown(),
  z.transform((input, ctx) => {
    const text = typeof input === 'string' ? input.trim() : undefined;
    if (orGeen && text?.toLowerCase() === GEEN_BRIEF) return GEEN_BRIEF;
    const parsed = text === undefined ? undefined : Datum.parse(text);
    if (parsed?.inRange) return parsed;
    const problem = input === undefined ? 'required' : parsed ? 'date-out-of-range' : 'not-a-date';
    ctx.issues.push({ code: 'custom', input, params: { problem, args: orGeen && !parsed ? { alternative: GEEN_BRIEF } : undefined } });
    return z.NEVER;
  }),
);
const datum = datumOf(false) as z.ZodMiniType<Datum, unknown>;
const datumOrGeen = datumOf(true).register(fieldTypes, { fieldType: 'date-or-geen' }) as z.ZodMiniType<Datum | typeof GEEN_BRIEF, unknown>;

const date = () => z.optional(datum).register(fieldTypes, { fieldType: 'date' });
const dates = () => z._default(z.array(datum), []).register(fieldTypes, { fieldType: 'dates' });
const text = () => z.optional(z.string()).register(fieldTypes, { fieldType: 'text' });
const weeks = (max?: number) => {
  const n = max === undefined ? z.int().check(z.minimum(0)) : z.int().check(z.minimum(0), z.maximum(max));
  return n.register(fieldTypes, { fieldType: 'number' });
};
// UWV imposes a loonsanctie of at most 52 weeks (art. 25 lid 9 Wet WIA), and extends wage
// payment voluntarily (VLD, art. 24) by at most 52 weeks as its practice is.
const LOONSANCTIE_MAX_WEKEN = 52;
const VLD_MAX_WEKEN = 52;

const periode = z.strictObject({ van: datum, tot: datum });
const periodes = (kind: PeriodeKind) =>
  z._default(z.array(periode).check(z.superRefine((list, ctx) => checkPeriodes(kind, list, ctx))), []).register(fieldTypes, { fieldType: 'ranges' });

const caseShape = {
    // A reference from a case-management system is often a number; it is kept as text.
    werknemer: z.optional(z.pipe(z.union([z.string(), z.number()]), z.transform(String))).register(fieldTypes, { fieldType: 'text' }),
    ziekmelding: datum.register(fieldTypes, { fieldType: 'date' }),
    onderbrekingen: periodes('onderbreking'),
    wazo_verlof: periodes('wazo'),
    hersteld: date(),
    loon_percentage: z.optional(z.number().check(z.minimum(0), z.maximum(100))).register(fieldTypes, { fieldType: 'number' }),
    // Gross euros a month, for the money a missed step can cost (a maximum estimate only).
    loon_per_maand: z.optional(z.number().check(z.minimum(0), z.maximum(1_000_000))).register(fieldTypes, { fieldType: 'number' }),
    probleemanalyse: date(),
    plan_van_aanpak: date(),
    voortgangsgesprekken: dates(),
    melding_42e_week: date(),
    eerste_spoor: z.optional(
      z.strictObject({
        status: z.optional(z.enum(EERSTE_SPOOR_STATUSES)).register(fieldTypes, { fieldType: 'status' }),
        vastgesteld: date(),
      }).check(z.overwrite((o) => ({ status: o.status, vastgesteld: o.vastgesteld }))),
    ),
    arbeidsdeskundig_onderzoek: date(),
    eerstejaarsevaluatie: date(),
    tweede_spoor: z.optional(
      z.strictObject({
        gestart: date(),
        begeleider: text(),
        bijstelling_plan_van_aanpak: date(),
      }).check(z.overwrite((o) => ({ gestart: o.gestart, begeleider: o.begeleider, bijstelling_plan_van_aanpak: o.bijstelling_plan_van_aanpak }))),
    ),
    actueel_oordeel: date(),
    eindevaluatie: date(),
    uwv_wia_brief: z.optional(datumOrGeen).register(fieldTypes, { fieldType: 'date-or-geen' }),
    wia_aanvraag: date(),
    verlenging_weken: z._default(weeks(VLD_MAX_WEKEN), 0),
    loonsanctie_weken: z.optional(weeks(LOONSANCTIE_MAX_WEKEN)),
    loonsanctie: z.optional(
      z.strictObject({
        weken: weeks(LOONSANCTIE_MAX_WEKEN),
        herstel_gemeld: date(),
        herstel_vastgesteld: date(),
      }),
    ),
    einde_dienstverband: date(),
    melding_einde_dienstverband: date(),
    riv_einde_dienstverband: date(),
    notities: text(),
};
const CASE_KEYS = Object.keys(caseShape) as (keyof typeof caseShape)[];

/** The schema and the domain's Case name the same keys: a key added to only one of them does not compile. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : { onlyInSchema: Exclude<keyof A, keyof B>; onlyInCase: Exclude<keyof B, keyof A> };
true satisfies SameKeys<typeof caseShape, Case>;
const caseObject = z.strictObject(caseShape).check(z.superRefine((c, ctx) => checkCase(c, ctx)));

/**
 * The validated case, with `loonsanctie_weken: N` also given as `loonsanctie: { weken: N }` for
 * the rules. Every key is present, in one order (undefined where not recorded): every case then
 * has the same shape, which keeps the engine's many reads of case keys fast.
 */
export const caseSchema = z.pipe(
  caseObject,
  z.transform((c): Case => {
    const out = {} as Record<string, unknown>;
    for (const key of CASE_KEYS) out[key] = c[key];
    if (c.loonsanctie_weken !== undefined && !c.loonsanctie) out.loonsanctie = { weken: c.loonsanctie_weken };
    return out as unknown as Case;
  }),
) satisfies z.ZodMiniType<Case, unknown>; // output is the domain's Case

/** Whether a key path holds free text (werknemer, notities, begeleider): what --redact hides. */
export function isFreeText(path: readonly (string | number)[]): boolean {
  const schema = schemaAt(caseSchema, path);
  return schema !== undefined && (fieldTypes.get(schema) ?? fieldTypes.get(unwrap(schema)))?.fieldType === 'text';
}

type Issues = { addIssue(issue: { code: 'custom'; path: (string | number)[]; params: Record<string, unknown>; input?: unknown }): void };

const issue = (ctx: Issues, path: (string | number)[], problem: string, args: Record<string, unknown>): void =>
  ctx.addIssue({ code: 'custom', path, params: { problem, args }, input: undefined });

type PeriodeKind = 'onderbreking' | 'wazo';

/**
 * Samentelling needs recoveries of fewer than 28 days, in order and not overlapping; leaves
 * must be in order and not overlap either (any length: sickness around a leave is one period).
 * Checked on the list itself, so these problems show even when other keys are wrong.
 */
function checkPeriodes(kind: PeriodeKind, list: readonly Periode[], ctx: Issues): void {
  list.forEach((o, i) => {
    const prev = list[i - 1];
    if (o.tot.isBefore(o.van)) {
      issue(ctx, [i, 'tot'], kind === 'wazo' ? 'wazo-reversed' : 'onderbreking-reversed', { van: o.van.toString(), tot: o.tot.toString() });
      return;
    }
    const days = o.tot.since(o.van) + 1;
    if (kind === 'onderbreking' && days >= 28) {
      issue(ctx, [i], 'onderbreking-too-long', { days, van: o.van.toString(), tot: o.tot.toString(), newCase: o.tot.plus(1).toString() });
    }
    if (!prev || prev.tot.isBefore(prev.van)) return;
    if (kind === 'wazo') {
      if (!o.van.isAfter(prev.tot)) issue(ctx, [i, 'van'], 'wazo-unordered', { van: o.van.toString(), prevTot: prev.tot.toString() });
    } else if (o.van.isBefore(prev.van)) {
      issue(ctx, [i, 'van'], 'onderbrekingen-unordered', { van: o.van.toString(), prevVan: prev.van.toString() });
    } else if (!o.van.isAfter(prev.tot)) {
      issue(ctx, [i, 'van'], 'onderbrekingen-overlap', { van: o.van.toString(), prevTot: prev.tot.toString() });
    }
  });
}

/**
 * What the case's keys say together: every onderbreking and leave lies inside the sickness
 * period; an onderbreking neither overlaps nor touches a leave (sickness directly before and
 * after a leave is one period, docs/law.md); one form of the loonsanctie; UWV decides on a
 * repair after it was reported.
 */
function checkCase(c: z.output<typeof caseObject>, ctx: Issues): void {
  // Leaves in date order, walked once alongside the onderbrekingen in theirs: linear, however many.
  const leaves = [...c.wazo_verlof].sort((x, y) => x.van.since(y.van));
  const order = c.onderbrekingen.map((o, i) => ({ o, i })).sort((x, y) => x.o.van.since(y.o.van));
  let l = 0;
  for (const { o, i } of order) {
    if (!o.van.isAfter(c.ziekmelding)) {
      issue(ctx, ['onderbrekingen', i, 'van'], 'onderbreking-before-ziekmelding', { van: o.van.toString(), ziekmelding: c.ziekmelding.toString() });
    }
    if (c.hersteld && !o.tot.isBefore(c.hersteld)) {
      issue(ctx, ['onderbrekingen', i, 'tot'], 'onderbreking-after-hersteld', { tot: o.tot.toString(), hersteld: c.hersteld.toString() });
    }
    // Skip the leaves that end more than a day before this onderbreking starts.
    while (l < leaves.length && leaves[l]!.tot.plus(1).isBefore(o.van)) l++;
    const leave = leaves[l];
    if (leave && !leave.van.isAfter(o.tot.plus(1))) {
      issue(ctx, ['onderbrekingen', i], 'wazo-onderbreking', { van: o.van.toString(), tot: o.tot.toString(), wazoVan: leave.van.toString(), wazoTot: leave.tot.toString() });
    }
  }
  c.wazo_verlof.forEach((w, i) => {
    if (!w.van.isAfter(c.ziekmelding)) {
      issue(ctx, ['wazo_verlof', i, 'van'], 'wazo-outside-case', { van: w.van.toString(), ziekmelding: c.ziekmelding.toString() });
    } else if (c.hersteld && !w.van.isBefore(c.hersteld)) {
      issue(ctx, ['wazo_verlof', i, 'van'], 'wazo-outside-case', { van: w.van.toString(), hersteld: c.hersteld.toString() });
    }
  });
  if (c.loonsanctie_weken !== undefined && c.loonsanctie) issue(ctx, ['loonsanctie_weken'], 'loonsanctie-twice', {});
  const { herstel_gemeld: gemeld, herstel_vastgesteld: vastgesteld } = c.loonsanctie ?? {};
  if (vastgesteld && (!gemeld || vastgesteld.isBefore(gemeld))) {
    issue(ctx, ['loonsanctie', 'herstel_vastgesteld'], 'herstel-before-melding', { vastgesteld: vastgesteld.toString(), gemeld: gemeld?.toString() });
  }
}
