import { describe, expect, it } from 'vitest';
import { check, entry, findings } from '../helpers.js';
import { caseYaml, lineOf } from './support.js';

// art. 25 lid 9 en 12–14 Wet WIA. ziekmelding 2025-01-06, einde wachttijd Sun 2027-01-03, the WIA
// aanvraag on time: the loonsanctie starts Mon 2027-01-04 (S); 52 weeks end Sun 2028-01-02. A
// repair reported (received by UWV) on Mon 2027-03-01 is to be decided by G = + 21 days = Mon
// 2027-03-22 (Atw); decided H = 2027-03-29 is L = 7 days late: the loonsanctie ends
// min(H + 42, 2028-01-02) − 7 = 2027-05-03.
const RULE = 'loonsanctie-bekorting';
const ZM = 'ziekmelding: 2025-01-06';
const WIA = 'wia_aanvraag: 2026-10-01';
const sanctie = (body: string) => `loonsanctie: { weken: 52${body} }`;

describe('loonsanctie-bekorting', () => {
  it('the period: from the day after the einde wachttijd, 52 weeks; the end of wage payment moves with it', () => {
    const c = check(caseYaml(ZM, WIA, sanctie('')), '2027-02-01');
    expect(entry(c, RULE)).toMatchObject({ from: '2027-01-04', due: '2028-01-02', status: 'info', norm: 'wet' });
    expect(findings(c, RULE)).toEqual([]);
    expect(c.clock?.eindeLoondoorbetaling).toBe('2028-01-02');
  });

  it('the short form loonsanctie_weken gives the same period', () => {
    const c = check(caseYaml(ZM, WIA, 'loonsanctie_weken: 52'), '2027-02-01');
    expect(entry(c, RULE)).toMatchObject({ from: '2027-01-04', due: '2028-01-02' });
  });

  it('a late WIA aanvraag comes first: 10 days late, the loonsanctie starts 10 days later', () => {
    const c = check(caseYaml(ZM, 'wia_aanvraag: 2026-10-28', sanctie('')), '2027-02-01');
    expect(entry(c, RULE)).toMatchObject({ from: '2027-01-14', due: '2028-01-12' });
    expect(c.clock?.eindeLoondoorbetaling).toBe('2028-01-12');
  });

  it('pauses during WAZO-verlof: a leave of 112 days moves the end 112 days later', () => {
    const c = check(caseYaml(ZM, WIA, sanctie(''), 'wazo_verlof: [{ van: 2027-02-01, tot: 2027-05-23 }]'), '2027-06-01');
    expect(entry(c, RULE)).toMatchObject({ from: '2027-01-04', due: '2028-04-23' });
  });

  describe('the decision on a reported repair: due 3 weeks after UWV received the report (G)', () => {
    const reported = (more = '') => caseYaml(ZM, WIA, sanctie(`, herstel_gemeld: 2027-03-01${more}`));

    it('decided on G: ends 6 weeks after the decision (2027-05-03), one info finding naming the new end', () => {
      const yaml = reported(', herstel_vastgesteld: 2027-03-22');
      const c = check(yaml, '2027-04-01');
      expect(entry(c, RULE)).toMatchObject({ from: '2027-01-04', due: '2027-05-03', done: '2027-03-22', status: 'info' });
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'info', consequence: 'geen', type: 'shortened', args: { date: '2027-05-03', limit: '2028-01-02', due: '2027-03-22', days: 0 }, line: lineOf(yaml, 'loonsanctie:') });
      expect(f[0]!.message).toContain('2027-05-03');
      expect(c.clock?.eindeLoondoorbetaling).toBe('2027-05-03');
    });

    it('decided the day after G: one day comes off (lid 14), ending 2027-05-03 all the same', () => {
      const c = check(reported(', herstel_vastgesteld: 2027-03-23'), '2027-04-01');
      expect(entry(c, RULE).due).toBe('2027-05-03');
      expect(findings(c, RULE)).toMatchObject([{ type: 'shortened', args: { days: 1, date: '2027-05-03' } }]);
    });

    it('decided 7 days late (2027-03-29): ends min(H + 42, end) − 7 = 2027-05-03', () => {
      const c = check(reported(', herstel_vastgesteld: 2027-03-29'), '2027-04-01');
      expect(entry(c, RULE).due).toBe('2027-05-03');
      expect(c.clock?.eindeLoondoorbetaling).toBe('2027-05-03');
    });

    it('not decided, as of G: no finding yet; the day after: one warning on the loonsanctie line', () => {
      expect(findings(check(reported(), '2027-03-22'), RULE)).toEqual([]);
      const yaml = reported();
      const c = check(yaml, '2027-03-23');
      const f = findings(c, RULE);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'warning', consequence: 'geen', type: 'undecided', args: { done: '2027-03-01', due: '2027-03-22', days: 1 }, line: lineOf(yaml, 'loonsanctie:') });
      expect(entry(c, RULE)).toMatchObject({ due: '2028-01-02', status: 'info' });
    });

    it('G is moved to a working day (Atw): reported Sat 2027-03-06 + 21 is Easter Saturday, so G is Tue 2027-03-30 (after Tweede Paasdag)', () => {
      const c = check(caseYaml(ZM, WIA, sanctie(', herstel_gemeld: 2027-03-06, herstel_vastgesteld: 2027-03-30')), '2027-04-01');
      expect(findings(c, RULE)).toMatchObject([{ args: { due: '2027-03-30', days: 0, date: '2027-05-11' } }]);
    });

    it('repaired before the period starts: no loonsanctie period, wages end with the wachttijd', () => {
      // Reported 2026-10-01, G Thu 2026-10-22, decided 2026-11-01 (10 days late): 2026-12-13 − 10 = 2026-12-03, before S.
      const c = check(caseYaml(ZM, WIA, sanctie(', herstel_gemeld: 2026-10-01, herstel_vastgesteld: 2026-11-01')), '2027-02-01');
      expect(findings(c, RULE)).toMatchObject([{ severity: 'info', type: 'lifted' }]);
      expect(entry(c, RULE)).toMatchObject({ from: '2027-01-04', due: null });
      expect(c.clock?.eindeLoondoorbetaling).toBe('2027-01-03');
    });
  });

  it('is not applicable without a loonsanctie, with 0 weeks, or when the case ended before it would start', () => {
    for (const yaml of [caseYaml(ZM, WIA), caseYaml(ZM, WIA, sanctie('').replace('52', '0')), caseYaml(ZM, WIA, sanctie(''), 'hersteld: 2026-12-01'), caseYaml(ZM, WIA, sanctie(''), 'einde_dienstverband: 2026-12-31')]) {
      const c = check(yaml, '2027-02-01');
      expect(entry(c, RULE).status, yaml).toBe('not-applicable');
      expect(findings(c, RULE), yaml).toEqual([]);
    }
  });

  it('a contract that ends during the loonsanctie ends the wage payment with it', () => {
    const c = check(caseYaml(ZM, WIA, sanctie(''), 'einde_dienstverband: 2027-06-30'), '2027-02-01');
    expect(c.clock?.eindeLoondoorbetaling).toBe('2027-06-30');
  });

  describe('input problems', () => {
    it('both loonsanctie_weken and loonsanctie: one problem at loonsanctie_weken', () => {
      const c = check(caseYaml(ZM, 'loonsanctie_weken: 10', sanctie('')), '2027-02-01');
      expect(c.valid).toBe(false);
      expect(c.problems).toMatchObject([{ path: 'loonsanctie_weken', line: 2, code: 'loonsanctie-twice' }]);
    });

    it('a decision before the report, or without one: one problem at herstel_vastgesteld', () => {
      const before = check(caseYaml(ZM, sanctie(', herstel_gemeld: 2027-03-01, herstel_vastgesteld: 2027-02-01')), '2027-04-01');
      expect(before.problems).toMatchObject([{ path: 'loonsanctie.herstel_vastgesteld', code: 'herstel-before-melding' }]);
      const without = check(caseYaml(ZM, sanctie(', herstel_vastgesteld: 2027-02-01')), '2027-04-01');
      expect(without.problems).toMatchObject([{ path: 'loonsanctie.herstel_vastgesteld', code: 'herstel-before-melding' }]);
    });

    it('weken over 52, or missing: out of range or required, at the key', () => {
      expect(check(caseYaml(ZM, 'loonsanctie: { weken: 53 }'), '2027-02-01').problems).toMatchObject([{ path: 'loonsanctie.weken', code: 'out-of-range' }]);
      expect(check(caseYaml(ZM, 'loonsanctie: { herstel_gemeld: 2027-03-01 }'), '2027-04-01').problems).toMatchObject([{ path: 'loonsanctie.weken', code: 'required' }]);
    });
  });
});
