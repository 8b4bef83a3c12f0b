// Synthetic, realistic dossiers for `npm run bench`: every key filled where the stage of the
// case allows it, mixed eerste-spoor statuses, some late steps, some onderbrekingen. Seeded,
// so every run measures the same cases.
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';

/** A small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const STATUSES = ['kansrijk', 'onduidelijk', 'onwaarschijnlijk', 'uitgesloten'];

/** One case as an object with the keys of a case file. */
export function syntheticCase(i, random) {
  const zm = Date.UTC(2024, 0, 1) + Math.floor(random() * 700) * DAY;
  const day = (n) => iso(zm + n * DAY);
  const late = () => (random() < 0.15 ? Math.floor(random() * 20) : 0);
  const c = { werknemer: `E-${String(10000 + i)}`, ziekmelding: day(0) };
  if (random() < 0.2) c.onderbrekingen = [{ van: day(60), tot: day(60 + 3 + Math.floor(random() * 20)) }];
  c.loon_percentage = random() < 0.05 ? 60 : 70 + Math.floor(random() * 31);
  const pa = 30 + late();
  c.probleemanalyse = day(pa);
  // The plan van aanpak is due two weeks after the probleemanalyse: most are in time, some not.
  c.plan_van_aanpak = day(pa + 10 + late());
  c.voortgangsgesprekken = Array.from({ length: 6 }, (_, k) => day(90 + k * (35 + Math.floor(random() * 12))));
  c.melding_42e_week = day(290 + late());
  const status = STATUSES[Math.floor(random() * 4)];
  c.eerste_spoor = { status, vastgesteld: day(200 + late()) };
  c.arbeidsdeskundig_onderzoek = day(240);
  c.eerstejaarsevaluatie = day(330 + late());
  if (status !== 'kansrijk') {
    c.tweede_spoor = { gestart: day(300 + late() * 3), begeleider: 'Re-integratiebureau Noord', bijstelling_plan_van_aanpak: day(305 + late() * 3) };
  }
  c.actueel_oordeel = day(620);
  c.eindevaluatie = day(625);
  c.wia_aanvraag = day(630 + late());
  c.verlenging_weken = 0;
  c.loonsanctie_weken = 0;
  c.notities = 'Werkhervatting in aangepast werk besproken; volgende afspraak gepland.';
  return c;
}

function yaml(c) {
  const lines = [];
  for (const [k, v] of Object.entries(c)) {
    if (Array.isArray(v)) {
      if (k === 'onderbrekingen') lines.push(`${k}:`, ...v.map((o) => `  - { van: ${o.van}, tot: ${o.tot} }`));
      else lines.push(`${k}: [${v.join(', ')}]`);
    } else if (typeof v === 'object') {
      lines.push(`${k}:`, ...Object.entries(v).map(([kk, vv]) => `  ${kk}: ${vv}`));
    } else lines.push(`${k}: ${v}`);
  }
  return `${lines.join('\n')}\n`;
}

const CSV_COLUMNS = [
  'werknemer', 'ziekmelding', 'onderbrekingen', 'loon_percentage', 'probleemanalyse', 'plan_van_aanpak', 'voortgangsgesprekken',
  'melding_42e_week', 'eerste_spoor.status', 'eerste_spoor.vastgesteld', 'arbeidsdeskundig_onderzoek', 'eerstejaarsevaluatie',
  'tweede_spoor.gestart', 'tweede_spoor.begeleider', 'tweede_spoor.bijstelling_plan_van_aanpak', 'actueel_oordeel', 'eindevaluatie',
  'wia_aanvraag', 'verlenging_weken', 'loonsanctie_weken', 'notities',
];

