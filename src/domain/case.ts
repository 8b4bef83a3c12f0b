import type { Datum } from './datum.js';

/** The dossier of one sickness period, as the rules see it once the input is validated. */
export const EERSTE_SPOOR_STATUSES = ['kansrijk', 'onduidelijk', 'onwaarschijnlijk', 'uitgesloten'] as const;
export type EersteSpoorStatus = (typeof EERSTE_SPOOR_STATUSES)[number];

/** A full recovery of fewer than 28 days: `van` is the first and `tot` the last day recovered. */
export interface Onderbreking {
  van: Datum;
  tot: Datum;
}

export interface Case {
  werknemer?: string | undefined;
  ziekmelding: Datum;
  onderbrekingen: Onderbreking[];
  hersteld?: Datum | undefined;
  loon_percentage?: number | undefined;
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
  wia_aanvraag?: Datum | undefined;
  verlenging_weken: number;
  loonsanctie_weken: number;
  notities?: string | undefined;
}

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
