import { crypto } from './crypto.js';
import { resolve } from 'node:path';
import type { Datum } from '../domain/datum.js';
import type { Status } from '../domain/evaluation.js';
import type { Rule } from '../domain/rule.js';
import { type Lang, textIn } from '../domain/lang.js';
import type { IsoDate } from '../check/case-report.js';
import { datum, fill, formatDate, normText, words } from './locale/index.js';
import type { NotJudged } from './not-judged.js';
import { printable } from './printable.js';

/*
 * iCalendar (RFC 5545) for calendar apps: one all-day VEVENT per milestone still to do (open)
 * or missed without an entry (overdue), on its due date, with an alarm a week before. Shared by
 * `check --format ics` (formats/ics.ts) and `poort deadlines --format ics`.
 */

/** One milestone of one case, as the calendar needs it. */
export interface IcsMilestone {
  id: string;
  title: string;
  from: Datum | IsoDate | null;
  due: Datum | IsoDate | null;
  status: Status;
}

/** One case: `key` identifies it across runs (the werknemer, else the source); `who` heads each summary. */
export interface IcsCase {
  key: string;
  who: string | null;
  source: string;
  milestones: readonly IcsMilestone[];
}

const CRLF = '\r\n';

/** The calendar's head. */
export function icsStart(lang: Lang, version: string): string {
  return lines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//poort//poort ${version}//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(words(lang).ics.calendar)}`,
  ]);
}

/**
 * A calendar with no event still ends well-formed; RFC 5545 wants at least one component, and
 * calendar apps (and ical.js) read an empty VCALENDAR as an empty calendar.
 */
export function icsEnd(): string {
  return lines(['END:VCALENDAR']);
}

/** Whether a milestone becomes an event: something still to do, with a date to put it on. */
export function inCalendar(m: IcsMilestone): m is IcsMilestone & { due: Datum | IsoDate } {
  return (m.status === 'open' || m.status === 'overdue') && m.due !== null;
}