function csvRow(c) {
  const get = (col) => {
    const v = col.split('.').reduce((o, k) => (o == null ? undefined : o[k]), c);
    if (v === undefined) return '';
    if (col === 'onderbrekingen') return v.map((o) => `${o.van}..${o.tot}`).join('|');
    if (Array.isArray(v)) return v.join('|');
    return String(v);
  };
  return CSV_COLUMNS.map((col) => {
    const s = get(col);
    return /[";\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  }).join(';');
}

export function writeDirectory(dir, n) {
  mkdirSync(dir, { recursive: true });
  const random = rng(42);
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `dossier-${String(i).padStart(6, '0')}.yaml`), yaml(syntheticCase(i, random)));
}

async function writeLines(file, header, n, line) {
  const out = createWriteStream(file);
  const random = rng(7);
  if (header) out.write(`${header}\n`);
  for (let i = 0; i < n; i++) {
    if (!out.write(`${line(syntheticCase(i, random))}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

export const writeJsonl = (file, n) => writeLines(file, undefined, n, (c) => JSON.stringify(c));
export const writeCsv = (file, n) => writeLines(file, `\uFEFF${CSV_COLUMNS.join(';')}`, n, csvRow);

/**
 * An export of one row per sickness period, as verzuim systems write it, with the cases poort
 * must fold it into: `people` persons with 1 to 6 periods each, gaps chosen around the
 * samentelling's 28 days (27 and 28 often), some still sick, and every `overlapEvery`th person
 * with two periods that overlap. Rows are shuffled, so a person's periods lie anywhere.
 * Returns the rows (`person`, `start`, `end`, `pct`: ISO dates, end '' while sick) and, per
 * person, the expected cases: `{ ziekmelding, hersteld, onderbrekingen: [{van, tot}], overlap }`.
 */
export function periodExport(people, seed = 11, overlapEvery = 97) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const rows = [];
  const expected = new Map();
  for (let p = 0; p < people; p++) {
    const person = `W-${String(p + 1).padStart(5, '0')}`;
    const n = 1 + Math.floor(random() * 6);
    const overlapAt = p % overlapEvery === overlapEvery - 1 && n > 1 ? Math.floor(random() * (n - 1)) : -1;
    let start = Date.UTC(2024, 0, 1) + Math.floor(random() * 540) * DAY;
    const cases = [];
    let current;
    for (let i = 0; i < n; i++) {
      const length = 3 + Math.floor(random() * 90);
      const last = i === n - 1;
      const end = last && random() < 0.3 ? undefined : start + length * DAY;
      rows.push({ person, start: iso(start), end: end === undefined ? '' : iso(end), pct: String(70 + Math.floor(random() * 31)) });
      if (!current) cases.push((current = { ziekmelding: iso(start), hersteld: null, onderbrekingen: [], overlap: false }));
      current.hersteld = end === undefined ? null : iso(end);
      if (last) break;
      if (i === overlapAt) {
        // The next period starts before this one ends.
        current.overlap = true;
        start = end - Math.max(1, Math.floor(length / 2)) * DAY;
        continue;
      }
      const gap = pick([1, 5, 13, 20, 26, 27, 27, 27, 28, 28, 28, 29, 40, 90, 200]);
      const next = end + gap * DAY;
      if (gap < 28) current.onderbrekingen.push({ van: iso(end), tot: iso(next - DAY) });
      else current = undefined;
      start = next;
    }
    expected.set(person, cases);
  }
  // Shuffled (Fisher–Yates), so that grouping by person is tested.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return { rows, expected };
}

/** The cells of the CSV export's rows, for a workbook of the same cases (every cell as text, as many systems write them). */
export function sheetRows(n) {
  const random = rng(7);
  const rows = [CSV_COLUMNS];
  for (let i = 0; i < n; i++) {
    const c = syntheticCase(i, random);
    rows.push(CSV_COLUMNS.map((col) => {
      const v = col.split('.').reduce((o, k) => (o == null ? undefined : o[k]), c);
      if (v === undefined) return '';
      if (col === 'onderbrekingen') return v.map((o) => `${o.van}..${o.tot}`).join('|');
      return Array.isArray(v) ? v.join('|') : String(v);
    }));
  }
  return rows;
}

/** A period export as CSV, Dutch headers, with the mapping that reads it. */
export async function writePeriodCsv(file, people) {
  // No overlaps: every row folds into a case, and the run ends 0 or 1.
  const { rows } = periodExport(people, 11, Infinity);
  const out = createWriteStream(file);
  out.write('Medewerker;Eerste ziektedag;Hersteldatum;Loondoorbetaling %\n');
  for (const r of rows) if (!out.write(`${r.person};${r.start};${r.end};${r.pct}\n`)) await new Promise((res) => out.once('drain', res));
  await new Promise((res) => out.end(res));
  return rows.length;
}

export const PERIOD_MAPPING = `columns:
  Medewerker: werknemer
  Eerste ziektedag: ziekmelding
  Hersteldatum: hersteld
  Loondoorbetaling %: loon_percentage
periods: { person: werknemer, start: ziekmelding, end: hersteld }
`;
