import type { IsoDate } from '../../check/case-report.js';
import { datum } from '../locale/index.js';

/** A linear calendar axis: `start` lies at x0, `end` at x1, every day equally wide. */
export interface Axis {
  start: IsoDate;
  end: IsoDate;
  x0: number;
  x1: number;
}

/** Where a date lies on the axis, in the SVG's units (outside x0…x1 for a date outside start…end). */
export function xOf(date: IsoDate, axis: Axis): number {
  const span = datum(axis.end).since(datum(axis.start));
  const share = span === 0 ? 0 : datum(date).since(datum(axis.start)) / span;
  // Two decimals: a hundredth of a unit is far below a pixel, and the page stays short.
  return Math.round((axis.x0 + share * (axis.x1 - axis.x0)) * 100) / 100;
}
