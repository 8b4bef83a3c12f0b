import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseExposure, findingExposure, type Costs } from '../src/domain/exposure.js';
import { caseReport, ROOT, rules, runBin, tree } from './helpers.js';

// The money at risk (docs/law.md, "Money at risk"): every figure below is worked out by hand.

const COSTS: Costs = {
  loonsanctie: { wageWeeks: 52, source: { en: 'art. 25 lid 9 Wet WIA' } },
  boete: { euros: 455, source: { en: 'art. 38 lid 3 Ziektewet' } },
  'verlenging-loondoorbetaling': { wagePerDayLate: true, source: { en: 'art. 7:629 lid 11 sub a BW' } },
};
const WAGE = { perMonth: 3250, percentage: 80 };

describe('findingExposure', () => {
  it('a loonsanctie: 52 weeks of wages at the percentage, 52 weeks being 12 months (3,250 × 12 × 0.8)', () => {
    expect(findingExposure({ rule: 'probleemanalyse', consequence: 'loonsanctie' }, COSTS, WAGE)?.euros).toBe(31_200);
  });

  it('a boete: its fixed maximum, with or without a wage', () => {
    expect(findingExposure({ rule: 'melding-42e-week', consequence: 'boete', days: 7 }, COSTS, null)?.euros).toBe(455);
  });

  it('a late WIA aanvraag: a day of wages per day late, a day being 12/364 of a month (3,250 × 12 / 364 × 33 × 0.8 = 2,828.57)', () => {
    expect(findingExposure({ rule: 'wia-aanvraag', consequence: 'verlenging-loondoorbetaling', days: 33 }, COSTS, WAGE)?.euros).toBe(2829);
    expect(findingExposure({ rule: 'wia-aanvraag', consequence: 'verlenging-loondoorbetaling', days: 1 }, COSTS, { perMonth: 3640, percentage: 70 })?.euros).toBe(84);
  });

  it('wages without a wage: the item is there, its amount unknown', () => {
    expect(findingExposure({ rule: 'tweede-spoor', consequence: 'loonsanctie' }, COSTS, null)).toMatchObject({ euros: null, basis: { type: 'wage-weeks', weeks: 52, wage: null } });
  });

  it('no consequence, or one the table gives no cost: nothing', () => {
    expect(findingExposure({ rule: 'datum-volgorde', consequence: 'geen' }, COSTS, WAGE)).toBeUndefined();
    expect(findingExposure({ rule: 'x', consequence: 'boete' }, {}, WAGE)).toBeUndefined();
  });
});

describe('caseExposure', () => {
  it('one loonsanctie however many steps risk it; each boete apart; the total of what is known', () => {
    const e = caseExposure(
      [
        { rule: 'probleemanalyse', consequence: 'loonsanctie' },
        { rule: 'melding-42e-week', consequence: 'boete', days: 7 },
        { rule: 'eindevaluatie', consequence: 'loonsanctie' },
        { rule: 'einde-dienstverband', consequence: 'boete', days: 15 },
        { rule: 'probleemanalyse', consequence: 'loonsanctie' },
      ],
      COSTS,
      WAGE,
    );
    expect(e.items.map((i) => [i.consequence, i.rules, i.euros])).toEqual([
      ['loonsanctie', ['probleemanalyse', 'eindevaluatie'], 31_200],
      ['boete', ['melding-42e-week'], 455],
      ['boete', ['einde-dienstverband'], 455],
    ]);
    expect(e).toMatchObject({ total: 32_110, complete: true });
  });

  it('without a wage the total holds what is known and says it is incomplete', () => {
    const e = caseExposure([{ rule: 'tweede-spoor', consequence: 'loonsanctie' }, { rule: 'melding-42e-week', consequence: 'boete' }], COSTS, null);
    expect(e).toMatchObject({ total: 455, complete: false });
  });

  it('nothing at risk: no items, a total of 0, complete', () => {
    expect(caseExposure([{ rule: 'datum-volgorde', consequence: 'geen' }], COSTS, WAGE)).toEqual({ items: [], total: 0, complete: true });
  });
});

