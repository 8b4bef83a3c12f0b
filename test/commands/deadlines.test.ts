import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { poort } from './support.js';

interface DeadlinesDoc {
  poort: number;
  asOf: string;
  ziekmelding: string;
  onderbrekingen: { van: string; tot: string }[];
  eindeWachttijd: string;
  timeline: { id: string; title: string; week: number | null; from: string | null; due: string | null; status: string; basis: string | null }[];
}

function json(args: string[]): DeadlinesDoc {
  const r = poort(['deadlines', ...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as DeadlinesDoc;
}

const at = (doc: DeadlinesDoc, id: string) => {
  const e = doc.timeline.find((t) => t.id === id);
  if (!e) throw new Error(`no ${id} in ${doc.timeline.map((t) => t.id).join(', ')}`);
  return e;
};

describe('poort deadlines (the worked examples of docs/law.md)', () => {
  it('A: ziekmelding Monday 2025-01-06', () => {
    const doc = json(['2025-01-06', '--as-of', '2025-01-06']);
    expect(doc).toMatchObject({ poort: 1, asOf: '2025-01-06', ziekmelding: '2025-01-06', onderbrekingen: [], eindeWachttijd: '2027-01-03' });
    expect(at(doc, 'probleemanalyse')).toMatchObject({ due: '2025-02-16', status: 'open', week: 6, basis: 'end of week 6' });
    expect(at(doc, 'plan-van-aanpak')).toMatchObject({ due: '2025-03-02', status: 'open' });
    expect(at(doc, 'melding-42e-week')).toMatchObject({ due: '2025-10-27', basis: 'first working day after week 42' });
    expect(at(doc, 'eerstejaarsevaluatie')).toMatchObject({ from: '2025-11-17', due: '2026-01-04' });
    expect(at(doc, 'wia-aanvraag')).toMatchObject({ from: '2026-09-14', due: '2026-10-18' });
    expect(at(doc, 'actueel-oordeel')).toMatchObject({ due: '2026-10-04' });
    expect(at(doc, 'eindevaluatie')).toMatchObject({ due: '2026-10-04' });
    expect(at(doc, 'einde-wachttijd')).toMatchObject({ due: '2027-01-03', status: 'info' });
    for (const t of doc.timeline) expect(Object.keys(t)).toEqual(['id', 'title', 'week', 'from', 'due', 'status', 'basis']);
  });

  it('A in Dutch notation gives the same deadlines', () => {
    const iso = json(['2025-01-06', '--as-of', '2025-01-06']);
    const nl = json(['06-01-2025', '--as-of', '06-01-2025']);
    expect(nl).toEqual(iso);
  });

  it('B: an onderbreking of 21 days moves the end of the wachttijd (samentelling)', () => {
    const without = json(['2022-01-03', '--as-of', '2022-08-01']);
    expect(without.eindeWachttijd).toBe('2023-12-31');
    const doc = json(['2022-01-03', '--onderbreking', '2022-07-04..2022-07-24', '--as-of', '2022-08-01']);
    expect(doc.onderbrekingen).toEqual([{ van: '2022-07-04', tot: '2022-07-24' }]);
    expect(doc.eindeWachttijd).toBe('2024-01-21');
    expect(at(doc, 'einde-wachttijd').due).toBe('2024-01-21');
    // Before the onderbreking nothing moves; after it, every date is 21 days later.
    expect(at(doc, 'probleemanalyse').due).toBe(at(without, 'probleemanalyse').due);
    expect(at(doc, 'melding-42e-week').due).not.toBe(at(without, 'melding-42e-week').due);
    // Dutch notation and several onderbrekingen.
    const two = json(['03-01-2022', '--onderbreking', '04-07-2022..10-07-2022', '--onderbreking', '2022-07-18..2022-07-31', '--as-of', '2022-08-01']);
    expect(two.eindeWachttijd).toBe('2024-01-21');
  });

  it('C: the day after week 42 is Koningsdag, so the 42e-weeksmelding is due on Tuesday', () => {
    const doc = json(['2025-07-07', '--as-of', '2025-07-07']);
    expect(at(doc, 'melding-42e-week')).toMatchObject({ due: '2026-04-28', week: 43 });
  });

  it('statuses follow --as-of: overdue after the due date', () => {
    const doc = json(['2025-01-06', '--as-of', '2025-02-17']);
    expect(at(doc, 'probleemanalyse').status).toBe('overdue');
    expect(at(doc, 'plan-van-aanpak').status).toBe('open');
  });
});

describe('poort deadlines: wrong input is exit 2 with one line per problem', () => {
  const bad: [string[], RegExp][] = [
    [['2025-02-30'], /^poort: ziekmelding: 2025-02-30 is not a date that exists \(expected YYYY-MM-DD or DD-MM-YYYY\)\n$/],
    [['31-04-2025'], /^poort: ziekmelding: 31-04-2025 is not a date that exists/],
    [['gisteren'], /^poort: ziekmelding: gisteren is not a date \(expected/],
    [[''], /^poort: ziekmelding: `ziekmelding` is missing; it is required/],
    [['2025-01-06', '--onderbreking', '2025-03-10..2025-04-20'], /^poort: --onderbreking 2025-03-10\.\.2025-04-20: a recovery of 42 days .* starts a new case from 2025-04-21/],
    [['2025-01-06', '--onderbreking', '2025-03-20..2025-03-10'], /^poort: --onderbreking 2025-03-20\.\.2025-03-10: `tot` \(2025-03-10\) is before `van`/],
    [['2025-01-06', '--onderbreking', '2025-01-01..2025-01-10'], /^poort: --onderbreking 2025-01-01\.\.2025-01-10: onderbreking from 2025-01-01 does not start after the ziekmelding/],
    [['2025-01-06', '--onderbreking', '2025-03-10..2025-02-30'], /^poort: --onderbreking 2025-03-10\.\.2025-02-30: 2025-02-30 is not a date that exists/],
    [['2025-01-06', '--onderbreking', '2025-03-10'], /^poort: --onderbreking 2025-03-10 is not of the form FROM\.\.TO/],
    [['2025-01-06', '--as-of', '2025-13-01'], /^poort: --as-of 2025-13-01 is not a date/],
    [['2025-01-06', '--format', 'xml'], /^poort: --format xml is not possible \(choose from: text, json, ics, html\)/],
  ];
  it.each(bad)('%j', (args, message) => {
    const r = poort(['deadlines', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says it in Dutch with --lang nl', () => {
    const r = poort(['deadlines', '2025-02-30', '--lang', 'nl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('poort: ziekmelding: 2025-02-30 bestaat niet als datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ)\n');
  });

  it('the same message as a case file gives (one schema)', () => {
    const r = poort(['deadlines', '2025-01-06', '--onderbreking', '2025-03-10..2025-04-20', '--lang', 'nl']);
    expect(r.stderr).toContain('een herstel van 42 dagen (2025-03-10 t/m 2025-04-20) is 28 dagen of meer');
  });
});

describe('poort deadlines: text and ics', () => {
  it('prints a table of the dated milestones and names those that need a dossier', () => {
    const r = poort(['deadlines', '2025-01-06', '--as-of', '2025-01-06']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Poortwachter deadlines from ziekmelding Mon 06-01-2025 · as of Mon 06-01-2025\n/);
    expect(r.stdout).toMatch(/│ 6 +│ +│ Sun 16-02-2025 │ Probleemanalyse/);
    expect(r.stdout).toMatch(/│ 52 +│ Mon 17-11-2025 │ Sun 04-01-2026 │ Eerstejaarsevaluatie/);
    expect(r.stdout).toContain('Without a date, as they depend on the dossier: Voortgangsgesprek');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('in Dutch, with the onderbreking named', () => {
    const r = poort(['deadlines', '2022-01-03', '--onderbreking', '2022-07-04..2022-07-24', '--as-of', '2022-08-01'], { POORT_LANG: 'nl' });
    expect(r.stdout).toContain('Poortwachtertermijnen vanaf ziekmelding ma 03-01-2022');
    expect(r.stdout).toContain('onderbreking ma 04-07-2022 t/m zo 24-07-2022 (21 dagen): de termijnen schuiven 21 dagen op');
    expect(r.stdout).toMatch(/zo 21-01-2024 │ Einde wachttijd/);
    expect(r.stdout).toContain('einde week 6');
  });

  it('--format ics: one calendar with an event per open milestone, UIDs stable across runs', () => {
    const args = ['deadlines', '2025-01-06', '--as-of', '2025-02-20', '--format', 'ics'];
    const first = poort(args);
    const second = poort(args);
    expect(first.code).toBe(0);
    const events = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const a = events(first.stdout);
    // Overdue (probleemanalyse) and open milestones; not the einde wachttijd (info) or rules without a date.
    expect(a.map((e) => e.startDate.toString())).toEqual(['2025-02-16', '2025-03-02', '2025-10-27', '2026-01-04', '2026-10-04', '2026-10-04', '2026-10-18']);
    expect(a[0]!.summary).toBe('ziekmelding 2025-01-06: Probleemanalyse (problem analysis) (overdue)');
    expect(events(second.stdout).map((e) => e.uid)).toEqual(a.map((e) => e.uid));
    expect(new Set(a.map((e) => e.uid)).size).toBe(a.length);
    // Another as-of date, an onderbreking: the same case, so the same UIDs (the events are updated).
    const later = events(poort(['deadlines', '2025-01-06', '--onderbreking', '2025-03-10..2025-03-20', '--as-of', '2025-03-05', '--format', 'ics']).stdout);
    expect(later.map((e) => e.uid)).toEqual(a.map((e) => e.uid));
    expect(later[2]!.startDate.toString()).toBe('2025-11-07');
  });

  it('says why the end of wage payment moved: the days the WIA aanvraag is late so far', () => {
    const doc = JSON.parse(poort(['deadlines', '2025-01-06', '--as-of', '2026-10-28', '--format', 'json']).stdout);
    expect(doc.timeline.find((t: { id: string }) => t.id === 'einde-loondoorbetaling')).toMatchObject({
      due: '2027-01-13', basis: 'the end of the wachttijd + 10 days late (wia-aanvraag)',
    });
  });
});
