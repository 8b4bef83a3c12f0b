import type { Status } from '../../domain/evaluation.js';
import type { Lang } from '../../domain/lang.js';
import { Pauses } from '../../domain/periode.js';
import type { CaseReport, IsoDate, TimelineRow } from '../../check/case-report.js';
import { datum, fill, formatDate, words } from '../locale/index.js';
import { xOf, type Axis } from './axis.js';
import { esc } from './escape.js';

/**
 * The case's weeks drawn as one inline SVG: a linear calendar axis from the ziekmelding to the
 * end of wage payment (and of a loonsanctie), ziekteweek ticks, the pauses shaded, each dated
 * milestone a mark shaped and coloured by its status, the as-of date a vertical line. Every
 * mark and line carries its date in `data-date`, so a test can find where it should be.
 */
export interface TimelineSvg {
  svg: string;
  /** The milestones with a date off the axis (before the ziekmelding): said in words instead. */
  outside: string[];
  /** The kinds of period shaded, for the legend. */
  shaded: Shade[];
  /** Whether the as-of date lies on the axis (a case closed long ago ends before it). */
  asOfShown: boolean;
}

export type Shade = 'onderbreking' | 'wazo' | 'sanction';

const WIDTH = 1000;
const X0 = 40;
const X1 = 960;
const LANE = 24;
const FIRST_LANE = 34;
/** Marks closer than this share no lane: their number labels would touch. */
const GAP = 18;
const MAX_LANES = 6;
/** Ziekteweek ticks every quarter year of sickness. */
const TICK_WEEKS = 13;

type Clock = NonNullable<CaseReport['clock']>;

/** The date a milestone is placed at (as the issue and the table have it): due, else from, else done. */
export const markDate = (row: TimelineRow): IsoDate | null => row.due ?? row.from ?? row.done;

export function timelineSvg(c: CaseReport & { clock: Clock }, asOf: IsoDate, lang: Lang, loonsanctie: ReadonlySet<string>): TimelineSvg {
  const w = words(lang).html;
  const clock = c.clock;
  const sanctions = c.timeline.filter((r) => loonsanctie.has(r.id) && r.from && r.due && r.status !== 'not-applicable');
  const marked = c.timeline.map((row, i) => ({ row, n: i + 1, date: markDate(row) })).filter((m) => m.date !== null && m.row.status !== 'not-applicable');
  // The axis runs at least to the end of wage payment, further when a loonsanctie, a pause or a milestone lies beyond it.
  let end = clock.eindeLoondoorbetaling;
  for (const d of [...sanctions.map((r) => r.due!), ...clock.pauses.map((p) => p.to), ...marked.map((m) => m.date!)]) if (d > end) end = d;
  const axis: Axis = { start: clock.ziekmelding, end, x0: X0, x1: X1 };
  const x = (d: IsoDate): number => xOf(d, axis);

  const inside = marked.filter((m) => m.date! >= axis.start);
  const lanes = laneOf(inside.map((m) => x(m.date!)));
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  const axisY = FIRST_LANE + laneCount * LANE;
  const height = axisY + 52;

  const parts: string[] = [];
  // Shaded periods first, so that the marks lie on top.
  for (const p of clock.pauses) parts.push(band(x(p.from), x(p.to), axisY, `pause ${p.kind}`, `${w.pause[p.kind]} ${formatDate(p.from, lang)} – ${formatDate(p.to, lang)}`, p.from, p.to));
  for (const r of sanctions) parts.push(band(x(r.from!), x(r.due!), axisY, 'sanction', `${w.loonsanctie} ${formatDate(r.from!, lang)} – ${formatDate(r.due!, lang)}`, r.from!, r.due!));

  parts.push(`<line class="axis" x1="${X0}" y1="${axisY}" x2="${X1}" y2="${axisY}" data-start="${axis.start}" data-end="${axis.end}"/>`);
  for (const t of ticks(clock, end)) {
    const tx = x(t.date);
    parts.push(`<line class="tick" x1="${tx}" y1="${axisY - 4}" x2="${tx}" y2="${axisY + 4}"/>`, label(tx, axisY + 17, fill(w.weekTick, { n: t.week }), 'tick-label'));
  }
  parts.push(label(X0, axisY + 32, `${words(lang).ui.ziekmelding} ${formatDate(axis.start, lang)}`, 'end-label', 'start'));
  parts.push(label(X1, axisY + 32, `${w.eindeLoondoorbetaling} ${formatDate(clock.eindeLoondoorbetaling, lang)}`, 'end-label', 'end'));
  const ew = x(clock.eindeWachttijd);
  parts.push(
    `<line class="wachttijd" x1="${ew}" y1="${FIRST_LANE - 10}" x2="${ew}" y2="${axisY + 36}" data-date="${clock.eindeWachttijd}"><title>${esc(`${w.eindeWachttijd} ${formatDate(clock.eindeWachttijd, lang)}`)}</title></line>`,
    label(ew, axisY + 47, `${w.eindeWachttijd} ${formatDate(clock.eindeWachttijd, lang)}`, 'end-label'),
  );

  inside.forEach((m, i) => {
    const mx = x(m.date!);
    const my = FIRST_LANE + lanes[i]! * LANE;
    const title = `${m.n}. ${m.row.title}: ${words(lang).status[m.row.status]}, ${formatDate(m.date!, lang)}`;
    parts.push(`<g class="mark-group">${mark(m.row.status, mx, my, m.date!, m.row.id, title)}<text class="num" x="${mx}" y="${my - 8}">${m.n}</text></g>`);
  });

  const asOfShown = asOf >= axis.start && asOf <= axis.end;
  if (asOfShown) {
    const ax = x(asOf);
    parts.push(`<line class="asof" x1="${ax}" y1="14" x2="${ax}" y2="${axisY + 8}" data-date="${asOf}"/>`, label(ax, 10, fill(w.asOfLine, { date: formatDate(asOf, lang) }), 'asof-label'));
  }

  const aria = fill(w.timelineLabel, { from: formatDate(axis.start, lang), to: formatDate(clock.eindeLoondoorbetaling, lang) });
  const svg = `<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(aria)}">${parts.join('')}</svg>`;
  const shaded = [...new Set<Shade>([...clock.pauses.map((p) => p.kind), ...(sanctions.length > 0 ? ['sanction' as const] : [])])];
  return { svg, outside: marked.filter((m) => m.date! < axis.start).map((m) => m.row.title), shaded, asOfShown };
}