/** A case with every consequence: steps missing (loonsanctie), two meldingen (boete), a WIA aanvraag 33 days late. */
const EVERY_CONSEQUENCE = [
  'werknemer: E-1',
  'ziekmelding: 2025-01-06',
  'loon_per_maand: 3250',
  'loon_percentage: 80',
  'plan_van_aanpak: 2025-02-20',
  'melding_42e_week: 2025-11-03',
  'wia_aanvraag: 2026-11-20',
  'einde_dienstverband: 2026-12-31',
  '',
].join('\n');

describe('a case with every consequence, through the rules table', () => {
  const c = caseReport(EVERY_CONSEQUENCE, '2027-01-15');

  it('per finding: 31,200 for each step risking the loonsanctie, 455 per boete, 2,829 for 33 days late, null for none', () => {
    const by = Object.fromEntries(c.findings.map((f) => [f.rule, f.exposure]));
    expect(by).toMatchObject({ probleemanalyse: 31_200, eindevaluatie: 31_200, 'melding-42e-week': 455, 'einde-dienstverband': 455, 'wia-aanvraag': 2829, 'riv-einde-dienstverband': null });
  });

  it('per case: one loonsanctie (31,200) + two boetes (910) + 33 days of wages (2,829) = 34,939, with how each is made and its source', () => {
    expect(c.exposure!.total).toBe(31_200 + 455 + 2829 + 455);
    expect(c.exposure!.complete).toBe(true);
    const items = c.exposure!.items;
    expect(items.filter((i) => i.consequence === 'loonsanctie')).toHaveLength(1);
    expect(items.find((i) => i.consequence === 'loonsanctie')).toMatchObject({ euros: 31_200, basis: '52 weeks × 80% of €3,250 a month', source: 'art. 25 lid 9 Wet WIA; art. 7:629 lid 1 BW' });
    expect(items.find((i) => i.consequence === 'verlenging-loondoorbetaling')).toMatchObject({ euros: 2829, basis: '33 days × 80% of €3,250 a month', source: 'art. 7:629 lid 11 sub a BW' });
    expect(items.filter((i) => i.consequence === 'boete').map((i) => i.rules)).toEqual([['melding-42e-week'], ['einde-dienstverband']]);
  });

  it('in Dutch: euros and weeks as a Dutch werkgever reads them', () => {
    const nl = caseReport(EVERY_CONSEQUENCE, '2027-01-15', { lang: 'nl' });
    expect(nl.exposure!.items.map((i) => i.basis)).toEqual(['52 weken × 80% van € 3.250 per maand', 'boete van ten hoogste € 455', '33 dagen × 80% van € 3.250 per maand', 'boete van ten hoogste € 455']);
  });

  it('the percentage is at least the statutory 70, whatever the case says (art. 7:629 lid 1 BW)', () => {
    const low = caseReport(EVERY_CONSEQUENCE.replace('loon_percentage: 80', 'loon_percentage: 60'), '2027-01-15');
    expect(low.exposure!.items[0]).toMatchObject({ euros: 27_300, basis: '52 weeks × 70% of €3,250 a month' });
  });

  it("the config's wage for a case without one; the case's own wins", () => {
    const without = EVERY_CONSEQUENCE.replace('loon_per_maand: 3250\n', '');
    expect(caseReport(without, '2027-01-15').exposure).toMatchObject({ total: 910, complete: false });
    expect(caseReport(without, '2027-01-15', { loonPerMaand: 4000 }).exposure!.items[0]!.euros).toBe(38_400);
    expect(caseReport(EVERY_CONSEQUENCE, '2027-01-15', { loonPerMaand: 4000 }).exposure!.items[0]!.euros).toBe(31_200);
  });
});

