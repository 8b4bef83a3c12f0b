import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseReport } from '../../src/check/case-report.js';
import { htmlFormatter, MAX_CASES, MAX_ROWS } from '../../src/output/formats/html.js';
import { xOf } from '../../src/output/html/axis.js';
import { esc } from '../../src/output/html/escape.js';
import { caseReport, formatReport, report, ROOT, rules, runMain, tree } from '../helpers.js';
import { AS_OF, cases, render } from './cases.js';

const page = (list: CaseReport[], lang: 'nl' | 'en' = 'en', asOf = AS_OF): string =>
  formatReport(htmlFormatter, report(list, asOf, lang), { colorLevel: 0, rules: rules().rules, version: '0.1.0' });

describe('the date → x mapping of the timeline', () => {
  const axis = { start: '2025-01-06', end: '2027-01-03', x0: 40, x1: 960 };

  it('puts the start at x0, the end at x1, and every day equally wide between', () => {
    expect(xOf('2025-01-06', axis)).toBe(40);
    expect(xOf('2027-01-03', axis)).toBe(960);
    // 727 days from start to end: day 1 lies 920/727 further.
    expect(xOf('2025-01-07', axis)).toBeCloseTo(40 + 920 / 727, 2);
    expect(xOf('2026-01-04', axis)).toBeCloseTo(40 + (363 * 920) / 727, 2);
  });

  it('counts calendar days across a leap day and a change to summer time alike', () => {
    // 32 days: February 2024 has 29, and the clocks go forward on 31 March.
    const leap = { start: '2024-02-28', end: '2024-03-31', x0: 0, x1: 32 };
    expect(xOf('2024-03-01', leap)).toBe(2);
    expect(xOf('2024-03-31', leap)).toBe(32);
  });

  it('goes on linearly outside the axis, and puts everything at x0 on an axis of one day', () => {
    expect(xOf('2025-01-05', axis)).toBeLessThan(40);
    expect(xOf('2027-01-04', axis)).toBeGreaterThan(960);
    expect(xOf('2025-01-06', { ...axis, end: '2025-01-06' })).toBe(40);
  });
});

describe('escaping', () => {
  it('writes the five markup characters as entities and control characters as visible escapes', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(esc('rood\u001b[31m\u0007\u202e')).toBe('rood\\u001b[31m\\u0007\\u202e');
  });

  it('leaves a hostile werknemer as text: no script, no closing of the SVG, no ESC byte', () => {
    const hostile = `<script>alert(1)</script></svg><img src=x onerror=alert(2)>\u001b[31mrood & 'quote'`;
    const c = caseReport(`werknemer: ${JSON.stringify(hostile)}\nziekmelding: 2025-01-06\n`, AS_OF, { file: 'dossiers/<b>naam</b>.yaml' });
    const invalid = caseReport(`werknemer: ${JSON.stringify(hostile)}\nziekmelding: 2025-13-01\n`, AS_OF, { file: 'x.yaml' });
    const html = page([c, invalid]);
    expect(html).not.toMatch(/<script|<img|<b>|\u001b/i);
    expect(html.match(/<svg/g)).toHaveLength(html.match(/<\/svg>/g)!.length);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;/svg&gt;&lt;img src=x onerror=alert(2)&gt;\\u001b[31mrood &amp; &#39;quote&#39;');
    expect(html).toContain('dossiers/&lt;b&gt;naam&lt;/b&gt;.yaml');
  });
});

