// The timeline: events of the article anchored to the dates of their sentences
// ("On October 16, 2023, Qatar facilitated the first repatriation" → return, first, 2023-10-16).

import { nonAsciiClass } from '../codepoints';
import { eventOf, isFramingVerb } from '../events';
import type { Span } from '../text';
import type { DateMention, TimelineEvent } from './types';

/** A letter (\p{L}) above ASCII, by the pattern (core/codepoints.ts); ASCII letters are told by range, inline. */
const nonAsciiLetter = nonAsciiClass(/^\p{L}$/u);

/**
 * Where the next word of `text` from `from` on starts, as /[\p{L}][\p{L}'’-]*\/gu finds it (`text.length` when
 * none); `wordEnd` tells where it ends. By hand, and no array per word: the pattern, a match object per word,
 * cost most of the timeline. ASCII is answered without a call: these loops read every character of a dated sentence.
 */
function wordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) break;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (nonAsciiLetter(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45)) break;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp !== 0x2019 && !nonAsciiLetter(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** A word's event entry (null for framing verbs and non-events), looked up once per distinct word of an analysis. */
export type EventLookups = Map<string, ReturnType<typeof eventOf>>;

/**
 * The events of one paragraph, for each sentence holding a date that names a point or period (not a
 * duration or "now"), not in a quotation (`quoted`, by index into `dates`). An event takes the nearest
 * such date of its sentence; "since D" dates anchor the activity they begin. Everything is relative to
 * the paragraph: `text` is its text, `sentences` and `dates` (in order, not overlapping) have offsets from its
 * start, and so do the events, whose `date` is an index into `dates`.
 */
export function paragraphTimeline(text: string, sentences: readonly Span[], dates: readonly DateMention[],
  quoted: (index: number) => boolean, lookups: EventLookups): TimelineEvent[] {
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
    const words = text.slice(sentence.start, sentence.end);
    // Whether the sentence holds "first" at all (both patterns below need it), asked at its first event.
    let firstInSentence: boolean | null = null;
    let to = 0;
    for (let from = wordStart(words, 0); from < words.length; from = wordStart(words, to)) {
      to = wordEnd(words, from);
      const start = sentence.start + from;
      const end = sentence.start + to;
      // Event words are English words of three letters or more (core/events.ts): "of", "in", "a" need no lookup.
      if (to - from < 3 || inDate(dates, inside, start, end)) continue;
      const word = words.slice(from, to);
      let entry = lookups.get(word);
      if (entry === undefined) {
        entry = isFramingVerb(word) ? null : eventOf(word);
        lookups.set(word, entry);
      }
      // "change" (rose, fell) is a figure's movement, not a dated event of the story.
      if (!entry || entry.family === 'change') continue;
      const nearest = inside.reduce((best, k) =>
        distance(dates[k], start) < distance(dates[best], start) ? k : best, inside[0]);
      firstInSentence ??= FIRST_ANYWHERE.test(words);
      let first = false;
      if (firstInSentence) {
        const before = text.slice(Math.max(sentence.start, start - 24), start);
        first = /\b(?:first|first-ever|very\s+first)\s+(?:(?:[\p{L}-]+\s+){0,2})$/iu.test(before) || /\bfirst\s+$/i.test(before);
      }
      events.push({
        family: entry.family, start, end, trigger: word, first, noun: entry.pos === 'noun', date: nearest,
        sentence: { start: sentence.start, end: sentence.end },
      });
    }
  }
  return events;
}

/** "first" as the patterns of `paragraphTimeline` can match it (/u: ſ folds to s). */
const FIRST_ANYWHERE = /first/iu;

/** Whether [start, end) lies inside one of the dates `inside` (indices into `dates`). */
function inDate(dates: readonly DateMention[], inside: readonly number[], start: number, end: number): boolean {
  for (const k of inside) if (dates[k].start <= start && end <= dates[k].end) return true;
  return false;
}

function distance(date: DateMention, offset: number): number {
  return offset < date.start ? date.start - offset : offset - date.end;
}
