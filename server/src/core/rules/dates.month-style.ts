import { AP_MONTHS, MONTH_NAMES } from '../dates/calendar';
import { monthNumber } from '../dates/lexicon';
import { apDate, dayCore, skipForStyle } from './dates.common';
import type { Draft, Rule } from './rule';

const WHY = 'AP: with a day, abbreviate Jan., Feb., Aug., Sept., Oct., Nov. and Dec., and spell out March through July; ' +
  'with a year only, or alone, spell the month out, with no comma before the year ("February 2022").';

export const datesMonthStyle: Rule = {
  id: 'dates.month-style',
  title: 'Month not in AP style',
  severity: 'warning',
  fixable: true,
  summary: 'AP months: "Oct. 16" and "March 5" with a day, "October 2023" without; "Sept." not "Sep."; no comma in "February 2022".',
  check(analysis) {
    const drafts: Draft[] = [];
    const text = analysis.text;
    for (const date of analysis.dates.dates) {
      if (skipForStyle(analysis, date)) continue;
      // Inside a quotation: at most information, and never a fix.
      const quoted = date.quoted ? { severity: 'information' as const } : {};
      const core = dayCore(date);
      if (core) {
        if (core.ordinal) continue; // dates.ordinal rewrites the whole date
        const ap = apDate(core.month, core.day, core.year);
        if (core.dayFirst) {
          drafts.push({
            start: core.start, end: core.end, ...quoted,
            message: `AP style puts the month first: ${ap}.`, explanation: WHY,
            fixes: date.quoted ? [] : [{ title: `Write ${ap}`, edits: [{ start: core.start, end: core.end, newText: ap }] }],
          });
          continue;
        }
        const want = AP_MONTHS[core.month - 1];
        if (core.monthText !== want) {
          drafts.push({
            start: core.monthStart, end: core.monthEnd, ...quoted,
            message: `AP style with a day: ${ap}.`, explanation: WHY,
            fixes: date.quoted ? [] : [{ title: `Write ${want}`, edits: [{ start: core.monthStart, end: core.monthEnd, newText: want }] }],
          });
        }
        continue;
      }
      if (date.form !== 'month-year' && date.form !== 'month') continue;
      const word = /^\p{L}+\.?/u.exec(date.text.replace(/^(?:early|late|mid)[-\s]+|^the\s+\w+\s+of\s+/i, ''));
      if (!word) continue;
      const month = monthNumber(word[0]);
      if (!month) continue;
      const at = date.start + date.text.indexOf(word[0]);
      const full = MONTH_NAMES[month - 1];
      if (word[0] !== full) {
        drafts.push({
          start: at, end: at + word[0].length, ...quoted,
          message: `AP style without a day: spell out ${full}.`, explanation: WHY,
          fixes: date.quoted ? [] : [{ title: `Write ${full}`, edits: [{ start: at, end: at + word[0].length, newText: full }] }],
        });
      }
      // "February, 2022": a month, a comma, a year.
      const comma = date.form === 'month' ? /^,(\s+)(?:1[89]|20)\d\d\b/.exec(text.slice(date.end, date.end + 8)) : null;
      if (comma) {
        drafts.push({
          start: date.end, end: date.end + 1, ...quoted,
          message: `No comma between a month and a year: ${full} ${text.slice(date.end + 1 + comma[1].length, date.end + 5 + comma[1].length)}.`,
          explanation: WHY,
          fixes: date.quoted ? [] : [{ title: 'Remove the comma', edits: [{ start: date.end, end: date.end + 1, newText: '' }] }],
        });
      }
    }
    return drafts;
  },
};