describe('check --format html', () => {
  it('is one page in the chosen language that fetches nothing: no URL, script, link, image or font', () => {
    for (const lang of ['nl', 'en'] as const) {
      const html = render(htmlFormatter, lang);
      expect(html).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${lang}">`));
      expect(html).not.toMatch(/https?:|\/\/|url\(|@import|@font-face|<script|<link|<img|<iframe|\ssrc=|\shref=/i);
      expect(html.trimEnd().endsWith('</html>')).toBe(true);
    }
  });

  it("prints a batch's summary and every case on a page of its own, on A4", () => {
    const html = render(htmlFormatter);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('.case ~ .case, .summary ~ .case { break-before: page; }');
    expect(html.match(/<section class="case">/g)).toHaveLength(4);
  });

  it('opens a batch with a summary: a row per case and the totals, with the cases that could not be judged', () => {
    const html = render(htmlFormatter, 'nl');
    const summary = html.slice(html.indexOf('<section class="summary">'), html.indexOf('</section>'));
    expect(summary.match(/<tr>/g)).toHaveLength(5);
    expect(summary).toContain('Totaal: 4 dossiers · 1 niet te beoordelen · 1 fout · 1 waarschuwing');
    expect(summary).toContain('1 van de 4 dossiers zijn niet te beoordelen');
    // A single case needs no summary.
    expect(page([cases().clean])).not.toContain('class="summary"');
  });

  it('shows an invalid case with its problems, as file:line:column and message', () => {
    const html = page([cases('nl').invalid], 'nl');
    expect(html).toContain('Niet te beoordelen: het dossier bevat invoerfouten.');
    expect(html).toMatch(/<li>dossiers\/invalid\.yaml:3:18: probleemanalyse: 2025-02-29 bestaat niet als datum/);
    expect(html).toMatch(/<li>dossiers\/invalid\.yaml:4:1: .*probleemanalyze/);
  });

  it('draws each dated milestone with its date and status, the as-of date, and a table that says the status in words', () => {
    const html = page([cases('nl').late], 'nl');
    const marks = [...html.matchAll(/class="mark ([a-z-]+)" data-date="([\d-]+)" data-status="\1" data-rule="([a-z0-9-]+)"/g)];
    const c = cases('nl').late;
    const dated = c.timeline.filter((r) => (r.due ?? r.from ?? r.done) && r.status !== 'not-applicable');
    expect(marks.map((m) => [m[3], m[2], m[1]])).toEqual(dated.map((r) => [r.id, r.due ?? r.from ?? r.done, r.status]));
    expect(html).toContain(`<line class="asof"`);
    expect(html).toContain(`data-date="${AS_OF}"`);
    expect(html).toMatch(/<td class="status-late"><span class="sym late" aria-hidden="true">▲<\/span> te laat: 1 dag/);
    expect(html).toMatch(/<title>\d+\. Tweede spoor: te laat, /);
  });

  it('shades onderbrekingen and WAZO-verlof, which the report now carries in clock.pauses', () => {
    const c = caseReport(readFileSync(join(ROOT, 'examples/zwangerschapsverlof.yaml'), 'utf8'), '2026-03-02');
    expect(c.clock!.pauses.map((p) => p.kind)).toContain('wazo');
    const html = page([c], 'nl', '2026-03-02');
    for (const p of c.clock!.pauses) expect(html).toContain(`class="pause ${p.kind}" x="`), expect(html).toContain(`data-from="${p.from}" data-to="${p.to}"`);
    const o = caseReport('ziekmelding: 2025-01-06\nonderbrekingen: [{ van: 2025-03-10, tot: 2025-03-20 }]\n', AS_OF);
    expect(o.clock!.pauses).toEqual([{ from: '2025-03-10', to: '2025-03-20', kind: 'onderbreking' }]);
    expect(page([o])).toContain('data-from="2025-03-10" data-to="2025-03-20"');
  });

  it('says so when the as-of date lies off the axis, as for a case closed long ago', () => {
    const closed = caseReport('ziekmelding: 2025-01-06\nhersteld: 2025-02-01\n', AS_OF);
    const html = page([closed], 'nl');
    expect(html).not.toContain('<line class="asof"');
    expect(html).toContain('De peildatum (za 10-01-2026) valt buiten de tijdas en heeft daarom geen lijn.');
    expect(page([cases('nl').late], 'nl')).not.toContain('valt buiten de tijdas');
  });

  it('runs the axis to the end of a loonsanctie and shades it', () => {
    const yaml = readFileSync(join(ROOT, 'examples/loonsanctie-bekorting.yaml'), 'utf8').replace(/herstel_\w+: .*\n/g, '');
    const c = caseReport(yaml, '2026-06-22');
    const sanction = c.timeline.find((r) => r.id === 'loonsanctie-bekorting')!;
    const html = page([c], 'nl', '2026-06-22');
    expect(html).toContain(`data-end="${sanction.due}"`);
    expect(html).toContain(`class="sanction" x="`);
    expect(html).toContain('<span class="sym sanction" aria-hidden="true">█</span> loonsanctie</li>');
    expect(html).toContain(`data-from="${sanction.from}" data-to="${sanction.due}"`);
  });

  it('shows money at risk as a maximum estimate, and the next step, when the report has them', () => {
    const late = cases('nl').late;
    const withMoney: CaseReport = {
      ...late,
      findings: late.findings.map((f) => ({ ...f, exposure: 12345.4 })),
      exposure: {
        total: 12345.4,
        complete: false,
        items: [
          { consequence: 'loonsanctie', rules: ['tweede-spoor'], euros: 12345.4, basis: '52 weken × 70% van € 3.500 per maand', source: 'art. 25 lid 9 Wet WIA' },
          { consequence: 'boete', rules: ['melding-42e-week'], euros: null, basis: 'een deel van het loon', source: 'art. 38 Wet WIA' },
        ],
      },
      next: { rule: 'voortgangsgesprek', title: 'Voortgangsgesprek', todo: 'voortgangsgesprek voeren', due: '2026-01-15', days: 5 },
    };
    const html = page([withMoney], 'nl');
    expect(html).toContain('<td class="num">maximaal € 12.345</td>');
    expect(html).toContain('Maximaal bedrag: een schatting, geen rekening.');
    // Part of it needs a wage the case does not give: "plus loon", never a total that looks complete.
    expect(html).toContain('<p class="exposure-total warning">Financieel risico: maximaal € 12.345 plus loon (schatting, geen rekening; vul loon_per_maand in voor het loon)</p>');
    expect(html).toContain('52 weken × 70% van € 3.500 per maand');
    expect(html).toContain('onbekend: het dossier noemt geen loon');
    expect(html).toContain('<p class="next"><strong>Volgende stap:</strong> voortgangsgesprek voeren, uiterlijk do 15-01-2026 (over 5 dagen)</p>');
    const overdue = page([{ ...withMoney, next: { ...withMoney.next!, due: '2026-01-07', days: -3 } }], 'nl');
    expect(overdue).toContain('<p class="next overdue"><strong>Volgende stap:</strong> voortgangsgesprek voeren: termijn verstreken op wo 07-01-2026, 3 dagen geleden</p>');
    const en = page([{ ...withMoney, next: { ...withMoney.next!, days: 1 } }], 'en');
    expect(en).toContain('<strong>Next step:</strong> voortgangsgesprek voeren, by Thu 15-01-2026 (in 1 day)');
    expect(en).toContain('at most €12,345');
    // Nothing at risk and no step ahead: no trace of either.
    expect(page([{ ...late, exposure: { total: 0, complete: true, items: [] }, next: null }], 'nl')).not.toMatch(/Volgende stap|Financieel risico: maximaal/);
  });

  it(`keeps at most ${MAX_CASES} cases in full and says how many more are in the summary only`, () => {
    const one = cases().invalid;
    const html = page(Array.from({ length: MAX_CASES + 3 }, () => one));
    expect(html.match(/<section class="case">/g)).toHaveLength(MAX_CASES);
    expect(html).toContain('… 3 more cases are in the summary only: the page shows at most 500 cases in full.');
    expect(html.match(/<tr><td class="source">/g)).toHaveLength(MAX_CASES + 3);
  });

  it(`keeps at most ${MAX_ROWS} rows in the summary and counts the rest in the totals`, () => {
    const one = cases('nl').invalid;
    const html = page(Array.from({ length: MAX_ROWS + 2 }, () => one), 'nl');
    expect(html.match(/<tr><td class="source">/g)).toHaveLength(MAX_ROWS);
    expect(html).toContain('… nog 2 dossiers tellen alleen mee in de totalen.');
    expect(html).toContain('Totaal: 20.002 dossiers');
  });
});

describe('agenda and deadlines --format html', () => {
  it('agenda: the overdue and coming steps, and how many dossiers could not be judged', async () => {
    const r = await runMain(['agenda', 'examples/tweede-spoor-te-laat.yaml', 'ontbreekt.yaml', '--as-of', '2026-03-02', '--within', '8w', '--format', 'html', '--lang', 'nl']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(r.stdout).toContain('1 van de 2 dossiers zijn niet te beoordelen');
    expect(r.stdout).toMatch(/<td class="status-open">nog \d+ dagen<\/td><td>Voortgangsgesprek/);
    // Which dossier could not be judged, by name.
    expect(r.stdout).toContain('<ul class="problems"><li>ontbreekt.yaml</li></ul>');
  });

  it('agenda: what its deadlines can cost at most, per step and in all', async () => {
    const dir = tree({ 'a.yaml': 'werknemer: A\nziekmelding: 2025-01-06\nloon_per_maand: 3000\n' });
    const r = await runMain(['agenda', 'a.yaml', '--as-of', '2025-02-20', '--within', '3w', '--format', 'html', '--lang', 'nl'], { cwd: dir });
    // 3,000 × 12 × 0.7 = 25,200: the probleemanalyse overdue and the plan van aanpak coming, one loonsanctie.
    expect(r.stdout.match(/<td class="num">€ 25\.200<\/td>/g)).toHaveLength(2);
    expect(r.stdout).toContain('<p class="exposure-total">Financieel risico in deze termijnen: maximaal € 25.200 (schatting, geen rekening)</p>');
  });

  it('deadlines: the computed dates for one ziekmelding', async () => {
    const r = await runMain(['deadlines', '2025-01-06', '--as-of', '2025-02-01', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(r.stdout).toContain('<td>6</td><td></td><td>Sun 16-02-2025</td><td>Probleemanalyse');
  });

  it('every --help names html', async () => {
    for (const command of ['check', 'agenda', 'deadlines']) expect((await runMain([command, '--help'])).stdout, command).toMatch(/--format <format>[\s\S]*html/);
  });
});
