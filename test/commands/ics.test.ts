import ICAL from 'ical.js';
import { basename, dirname as dirOf, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Datum } from '../../src/domain/datum.js';
import { formatReport } from '../helpers.js';
import { icsFormatter } from '../../src/output/formats/ics.js';
import { escapeText, fold, uid } from '../../src/output/ics.js';
import { caseReport, report, ROOT, rules, runBin } from '../helpers.js';
import { poort, scratch } from './support.js';

const { file } = scratch('ics');

/** A werknemer and notes with Dutch accents, a comma, a semicolon and a backslash: everything TEXT must escape. */
const accented = file(
  'accenten.yaml',
  [
    'werknemer: "Zoë Çelik-Brontë; afd. Logistiek, locatie Zuid \\\\ Noord"',
    'ziekmelding: 2025-01-06',
    'probleemanalyse: 2025-02-10',
    '',
  ].join('\n'),
);
const noWerknemer = file('geen-werknemer.yaml', 'ziekmelding: 2025-07-07\n');
const example = join(ROOT, 'examples', 'tweede-spoor-te-laat.yaml');

const parse = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);
const events = (text: string) => parse(text).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));

describe('check --format ics (RFC 5545)', () => {
  const args = ['check', accented, noWerknemer, example, '--as-of', '2025-03-01', '--format', 'ics', '--fail-on', 'never'];
  const run = poort(args, { POORT_LANG: 'nl' });

  it('is one VCALENDAR for all cases, with the required properties', () => {
    expect(run.code, run.stderr).toBe(0);
    const cal = parse(run.stdout);
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/^-\/\/poort\/\/poort \d+\.\d+\.\d+\/\/NL$/);
    expect(cal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(run.stdout.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    expect(run.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(run.stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('uses CRLF line endings only, and folds every line at 75 octets without splitting a character', () => {
    const text = run.stdout;
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    // Folded lines exist (the descriptions are long) and each continuation begins with one space.
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // A multi-byte character cut in two would not decode: it would read as U+FFFD here.
    expect(text).not.toContain('\uFFFD');
    expect(text).toMatch(/ë|Ç/);
  });

  it('has one all-day event per open or overdue milestone, with summary, description and alarm', () => {
    const all = events(run.stdout);
    const mine = all.filter((e) => e.summary.startsWith('Zoë'));
    // As of 2025-03-01: plan van aanpak (due 2025-02-24, 14 days after the probleemanalyse) is overdue, the later milestones
    // are open; the probleemanalyse is done.
    expect(mine.map((e) => e.startDate.toString())).toEqual(['2025-02-24', '2025-10-27', '2026-01-04', '2026-10-04', '2026-10-04', '2026-10-18']);
    const pva = mine[0]!;
    expect(pva.summary).toBe('Zoë Çelik-Brontë; afd. Logistiek, locatie Zuid \\ Noord: Plan van aanpak (termijn verstreken)');
    expect(pva.startDate.isDate).toBe(true);
    expect(pva.endDate.toString()).toBe('2025-02-25');
    expect(pva.description).toContain('Werkgever en werknemer stellen binnen twee weken na de probleemanalyse');
    expect(pva.description).toContain('Hoe poort de wet leest: Uiterlijk 14 dagen na de probleemanalyse');
    expect(pva.description).toContain('Norm: regeling · Bron: art. 7:658a lid 3 BW; art. 25 lid 2 Wet WIA; art. 4 lid 1 Regeling procesgang eerste en tweede ziektejaar');
    expect(pva.description).toContain('\n\n');
    const alarm = pva.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P7D');
    expect(String(alarm.getFirstPropertyValue('description'))).toContain('Plan van aanpak');
    expect(pva.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2025-03-01T00:00:00Z');
    // The raw text escapes TEXT as RFC 5545 3.3.11 says.
    expect(run.stdout.replace(/\r\n /g, '')).toContain('SUMMARY:Zoë Çelik-Brontë\\; afd. Logistiek\\, locatie Zuid \\\\ Noord: Plan van aanpak (termijn verstreken)');
  });

  it('marks an overdue milestone, names a case without werknemer by its file, and leaves done and info rows out', () => {
    const all = events(run.stdout);
    const tweede = all.filter((e) => e.summary.startsWith('E-3115'));
    expect(tweede.length).toBeGreaterThan(0);
    const other = all.filter((e) => e.summary.startsWith(noWerknemer));
    expect(other[0]!.summary).toBe(`${noWerknemer}: Probleemanalyse`);
    expect(all.some((e) => /einde wachttijd/i.test(e.summary))).toBe(false);
    const overdue = events(poort(['check', noWerknemer, '--as-of', '2025-09-01', '--format', 'ics', '--fail-on', 'never']).stdout);
    expect(overdue[0]!.summary).toBe(`${noWerknemer}: Probleemanalyse (problem analysis) (overdue)`);
  });

  it('gives identical output, and so identical UIDs, on a second run; UIDs are unique within the calendar', () => {
    const again = poort(args, { POORT_LANG: 'nl' });
    expect(again.stdout).toBe(run.stdout);
    const uids = events(run.stdout).map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const u of uids) expect(u).toMatch(/^[0-9a-f]{32}@poort$/);
  });

  it('gives a case without werknemer the same UIDs however its path was typed, in check and agenda (a re-import duplicated its events)', () => {
    const uids = (args: string[], cwd: string) => events(runBin(args, { cwd }).stdout).map((e) => e.uid).sort();
    const inside = uids(['check', 'geen-werknemer.yaml', '--as-of', '2025-03-01', '--format', 'ics'], dirOf(noWerknemer));
    const beside = uids(['check', join(basename(dirOf(noWerknemer)), 'geen-werknemer.yaml'), '--as-of', '2025-03-01', '--format', 'ics'], join(dirOf(noWerknemer), '..'));
    expect(inside.length).toBeGreaterThan(0);
    expect(beside).toEqual(inside);
    const agenda = (cwd: string, path: string) => uids(['agenda', path, '--as-of', '2025-03-01', '--within', '30w', '--format', 'ics'], cwd);
    expect(agenda(join(dirOf(noWerknemer), '..'), join(basename(dirOf(noWerknemer)), 'geen-werknemer.yaml'))).toEqual(agenda(dirOf(noWerknemer), 'geen-werknemer.yaml'));
  });

  it('keeps a UID when the dates change: same werknemer and rule, another as-of date or a corrected date', () => {
    const before = events(poort(['check', accented, '--as-of', '2025-03-01', '--format', 'ics']).stdout);
    const edited = file('accenten-later.yaml', 'werknemer: "Zoë Çelik-Brontë; afd. Logistiek, locatie Zuid \\\\ Noord"\nziekmelding: 2025-01-08\nprobleemanalyse: 2025-02-12\n');
    const after = events(poort(['check', edited, '--as-of', '2025-03-01', '--format', 'ics']).stdout);
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[0]!.startDate.toString()).toBe('2025-02-26');
  });

  it('is the same under every time zone', () => {
    for (const TZ of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) expect(poort(args, { POORT_LANG: 'nl', TZ }).stdout).toBe(run.stdout);
  });

  it('an invalid case adds no events of its own, but one on the as-of date says it could not be judged; exit 2', () => {
    const bad = file('bad.yaml', 'ziekmelding: 2025-02-30\n');
    const r = poort(['check', bad, '--format', 'ics', '--as-of', '2025-03-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2025-02-30');
    const [notice, ...rest] = events(r.stdout);
    expect(rest).toEqual([]);
    expect([notice!.summary, notice!.startDate.toString(), notice!.description]).toEqual([
      'poort: 1 of 1 dossiers could not be judged; their deadlines are not in this calendar',
      '2025-03-01',
      `poort: 1 of 1 dossiers could not be judged; their deadlines are not in this calendar\n${bad}`,
    ]);
    // The same UID on every run: a re-import updates the notice.
    expect(notice!.uid).toBe(events(poort(['check', bad, '--format', 'ics', '--as-of', '2025-04-01']).stdout)[0]!.uid);
  });

  it('all judged: no notice', () => {
    const ok = file('ok.yaml', 'werknemer: E-1\nziekmelding: 2025-01-06\n');
    expect(events(poort(['check', ok, '--format', 'ics', '--as-of', '2025-03-01']).stdout).map((e) => e.summary)).not.toContainEqual(expect.stringContaining('could not be judged'));
  });
});

describe('the iCalendar writer', () => {
  it('escapes TEXT', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets, counting multi-byte characters, never inside one or inside an escape', () => {
    const line = `DESCRIPTION:${'ë'.repeat(50)}${'€'.repeat(20)}${'😀'.repeat(10)}`;
    const folded = fold(line);
    const parts = folded.split('\r\n');
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' ') && !p.startsWith('  '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    const escapes = fold(`X:${'a'.repeat(72)}\\n${'b'.repeat(10)}`).split('\r\n');
    expect(escapes[0]).toBe(`X:${'a'.repeat(72)}`);
    expect(escapes[1]!.startsWith(' \\n')).toBe(true);
    expect(fold('SHORT:line')).toBe('SHORT:line');
  });

  it('never starts a continuation line with a colon or a blank, which a CI runner would read as a command', () => {
    const unfold = (f: string) => f.split('\r\n').map((p, i) => (i === 0 ? p : p.slice(1))).join('');
    for (let pad = 60; pad <= 80; pad++) {
      for (const evil of ['::error::pwned', '  ::add-mask::x', ' \t::x::y']) {
        const line = `SUMMARY:${'a'.repeat(pad)}${evil}${'b'.repeat(100)}`;
        const parts = fold(line).split('\r\n');
        for (const p of parts.slice(1)) expect(p, `${pad} ${JSON.stringify(evil)}`).toMatch(/^ [^\s:]/);
        for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(75);
        expect(unfold(fold(line))).toBe(line);
      }
    }
    // A line of nothing but colons has no better place: it is folded as ever, and stays whole.
    const colons = `X:${':'.repeat(200)}`;
    expect(unfold(fold(colons))).toBe(colons);
  });

  it('derives the UID from the case key and the rule id only', () => {
    expect(uid('E-1042', 'probleemanalyse')).toBe(uid('E-1042', 'probleemanalyse'));
    expect(uid('E-1042', 'probleemanalyse')).not.toBe(uid('E-1043', 'probleemanalyse'));
    expect(uid('E-1042', 'probleemanalyse')).not.toBe(uid('E-1042', 'plan-van-aanpak'));
  });

  it('streams: formatReport over several cases gives one calendar (in-process)', () => {
    const cases = [caseReport('werknemer: A\nziekmelding: 2025-01-06\n', '2025-01-10'), caseReport('werknemer: B\nziekmelding: 2025-02-03\n', '2025-01-10')];
    const text = formatReport(icsFormatter, report(cases, '2025-01-10'), { colorLevel: 0, rules: rules().rules, version: '9.9.9' });
    const cal = parse(text);
    expect(cal.getFirstPropertyValue('prodid')).toBe('-//poort//poort 9.9.9//EN');
    const evs = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(evs.filter((e) => e.summary.startsWith('A: ')).length).toBe(7);
    expect(evs.filter((e) => e.summary.startsWith('B: ')).length).toBe(7);
    expect(evs[0]!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe(`${Datum.parse('2025-01-10')}T00:00:00Z`);
  });
});
