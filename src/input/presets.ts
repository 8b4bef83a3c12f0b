import type { ColumnsSource, Periods } from './columns.js';

/** A mapping poort ships for an export whose columns a public standard names (`--columns <name>`). */
export interface Preset {
  columns: ColumnsSource;
  periods?: Periods;
  /** Where the names come from, to check them against. */
  source: string;
}

/**
 * SIVI Verzuimstandaard, message Verzuimmeldingen (release 2022), written out flat with its
 * element names as headers: one row per sickness report (Vrzm) of a werknemer (Wrknmr) in a
 * dienstverband (Dnstvbnd). A row is a period from DatEerstVrzmdg to DatHrstld, so the preset
 * folds periods into cases. Elements poort has no key for are left out by name, so that no
 * column of the standard is reported as unknown; PrcVrzm (a partial absence) is no recovery for
 * the samentelling and is left out too.
 */
const sivi: Preset = {
  source: 'SIVI Verzuimstandaard, Verzuimmeldingen (release 2022): DucoSivi/sim-verzuim-werkgevers-arbodiensten, berichten/Verzuimmeldingen.md',
  columns: {
    IdWrknmr: 'werknemer',
    DatEerstVrzmdg: 'ziekmelding',
    DatHrstld: 'hersteld',
    PrcLndrbtng: 'loon_percentage',
    Enddat: 'einde_dienstverband',
    VrzmgvlId: null,
    VrzmgvlVnrMld: null,
    DatVrwHrstl: null,
    PrcVrzm: null,
    EndVrzmJN: null,
    WAZOCd: null,
    VngntJN: null,
    RdnEndVrzmCd: null,
    Ingdat: null,
    AantLnwchtdgn: null,
  },
  periods: { person: 'werknemer', start: 'ziekmelding', end: 'hersteld' },
};

export const PRESETS: Readonly<Record<string, Preset>> = { sivi };