/** Each mark's lane: the first whose last mark is far enough to the left; crowded marks stack up. */
function laneOf(xs: readonly number[]): number[] {
  const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]!);
  const last: number[] = [];
  const lanes = new Array<number>(xs.length).fill(0);
  for (const i of order) {
    let lane = last.findIndex((l) => xs[i]! - l >= GAP);
    if (lane < 0) lane = last.length < MAX_LANES ? last.length : last.indexOf(Math.min(...last));
    last[lane] = xs[i]!;
    lanes[i] = lane;
  }
  return lanes;
}

/** The last day of every 13th ziekteweek up to the axis end: weeks count sick days only, so pauses push them later. */
function ticks(clock: Clock, end: IsoDate): { week: number; date: IsoDate }[] {
  const pauses = new Pauses(clock.pauses.map((p) => ({ van: datum(p.from), tot: datum(p.to) })));
  const start = datum(clock.ziekmelding);
  const out: { week: number; date: IsoDate }[] = [];
  for (let week = TICK_WEEKS; ; week += TICK_WEEKS) {
    const date = pauses.nthDay(start, week * 7).toString();
    if (date > end) return out;
    out.push({ week, date });
  }
}

function band(from: number, to: number, axisY: number, cls: string, title: string, fromDate: IsoDate, toDate: IsoDate): string {
  // A period of a day or two still shows as a sliver.
  const width = Math.max(2, Math.round((to - from) * 100) / 100);
  return `<rect class="${cls}" x="${from}" y="${FIRST_LANE - 14}" width="${width}" height="${axisY - FIRST_LANE + 14}" data-from="${fromDate}" data-to="${toDate}"><title>${esc(title)}</title></rect>`;
}

/** A label kept inside the picture: anchored at its start near the left edge, at its end near the right. */
function label(x: number, y: number, text: string, cls: string, anchor?: 'start' | 'end'): string {
  const a = anchor ?? (x < X0 + 60 ? 'start' : x > X1 - 60 ? 'end' : 'middle');
  return `<text class="${cls}" x="${x}" y="${y}" text-anchor="${a}">${esc(text)}</text>`;
}

/** Shape and colour both tell the status, so the picture reads without colour too. */
function mark(status: Status, x: number, y: number, date: IsoDate, rule: string, title: string): string {
  // Corners in hundredths, as xOf gives them: 0.1 + 7 must not be written 7.1000000000000005.
  const at = (dx: number, dy: number): string => `${Math.round((x + dx) * 100) / 100} ${y + dy}`;
  const data = `class="mark ${status}" data-date="${date}" data-status="${status}" data-rule="${esc(rule)}"`;
  const t = `<title>${esc(title)}</title>`;
  switch (status) {
    case 'on-time':
    case 'open':
      return `<circle ${data} cx="${x}" cy="${y}" r="6">${t}</circle>`;
    case 'late':
      return `<path ${data} d="M${at(0, -7)}L${at(7, 6)}L${at(-7, 6)}Z">${t}</path>`;
    case 'overdue':
      return `<path ${data} d="M${at(-6, -6)}L${at(6, 6)}M${at(6, -6)}L${at(-6, 6)}">${t}</path>`;
    case 'early':
      return `<path ${data} d="M${at(0, -7)}L${at(7, 0)}L${at(0, 7)}L${at(-7, 0)}Z">${t}</path>`;
    default:
      return `<path ${data} d="M${at(-5, -5)}L${at(5, -5)}L${at(5, 5)}L${at(-5, 5)}Z">${t}</path>`;
  }
}