describe('the costs are data of the rules table', () => {
  it('the built-in table has one cost per consequence, each with a source', () => {
    const { costs } = rules();
    expect(Object.keys(costs).sort()).toEqual(['boete', 'loonsanctie', 'verlenging-loondoorbetaling']);
    for (const cost of Object.values(costs)) expect(cost.source.en).toMatch(/art\. /);
  });

  it("a rules file of one's own replaces a cost (an indexed boete, say), and says so nowhere else", () => {
    const dir = tree({ 'boete.yaml': 'costs:\n  boete:\n    euros: 520\n    source: Boetebesluit socialezekerheidswetten (geïndexeerd)\n' });
    const c = caseReport(EVERY_CONSEQUENCE, '2027-01-15', { extraRules: [join(dir, 'boete.yaml')] });
    expect(c.exposure!.items.filter((i) => i.consequence === 'boete').map((i) => [i.euros, i.source])).toEqual([
      [520, 'Boetebesluit socialezekerheidswetten (geïndexeerd)'],
      [520, 'Boetebesluit socialezekerheidswetten (geïndexeerd)'],
    ]);
  });

  it('a cost that is none of the three forms is one problem line naming file, line and column', () => {
    const dir = tree({ 'bad.yaml': 'costs:\n  boete:\n    dollars: 520\n    source: x\n' });
    const r = runBin(['check', join(dir, 'bad.yaml'), '--rules', join(dir, 'bad.yaml'), '--no-config']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.yaml:3:\d+/);
  });

  it('poort.config.yaml gives a default wage (loon_per_maand) to the cases without one', () => {
    const dir = tree({ 'poort.config.yaml': 'loon_per_maand: 4000\n', 'case.yaml': EVERY_CONSEQUENCE.replace('loon_per_maand: 3250\n', '') });
    const r = runBin(['check', 'case.yaml', '--as-of', '2027-01-15', '--format', 'json'], { cwd: dir });
    const doc = JSON.parse(r.stdout) as { summary: { exposure: unknown }; config: { settings: unknown } };
    // 4,000 × 12 × 0.8 = 38,400; 4,000 × 12 / 364 × 33 × 0.8 = 3,481.3; two boetes 910.
    expect(doc.summary.exposure).toEqual({ total: 38_400 + 3481 + 910, incomplete: 0 });
    expect(doc.config.settings).toEqual({ loon_per_maand: 4000 });
  });
});

describe('money at risk and the next step, as people read them', () => {
  const example = join(ROOT, 'examples', 'tweede-spoor-te-laat.yaml');
  const run = (...args: string[]) => runBin(['check', example, '--as-of', '2026-03-02', '--no-config', ...args], { env: { NO_COLOR: '1' } }).stdout;

  it('text: beside the finding, for the case, and the next step, in Dutch and English', () => {
    // 3,400 × 12 × 0.7 = 28,560.
    const nl = run('--lang', 'nl');
    expect(nl).toContain('gevolg: risico op loonsanctie (tot 52 weken extra loon) · maximaal € 28.560 · norm');
    expect(nl).toContain('Financieel risico: maximaal € 28.560 (schatting, geen rekening)');
    expect(nl).toContain('Volgende stap: voortgangsgesprek voeren en vastleggen, uiterlijk di 07-04-2026 (over 36 dagen)');
    const en = run('--lang', 'en');
    expect(en).toContain('· at most €28,560 ·');
    expect(en).toContain('Money at risk: at most €28,560 (maximum estimate, not a bill)');
    expect(en).toContain('Next step: hold and record a voortgangsgesprek, by Tue 07-04-2026 (in 36 days)');
  });

  it('markdown: the next step and the money in the table; csv: the euros in their own columns', () => {
    const md = run('--format', 'markdown', '--lang', 'nl');
    expect(md).toContain('| voortgangsgesprek voeren en vastleggen, uiterlijk di 07-04-2026 (over 36 dagen) | € 28.560 |');
    expect(md).toContain('💶 maximaal € 28.560 financieel risico');
    expect(run('--format', 'csv')).toMatch(/,tweede-spoor,28560,true\r\n$/);
    expect(run('--format', 'csv', '--per-finding')).toMatch(/,50,28560\r\n$/);
  });
});

describe('a wage from an export', () => {
  it('reads the amount as a Dutch payroll export writes it (points between thousands, a decimal comma, a euro sign)', () => {
    const dir = tree({ 'lonen.csv': 'werknemer;ziekmelding;loon_per_maand\nE-1;2025-01-06;3.000,50\nE-2;2025-01-06;€ 3.000\n' });
    const doc = JSON.parse(runBin(['check', 'lonen.csv', '--as-of', '2025-03-01', '--format', 'json', '--no-config'], { cwd: dir }).stdout);
    // The probleemanalyse is missing: a loonsanctie of 12 × the wage × 70%.
    expect(doc.cases.map((c: { exposure: { total: number } }) => c.exposure.total)).toEqual([Math.round(3000.5 * 12 * 0.7), 3000 * 12 * 0.7]);
  });
});
