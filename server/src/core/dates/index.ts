// The dates engine: every temporal expression resolved against the publication date, and the timeline.
// A paragraph's dates and events are a pure function of its text and the publication date (and of which
// of its dates are quoted), memoised across versions of the document (core/incremental.ts), offsets from
// the paragraph's start; then they are placed in the document.

import type { Analysis } from '../analyse';
import { incremental, memo } from '../incremental';
import { quotationMask } from '../spans';
import type { Paragraph, Span } from '../text';
import { isoDay, parseIso } from './calendar';
import { extractParagraph, NO_DATES, type ParagraphDates } from './extract';
import { paragraphTimeline, type EventLookups } from './timeline';
import type { DateMention, DateResult, InvalidDate, TimelineEvent } from './types';

export type { DateMention, DateResult, DateForm, InvalidDate, Modifier, Precision, TimelineEvent, TimexType } from './types';

/** A paragraph's dates, and its events as they are when none of its dates is quoted (the usual case). */
interface ParagraphResult extends ParagraphDates {
  events: TimelineEvent[];
  /** Names this result among all computed in the process: the figures engine keys its memo by its paragraph's dates. */
  id: string;
}

/**
 * A paragraph's result as placed in the document the last time: the next analysis takes it as it is when the
 * paragraph stands where it stood (every paragraph before a keystroke), instead of placing every date again.
 */
interface Placed {
  base: number;
  paragraph: number;
  dates: DateMention[];
  invalid: InvalidDate[];
  /** The paragraph's events these were placed from (local or quoted), and the index of its first date. */
  eventsFrom: readonly TimelineEvent[] | null;
  first: number;
  events: TimelineEvent[];
}

const placements = new WeakMap<ParagraphResult, Placed>();
/** Each analysis's paragraph results, in paragraph order (see `paragraphDates`). */
const byParagraph = new WeakMap<DateResult, readonly ParagraphResult[]>();
let nextId = 0;

/** The result of every paragraph without a date or an impossible one (so without events): shared, never placed. */
const NOTHING_FOUND: ParagraphResult = Object.freeze({ ...NO_DATES, events: NO_DATES.dates as unknown as TimelineEvent[], id: 'd-' });

const NOTHING_QUOTED = () => false;

export function extractDates(analysis: Pick<Analysis, 'article' | 'prose' | 'publicationDate' | 'quotes'>): DateResult {
  const dct = analysis.publicationDate ? parseIso(analysis.publicationDate.date) : null;
  const context = dct ? isoDay(dct) : '';
  const inQuotation = quotationMask(analysis);
  // Placements are kept only across the versions of an incremental analysis.
  const kept = incremental() ? placements : null;
  const dates: DateMention[] = [];
  const invalid: InvalidDate[] = [];
  const timeline: TimelineEvent[] = [];
  const locals: ParagraphResult[] = [];
  const lookups: EventLookups = new Map();
  // Indexed, and no closure made before one is needed: this loop runs once per analysis over every paragraph
  // (tens of thousands on a page of one-line paragraphs), where for…of makes an iterator result per step.
  const paragraphs = analysis.article.paragraphs;
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    const base = paragraph.start;
    const text = paragraph.text;
    const local = memo('dates', text, context, (): ParagraphResult => {
      const found = extractParagraph(text, dct);
      if (found === NO_DATES) return NOTHING_FOUND;
      const events = paragraphTimeline(text, localSentences(paragraph), found.dates, NOTHING_QUOTED, lookups);
      return { dates: found.dates, invalid: found.invalid, events, id: `d${nextId++}` };
    });
    locals.push(local);
    if (local === NOTHING_FOUND) continue;
    let place = kept?.get(local);
    if (!place || place.base !== base || place.paragraph !== paragraph.index || !sameQuotes(place.dates, inQuotation)) {
      place = {
        base,
        paragraph: paragraph.index,
        dates: local.dates.map((date) => placed(date, base, paragraph.index, inQuotation(base + date.start))),
        invalid: local.invalid.map((date) => ({ ...date, start: date.start + base, end: date.end + base })),
        eventsFrom: null,
        first: 0,
        events: [],
      };
      kept?.set(local, place);
    }
    const first = dates.length;
    let anchorQuoted = false;
    for (const date of place.dates) {
      anchorQuoted ||= date.quoted && !!date.range && date.type === 'DATE';
      dates.push(date);
    }
    for (const date of place.invalid) invalid.push(date);
    // A quoted date anchors no event: then the paragraph's events without it, memoised by which dates are quoted.
    const quoted = (k: number) => dates[first + k].quoted;
    const events = anchorQuoted
      ? memo('dates.quoted', text, `${context} ${quotedIndices(local.dates.length, quoted)}`,
        () => paragraphTimeline(text, localSentences(paragraph), local.dates, quoted, lookups))
      : local.events;
    if (place.eventsFrom !== events || place.first !== first) {
      place.events = events.map((event) => placedEvent(event, base, first));
      place.eventsFrom = events;
      place.first = first;
    }
    for (const event of place.events) timeline.push(event);
  }
  const result = { dates, invalid, timeline };
  byParagraph.set(result, locals);
  return result;
}

/** A paragraph's sentences, offsets from its start: a function of its text too (core/sentences.ts), so they need no key. */
function localSentences(paragraph: Paragraph): Span[] {
  return paragraph.sentences.map((s) => ({ start: s.start - paragraph.start, end: s.end - paragraph.start }));
}

/** Whether placed dates are still in a quotation exactly when they were. */
function sameQuotes(dates: readonly DateMention[], inQuotation: (offset: number) => boolean): boolean {
  for (const date of dates) if (date.quoted !== inQuotation(date.start)) return false;
  return true;
}

/**
 * Each paragraph's dates (offsets from the paragraph's start), in paragraph order, and what names them (`id`),
 * when `result` comes from `extractDates`: the figures engine reads its paragraphs' dates here, not from the whole list.
 */
export function paragraphDates(result: DateResult): readonly (ParagraphDates & { id: string })[] | undefined {
  return byParagraph.get(result);
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
