import * as z from 'zod/mini';
import { EERSTE_SPOOR_STATUSES, type Case, type Onderbreking } from '../domain/case.js';
import { Datum } from '../domain/datum.js';
import { schemaAt, unwrap } from './schema-walk.js';

/**
 * The case file of contract.md as a zod schema. Each leaf is registered with its field type,
 * so the rules loader can check that a rule's `field:` names a date, a list of dates, a
 * number, and so on, without a second hand-kept list of keys.
 */
export type FieldType = 'date' | 'dates' | 'text' | 'number' | 'status' | 'onderbrekingen';
export const fieldTypes = z.registry<{ fieldType: FieldType }>();

/** Date fields accept any YAML value and explain themselves, so that `2025-02-29` and `20250106` read alike. */
const datum = z.pipe(
  z.unknown(),
  z.transform((input, ctx) => {
    const parsed = typeof input === 'string' ? Datum.parse(input.trim()) : undefined;
    if (parsed) return parsed;
    ctx.issues.push({ code: 'custom', input, params: { problem: input === undefined ? 'required' : 'not-a-date' } });
    return z.NEVER;
  }),
);

const date = () => z.optional(datum).register(fieldTypes, { fieldType: 'date' });
const dates = () => z._default(z.array(datum), []).register(fieldTypes, { fieldType: 'dates' });
const text = () => z.optional(z.string()).register(fieldTypes, { fieldType: 'text' });
const weeks = (max?: number) =>
  z._default(max === undefined ? z.int().check(z.minimum(0)) : z.int().check(z.minimum(0), z.maximum(max)), 0)
    .register(fieldTypes, { fieldType: 'number' });

const onderbreking = z.strictObject({ van: datum, tot: datum });

export const caseSchema = z
  .strictObject({
    // A reference from a case-management system is often a number; it is kept as text.
    werknemer: z.optional(z.pipe(z.union([z.string(), z.number()]), z.transform(String))).register(fieldTypes, { fieldType: 'text' }),
    ziekmelding: datum.register(fieldTypes, { fieldType: 'date' }),
    onderbrekingen: z._default(z.array(onderbreking).check(z.superRefine((list, ctx) => checkOnderbrekingen(list, ctx))), [])
      .register(fieldTypes, { fieldType: 'onderbrekingen' }),
    hersteld: date(),
    loon_percentage: z.optional(z.number().check(z.minimum(0), z.maximum(100))).register(fieldTypes, { fieldType: 'number' }),
    probleemanalyse: date(),
    plan_van_aanpak: date(),
    voortgangsgesprekken: dates(),
    melding_42e_week: date(),
    eerste_spoor: z.optional(
      z.strictObject({
        status: z.optional(z.enum(EERSTE_SPOOR_STATUSES)).register(fieldTypes, { fieldType: 'status' }),
        vastgesteld: date(),
      }),
    ),
    arbeidsdeskundig_onderzoek: date(),
    eerstejaarsevaluatie: date(),
    tweede_spoor: z.optional(
      z.strictObject({
        gestart: date(),
        begeleider: text(),
        bijstelling_plan_van_aanpak: date(),
      }),
    ),
    actueel_oordeel: date(),
    eindevaluatie: date(),
    wia_aanvraag: date(),
    verlenging_weken: weeks(),
    // UWV imposes a loonsanctie of at most 52 weeks (art. 25 lid 9 WIA).
    loonsanctie_weken: weeks(52),
    notities: text(),
  })
  .check(z.superRefine((c, ctx) => checkOnderbrekingenInCase(c, ctx))) satisfies z.ZodMiniType<Case, unknown>; // output is the domain's Case

/** Whether a key path holds free text (werknemer, notities, begeleider): what --redact hides. */
export function isFreeText(path: readonly (string | number)[]): boolean {
  const schema = schemaAt(caseSchema, path);
  return schema !== undefined && (fieldTypes.get(schema) ?? fieldTypes.get(unwrap(schema)))?.fieldType === 'text';
}

type Issues = { addIssue(issue: { code: 'custom'; path: (string | number)[]; params: Record<string, unknown>; input?: unknown }): void };

const issue = (ctx: Issues, path: (string | number)[], problem: string, args: Record<string, unknown>): void =>
  ctx.addIssue({ code: 'custom', path, params: { problem, args }, input: undefined });

/**
 * Samentelling needs recoveries of fewer than 28 days, in order and not overlapping. Checked
 * on the list itself, so these problems show even when other keys of the case are wrong.
 */
function checkOnderbrekingen(list: readonly Onderbreking[], ctx: Issues): void {
  list.forEach((o, i) => {
    const prev = list[i - 1];
    if (o.tot.isBefore(o.van)) {
      issue(ctx, [i, 'tot'], 'onderbreking-reversed', { van: o.van.toString(), tot: o.tot.toString() });
      return;
    }
    const days = o.tot.since(o.van) + 1;
    if (days >= 28) {
      issue(ctx, [i], 'onderbreking-too-long', { days, van: o.van.toString(), tot: o.tot.toString(), newCase: o.tot.plus(1).toString() });
    }
    if (prev && !prev.tot.isBefore(prev.van) && o.van.isBefore(prev.van)) {
      issue(ctx, [i, 'van'], 'onderbrekingen-unordered', { van: o.van.toString(), prevVan: prev.van.toString() });
    } else if (prev && !o.van.isAfter(prev.tot)) {
      issue(ctx, [i, 'van'], 'onderbrekingen-overlap', { van: o.van.toString(), prevTot: prev.tot.toString() });
    }
  });
}

/** Every onderbreking lies inside the sickness period: after the ziekmelding, before hersteld. */
function checkOnderbrekingenInCase(c: Case, ctx: Issues): void {
  c.onderbrekingen.forEach((o, i) => {
    if (!o.van.isAfter(c.ziekmelding)) {
      issue(ctx, ['onderbrekingen', i, 'van'], 'onderbreking-before-ziekmelding', { van: o.van.toString(), ziekmelding: c.ziekmelding.toString() });
    }
    if (c.hersteld && !o.tot.isBefore(c.hersteld)) {
      issue(ctx, ['onderbrekingen', i, 'tot'], 'onderbreking-after-hersteld', { tot: o.tot.toString(), hersteld: c.hersteld.toString() });
    }
  });
}
