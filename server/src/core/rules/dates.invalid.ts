import { AP_MONTHS, MONTH_NAMES } from '../dates/calendar';
import type { Draft, Rule } from './rule';

export const datesInvalid: Rule = {
  id: 'dates.invalid',
  title: 'Impossible date',
  severity: 'error',
  fixable: false,
  summary: 'A date that does not exist: Feb. 30, Sept. 31, Feb. 29, 2023.',
  check(analysis) {
    return (analysis.dates.invalid ?? []).map((d): Draft => {
      const name = MONTH_NAMES[d.month - 1];
      const why = d.month === 2 && d.day === 29 && d.year !== null
        ? `${d.year} is not a leap year: February ${d.year} has 28 days`
        : `${name} has ${d.limit === 29 && d.year === null ? 'at most 29' : d.limit} days`;
      return {
        start: d.start,
        end: d.end,
        message: `There is no ${AP_MONTHS[d.month - 1]} ${d.day}${d.year !== null ? `, ${d.year}` : ''}: ${why}.`,
        explanation: 'Check the source for the right day; a typo in the day or the month is the usual cause.',
      };
    });
  },
};
