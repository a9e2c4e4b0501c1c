import { apDate, dayCore, skipForStyle } from './dates.common';
import type { Draft, Rule } from './rule';

export const datesOrdinal: Rule = {
  id: 'dates.ordinal',
  title: 'Ordinal in a date',
  severity: 'warning',
  fixable: true,
  summary: 'AP writes dates with cardinal numbers: "October 16th" → "Oct. 16".',
  check(analysis) {
    const drafts: Draft[] = [];
    for (const date of analysis.dates.dates) {
      if (skipForStyle(analysis, date)) continue;
      const core = dayCore(date);
      if (!core?.ordinal) continue;
      const ap = apDate(core.month, core.day, core.year);
      // "the 2nd of April" → "April 2": the article goes with the ordinal.
      const the = core.dayFirst && /\bthe\s+$/i.test(analysis.prose.slice(Math.max(0, core.start - 4), core.start)) ? 4 : 0;
      const start = core.start - the;
      drafts.push({
        start,
        end: core.end,
        ...(date.quoted ? { severity: 'information' as const } : {}),
        message: `AP style: ${ap}, without the ordinal.`,
        explanation: 'AP: use figures without st, nd, rd or th in dates, and abbreviate Jan., Feb., Aug., Sept., Oct., Nov. and Dec. with a day.',
        fixes: date.quoted ? [] : [{ title: `Write ${ap}`, edits: [{ start, end: core.end, newText: ap }] }],
      });
    }
    return drafts;
  },
};
