/**
 * The worked examples A–E of docs/law.md, end to end: case files through the built bin with
 * `--format json`, as a script would read them. Every date here was counted by hand from the
 * statute's reading (docs/law.md), not copied from poort's output.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, type JsonCase } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'poort-worked-'));
let n = 0;

/** One case file through `poort check --format json`: its case and the exit code. */
function run(lines: string[], asOf: string): { c: JsonCase; code: number | null } {
  const file = join(dir, `case-${++n}.yaml`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const r = runBin(['check', file, '--as-of', asOf, '--format', 'json']);
  expect(r.stderr).toBe('');
  return { c: (JSON.parse(r.stdout) as { cases: JsonCase[] }).cases[0]!, code: r.code };
}

const due = (c: JsonCase, id: string) => c.timeline.find((t) => t.id === id)!;
const found = (c: JsonCase, id: string) => c.findings.filter((f) => f.rule === id);

describe('A: ziekmelding Monday 2025-01-06', () => {
  const ZM = 'ziekmelding: 2025-01-06';

  it('end of week 6, the plan van aanpak, the 42e-weeksmelding, the EJE window, RIV, WIA aanvraag and einde wachttijd', () => {
    const { c } = run([ZM, 'probleemanalyse: 2025-01-20'], '2025-01-20');
    expect(due(c, 'probleemanalyse').due).toBe('2025-02-16');
    expect(due(c, 'plan-van-aanpak').due).toBe('2025-02-03');
    expect(due(c, 'melding-42e-week').due).toBe('2025-10-27');
    expect(due(c, 'eerstejaarsevaluatie')).toMatchObject({ from: '2025-11-17', due: '2026-01-04' });
    expect(due(c, 'actueel-oordeel').due).toBe('2026-10-04');
    expect(due(c, 'eindevaluatie').due).toBe('2026-10-04');
    expect(due(c, 'wia-aanvraag')).toMatchObject({ from: '2026-09-14', due: '2026-10-18' });
    expect(c.clock).toMatchObject({ eindeWachttijd: '2027-01-03', eindeLoondoorbetaling: '2027-01-03', provisional: false });
    expect(due(run([ZM], '2025-01-20').c, 'plan-van-aanpak').due).toBe('2025-03-02');
  });

  it('EJE 2025-11-20, eerste spoor onwaarschijnlijk: the tweede spoor is due 2026-01-01; started then on time, a day later an error', () => {
    const lines = (gestart: string) => [ZM, 'eerstejaarsevaluatie: 2025-11-20', 'eerste_spoor: { status: onwaarschijnlijk }', `tweede_spoor: { gestart: ${gestart} }`];
    const onTime = run(lines('2026-01-01'), '2026-02-01').c;
    expect(due(onTime, 'tweede-spoor')).toMatchObject({ due: '2026-01-01', status: 'on-time' });
    expect(found(onTime, 'tweede-spoor')).toEqual([]);
    const late = run(lines('2026-01-02'), '2026-02-01');
    expect(found(late.c, 'tweede-spoor')).toMatchObject([{ severity: 'error', consequence: 'loonsanctie', type: 'late', args: { due: '2026-01-01', days: 1 } }]);
    expect(found(late.c, 'tweede-spoor')[0]!.message).toContain('tweede spoor too late, loonsanctie risk');
    expect(late.code).toBe(1);
  });

  it('EJE 2026-01-02: due 2026-02-13; a start on 2026-02-02 is a warning (after week 52), not an error', () => {
    const { c } = run([ZM, 'eerstejaarsevaluatie: 2026-01-02', 'eerste_spoor: { status: onwaarschijnlijk, vastgesteld: 2025-12-01 }', 'tweede_spoor: { gestart: 2026-02-02 }'], '2026-03-01');
    expect(due(c, 'tweede-spoor')).toMatchObject({ due: '2026-02-13', status: 'on-time' });
    expect(found(c, 'tweede-spoor')).toMatchObject([{ severity: 'warning', type: 'delayed' }]);
  });
});

describe('B: samentelling (ziek 2022-01-03, hersteld 2022-07-04 … 2022-07-24, ziek again from 2022-07-25)', () => {
  it('the 21 recovery days shift the clock: the wachttijd ends Sun 2024-01-21', () => {
    const { c } = run(['ziekmelding: 2022-01-03', 'onderbrekingen: [{ van: 2022-07-04, tot: 2022-07-24 }]'], '2022-08-01');
    expect(c.clock!.eindeWachttijd).toBe('2024-01-21');
    expect(due(c, 'einde-wachttijd').due).toBe('2024-01-21');
  });
});

describe('C: ziekmelding Monday 2025-07-07', () => {
  it('sick-day 295 is Koningsdag, Mon 2026-04-27: the 42e-weeksmelding is due Tue 2026-04-28', () => {
    const { c } = run(['ziekmelding: 2025-07-07'], '2025-07-07');
    expect(due(c, 'melding-42e-week').due).toBe('2026-04-28');
  });
});

describe('D: a late letter from UWV (art. 64 lid 6 Wet WIA)', () => {
  const lines = (aanvraag: string) => ['ziekmelding: 2025-01-06', 'melding_42e_week: 2025-10-20', 'uwv_wia_brief: 2026-10-10', `wia_aanvraag: ${aanvraag}`];

  it('letter received 2026-10-10, aanvraag 2026-11-01: on time (letter + 28 days is Sat 2026-11-07, so due Mon 2026-11-09); wages end 2027-01-03', () => {
    const { c } = run(lines('2026-11-01'), '2026-12-01');
    expect(due(c, 'wia-aanvraag')).toMatchObject({ due: '2026-11-09', status: 'on-time' });
    expect(found(c, 'wia-aanvraag')).toEqual([]);
    expect(c.clock!.eindeLoondoorbetaling).toBe('2027-01-03');
  });

  it('made on 2026-11-20 instead: 33 days late against 2026-10-18, wages run to 2027-02-05', () => {
    const { c } = run(lines('2026-11-20'), '2026-12-01');
    expect(found(c, 'wia-aanvraag')).toMatchObject([{ type: 'late', args: { due: '2026-10-18', days: 33 } }]);
    expect(c.clock!.eindeLoondoorbetaling).toBe('2027-02-05');
  });
});

describe('E: ziekmelding 2025-01-06, einde_dienstverband Monday 2025-06-30', () => {
  it('melding and re-integratieverslag due that Monday; EJE, tweede spoor, RIV and WIA not applicable; wages end 2025-06-30', () => {
    const { c } = run(['ziekmelding: 2025-01-06', 'einde_dienstverband: 2025-06-30', 'eerste_spoor: { status: onwaarschijnlijk }'], '2025-06-01');
    expect(due(c, 'einde-dienstverband')).toMatchObject({ due: '2025-06-30', status: 'open' });
    expect(due(c, 'riv-einde-dienstverband')).toMatchObject({ due: '2025-06-30', status: 'open' });
    for (const id of ['eerstejaarsevaluatie', 'tweede-spoor', 'actueel-oordeel', 'eindevaluatie', 'wia-aanvraag']) expect(due(c, id).status, id).toBe('not-applicable');
    expect(c.clock!.eindeLoondoorbetaling).toBe('2025-06-30');
  });
});
