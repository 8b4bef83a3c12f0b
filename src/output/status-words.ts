import type { TimelineRow } from '../check/case-report.js';
import type { DeadlineRow } from '../check/deadlines.js';
import type { Lang } from '../domain/lang.js';
import { formatDay, formatDays, words } from './locale/index.js';

/** A timeline row's status in words, with its days and dates: `open: due in 12 days (ma 06-01-2025 – ...)`. */
export function statusWords(row: TimelineRow, lang: Lang): string {
  const word = words(lang).status[row.status];
  let detail = '';
  if (row.done && row.status !== 'overdue') detail = ` (${words(lang).ui.doneOn} ${formatDay(row.done, lang)})`;
  if (row.days !== null) {
    if (row.status === 'open') detail = `: ${words(lang).ui.dueIn} ${formatDays(row.days, lang)}`;
    else if (row.status === 'overdue') detail = `: ${formatDays(row.days, lang)}`;
    else detail = `: ${formatDays(row.days, lang)}${detail}`;
  }
  if (row.status === 'open' && row.from && row.due) detail += ` (${formatDay(row.from, lang)} – ${formatDay(row.due, lang)})`;
  return `${word}${detail}`;
}

/** A computed deadline's status (`poort deadlines`: nothing is done yet): `open: due in 12 days`. */
export function deadlineStatusWords(r: DeadlineRow, lang: Lang): string {
  const word = words(lang).status[r.status];
  if (r.days === null) return word;
  if (r.status === 'open') return `${word}: ${words(lang).ui.dueIn} ${formatDays(r.days, lang)}`;
  return `${word}: ${formatDays(r.days, lang)}`;
}
