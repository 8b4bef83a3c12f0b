import { describe, expect, it } from 'vitest';
import { caseReport, check, entry, findings } from '../helpers.js';
import { caseYaml, itIsMissing, lineOf } from './support.js';

// ziekmelding Mon 2025-01-06 (worked example A): einde wachttijd Sun 2027-01-03; the WIA aanvraag
// is due einde wachttijd − 77 days = Sun 2026-10-18, from the start of week 89 (sick-day 617) =
// Mon 2026-09-14. Each day late extends the loondoorbetaling by a day (art. 7:629 lid 11 sub a
// BW). Art. 64 lid 6 Wet WIA: a letter from UWV after sick-day 623 (Sun 2026-09-20) leaves four
// weeks from its receipt; no letter at all, and the aanvraag is never late (worked example D).
const RULE = 'wia-aanvraag';
const ZM = 'ziekmelding: 2025-01-06';
const FROM = '2026-09-14';
const DUE = '2026-10-18';
const EINDE = '2027-01-03';
const MELDING = 'melding_42e_week: 2025-10-20';

describe('wia-aanvraag', () => {
  it('has the window of worked example A, and rests on the statute', () => {
    expect(entry(check(caseYaml(ZM), '2026-01-01'), RULE)).toMatchObject({ from: FROM, due: DUE, norm: 'wet' });
  });

  it('done on the due day is on time, without a finding, and does not extend the loondoorbetaling', () => {
    const c = check(caseYaml(ZM, `wia_aanvraag: ${DUE}`), '2026-11-01');
    expect(entry(c, RULE)).toMatchObject({ from: FROM, due: DUE, done: DUE, status: 'on-time' });
    expect(findings(c, RULE)).toEqual([]);
    expect(c.clock).toMatchObject({ eindeLoondoorbetaling: EINDE, provisional: false });
  });

  it('done on the first day of week 89 is on time', () => {
    const c = check(caseYaml(ZM, `wia_aanvraag: ${FROM}`), '2026-11-01');
    expect(entry(c, RULE).status).toBe('on-time');
    expect(findings(c, RULE)).toEqual([]);
  });

  it('done the day after the due day: late, one error naming the due date and lid 3 sub f, and the loondoorbetaling ends a day later', () => {
    const yaml = caseYaml(ZM, 'wia_aanvraag: 2026-10-19');
    const c = check(yaml, '2026-11-01');
    expect(entry(c, RULE)).toMatchObject({ due: DUE, done: '2026-10-19', status: 'late' });
    const f = findings(c, RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: 'error', consequence: 'verlenging-loondoorbetaling', norm: 'wet', type: 'late', args: { due: DUE, done: '2026-10-19', days: 1 }, line: lineOf(yaml, 'wia_aanvraag:'),
    });
    expect(f[0]!.message).toContain(DUE);
    expect(f[0]!.message).toContain('art. 7:629 lid 3 sub f BW');
    expect(f[0]!.source).toBe('art. 64 lid 2, 3 en 6 Wet WIA; art. 7:629 lid 11 sub a en lid 3 sub f BW');
    expect(c.clock).toMatchObject({ eindeWachttijd: EINDE, eindeLoondoorbetaling: '2027-01-04', provisional: false });
  });

  it('done 10 days late extends the loondoorbetaling by 10 days', () => {
    const c = check(caseYaml(ZM, 'wia_aanvraag: 2026-10-28'), '2026-11-01');
    expect(c.clock?.eindeLoondoorbetaling).toBe('2027-01-13');
    expect(entry(c, 'einde-loondoorbetaling').due).toBe('2027-01-13');
  });

  it('done the day before week 89 (before UWV\'s letter): early, info, not an error', () => {
    const yaml = caseYaml(ZM, 'wia_aanvraag: 2026-09-13');
    const c = check(yaml, '2026-11-01');
    expect(entry(c, RULE)).toMatchObject({ from: FROM, done: '2026-09-13', status: 'early' });
    expect(findings(c, RULE)).toMatchObject([{ severity: 'info', type: 'early' }]);
    expect(c.clock?.eindeLoondoorbetaling).toBe(EINDE);
  });

  itIsMissing(RULE, { due: DUE, dayAfter: '2026-10-19', lines: [ZM], severity: 'error', consequence: 'verlenging-loondoorbetaling', at: 'ziekmelding' });

  it('missing and overdue: the delay runs to the as-of date and the end of wage payment is provisional', () => {
    const c = check(caseYaml(ZM), '2026-11-07');
    expect(findings(c, RULE)).toMatchObject([{ type: 'missing', args: { due: DUE, days: 20 } }]);
    expect(c.clock).toMatchObject({ eindeLoondoorbetaling: '2027-01-23', provisional: true });
  });

  it('VLD (verlenging_weken: 10) moves the due date with the einde wachttijd (2027-03-14)', () => {
    const c = check(caseYaml(ZM, 'verlenging_weken: 10'), '2026-01-01');
    expect(entry(c, RULE)).toMatchObject({ from: FROM, due: '2026-12-27' });
  });

  it('is not applicable when the employee is hersteld before the due date', () => {
    const c = check(caseYaml(ZM, 'hersteld: 2026-06-01'), '2026-12-01');
    expect(entry(c, RULE).status).toBe('not-applicable');
    expect(findings(c, RULE)).toEqual([]);
  });

  describe('art. 64 lid 6 Wet WIA: a late letter from UWV (uwv_wia_brief)', () => {
    const late = (...more: string[]) => caseYaml(ZM, MELDING, 'uwv_wia_brief: 2026-10-10', ...more);

    it('worked example D: letter 2026-10-10, aanvraag 2026-11-01 is on time (letter + 28 days is Sat 2026-11-07, so due Mon 2026-11-09)', () => {
      const c = check(late('wia_aanvraag: 2026-11-01'), '2026-12-01');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-11-09', done: '2026-11-01', status: 'on-time' });
      expect(findings(c, RULE)).toEqual([]);
      expect(c.clock?.eindeLoondoorbetaling).toBe(EINDE);
    });

    it('on the lid-6 due day itself: on time', () => {
      const c = check(late('wia_aanvraag: 2026-11-09'), '2026-12-01');
      expect(entry(c, RULE).status).toBe('on-time');
      expect(findings(c, RULE)).toEqual([]);
    });

    it('worked example D: made on 2026-11-20 instead, 33 days late against 2026-10-18, wages run to 2027-02-05', () => {
      const yaml = late('wia_aanvraag: 2026-11-20');
      const c = check(yaml, '2026-12-01');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-11-09', status: 'late' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'error', type: 'late', args: { due: DUE, limit: '2026-11-09', done: '2026-11-20', days: 33 }, line: lineOf(yaml, 'wia_aanvraag:') });
      expect(f[0]!.message).toContain('33 days after 2026-10-18');
      expect(c.clock?.eindeLoondoorbetaling).toBe('2027-02-05');
    });

    it('the day after the lid-6 due day: late by 23 days against 2026-10-18; the timeline row counts 1 day from its own date', () => {
      const c = check(late('wia_aanvraag: 2026-11-10'), '2026-12-01');
      expect(findings(c, RULE)).toMatchObject([{ type: 'late', args: { days: 23 } }]);
      expect(caseReport(late('wia_aanvraag: 2026-11-10'), '2026-12-01').timeline.find((t) => t.id === RULE)).toMatchObject({ status: 'late', days: 1 });
    });

    it('missing: open on the lid-6 due day; the day after, overdue by the days since 2026-10-18, provisional', () => {
      const open = check(late(), '2026-11-09');
      expect(entry(open, RULE)).toMatchObject({ due: '2026-11-09', status: 'open' });
      expect(findings(open, RULE)).toEqual([]);
      const overdue = check(late(), '2026-11-10');
      expect(entry(overdue, RULE)).toMatchObject({ due: '2026-11-09', status: 'overdue' });
      expect(findings(overdue, RULE)).toMatchObject([{ type: 'missing', args: { due: DUE, limit: '2026-11-09', days: 23 } }]);
      expect(overdue.clock).toMatchObject({ eindeLoondoorbetaling: '2027-01-26', provisional: true });
    });

    it('lid 6 only ever adds time: an onderbreking after the letter that pushes the usual date past the four weeks leaves the usual date', () => {
      // Onderbreking 2026-09-25 … 2026-10-14 (20 days): einde wachttijd 2027-01-23, usual due 2026-11-07; letter 2026-09-21 + 28 = 2026-10-19.
      const lines = (...more: string[]) => caseYaml(ZM, MELDING, 'onderbrekingen: [{ van: 2026-09-25, tot: 2026-10-14 }]', 'uwv_wia_brief: 2026-09-21', ...more);
      const c = check(lines('wia_aanvraag: 2026-10-30'), '2026-12-01');
      expect(entry(c, RULE)).toMatchObject({ due: '2026-11-07', status: 'on-time' });
      expect(findings(c, RULE)).toEqual([]);
      const late = check(lines('wia_aanvraag: 2026-11-09'), '2026-12-01');
      expect(findings(late, RULE)).toMatchObject([{ type: 'late', args: { due: '2026-11-07', days: 2 } }]);
      expect(findings(late, RULE)[0]!.message).not.toContain('—');
    });

    it('a letter received on sick-day 623 (2026-09-20) was in time: the usual due date', () => {
      expect(entry(check(caseYaml(ZM, MELDING, 'uwv_wia_brief: 2026-09-20'), '2026-10-01'), RULE).due).toBe(DUE);
      expect(entry(check(caseYaml(ZM, MELDING, 'uwv_wia_brief: 2026-09-21'), '2026-10-01'), RULE).due).toBe('2026-10-19');
    });

    it('no lid 6 when the 42e-weeksmelding was made on sick-day 567 (2026-07-26) or later, or is not recorded', () => {
      expect(entry(check(caseYaml(ZM, 'melding_42e_week: 2026-07-26', 'uwv_wia_brief: 2026-10-10'), '2026-10-01'), RULE).due).toBe(DUE);
      expect(entry(check(caseYaml(ZM, 'melding_42e_week: 2026-07-25', 'uwv_wia_brief: 2026-10-10'), '2026-10-01'), RULE).due).toBe('2026-11-09');
      expect(entry(check(caseYaml(ZM, 'uwv_wia_brief: 2026-10-10'), '2026-10-01'), RULE).due).toBe(DUE);
    });

    it('no lid 6 with VLD (the letter comes with UWV\'s VLD decision)', () => {
      expect(entry(check(caseYaml(ZM, MELDING, 'uwv_wia_brief: 2026-10-10', 'verlenging_weken: 10'), '2026-10-01'), RULE).due).toBe('2026-12-27');
    });
  });

  describe('art. 64 lid 6 Wet WIA: no letter from UWV (uwv_wia_brief: geen)', () => {
    const geen = (...more: string[]) => caseYaml(ZM, MELDING, 'uwv_wia_brief: geen', ...more);

    it('the aanvraag is never late: missing long after the usual due date, still open without a finding', () => {
      const c = check(geen(), '2027-06-01');
      expect(entry(c, RULE)).toMatchObject({ from: FROM, due: null, status: 'open' });
      expect(findings(c, RULE)).toEqual([]);
      expect(c.clock).toMatchObject({ eindeLoondoorbetaling: EINDE, provisional: false });
    });

    it('made after the usual due date: on time, no extension', () => {
      const c = check(geen('wia_aanvraag: 2026-12-20'), '2027-01-01');
      expect(entry(c, RULE)).toMatchObject({ done: '2026-12-20', status: 'on-time' });
      expect(findings(c, RULE)).toEqual([]);
      expect(c.clock?.eindeLoondoorbetaling).toBe(EINDE);
    });

    it('`Geen` is read as geen; without the 42e-weeksmelding before week 81, lid 6 does not apply', () => {
      expect(findings(check(caseYaml(ZM, MELDING, 'uwv_wia_brief: Geen'), '2027-06-01'), RULE)).toEqual([]);
      expect(findings(check(caseYaml(ZM, 'uwv_wia_brief: geen'), '2026-10-19'), RULE)).toMatchObject([{ type: 'missing' }]);
    });

    it('a value that is neither a date nor geen is an input problem naming both', () => {
      const c = check(caseYaml(ZM, 'uwv_wia_brief: nooit'), '2026-10-19');
      expect(c.valid).toBe(false);
      expect(c.problems).toMatchObject([{ path: 'uwv_wia_brief', line: 2, message: 'nooit is not a date (expected YYYY-MM-DD or DD-MM-YYYY, or `geen`)' }]);
    });
  });
});
