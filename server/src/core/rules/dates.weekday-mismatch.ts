import { daysBetween, parseIso } from '../dates/calendar';
import { apLong, dct } from './dates.common';
import type { Draft, Rule } from './rule';

/** A month-day without a year is checked only this close to the publication date: its year is not in doubt. */
const UNAMBIGUOUS_DAYS = 120;

export const datesWeekdayMismatch: Rule = {
  id: 'dates.weekday-mismatch',
  title: 'Weekday that is not the date’s',
  severity: 'error',
  fixable: true,
  summary: 'A stated weekday that is not the weekday of its date ("Tuesday, Oct. 16, 2023": it was a Monday).',
  check(analysis) {
    const drafts: Draft[] = [];
    const published = dct(analysis);
    for (const date of analysis.dates.dates) {
      const stated = date.statedWeekday;
      if (!stated || !date.weekday || !date.range) continue;
      if (date.form === 'month-day') {
        const day = parseIso(date.range.first);
        if (!published || !day || Math.abs(daysBetween(published, day)) > UNAMBIGUOUS_DAYS) continue;
      } else if (date.form !== 'full') continue;
      if (stated.name === date.weekday) continue;
      const when = apLong(date.range.first) + (date.form === 'month-day' ? '' : '');
      drafts.push({
        start: stated.start,
        end: stated.end,
        message: `${when} was a ${date.weekday}, not a ${stated.name}.`,
        explanation: date.form === 'month-day'
          ? `No year is given; ${when} is the one nearest the publication date (${analysis.publicationDate!.date}).`
          : undefined,
        related: [{ start: date.start, end: date.end, message: `The date: ${date.range.first}, a ${date.weekday}.` }],
        // A quotation is the speaker's words: report, never rewrite them.
        fixes: date.quoted ? [] : [{ title: `Change to ${date.weekday}`, edits: [{ start: stated.start, end: stated.end, newText: date.weekday }] }],
      });
    }
    return drafts;
  },
};
