import { daysBetween, parseIso } from '../dates/calendar';
import type { TimelineEvent } from '../dates/types';
import { describe } from './dates.common';
import { firstInAWhile } from './dates.first-not-first';
import type { Draft, Rule } from './rule';

/** "Since July 2023" and a "first" on July 20, 2023 agree; a gap longer than this is worth a question. */
const GAP_DAYS = 30;

export const datesFirstAfterSince: Rule = {
  id: 'dates.first-after-since',
  title: 'A “first” event well after “since”',
  severity: 'information',
  fixable: false,
  summary: 'A query: a "first <event>" dated well after the start of a "since D" statement about the same kind of event.',
  check(analysis) {
    const drafts: Draft[] = [];
    const { dates, timeline = [] } = analysis.dates;
    // Per family, the "since" that starts earliest: one pass, then one comparison per "first".
    const earliestSince = new Map<string, TimelineEvent>();
    for (const other of timeline) {
      const d0 = dates[other.date];
      if (!d0.since || !d0.range) continue;
      const best = earliestSince.get(other.family);
      if (!best || d0.range.last < dates[best.date].range!.last) earliestSince.set(other.family, other);
    }
    for (const first of timeline) {
      // "the first repatriation": a noun. "was first elected" is a person's first time, not the first ever.
      if (!first.first || !first.noun || firstInAWhile(analysis.prose, first)) continue;
      const d1 = dates[first.date];
      if (d1.since || !d1.range) continue;
      const since = earliestSince.get(first.family);
      if (!since || since === first) continue;
      if (daysBetween(parseIso(dates[since.date].range!.last)!, parseIso(d1.range.first)!) <= GAP_DAYS) continue;
      const d0 = dates[since.date];
      const head = firstPhrase(analysis.prose, first.start, first.end);
      drafts.push({
        start: head.start,
        end: first.end,
        message: `How does the “${analysis.prose.slice(head.start, first.end)}” on ${describe(d1)} fit “${since.trigger}” since ${describe(d0)}? ` +
          'The article leaves open when this really began.',
        explanation: `“Since ${d0.text}” says the activity (${first.family}) was under way from ${d0.value}; ` +
          `the “first” one is dated ${d1.value}, ${daysBetween(parseIso(d0.range!.first)!, parseIso(d1.range!.first)!)} days after its start. ` +
          'Perhaps the first was of a particular kind, or one of the two dates is wrong: say which.',
        related: [
          { start: d1.start, end: d1.end, message: `The “first” is dated ${d1.value}.` },
          { start: d0.start, end: d0.end, message: `Since ${d0.value}: “${since.trigger}”.` },
          { start: since.start, end: since.end, message: `The activity since ${describe(d0)}.` },
        ],
      });
    }
    return drafts;
  },
};

/** From "first" to the event word: "first repatriation". */
function firstPhrase(prose: string, start: number, end: number): { start: number; end: number } {
  const before = prose.slice(Math.max(0, start - 24), start);
  const at = before.toLowerCase().lastIndexOf('first');
  return at >= 0 ? { start: start - before.length + at, end } : { start, end };
}
