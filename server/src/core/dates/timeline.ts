// The timeline: events of the article anchored to the dates of their sentences
// ("On October 16, 2023, Qatar facilitated the first repatriation" → return, first, 2023-10-16).

import { eventOf, isFramingVerb } from '../events';
import type { Span } from '../text';
import type { DateMention, TimelineEvent } from './types';

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/**
 * The events of one paragraph, for each sentence holding a date that names a point or period (not a
 * duration or "now"), not in a quotation (`quoted`, by index into `dates`). An event takes the nearest
 * such date of its sentence; "since D" dates anchor the activity they begin. Everything is relative to
 * the paragraph: `text` is its text, `sentences` and `dates` (in order, not overlapping) have offsets from its
 * start, and so do the events, whose `date` is an index into `dates`.
 */
export function paragraphTimeline(text: string, sentences: readonly Span[], dates: readonly DateMention[],
  quoted: (index: number) => boolean): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  let d = 0;
  for (const sentence of sentences) {
    while (d < dates.length && dates[d].end <= sentence.start) d++;
    const inside: number[] = [];
    for (let k = d; k < dates.length && dates[k].start < sentence.end; k++) {
      const date = dates[k];
      if (date.range && date.type === 'DATE' && !quoted(k)) inside.push(k);
    }
    // A "sentence" of dozens of dates is a table or a list, not a narrative: no events from it (and no quadratic work).
    if (inside.length === 0 || inside.length > 12) continue;
    // exec, not matchAll: matchAll clones the pattern for every sentence.
    const words = text.slice(sentence.start, sentence.end);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(words); m; m = WORD.exec(words)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (inside.some((k) => dates[k].start <= start && end <= dates[k].end)) continue;
      const entry = isFramingVerb(m[0]) ? null : eventOf(m[0]);
      // "change" (rose, fell) is a figure's movement, not a dated event of the story.
      if (!entry || entry.family === 'change') continue;
      const nearest = inside.reduce((best, k) =>
        distance(dates[k], start) < distance(dates[best], start) ? k : best, inside[0]);
      const before = text.slice(Math.max(sentence.start, start - 24), start);
      const first = /\b(?:first|first-ever|very\s+first)\s+(?:(?:[\p{L}-]+\s+){0,2})$/iu.test(before) ||
        /\bfirst\s+$/i.test(before);
      events.push({
        family: entry.family, start, end, trigger: m[0], first, noun: entry.pos === 'noun', date: nearest,
        sentence: { start: sentence.start, end: sentence.end },
      });
    }
  }
  return events;
}

function distance(date: DateMention, offset: number): number {
  return offset < date.start ? date.start - offset : offset - date.end;
}
