import { readCaseList, validateCase } from '../input/case-file.js';
import { csvCase } from '../input/csv-case.js';
import { readJsonLine } from '../input/json-line.js';
import type { CaseReport } from './case-report.js';
import type { Checker } from './checker.js';
import type { Unit } from './inputs.js';

/** The reports of one unit of input: one case, or one per item of a list. No I/O, so a worker can run it. */
export function caseReports(unit: Unit, checker: Checker): CaseReport[] {
  const origin = { source: unit.source, file: unit.file };
  switch (unit.type) {
    case 'json-line':
      return [checker.report(origin, readJsonLine(unit.file, unit.text, unit.line, unit.columns))];
    case 'csv-row':
      return [checker.report(origin, csvCase(unit.plan, unit.cells, unit.line))];
    case 'problem':
      return [checker.unreadable(origin, unit.problems)];
    case 'folded': {
      const read = { located: unit.located, ...validateCase(unit.value, unit.located) };
      // Periods that overlap make no case to evaluate, whatever else the rows say.
      return [checker.report(origin, unit.problems.length === 0 ? read : { ...read, case: undefined, problems: [...unit.problems, ...read.problems] })];
    }
    case 'list': {
      const { isList, cases } = readCaseList(unit.file, unit.text);
      return cases.map((read, i) => checker.report(isList ? { ...origin, source: `${unit.source} item ${i + 1}` } : origin, read));
    }
  }
}
