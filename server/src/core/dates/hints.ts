// Inlay hints after relative dates: the day they resolve to ("yesterday" → "Wed., Sept. 25").
// The LSP provider and its setting are wired elsewhere; this is the pure part.

import type { Analysis } from '../analyse';

export interface RelativeDateHint {
  /** Where the hint goes: right after the expression. */
  offset: number;
  label: string;
  tooltip?: string;
}

export function relativeDateHints(analysis: Analysis): RelativeDateHint[] {
  const hints: RelativeDateHint[] = [];
  if (!analysis.publicationDate) return hints;
  for (const date of analysis.dates.dates) {
    if (!date.anchored || date.precision !== 'day' || !date.range) continue;
    if (date.form !== 'relative' && date.form !== 'weekday' && date.form !== 'month-day') continue;
    hints.push({
      offset: date.end,
      label: ` ${apDay(date.range.first)}`,
      tooltip: `Resolved against the publication date ${analysis.publicationDate.date}: ${date.range.first}`,
    });
  }
  return hints;
}

const WEEKDAY_AP = ['Sun.', 'Mon.', 'Tue.', 'Wed.', 'Thu.', 'Fri.', 'Sat.'];
const MONTH_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "2024-09-25" → "Wed., Sept. 25, 2024" */
export function apDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAY_AP[weekday]}, ${MONTH_AP[m - 1]} ${d}, ${y}`;
}