/** The VEVENTs of one case. */
export function icsEvents(c: IcsCase, rules: readonly Rule[], asOf: Datum, lang: Lang): string {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const out: string[] = [];
  for (const m of c.milestones) {
    if (!inCalendar(m)) continue;
    const rule = byId.get(m.id);
    const due = datum(m.due);
    const summary = `${c.who ? `${c.who}: ` : ''}${m.title}${m.status === 'overdue' ? ` (${words(lang).ics.overdue})` : ''}`;
    const when = m.from && !datum(m.from).equals(due)
      ? fill(words(lang).ics.window, { from: formatDate(m.from, lang), due: formatDate(due, lang) })
      : fill(words(lang).ics.due, { due: formatDate(due, lang) });
    const description = [
      rule && textIn(rule.description, lang),
      rule?.interpretation && `${words(lang).ics.reading}: ${textIn(rule.interpretation, lang)}`,
      when,
      rule && `${words(lang).ics.norm}: ${normText(rule.norm, lang)} · ${words(lang).ics.source}: ${textIn(rule.source, lang)}`,
      `${words(lang).ics.dossier}: ${c.source}`,
    ].filter((s): s is string => !!s).join('\n\n');
    out.push(
      ...vevent({ uid: uid(c.key, m.id), asOf, date: due, summary, description, category: m.id }),
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P7D',
      `DESCRIPTION:${escapeText(fill(words(lang).ics.alarm, { summary }))}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  return lines(out);
}

/** The head of an all-day VEVENT; the caller adds what else it has and `END:VEVENT`. */
function vevent(e: { uid: string; asOf: Datum; date: Datum; summary: string; description: string; category: string }): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    // RFC 5545 requires DTSTAMP (when the object was created). The wall clock would make every
    // run differ; the as-of date at midnight UTC keeps the output reproducible and still says
    // "as known on this date".
    `DTSTAMP:${icsDate(e.asOf)}T000000Z`,
    `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
    `DTEND;VALUE=DATE:${icsDate(e.date.plus(1))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    `CATEGORIES:${escapeText('poort')},${escapeText(e.category)}`,
    'TRANSP:TRANSPARENT',
  ];
}

/**
 * Dossiers that could not be judged, as an event on the as-of date: a calendar that shows no
 * deadline must not read as good news when some dossiers were never read. One UID, so that the
 * next import updates it.
 */
export function icsNotJudged(notJudged: NotJudged, asOf: Datum, lang: Lang): string {
  if (notJudged.invalid === 0) return '';
  const summary = fill(words(lang).ics.notJudged, { n: notJudged.invalid, total: notJudged.cases });
  const description = [summary, ...notJudged.sources, ...(notJudged.invalid > notJudged.sources.length ? ['…'] : [])].join('\n');
  return lines([...vevent({ uid: uid('', 'not-judged'), asOf, date: asOf, summary, description, category: 'not-judged' }), 'END:VEVENT']);
}


/**
 * A UID that is the same on every run for the same case and rule, so that importing again
 * updates the events instead of duplicating them (RFC 5545 3.8.4.7). Hashed: the key may be a
 * path or a pseudonym, and neither belongs in a calendar's identifiers.
 */
/**
 * What identifies a case across runs, for its events' UIDs: the werknemer, else its file as a
 * full path (with the row or line of an export), so that `gap.yaml` and `../x/gap.yaml` are one
 * case and a re-import updates its events instead of adding them again.
 */
export function caseKey(c: { werknemer: string | null; file: string; source: string }, cwd: string): string {
  if (c.werknemer !== null) return c.werknemer;
  const within = c.source.startsWith(c.file) ? c.source.slice(c.file.length) : '';
  return `${c.file === '-' ? '-' : resolve(cwd, c.file)}${within}`;
}

export function uid(caseKey: string, ruleId: string): string {
  return `${crypto().createHash('sha256').update(`${caseKey}\0${ruleId}`).digest('hex').slice(0, 32)}@poort`;
}

/** `YYYYMMDD`, the DATE value type. */
export function icsDate(d: Datum): string {
  return d.toString().replaceAll('-', '');
}

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(s: string): string {
  // Line breaks are TEXT's own `\n`; any other control character (NUL, ESC) is written as an escape.
  return printable(s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n'));
}

/**
 * Content lines are folded at 75 octets (RFC 5545 3.1): UTF-8 octets, never inside a
 * multi-octet character; each continuation line starts with one space, which counts. An escape
 * (`\n`, `\,`) is kept on one line too: allowed to split, but naive readers trip over it.
 * A continuation line never starts (after its space) with a colon or a blank: a CI runner that
 * shows the calendar would read ` ::error::` as a command, so the fold moves back a little.
 */
export function fold(line: string): string {
  const tokens = line.match(/\\.|[^]/gu) ?? [];
  const size = tokens.map((t) => [...t].reduce((sum, c) => sum + utf8Length(c.codePointAt(0)!), 0));
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (octets + size[i]! > 75) {
      let cut = i;
      let moved = 0;
      while (cut > start + 1 && OPENS_COMMAND.test(tokens[cut]!) && 1 + moved + size[cut - 1]! + size[i]! <= 75) moved += size[--cut]!;
      if (OPENS_COMMAND.test(tokens[cut]!)) [cut, moved] = [i, 0]; // a line of nothing else: no better place
      parts.push((start === 0 ? '' : ' ') + tokens.slice(start, cut).join(''));
      start = cut;
      octets = 1 + moved;
    }
    octets += size[i]!;
  }
  parts.push((start === 0 ? '' : ' ') + tokens.slice(start).join(''));
  return parts.join(CRLF);
}

const OPENS_COMMAND = /^[\s:]$/;

function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

function lines(ls: readonly string[]): string {
  return ls.map((l) => fold(l) + CRLF).join('');
}
