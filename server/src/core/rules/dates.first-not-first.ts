import type { TimelineEvent } from '../dates/types';
import { describe } from './dates.common';
import type { Draft, Rule } from './rule';

/** "the first … since 2019", "first time in years": a first in a while, not the first ever. */
export function firstInAWhile(prose: string, event: TimelineEvent): boolean {
  const rest = prose.slice(event.end, event.sentence.end);
  return /^\s*(?:[\p{L}-]+\s+){0,6}?(?:since|in\s+(?:\w+\s+)?(?:years|months|decades|weeks)|this\s+(?:year|month|week)|of\s+(?:the|this|its)\s+(?:year|season|kind))\b/iu.test(rest);
}

export const datesFirstNotFirst: Rule = {
  id: 'dates.first-not-first',
  title: 'A “first” event after an earlier one',
  severity: 'warning',
  fixable: false,
  summary: 'A "first <event>" dated D1 while the article dates another event of the same kind before D1.',
  check(analysis) {
    const drafts: Draft[] = [];
    const { dates, timeline = [] } = analysis.dates;
    // Per family, the event that ends earliest (not a "since", not another "first"): one pass, then one
    // comparison per "first", so a long timeline stays linear.
    const earliest = new Map<string, TimelineEvent>();
    for (const other of timeline) {
      const d0 = dates[other.date];
      if (other.first || d0.since || !d0.range) continue;
      const best = earliest.get(other.family);
      if (!best || d0.range.last < dates[best.date].range!.last) earliest.set(other.family, other);
    }
    for (const first of timeline) {
      // "the first repatriation": a noun. "was first elected" is a person's first time, not the first ever.
      if (!first.first || !first.noun || firstInAWhile(analysis.prose, first)) continue;
      const d1 = dates[first.date];
      if (d1.since || !d1.range) continue;
      // Another "first" of the family is a different first (the country's first election, his first term);
      // "since D" begins an activity: that case is a question (dates.first-after-since), not a contradiction.
      const earlier = earliest.get(first.family);
      if (!earlier || earlier.date === first.date || !(dates[earlier.date].range!.last < d1.range.first)) continue;
      const d0 = dates[earlier.date];
      drafts.push({
        start: first.start,
        end: first.end,
        message: `The “first” ${first.trigger} is dated ${describe(d1)}, but the article dates another (“${earlier.trigger}”) to ${describe(d0)}, before it.`,
        explanation: 'Both events belong to the same family; check which came first, or qualify “first” (first this year, first since…).',
        related: [
          { start: earlier.start, end: earlier.end, message: `Earlier: “${earlier.trigger}”, ${describe(d0)}.` },
          { start: d0.start, end: d0.end, message: `Its date: ${d0.value}.` },
        ],
      });
    }
    return drafts;
  },
};
