import type { Datum } from './datum.js';

/** The dossier of one sickness period, as the rules see it once the input is validated. */
export const EERSTE_SPOOR_STATUSES = ['kansrijk', 'onduidelijk', 'onwaarschijnlijk', 'uitgesloten'] as const;
export type EersteSpoorStatus = (typeof EERSTE_SPOOR_STATUSES)[number];

/** A range of days, both included: an onderbreking (`van` the first day recovered, `tot` the last) or a leave. */
export interface Periode {
  van: Datum;
  tot: Datum;
}

/** A full recovery of fewer than 28 days (samentelling). */
export type Onderbreking = Periode;

/** `uwv_wia_brief: geen`: UWV sent no letter about the WIA aanvraag (art. 64 lid 6 Wet WIA). */
export const GEEN_BRIEF = 'geen';

export interface Loonsanctie {
  /** As imposed by UWV, at most 52 (art. 25 lid 9 Wet WIA). */
  weken: number;
  /** The day UWV received the employer's report that the shortcoming is repaired (lid 12). */
  herstel_gemeld?: Datum | undefined;
  /** UWV's decision that it is repaired (lid 13). */
  herstel_vastgesteld?: Datum | undefined;
}

export interface Case {
  werknemer?: string | undefined;
  ziekmelding: Datum;
  onderbrekingen: Onderbreking[];
  /** Zwangerschaps- en bevallingsverlof: days that do not count on the sickness clock. */
  wazo_verlof: Periode[];
  hersteld?: Datum | undefined;
  loon_percentage?: number | undefined;
  /** Gross monthly wage in euros: what a loonsanctie or a late WIA aanvraag can cost is a share of it. */
  loon_per_maand?: number | undefined;
  probleemanalyse?: Datum | undefined;
  plan_van_aanpak?: Datum | undefined;
  voortgangsgesprekken: Datum[];
  melding_42e_week?: Datum | undefined;
  eerste_spoor?: { status?: EersteSpoorStatus | undefined; vastgesteld?: Datum | undefined } | undefined;
  arbeidsdeskundig_onderzoek?: Datum | undefined;
  eerstejaarsevaluatie?: Datum | undefined;
  tweede_spoor?:
    | { gestart?: Datum | undefined; begeleider?: string | undefined; bijstelling_plan_van_aanpak?: Datum | undefined }
    | undefined;
  actueel_oordeel?: Datum | undefined;
  eindevaluatie?: Datum | undefined;
  uwv_wia_brief?: Datum | typeof GEEN_BRIEF | undefined;
  wia_aanvraag?: Datum | undefined;
  verlenging_weken: number;
  /** The short form of `loonsanctie.weken`; the validated case carries both. */
  loonsanctie_weken?: number | undefined;
  loonsanctie?: Loonsanctie | undefined;
  /** The last day of the contract. */
  einde_dienstverband?: Datum | undefined;
  melding_einde_dienstverband?: Datum | undefined;
  riv_einde_dienstverband?: Datum | undefined;
  notities?: string | undefined;
}

/** The kinds of value a case key holds: what a rule may do with it (a deadline needs a `date`). */
export type FieldType = 'date' | 'date-or-geen' | 'dates' | 'text' | 'number' | 'status' | 'ranges';

/** A key path into a case, as the rules name it: `tweede_spoor.gestart` is ['tweede_spoor', 'gestart']. */
export type FieldPath = readonly (string | number)[];

/** The value at a path, or undefined where any step is missing. */
export function fieldAt(value: unknown, path: FieldPath): unknown {
  let v: unknown = value;
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[step];
  }
  return v;
}
