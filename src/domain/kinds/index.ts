import { Kinds } from '../kind.js';
import { check } from './check.js';
import { date } from './date.js';
import { dateOrder } from './date-order.js';
import { deadline } from './deadline.js';
import { interval } from './interval.js';
import { loonsanctie } from './loonsanctie.js';
import { textScan } from './text-scan.js';

/** Every kind of rule poort knows: a new kind is its module and a line here. */
export const KINDS = new Kinds([deadline, interval, date, check, dateOrder, textScan, loonsanctie]);
