// The dates engine: every temporal expression resolved against the publication date, and the timeline.
// A paragraph's dates and events are a pure function of its text and the publication date (and of which
// of its dates are quoted), memoised across versions of the document (core/incremental.ts), offsets from
// the paragraph's start; then they are placed in the document.

import type { Analysis } from '../analyse';
import { memo } from '../incremental';
import { quotationMask } from '../spans';
import type { Span } from '../text';
import { isoDay, parseIso } from './calendar';
import { extractParagraph, type ParagraphDates } from './extract';
import { paragraphTimeline, type EventLookups } from './timeline';
import type { DateMention, DateResult, InvalidDate, TimelineEvent } from './types';

export type { DateMention, DateResult, DateForm, InvalidDate, Modifier, Precision, TimelineEvent, TimexType } from './types';

/** A paragraph's dates, and its events as they are when none of its dates is quoted (the usual case). */
interface ParagraphResult extends ParagraphDates {
  events: TimelineEvent[];
}

const NOTHING_QUOTED = () => false;

export function extractDates(analysis: Pick<Analysis, 'article' | 'prose' | 'publicationDate' | 'quotes'>): DateResult {
  const dct = analysis.publicationDate ? parseIso(analysis.publicationDate.date) : null;
  const context = dct ? isoDay(dct) : '';
  const inQuotation = quotationMask(analysis);
  const dates: DateMention[] = [];
  const invalid: InvalidDate[] = [];
  const timeline: TimelineEvent[] = [];
  const lookups: EventLookups = new Map();
  for (const paragraph of analysis.article.paragraphs) {
    const base = paragraph.start;
    const text = paragraph.text;
    // A paragraph's sentences are a function of its text too (core/sentences.ts), so they need no key.
    const sentences = () => paragraph.sentences.map((s) => ({ start: s.start - base, end: s.end - base }));
    const local = memo('dates', text, context, (): ParagraphResult => {
      const found = extractParagraph(text, dct);
      return { ...found, events: paragraphTimeline(text, sentences(), found.dates, NOTHING_QUOTED, lookups) };
    });
    const first = dates.length;
    let anchorQuoted = false;
    for (const date of local.dates) {
      const placedDate = placed(date, base, paragraph.index, inQuotation(base + date.start));
      anchorQuoted ||= placedDate.quoted && !!date.range && date.type === 'DATE';
      dates.push(placedDate);
    }
    for (const date of local.invalid) invalid.push({ ...date, start: date.start + base, end: date.end + base });
    // A quoted date anchors no event: then the paragraph's events without it, memoised by which dates are quoted.
    const quoted = (k: number) => dates[first + k].quoted;
    const events = anchorQuoted
      ? memo('dates.quoted', text, `${context} ${quotedIndices(local.dates.length, quoted)}`,
        () => paragraphTimeline(text, sentences(), local.dates, quoted, lookups))
      : local.events;
    for (const event of events) timeline.push(placedEvent(event, base, first));
  }
  return { dates, invalid, timeline };
}

function quotedIndices(count: number, quoted: (k: number) => boolean): string {
  const indices: number[] = [];
  for (let k = 0; k < count; k++) if (quoted(k)) indices.push(k);
  return indices.join(',');
}

/** A paragraph's date (offsets from its start, shared with the memo) as a mention of the document. */
function placed(date: DateMention, base: number, paragraph: number, quoted: boolean): DateMention {
  const stated = date.statedWeekday;
  // One object shape for every mention, in the key order of the extraction's.
  return {
    start: date.start + base,
    end: date.end + base,
    text: date.text,
    type: date.type,
    value: date.value,
    since: date.since,
    weekday: date.weekday,
    precision: date.precision,
    form: date.form,
    modifier: date.modifier,
    anchored: date.anchored,
    range: date.range,
    days: date.days,
    statedWeekday: stated ? { name: stated.name, start: stated.start + base, end: stated.end + base } : null,
    quoted,
    paragraph,
  };
}

/** A paragraph's event as an event of the document: `first` is the index of the paragraph's first date. */
function placedEvent(event: TimelineEvent, base: number, first: number): TimelineEvent {
  const sentence: Span = { start: event.sentence.start + base, end: event.sentence.end + base };
  return {
    family: event.family, start: event.start + base, end: event.end + base, trigger: event.trigger, first: event.first,
    noun: event.noun, date: event.date + first, sentence,
  };
}

/** The date mention covering an offset, or null. */
export function dateAt(result: DateResult, offset: number): DateMention | null {
  return result.dates.find((d) => d.start <= offset && offset < d.end) ?? null;
}
