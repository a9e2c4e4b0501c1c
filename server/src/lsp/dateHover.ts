// The date card: on a date, its resolved ISO value and weekday, its precision, and how far it lies from
// the publication date ("346 days before publication"); without a publication date, says so and how to set one.

import { formatNumber } from '../core/figures/format';
import type { Analysis } from '../core/analyse';
import { daysBetween, parseIso } from '../core/dates/calendar';
import type { DateMention } from '../core/dates/types';
import { indexAt } from '../core/spans';
import type { Span } from '../core/text';
import { escapeMarkdown } from './convert';

export interface DateCard {
  markdown: string;
  span: Span;
}

const PRECISION: Readonly<Record<DateMention['precision'], string>> = {
  decade: 'a decade', year: 'a year', quarter: 'a quarter', season: 'a season', month: 'a month', week: 'a week',
  day: 'a day', time: 'a time of day', reference: 'a reference to the present, past or future', duration: 'a duration',
  set: 'a recurrence',
};

const HOW_TO_SET = 'Set one with front matter `date: YYYY-MM-DD` (Markdown, .news), the command **Copydesk: Set Publication Date**, ' +
  'or the setting `copydesk.publicationDate`.';

/** The date under an offset, or null. Dates are in document order and do not overlap. */
export function dateAt(analysis: Analysis, offset: number): DateMention | null {
  const index = indexAt(analysis.dates.dates, offset, (d) => d);
  return index < 0 ? null : analysis.dates.dates[index];
}

export function dateCardAt(analysis: Analysis, offset: number): DateCard | null {
  const d = dateAt(analysis, offset);
  if (!d) return null;
  const parts: string[] = [];
  const head = `**“${escapeMarkdown(d.text.replace(/\s+/g, ' '))}”** · ${d.type} \`${d.value}\``;
  parts.push(head + (d.weekday && d.precision === 'day' ? ` · ${d.weekday}` : ''));
  const details = [`Precision: ${PRECISION[d.precision]}`];
  // "mid-May" with no year to put it in has a part but no days yet.
  if (d.modifier) details.push(d.range ? `${d.modifier} part: ${d.range.first} to ${d.range.last}` : `${d.modifier} part`);
  if (d.since) details.push(`since: an open interval from ${d.value} to publication`);
  parts.push(details.join(' · '));
  const published = analysis.publicationDate;
  if (!published) {
    if (d.anchored || d.value.startsWith('XXXX')) parts.push(`No publication date: this date could not be resolved. ${HOW_TO_SET}`);
    else parts.push(`No publication date, so no distance from it. ${HOW_TO_SET}`);
  } else if (d.range) {
    parts.push(distance(d.range, published.date) + ` (${published.date}, from the ${published.source === 'option' ? 'setting' : published.source})`);
  }
  return { markdown: parts.join('\n\n'), span: { start: d.start, end: d.end } };
}

/** "346 days before publication", "the publication day", "3 to 33 days before publication" for a range. */
export function distance(range: { first: string; last: string }, published: string): string {
  const p = parseIso(published)!;
  const from = daysBetween(p, parseIso(range.first)!);
  const to = daysBetween(p, parseIso(range.last)!);
  const days = (n: number) => `${formatNumber(Math.abs(n))} day${Math.abs(n) === 1 ? '' : 's'}`;
  if (from === 0 && to === 0) return 'The publication day';
  if (from === to) return `${days(from)} ${from < 0 ? 'before' : 'after'} publication`;
  if (to < 0) return `${days(to).replace(/ days?$/, '')} to ${days(from)} before publication`;
  if (from > 0) return `${days(from).replace(/ days?$/, '')} to ${days(to)} after publication`;
  return 'Spans the publication date';
}
