import type { NextStep } from '../check/case-report.js';
import type { Lang } from '../domain/lang.js';
import { fill, formatDay, formatDays, words } from './locale/index.js';

/** "plan van aanpak opstellen met de werknemer, uiterlijk wo 19-02-2025 (over 9 dagen)"; a report puts the label (`next.label`) before it. */
export function nextStepText(next: NextStep, lang: Lang): string {
  const w = words(lang).next;
  const values = { todo: next.todo, date: formatDay(next.due, lang), days: formatDays(Math.abs(next.days), lang) };
  const template = next.days < 0 ? w.overdue : next.days === 0 ? w.today : w.open;
  return fill(template, values);
}
