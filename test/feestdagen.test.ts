import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Datum } from '../src/domain/datum.js';
import { feestdagen, koningsdag, paaszondag, Werkdagen } from '../src/domain/feestdagen.js';

function d(text: string): Datum {
  const datum = Datum.parse(text);
  if (!datum) throw new Error(`test date ${text} does not parse`);
  return datum;
}

/**
 * Easter Sunday 2000–2040, vendored once from python-dateutil 2.9.0.post0
 * (`dateutil.easter.easter(year, EASTER_WESTERN)`); provenance is recorded in the fixture itself.
 * Spot-checked against well-known dates (2008-03-23, 2011-04-24, 2019-04-21, 2024-03-31,
 * 2025-04-20, 2026-04-05).
 */
const fixture = JSON.parse(readFileSync(new URL('./fixtures/easter-2000-2040.json', import.meta.url), 'utf8')) as {
  source: string;
  easter: Record<string, string>;
};

/**
 * A second, different computus, only here: Oudin's algorithm (1940) as given by
 * Claus Tøndering's Calendar FAQ. The product uses Meeus/Jones/Butcher.
 */
function oudin(year: number): string {
  const g = year % 19;
  const c = Math.floor(year / 100);
  const h = (c - Math.floor(c / 4) - Math.floor((8 * c + 13) / 25) + 19 * g + 15) % 30;
  const i = h - Math.floor(h / 28) * (1 - Math.floor(29 / (h + 1)) * Math.floor((21 - g) / 11));
  const j = (year + Math.floor(year / 4) + i + 2 - c + Math.floor(c / 4)) % 7;
  const l = i - j;
  const month = 3 + Math.floor((l + 40) / 44);
  const day = l + 28 - 31 * Math.floor(month / 4);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('paaszondag', () => {
  const years = Object.keys(fixture.easter).map(Number);

  it('the fixture covers every year 2000–2040 and names its source', () => {
    expect(years).toEqual(Array.from({ length: 41 }, (_, k) => 2000 + k));
    expect(fixture.source).toMatch(/dateutil/);
  });

  it('the fixture agrees with a second, independent algorithm', () => {
    for (const year of years) expect(oudin(year), String(year)).toBe(fixture.easter[String(year)]);
  });

  it.each(years)('Easter %i matches the published table', (year) => {
    const p = paaszondag(year);
    expect(p.toString()).toBe(fixture.easter[String(year)]);
    expect(p.weekday).toBe(0);
  });
});

describe('feestdagen of 2025 and 2026', () => {
  it('2025: all nine, in date order', () => {
    expect(feestdagen(2025).map((f) => f.datum.toString())).toEqual([
      '2025-01-01', // Nieuwjaarsdag
      '2025-04-18', // Goede Vrijdag (Easter 20 April)
      '2025-04-21', // Tweede Paasdag
      '2025-04-26', // Koningsdag: 27 April 2025 is a Sunday
      '2025-05-05', // 5 mei
      '2025-05-29', // Hemelvaartsdag = Easter + 39
      '2025-06-09', // Tweede Pinksterdag = Easter + 50
      '2025-12-25', // Eerste Kerstdag
      '2025-12-26', // Tweede Kerstdag
    ]);
  });

  it('2026: all nine, in date order', () => {
    expect(feestdagen(2026).map((f) => f.datum.toString())).toEqual([
      '2026-01-01', // Nieuwjaarsdag
      '2026-04-03', // Goede Vrijdag (Easter 5 April)
      '2026-04-06', // Tweede Paasdag
      '2026-04-27', // Koningsdag, a Monday
      '2026-05-05', // 5 mei
      '2026-05-14', // Hemelvaartsdag = Easter + 39
      '2026-05-25', // Tweede Pinksterdag = Easter + 50
      '2026-12-25', // Eerste Kerstdag
      '2026-12-26', // Tweede Kerstdag
    ]);
  });

  it('names them in Dutch', () => {
    const names = new Map(feestdagen(2026).map((f) => [f.datum.toString(), f.naam]));
    expect(names.get('2026-01-01')).toBe('Nieuwjaarsdag');
    expect(names.get('2026-04-03')).toBe('Goede Vrijdag');
    expect(names.get('2026-04-06')).toBe('Tweede Paasdag');
    expect(names.get('2026-04-27')).toBe('Koningsdag');
    expect(names.get('2026-05-14')).toBe('Hemelvaartsdag');
    expect(names.get('2026-05-25')).toBe('Tweede Pinksterdag');
    expect(names.get('2026-12-25')).toBe('Eerste Kerstdag');
    expect(names.get('2026-12-26')).toBe('Tweede Kerstdag');
  });

  it('Hemelvaartsdag and Tweede Pinksterdag follow Easter every year', () => {
    for (let year = 2000; year <= 2040; year++) {
      const pasen = d(fixture.easter[String(year)]!);
      const dates = feestdagen(year).map((f) => f.datum.day);
      expect(dates).toContain(pasen.plus(-2).day);
      expect(dates).toContain(pasen.plus(1).day);
      expect(dates).toContain(pasen.plus(39).day);
      expect(dates).toContain(pasen.plus(50).day);
      expect(dates).toHaveLength(9);
    }
  });
});

describe('Koningsdag', () => {
  it('27 April on a Sunday moves to Saturday 26 April (2025, 2014)', () => {
    expect(d('2025-04-27').weekday).toBe(0);
    expect(koningsdag(2025).datum.toString()).toBe('2025-04-26');
    expect(koningsdag(2025).datum.weekday).toBe(6);
    expect(feestdagen(2025).map((f) => f.datum.toString())).not.toContain('2025-04-27');
    expect(new Werkdagen().feestdag(d('2025-04-26'))).toBe('Koningsdag');
    expect(new Werkdagen().feestdag(d('2025-04-27'))).toBeUndefined();
    expect(d('2014-04-27').weekday).toBe(0);
    expect(koningsdag(2014).datum.toString()).toBe('2014-04-26');
  });

  it('stays on 27 April otherwise', () => {
    expect(koningsdag(2026).datum.toString()).toBe('2026-04-27');
    expect(koningsdag(2024).datum.toString()).toBe('2024-04-27');
  });
});

describe('Werkdagen', () => {
  const w = new Werkdagen();

  it('weekends are not working days', () => {
    expect(w.isWerkdag(d('2025-01-11'))).toBe(false); // Saturday
    expect(w.isWerkdag(d('2025-01-12'))).toBe(false); // Sunday
    expect(w.isWerkdag(d('2025-01-10'))).toBe(true); // Friday
    expect(w.isWerkdag(d('2025-01-13'))).toBe(true); // Monday
  });

  it('no feestdag of 2025 or 2026 is a working day', () => {
    for (const f of [...feestdagen(2025), ...feestdagen(2026)]) {
      expect(w.isWerkdag(f.datum), f.datum.toString()).toBe(false);
    }
    expect(w.isWerkdag(d('2026-04-27'))).toBe(false); // Koningsdag on a Monday
    expect(w.isWerkdag(d('2025-05-05'))).toBe(false); // 5 mei on a Monday
    expect(w.isWerkdag(d('2026-05-14'))).toBe(false); // Hemelvaartsdag, Thursday
    expect(w.isWerkdag(d('2026-05-15'))).toBe(true); // the Friday after it is not a feestdag
  });

  it('volgendeWerkdag: a working day is its own', () => {
    expect(w.volgendeWerkdag(d('2025-01-06')).toString()).toBe('2025-01-06');
  });

  it('volgendeWerkdag crosses the Easter weekend: Good Friday → Tuesday after Easter Monday', () => {
    expect(w.volgendeWerkdag(d('2025-04-18')).toString()).toBe('2025-04-22');
    expect(w.volgendeWerkdag(d('2025-04-19')).toString()).toBe('2025-04-22');
    expect(w.volgendeWerkdag(d('2025-04-21')).toString()).toBe('2025-04-22');
    expect(w.volgendeWerkdag(d('2026-04-03')).toString()).toBe('2026-04-07');
  });

  it('volgendeWerkdag crosses Christmas and New Year', () => {
    expect(w.volgendeWerkdag(d('2025-12-25')).toString()).toBe('2025-12-29'); // Thu, Fri, weekend
    expect(w.volgendeWerkdag(d('2026-01-01')).toString()).toBe('2026-01-02');
    expect(w.volgendeWerkdag(d('2026-12-25')).toString()).toBe('2026-12-28'); // Fri, Sat, Sun
  });

  it('volgendeWerkdag: Koningsdag 2026 (Monday) → Tuesday (example C)', () => {
    expect(w.volgendeWerkdag(d('2026-04-27')).toString()).toBe('2026-04-28');
  });

  it('a day added by decree is not a working day', () => {
    const decree = d('2027-06-15'); // a Tuesday, no feestdag
    expect(decree.weekday).toBe(2);
    expect(new Werkdagen().isWerkdag(decree)).toBe(true);
    const withDecree = new Werkdagen([{ datum: decree, naam: 'Bij besluit' }]);
    expect(withDecree.isWerkdag(decree)).toBe(false);
    expect(withDecree.feestdag(decree)).toBe('Bij besluit');
    expect(withDecree.volgendeWerkdag(decree).toString()).toBe('2027-06-16');
    // the computed feestdagen remain
    expect(withDecree.isWerkdag(d('2027-12-27'))).toBe(true); // Monday after Christmas weekend 2027
    expect(withDecree.isWerkdag(d('2027-01-01'))).toBe(false);
  });

  it('a decree day is honoured even when that year was already looked up', () => {
    const decree = d('2025-06-10'); // Tuesday
    const withDecree = new Werkdagen([{ datum: decree, naam: 'Bij besluit' }]);
    expect(withDecree.isWerkdag(d('2025-06-09'))).toBe(false); // Tweede Pinksterdag, fills the year
    expect(withDecree.isWerkdag(decree)).toBe(false);
  });
});
