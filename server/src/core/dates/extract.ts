// Temporal expressions of one paragraph, resolved against the publication date (DCT).
// A pure function of the paragraph's text and the DCT, offsets from the paragraph's start, so results can be
// cached per paragraph (core/incremental.ts) and moved to where the paragraph is.
// chrono-node (strict English) reads numeric dates ("7/8/07", "2023-10-16"), whose order and century it
// knows; our own patterns read the rest, as news needs it: month-day and full dates, past-leaning years,
// month-year, months, weekdays, relative words, decades, quarters, seasons, durations, sets, times,
// references (now, recently), "since D", early/mid/late, and the impossible dates chrono drops silently.

import * as chrono from 'chrono-node/en';
import { lowerBound } from '../spans';
import {
  addDays, daysInMonth, isoDay, isoWeekValue, isValid, lastDayOfMonth, mondayOf, pad, toNumber, weekdayOf, WEEKDAYS,
  type Day,
} from './calendar';
import { durationValue, MONTH_WORD, monthNumber, NUMBER_WORD, numberValue, unitDays, unitOf, type Unit } from './lexicon';
import type { DateForm, DateMention, InvalidDate, Modifier, Precision, TimexType } from './types';

export interface ParagraphDates {
  dates: DateMention[];
  invalid: InvalidDate[];
}

/** What most paragraphs hold: shared, so its lists are never written to. */
export const NO_DATES: ParagraphDates = Object.freeze({
  dates: Object.freeze([]) as unknown as DateMention[],
  invalid: Object.freeze([]) as unknown as InvalidDate[],
});

type Draft = Omit<DateMention, 'quoted' | 'paragraph' | 'text' | 'since' | 'modifier' | 'statedWeekday' | 'anchored'> & {
  since?: boolean;
  modifier?: Modifier;
  statedWeekday?: DateMention['statedWeekday'];
  anchored?: boolean;
};

/** Cheap tests before any regular expression runs: a paragraph without these has no date. */
export const PREFILTER = /\d|day|tomorrow|week|month|year|decade|centur|quarter|now|current|recent|past|future|later|soon|ago|tonight|spring|summer|autumn|fall|winter|annual|hour|minute|noon|midnight|morning|evening|night|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/**
 * Where chrono runs: numeric dates ("7/8/07", "2023-10-16"), whose order and century it knows. Month-name
 * forms are read by our own patterns: chrono costs ~0.1 ms a call, too much for every date of an article.
 */
export const CHRONO_FILTER = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:1[89]|20)\d\d-[01]\d-[0-3]\d\b/g;
const MONTH_TEST = new RegExp(MONTH_WORD);
const MONTH_END = new RegExp(`${MONTH_WORD}\\s*$`);

export const MONTH_ALONE = new RegExp(`\\b(${MONTH_WORD})(?:\\s+(?:of\\s+)?(\\d{4})\\b)?`, 'g');
export const MONTH_DAY = new RegExp(`\\b(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)(?:,?\\s+(\\d{4})\\b)?`, 'g');
export const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_WORD})(?:,?\\s+(\\d{4})\\b)?`, 'g');
export const WEEKDAY = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(s)?\b(?:\s+(morning|afternoon|evening|night))?/g;
export const YEAR = /(?<![\w$£€#.,'’/]|\d[-–])(1[89]\d\d|20\d\d)(?![\w%]|[.,]\d|[-–/]\d)/g;
export const SHORT_YEAR = /(^|[^\w])['’](\d\d)\b(?!s)/g;
export const DECADE = /\b(?:the\s+)?(?:(1[89]\d|20\d)0s|['’](\d)0s)\b|\b(the\s+|and\s+|or\s+|to\s+)([2-9])0s\b/gi;
export const TIME = /\b([01]?\d|2[0-3])(?::([0-5]\d)|\s*([ap])\.?\s?m\b\.?)(?:\s*([ap])\.?\s?m\b\.?)?(?:\s*\(?(UTC|GMT|Z)\)?)?|\b([01]\d|2[0-3])([0-5]\d)\s+(UTC|GMT)\b|\b(noon|midnight)\b/gi;
export const RELATIVE = /\b(?:(earlier|later)\s+)?(today|tonight|yesterday|tomorrow)\b|\b(this|last|next|past|coming|previous)\s+(week(?:end)?|month|year|quarter|(?:morning|afternoon|evening))\b/gi;
export const AGO = new RegExp(`\\b(${NUMBER_WORD}|\\d+)\\s+(day|week|month|year|decade)s?\\s+(ago|earlier|before)\\b`, 'gi');
export const DURATION = new RegExp(
  `\\b(?:(the\\s+(?:past|last|next|coming|first|previous)\\s+)?(${NUMBER_WORD}|\\d+(?:\\.\\d+)?|several|a\\s+few|few|many)` +
  `(\\s+and\\s+a\\s+half)?(\\s+|-)(?:straight\\s+|consecutive\\s+|more\\s+|full\\s+|trading\\s+)?` +
  `(second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ies))(s)?\\b(-old|\\s+old)?)`, 'gi');
const YEAR_PART = /\bthe\s+(?:very\s+)?(beginning|start|end|middle)\s+of\s+the\s+year\b/gi;
export const BARE_DURATION_LONG = /\b(years|decades|months|weeks|days|hours)-long\b/gi;
export const BARE_DURATION = /\b(?:(for|over|in|within|recent|the\s+past|the\s+last|the\s+next)\s+)(years|decades|months|weeks|days|hours|minutes|centuries|a\s+decade|a\s+century|the\s+years|the\s+decade|the\s+century|decade|year|week|month)\b/gi;
export const QUARTER = /\b(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter\b(?:\s+(?:of\s+)?(\d{4}|this\s+year|last\s+year|the\s+year))?|\bQ([1-4])(?:\s+(\d{4}))?\b/gi;
export const SEASON = /\b(?:(this|last|next|the|in|early|late|of)\s+)?(spring|summer|autumn|winter|fall)\b(?:\s+(?:of\s+)?(\d{4})\b)?/gi;
export const SET = /\b(annual|annually|weekly|daily|monthly|yearly|quarterly|every\s+(?:year|month|week|day))\b|(\d%?\s+a|\d\s+(?:million|billion|thousand|percent|times)\s+a|\bper|\bonce\s+a|\btwice\s+a)\s+(year|month|week|day)\b/gi;
export const REFERENCE = /\b(now|currently|current|at\s+present|presently|recently|recent|more\s+recently|the\s+past|the\s+future|in\s+future|soon|very\s+soon|the\s+near\s+term|the\s+long\s+term|the\s+time\s+being)\b(?!-)/gi;
const MODIFIER_BEFORE = /(?:\b(early|late)(?:\s+in)?\s+|\b(mid)-?\s*|\bthe\s+(start|beginning|end|middle|turn)\s+of\s+(?:the\s+)?)$/i;
const SINCE_BEFORE = /\bsince\s+$/i;
const MODIFIER_HINT = /(?:early|late|mid|of)\s*-?\s*$/i;
/** Words that make an ambiguous month-day or weekday point forward. */
const FUTURE_CUE = /\b(?:will|'ll|’ll|shall|scheduled|upcoming|deadline|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|slated)\s+to|(?:plans?|wants?|intends?|aims?|hopes?)\s+to|going\s+to|to\s+(?:be|remain|stay)\b|(?:should|may|might|could)\s+be|until|till)\b/i;
/** A year number followed by these is a count ("2000 jobs"), unless a preposition came before it. */
const YEAR_PREPOSITION = /\b(?:in|since|by|until|till|from|to|of|before|after|during|through|between|and|or|early|late|mid|fiscal|the|'s|’s|year|since|around|circa|as)\s*-?$/i;

/** The paragraph's dates and impossible dates, offsets from its start; `quoted` and `paragraph` left for the caller. */
export function extractParagraph(text: string, dct: Day | null): ParagraphDates {
  if (!PREFILTER.test(text)) return NO_DATES;
  const drafts: Draft[] = [];
  const invalid = findInvalid(text);
  const add = (draft: Draft | null) => { if (draft) drafts.push(draft); };

  for (const d of chronoDates(text, dct)) add(d);
  // Each pattern runs only on windows around its trigger words: linear, and cheap on dateless prose.
  const { months, units, references } = triggerWindows(text);
  for (const m of scan(text, months, MONTH_DAY)) add(monthDayDraft(text, m.index!, m[0].length, m[1], +m[2], m[3], dct));
  for (const m of scan(text, months, DAY_MONTH)) add(monthDayDraft(text, m.index!, m[0].length, m[2], +m[1], m[3], dct));
  for (const m of scan(text, months, MONTH_ALONE)) add(monthDraft(text, m.index!, m[0].length, m[1], m[2], dct));
  if (WEEKDAY_TEST.test(text)) for (const m of matches(text, WEEKDAY)) add(weekdayDraft(text, m.index, m[0].length, m[1], !!m[2], m[3], dct));
  if (/\d/.test(text)) {
    for (const m of matches(text, YEAR)) add(yearDraft(text, m.index, m[1]));
    if (/['’]\d/.test(text)) for (const m of matches(text, SHORT_YEAR)) add(shortYearDraft(text, m.index + m[1].length, m[2], dct));
    if (TIME_TEST.test(text)) for (const m of matches(text, TIME)) add(timeDraft(text, m, dct));
  } else if (/noon|midnight/i.test(text)) {
    for (const m of matches(text, TIME)) add(timeDraft(text, m, dct));
  }
  if (/0s\b/.test(text)) {
    let lastDecade = -1;
    for (const m of matches(text, DECADE)) {
      // "the 70s", "the 70s and 80s"; "his 70s" is an age.
      if (m[4] && !(/^the/i.test(m[3]) || lastDecade === m.index)) continue;
      const skip = m[3] && !/^the/i.test(m[3]) ? m[3].length : 0;
      const draft = decadeDraft(m.index + skip, m[0].slice(skip), m[1], m[2] ?? m[4], dct);
      lastDecade = draft.end + 1;
      while (lastDecade < text.length && text[lastDecade] === ' ') lastDecade++;
      add(draft);
    }
  }
  for (const m of scan(text, units, RELATIVE)) add(relativeDraft(text, m, dct));
  for (const m of scan(text, units, AGO)) add(agoDraft(m, dct));
  for (const m of scan(text, units, DURATION)) add(durationDraft(m));
  for (const m of scan(text, units, BARE_DURATION)) add(bareDurationDraft(m));
  for (const m of scan(text, units, SET)) add(setDraft(m));
  for (const m of scan(text, units, BARE_DURATION_LONG)) {
    const unit = unitOf(m[1])!;
    add({ start: m.index!, end: m.index! + m[0].length, type: 'DURATION', value: durationValue('X', unit), weekday: null, precision: 'duration', form: 'duration', range: null, days: null });
  }
  for (const m of scan(text, units, YEAR_PART)) {
    if (!dct) continue;
    const word = m[1].toLowerCase();
    add({ start: m.index!, end: m.index! + m[0].length, type: 'DATE', value: String(dct.year), weekday: null, precision: 'year', form: 'relative', anchored: true,
      range: yearRange(dct.year), days: null, modifier: word === 'end' ? 'late' : word === 'middle' ? 'mid' : 'early' });
  }
  const days = drafts.filter((d) => d.precision === 'day' && d.range).sort((a, b) => a.end - b.end);
  for (const m of scan(text, units, THE_DAY)) add(theDayDraft(m, days, dct));
  if (/quarter|Q[1-4]/.test(text)) for (const m of matches(text, QUARTER)) add(quarterDraft(text, m, dct));
  if (/spring|summer|autumn|winter|fall/i.test(text)) for (const m of matches(text, SEASON)) add(seasonDraft(text, m, dct));
  for (const m of scan(text, references, REFERENCE)) add(referenceDraft(text, m));

  const chosen = choose(drafts, invalid);
  rebaseTimes(text, chosen);
  if (chosen.length === 0 && invalid.length === 0) return NO_DATES;
  return { dates: chosen.map((d) => finish(text, d)), invalid };
}

const WEEKDAY_TEST = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
const TIME_TEST = /\d:\d\d|\d\s?[ap]\.?\s?m\b|noon|midnight|\d\d\d\d\s+(?:UTC|GMT)/i;
/**
 * The words the windows open on, in one search instead of three: units (group 1, as
 * /\b(?:today|…|annual)/gi finds them), references (group 2, as /\b(?:now|…|the\s+time\s+being)/gi does)
 * and months (the rest, kept when capitalised: /\b(?:Jan|…|Dec)/g). No two of the three start at the same
 * word but "Decade" (a unit, and "Dec" to the months), and no match holds the start of another, so this
 * finds exactly what the three searches would.
 */
const TRIGGERS = /\b(?:(today|tonight|yesterday|tomorrow|second|minute|hour|day|week|month|quarter|year|decade|centur|morning|afternoon|evening|annual)|(now|current|present|recent|more\s+recent|past|future|soon|very\s+soon|the\s+(?:near|long)\s+term|the\s+time\s+being)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/gi;
const CAPITALISED_MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/** A stretch of the paragraph, and its text (`part`): sliced once, read by every pattern of its trigger. */
type Window = { start: number; end: number; part: string };

/** The windows around the month, unit and reference words of a paragraph. */
function triggerWindows(text: string): { months: Window[]; units: Window[]; references: Window[] } {
  const months: Window[] = [];
  const units: Window[] = [];
  const references: Window[] = [];
  // exec on the shared global pattern, not matchAll (which clones the pattern on every call).
  TRIGGERS.lastIndex = 0;
  for (let m = TRIGGERS.exec(text); m; m = TRIGGERS.exec(text)) {
    if (m[2]) widen(text, references, m.index, m[0].length, 12, 12);
    else {
      if (m[1]) widen(text, units, m.index, m[0].length, 48, 16);
      if (CAPITALISED_MONTH.test(m[0])) widen(text, months, m.index, 3, 16, 24);
    }
  }
  for (const windows of [months, units, references]) for (const w of windows) w.part = text.slice(w.start, w.end);
  return { months, units, references };
}

/** Adds the stretch around a trigger at `index`, widened to whole words, to `found` (merged with the last). */
function widen(text: string, found: Window[], index: number, length: number, before: number, after: number): void {
  let start = Math.max(0, index - before);
  let end = Math.min(text.length, index + length + after);
  while (start > 0 && text[start - 1] !== ' ' && text[start - 1] !== '\n') start--;
  while (end < text.length && text[end] !== ' ' && text[end] !== '\n') end++;
  const last = found[found.length - 1];
  if (last && start <= last.end) last.end = Math.max(last.end, end);
  else found.push({ start, end, part: '' });
}
export const THE_DAY = /\b(?:(end|ending|ended|finish|finished|finishing|close|closed|closing|for|on|during|of|start\s+of|late\s+in|earlier\s+in|later\s+in)\s+)(the\s+(?:same\s+)?day|that\s+day|the\s+weekend)\b/gi;

/** Every match of a global pattern in text, as matchAll finds them, without matchAll's clone of the pattern. */
function matches(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push(m);
  pattern.lastIndex = 0;
  return found;
}

/**
 * A pattern's matches inside the windows, with offsets (and `input`) of the whole paragraph. An array, not a
 * generator, and exec on the shared global pattern, not matchAll (which clones it for every window). None of
 * the patterns matches the empty string, so the exec loop yields exactly matchAll's matches.
 */
function scan(text: string, windows: readonly Window[], pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (const w of windows) {
    const part = w.part;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(part); m; m = pattern.exec(part)) {
      m.index += w.start;
      m.input = text;
      found.push(m);
    }
  }
  pattern.lastIndex = 0;
  return found;
}

/** "ended the day", "on the same day", "during the weekend": the day of the last date before it, or the DCT. */
function theDayDraft(m: RegExpMatchArray, days: readonly Draft[], dct: Day | null): Draft | null {
  const start = m.index! + m[0].length - m[2].length;
  const end = m.index! + m[0].length;
  // The last day-precise date ending before it (days sorted by end).
  const low = lowerBound(days, start + 1, (d) => d.end);
  const previous = low > 0 ? days[low - 1] : undefined;
  const day = previous?.range ? parse(previous.range.first) : dct;
  if (!day) return null;
  if (/weekend/i.test(m[2])) {
    if (!/^(?:during|for|on|of)$/i.test(m[1])) return null;
    const saturday = addDays(day, -((weekdayOf(day) + 1) % 7));
    return {
      start, end, type: 'DATE', value: isoWeekValue(saturday) + '-WE', weekday: null, precision: 'week', form: 'relative', anchored: true,
      range: { first: isoDay(saturday), last: isoDay(addDays(saturday, 1)) }, days: null,
    };
  }
  return dayDraft(start, end, day, 'relative', true);
}

/** "18:00 UTC Tuesday", "16:15 UTC, June 1": a time takes the day of a date next to it in its sentence. */
function rebaseTimes(text: string, chosen: Draft[]): void {
  for (let i = 0; i < chosen.length; i++) {
    const time = chosen[i];
    if (time.type !== 'TIME' || time.form !== 'time') continue;
    const near = [chosen[i - 1], chosen[i + 1]].find((d) => d && d.precision === 'day' && d.range &&
      !/[.!?]\s/.test(text.slice(Math.min(d.end, time.end), Math.max(d.start, time.start))) &&
      Math.abs((d.start > time.start ? d.start - time.end : time.start - d.end)) <= 12);
    if (!near) continue;
    chosen[i] = { ...time, value: near.range!.first + time.value.slice(time.value.indexOf('T')), range: near.range, anchored: near.anchored };
  }
}

/**
 * Which offsets of a paragraph are taken (choose): one buffer for every paragraph, grown when needed and
 * cleared after each use, so that a paragraph costs no allocation the size of its text.
 */
let taken = new Uint8Array(4096);

/** Longest first; a shorter expression inside a longer one, or inside an impossible date, is dropped. */
function choose(drafts: Draft[], blocked: readonly { start: number; end: number }[]): Draft[] {
  if (drafts.length === 0) return drafts;
  // A stable sort (by length, longest first): ties keep the order the drafts were found in.
  const order = drafts.slice().sort((a, b) => (b.end - b.start) - (a.end - a.start));
  // Which offsets are taken: linear in the total length of the drafts (each is short), not quadratic.
  let size = 0;
  for (const d of drafts) size = Math.max(size, d.end);
  for (const b of blocked) size = Math.max(size, b.end);
  if (taken.length < size) taken = new Uint8Array(Math.max(size, 2 * taken.length));
  for (const b of blocked) taken.fill(1, b.start, b.end);
  const chosen: Draft[] = [];
  for (const d of order) {
    let free = true;
    for (let k = d.start; k < d.end && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, d.start, d.end);
    chosen.push(d);
  }
  for (const b of blocked) taken.fill(0, b.start, b.end);
  for (const d of chosen) taken.fill(0, d.start, d.end);
  return chosen.sort((a, b) => a.start - b.start);
}

/** Adds early/mid/late and "since", the text. */
function finish(text: string, d: Draft): DateMention {
  let start = d.start;
  let modifier: Modifier = d.modifier ?? null;
  if (d.type === 'DATE' && d.precision !== 'day' && d.precision !== 'reference' && !modifier && MODIFIER_HINT.test(text.slice(Math.max(0, start - 8), start))) {
    const before = MODIFIER_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (before) {
      const word = (before[1] ?? before[2] ?? before[3]).toLowerCase();
      modifier = word === 'early' || word === 'start' || word === 'beginning' ? 'early'
        : word === 'late' || word === 'end' ? 'late' : 'mid';
      start -= before[0].length;
    }
  }
  const since = d.since ?? SINCE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
  const range = d.range && modifier ? narrow(d.range, modifier) : d.range;
  // One object shape for every mention (no spread): cheaper to build and to read.
  return {
    start,
    end: d.end,
    text: text.slice(start, d.end),
    type: d.type,
    value: d.value,
    since,
    weekday: d.weekday,
    precision: d.precision,
    form: d.form,
    modifier,
    anchored: d.anchored ?? false,
    range,
    days: d.days,
    statedWeekday: d.statedWeekday ?? null,
    quoted: false,
    paragraph: 0,
  };
}

/** early/mid/late: the first, middle or last third of the range. */
function narrow(range: { first: string; last: string }, modifier: Exclude<Modifier, null>): { first: string; last: string } {
  const first = toNumber(parse(range.first));
  const last = toNumber(parse(range.last));
  const third = Math.floor((last - first + 1) / 3);
  if (third < 1) return range;
  const from = modifier === 'early' ? first : modifier === 'mid' ? first + third : last - third + 1;
  const to = modifier === 'early' ? first + third - 1 : modifier === 'mid' ? first + 2 * third - 1 : last;
  return { first: isoFromNumber(from), last: isoFromNumber(to) };
}

function parse(iso: string): Day {
  return { year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) };
}

function isoFromNumber(n: number): string {
  return isoDay(addDays({ year: 1970, month: 1, day: 1 }, n));
}

// ---- resolution ---------------------------------------------------------------------------------------------

function dayDraft(start: number, end: number, day: Day, form: DateForm, anchored: boolean): Draft {
  const iso = isoDay(day);
  return {
    start, end, type: 'DATE', value: iso, weekday: WEEKDAYS[weekdayOf(day)], precision: 'day', form, anchored,
    range: { first: iso, last: iso }, days: null,
  };
}

function monthRange(year: number, month: number): { first: string; last: string } {
  return { first: isoDay({ year, month, day: 1 }), last: isoDay(lastDayOfMonth(year, month)) };
}

function yearRange(first: number, last = first): { first: string; last: string } {
  return { first: `${pad(first, 4)}-01-01`, last: `${pad(last, 4)}-12-31` };
}

/** Whether the sentence around [start, end) speaks of the future. */
function futureCue(text: string, start: number, end: number): boolean {
  // Bounded windows: a long paragraph without a period must not make each lookup scan it all.
  const low = Math.max(0, start - 100);
  const from = Math.max(low + text.slice(low, start).lastIndexOf('. ') + 1, low);
  const to = Math.min(text.length, end + 40);
  const found = text.slice(end, to).indexOf('. ');
  const next = found >= 0 ? end + found : -1;
  // "by early June", "until Friday": a deadline ahead, unless the verb is past perfect ("had fallen by June").
  const before = text.slice(Math.max(from, start - 16), start);
  if (/\b(?:by|until|till)\s+(?:(?:early|late|mid)[-\s]+)?$/i.test(before) && !/\bhad\b/.test(text.slice(from, start))) return true;
  return FUTURE_CUE.test(text.slice(from, next >= 0 && next < to ? next : to));
}

/** A month and day without a year: the nearest past one, the next one when the sentence looks ahead. */
function resolveMonthDay(month: number, day: number, dct: Day, future: boolean): Day | null {
  const candidates = [dct.year - 1, dct.year, dct.year + 1]
    .filter((y) => isValid(y, month, day))
    .map((y) => ({ year: y, month, day }));
  const d = toNumber(dct);
  const past = candidates.filter((c) => toNumber(c) <= d).pop();
  const next = candidates.find((c) => toNumber(c) >= d);
  if (future && next && toNumber(next) - d <= 200) return next;
  return past ?? next ?? null;
}

function monthDayDraft(text: string, start: number, length: number, monthWord: string, day: number,
  yearText: string | undefined, dct: Day | null): Draft | null {
  const month = monthNumber(monthWord);
  if (!month || day < 1 || day > 31) return null;
  // "May 5" is a month; "may 5" is not. Capitalised month words only.
  if (monthWord[0] !== monthWord[0].toUpperCase()) return null;
  const end = start + length;
  // "In June 30 people died": a month, then a count. A day is "on June 30"; "in" takes a month.
  if (!yearText && /\bin\s+$/i.test(text.slice(Math.max(0, start - 4), start)) && /^\s+[a-z]/.test(text.slice(end, end + 3))) return null;
  if (yearText) {
    const year = +yearText;
    if (!isValid(year, month, day)) return null;
    return withStatedWeekday(text, dayDraft(start, end, { year, month, day }, 'full', false));
  }
  if (!dct) {
    if (day > daysInMonth(2000, month)) return null;
    return {
      start, end, type: 'DATE', value: `XXXX-${pad(month)}-${pad(day)}`, weekday: null, precision: 'day',
      form: 'month-day', anchored: false, range: null, days: null,
    };
  }
  const resolved = resolveMonthDay(month, day, dct, futureCue(text, start, end));
  return resolved ? withStatedWeekday(text, dayDraft(start, end, resolved, 'month-day', true)) : null;
}

/** "Tuesday, Oct. 16, 2023" / "Tuesday Oct. 16": the weekday joins the date, to be checked against it. */
function withStatedWeekday(text: string, draft: Draft): Draft {
  const before = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?$/.exec(text.slice(Math.max(0, draft.start - 16), draft.start));
  const after = before ? null : /^,?\s+(?:on\s+)?(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.exec(text.slice(draft.end, draft.end + 16));
  if (before) {
    const start = draft.start - before[0].length;
    return withWeekday(draft, start, { name: before[1] + 'day', start, end: start + before[1].length + 3 });
  }
  if (after) {
    const nameStart = draft.end + after[0].length - after[1].length - 3;
    return withWeekday(draft, draft.start, { name: after[1] + 'day', start: nameStart, end: draft.end + after[0].length });
  }
  return draft;
}

/**
 * The draft with its stated weekday (from `start`), written out: a spread that adds a property the draft
 * lacks takes V8's slow path, several microseconds a date.
 */
function withWeekday(d: Draft, start: number, statedWeekday: NonNullable<Draft['statedWeekday']>): Draft {
  return {
    start, end: d.end, type: d.type, value: d.value, weekday: d.weekday, precision: d.precision, form: d.form, range: d.range,
    days: d.days, since: d.since, modifier: d.modifier, anchored: d.anchored, statedWeekday,
  };
}

const MAY_MARCH_CONTEXT = /\b(?:in|since|until|till|by|of|from|through|during|before|after|early|late|mid|last|next|this|between|and|to)\s*-?$/i;

function monthDraft(text: string, start: number, length: number, monthWord: string, yearText: string | undefined,
  dct: Day | null): Draft | null {
  const month = monthNumber(monthWord);
  if (!month || monthWord[0] !== monthWord[0].toUpperCase()) return null;
  // A bare abbreviation or an ambiguous word needs the context of a date.
  const before = text.slice(Math.max(0, start - 12), start);
  if (!yearText && (/^(?:May|March|Jan|Mar|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/.test(monthWord) || monthWord.length <= 4)) {
    if (!MAY_MARCH_CONTEXT.test(before)) return null;
  }
  if (!yearText && /^(?:August|June|April)$/.test(monthWord) && /^\s+\p{Lu}/u.test(text.slice(start + length, start + length + 3))) {
    if (!MAY_MARCH_CONTEXT.test(before)) return null; // a name: April Smith, June Carter
  }
  const end = start + length;
  if (yearText) {
    const year = +yearText;
    return {
      start, end, type: 'DATE', value: `${pad(year, 4)}-${pad(month)}`, weekday: null, precision: 'month',
      form: 'month-year', range: monthRange(year, month), days: null,
    };
  }
  if (!dct) {
    return { start, end, type: 'DATE', value: `XXXX-${pad(month)}`, weekday: null, precision: 'month', form: 'month', range: null, days: null };
  }
  const following = /^\s+of\s+(next|last|this)\s+year\b/i.exec(text.slice(start + length, start + length + 24));
  const future = (futureCue(text, start, end) || /\bnext\s+$/i.test(before)) && following?.[1].toLowerCase() !== 'last';
  const past = /\blast\s+$/i.test(before);
  if (following) {
    // "October of next year": the year is stated, relative to publication.
    const y = dct.year + (following[1].toLowerCase() === 'next' ? 1 : following[1].toLowerCase() === 'last' ? -1 : 0);
    return {
      start, end: end + following[0].length, type: 'DATE', value: `${pad(y, 4)}-${pad(month)}`, weekday: null, precision: 'month',
      form: 'month', anchored: true, range: monthRange(y, month), days: null,
    };
  }
  let year = dct.year;
  if (past ? month >= dct.month : !future && month > dct.month) year -= 1;
  else if (future && month < dct.month) year += 1;
  return {
    start, end, type: 'DATE', value: `${pad(year, 4)}-${pad(month)}`, weekday: null, precision: 'month',
    form: 'month', anchored: true, range: monthRange(year, month), days: null,
  };
}

const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

function weekdayDraft(text: string, start: number, length: number, stem: string, plural: boolean,
  part: string | undefined, dct: Day | null): Draft | null {
  const end = start + length;
  const wd = WEEKDAYS.indexOf(stem + 'day');
  // "Black Monday", "Good Friday": names of days, not weekdays.
  if (/\b(?:Black|Cyber|Super|Good|Ash|Holy|Easter|Palm|Bloody|Patriots|Boxing)\s+$/.test(text.slice(Math.max(0, start - 10), start))) return null;
  if (plural) {
    return { start, end, type: 'SET', value: `XXXX-WXX-${wd === 0 ? 7 : wd}`, weekday: null, precision: 'set', form: 'set', range: null, days: null };
  }
  if (!dct) {
    return { start, end, type: 'DATE', value: `XXXX-WXX-${wd === 0 ? 7 : wd}`, weekday: WEEKDAYS[wd], precision: 'day', form: 'weekday', range: null, days: null };
  }
  const today = weekdayOf(dct);
  const future = futureCue(text, start, end) || /\bnext\s+$/i.test(text.slice(Math.max(0, start - 6), start));
  const offset = wd === today ? 0 : future ? (wd - today + 7) % 7 : -((today - wd + 7) % 7);
  const day = addDays(dct, offset);
  const draft = dayDraft(start, end, day, 'weekday', true);
  if (part) return { ...draft, type: 'TIME', value: `${draft.value}T${PARTS[part.toLowerCase()]}`, precision: 'time' };
  return draft;
}

function yearDraft(text: string, start: number, digits: string): Draft | null {
  const end = start + 4;
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 16);
  // A count, not a year: "2000 jobs", "1,500 to 2000 people", "2000 percent".
  if (!YEAR_PREPOSITION.test(before) && /^\s+[a-z]+s\b/.test(after) && !/^\s+(?:was|has|is|as|its|saw|plus)\b/.test(after)) return null;
  if (/^\s*(?:percent|per\s+cent|people|jobs|workers|employees|units|shares|aircraft|planes|cars|vehicles|tons|tonnes|miles|km|feet|meters|metres|dollars|euros|pounds|points|m\b|ft\b)/i.test(after)) return null;
  if (/\b(?:No\.|number|Nos?|page|pp?\.|Route|Highway|Flight|flight|model|Model|room|Room|Article|article)\s*$/.test(before)) return null;
  // "Russell 2000", "Windows 2000": a name's number, unless a preposition or month makes it a year.
  if (/^[ \t]+\p{Lu}/u.test(after) && !YEAR_PREPOSITION.test(before) && !MONTH_END.test(before) && nameBefore(text, start)) return null;
  const year = +digits;
  return { start, end, type: 'DATE', value: digits, weekday: null, precision: 'year', form: 'year', range: yearRange(year), days: null };
}

/** Whether a capitalised word that does not open a sentence ends right before `at` ("Russell 2000"). */
function nameBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === at) return false;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1])) start--;
  if (end - start < 2 || !/^\p{Lu}/u.test(text[start])) return false;
  const previous = text.slice(Math.max(0, start - 3), start).trimEnd();
  return previous.length > 0 && !/[.!?:]$/.test(previous);
}

function shortYearDraft(text: string, start: number, two: string, dct: Day | null): Draft | null {
  // "'82": only after a preposition or a month, so quotations starting with digits are not years.
  if (!/\b(?:in|since|of|from|to|until|by|and|class|[A-Z][a-z]+\.?)\s*$/.test(text.slice(Math.max(0, start - 12), start))) return null;
  const pivot = dct ? dct.year % 100 : 30;
  const year = (+two <= pivot ? 2000 : 1900) + +two;
  return { start, end: start + 3, type: 'DATE', value: String(year), weekday: null, precision: 'year', form: 'year', range: yearRange(year), days: null };
}

function decadeDraft(start: number, whole: string, century: string | undefined, short: string | undefined, dct: Day | null): Draft {
  let decade: number;
  if (century) decade = +century;
  else {
    const pivot = dct ? Math.floor((dct.year % 100) / 10) : 3;
    decade = (+short! <= pivot ? 200 : 190) + +short!;
  }
  return {
    start, end: start + whole.length, type: 'DATE', value: String(decade), weekday: null, precision: 'decade',
    form: 'decade', range: yearRange(decade * 10, decade * 10 + 9), days: null,
  };
}

function timeDraft(text: string, m: RegExpMatchArray, dct: Day | null): Draft | null {
  const start = m.index!;
  const end = start + m[0].length;
  let hour: number;
  let minute = 0;
  let zone = '';
  if (m[9]) {
    hour = m[9].toLowerCase() === 'noon' ? 12 : 0;
  } else if (m[6]) {
    hour = +m[6];
    minute = +m[7];
    zone = 'Z';
  } else {
    hour = +m[1];
    minute = m[2] ? +m[2] : 0;
    const meridiem = (m[3] ?? m[4])?.toLowerCase();
    // "12 to 17", "3.5": a bare number is no time; a colon or a.m./p.m. makes one.
    if (!m[2] && !meridiem) return null;
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
    if (m[5]) zone = 'Z';
    // "3:1" odds and scores: a colon time is "H:MM" with a plausible hour.
    if (m[2] && /^\d/.test(text.slice(end, end + 1))) return null;
    if (m[2] && !meridiem && !zone && /\d[-–]$|\bscore|\bratio|\bwon\b|\bbeat\b/i.test(text.slice(Math.max(0, start - 12), start))) return null;
  }
  if (hour > 23) return null;
  const day = dct ? isoDay(dct) : 'XXXX-XX-XX';
  return {
    start, end, type: 'TIME', value: `${day}T${pad(hour)}:${pad(minute)}${zone}`, weekday: null, precision: 'time',
    form: 'time', anchored: !!dct, range: dct ? { first: day, last: day } : null, days: null,
  };
}

function relativeDraft(text: string, m: RegExpMatchArray, dct: Day | null): Draft | null {
  const start = m.index!;
  const end = start + m[0].length;
  // Whole literals: a spread of a shared base that adds properties takes V8's slow path (see withWeekday).
  const relative = (type: TimexType, value: string, precision: Precision, anchored: boolean, range: Draft['range']): Draft =>
    ({ start, end, type, value, weekday: null, precision, form: 'relative', anchored, range, days: null });
  if (m[2]) {
    const word = m[2].toLowerCase();
    const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    if (!dct) {
      return word === 'tonight' ? relative('TIME', 'PRESENT_REF', 'day', false, null) : relative('DATE', 'XXXX-XX-XX', 'day', false, null);
    }
    const day = addDays(dct, offset);
    const draft = dayDraft(start, end, day, 'relative', true);
    return word === 'tonight' ? { ...draft, type: 'TIME', value: `${draft.value}TNI`, precision: 'time' } : draft;
  }
  const which = m[3].toLowerCase();
  const unit = m[4].toLowerCase();
  // "past week" without "the" is rare; "the past week" is a duration (handled below).
  if ((which === 'past' || which === 'coming' || which === 'previous') && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start))) {
    const u = unitOf(unit === 'weekend' ? 'week' : unit);
    if (!u) return null;
    return { start: start - 4, end, type: 'DURATION', value: durationValue(1, u), weekday: null, precision: 'duration', form: 'duration', range: null, days: unitDays(u) };
  }
  if (which === 'past' || which === 'coming') return null;
  const step = which === 'last' || which === 'previous' ? -1 : which === 'next' ? 1 : 0;
  if (unit === 'morning' || unit === 'afternoon' || unit === 'evening') {
    if (which !== 'this') return null;
    const day = dct ? isoDay(dct) : 'XXXX-XX-XX';
    return relative('TIME', `${day}T${PARTS[unit]}`, 'time', !!dct, dct ? { first: day, last: day } : null);
  }
  if (!dct) return relative('DATE', 'XXXX-XX-XX', 'reference', false, null);
  if (unit === 'week' || unit === 'weekend') {
    const monday = addDays(mondayOf(dct), 7 * step);
    const value = isoWeekValue(monday) + (unit === 'weekend' ? '-WE' : '');
    const first = unit === 'weekend' ? addDays(monday, 5) : monday;
    return relative('DATE', value, 'week', true, { first: isoDay(first), last: isoDay(addDays(monday, 6)) });
  }
  if (unit === 'month') {
    const index = dct.year * 12 + dct.month - 1 + step;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return relative('DATE', `${pad(year, 4)}-${pad(month)}`, 'month', true, monthRange(year, month));
  }
  if (unit === 'quarter') {
    const index = dct.year * 4 + Math.floor((dct.month - 1) / 3) + step;
    return quarterValue(start, end, Math.floor(index / 4), (index % 4) + 1, 'relative', true);
  }
  const year = dct.year + step;
  return relative('DATE', String(year), 'year', true, yearRange(year));
}

function agoDraft(m: RegExpMatchArray, dct: Day | null): Draft | null {
  const n = numberValue(m[1]);
  const unit = unitOf(m[2]);
  if (!unit || !Number.isFinite(n)) return null;
  const start = m.index!;
  const end = start + m[0].length;
  // "two years earlier/before" is relative to another date, not to the publication date: a duration.
  if (m[3].toLowerCase() !== 'ago' || !dct) {
    return { start, end, type: 'DURATION', value: durationValue(n, unit), weekday: null, precision: 'duration', form: 'duration', range: null, days: n * unitDays(unit) };
  }
  if (unit === 'day' || unit === 'week') {
    const day = addDays(dct, -n * (unit === 'week' ? 7 : 1));
    return dayDraft(start, end, day, 'relative', true);
  }
  if (unit === 'month') {
    const index = dct.year * 12 + dct.month - 1 - n;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return { start, end, type: 'DATE', value: `${pad(year, 4)}-${pad(month)}`, weekday: null, precision: 'month', form: 'relative', anchored: true, range: monthRange(year, month), days: null };
  }
  const year = dct.year - n * (unit === 'decade' ? 10 : 1);
  return { start, end, type: 'DATE', value: String(year), weekday: null, precision: 'year', form: 'relative', anchored: true, range: yearRange(year), days: null };
}

function durationDraft(m: RegExpMatchArray): Draft | null {
  if (m[7]) return null; // "17-year-old", "five years old": an age
  const unit = unitOf(m[5]);
  if (!unit) return null;
  const word = m[2].toLowerCase().replace(/\s+/g, ' ');
  const vague = word === 'several' || word === 'a few' || word === 'few' || word === 'many';
  let n: number | 'X' = vague ? 'X' : numberValue(word);
  if (n !== 'X' && !Number.isFinite(n)) return null;
  if (n !== 'X' && m[3]) n += 0.5;
  // "a year" after a count is a rate ("15 a year"), left to SET; "a day" alone is too common to be a duration.
  // "A second A380": an ordinal, not a second of time.
  if (unit === 'second' && (word === 'a' || word === 'one') && !m[6]) return null;
  if ((word === 'a' || word === 'an') && !m[1] && !m[4]?.startsWith('-') && (unit === 'day' || unit === 'year' || unit === 'week' || unit === 'month' || unit === 'quarter')) {
    const prev = m.input!.slice(Math.max(0, m.index! - 20), m.index!);
    const next = m.input!.slice(m.index! + m[0].length, m.index! + m[0].length + 10);
    if (!/\b(?:for|over|within|in|than|about|nearly|almost|after|of|than|only|just|least|half)\s+$/i.test(prev) &&
      !/^\s+(?:after|before|later|earlier)\b/i.test(next)) return null;
  }
  const start = m.index!;
  const end = start + m[0].length;
  return {
    start, end, type: 'DURATION', value: durationValue(n, unit), weekday: null, precision: 'duration', form: 'duration',
    range: null, days: n === 'X' ? null : n * unitDays(unit),
  };
}

function bareDurationDraft(m: RegExpMatchArray): Draft | null {
  const lead = m[1].toLowerCase().replace(/\s+/g, ' ');
  const what = m[2].toLowerCase().replace(/\s+/g, ' ');
  const singular = !/s$/.test(what) || what.startsWith('a ') || what.startsWith('the ');
  // "in years" yes, "in decade" no: singular units only after "the past/last/next" ("the past decade").
  if (singular && !lead.startsWith('the ') && !what.startsWith('a ') && !what.startsWith('the ')) return null;
  if (what.startsWith('the ') && lead !== 'over' && lead !== 'for') return null;
  // "the last year", "the previous month": a date (last year), not a duration.
  if (singular && (lead === 'the last' || lead === 'the previous')) return null;
  const unit = unitOf(what.replace(/^(?:a|the)\s+/, ''));
  if (!unit) return null;
  const count: number | 'X' = singular ? 1 : 'X';
  const keepLead = lead.startsWith('the ') || lead === 'recent';
  const start = keepLead ? m.index! : m.index! + m[0].length - m[2].length;
  return {
    start, end: m.index! + m[0].length, type: 'DURATION', value: durationValue(count, unit), weekday: null,
    precision: 'duration', form: 'duration', range: null, days: count === 'X' ? null : unitDays(unit),
  };
}

const ORDINAL_QUARTER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

function quarterValue(start: number, end: number, year: number, quarter: number, form: DateForm, anchored: boolean): Draft {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    start, end, type: 'DATE', value: `${pad(year, 4)}-Q${quarter}`, weekday: null, precision: 'quarter', form, anchored,
    range: { first: isoDay({ year, month: firstMonth, day: 1 }), last: isoDay(lastDayOfMonth(year, firstMonth + 2)) }, days: null,
  };
}

function quarterDraft(text: string, m: RegExpMatchArray, dct: Day | null): Draft | null {
  const start = m.index!;
  const end = start + m[0].length;
  const word = (m[1] ?? '').toLowerCase();
  const q = m[3] ? +m[3] : ORDINAL_QUARTER[word];
  const yearText = (m[2] ?? m[4] ?? '').toLowerCase();
  const current = dct ? dct.year * 4 + Math.floor((dct.month - 1) / 3) : 0;
  if (/^\d{4}$/.test(yearText)) return q ? quarterValue(start, end, +yearText, q, 'quarter', false) : null;
  if (!dct) return { start, end, type: 'DATE', value: q ? `XXXX-Q${q}` : 'XXXX-QX', weekday: null, precision: 'quarter', form: 'quarter', range: null, days: null };
  if (!q) {
    // "the last/final quarter": the one before the current.
    const index = current - 1;
    return quarterValue(start, end, Math.floor(index / 4), (index % 4) + 1, 'quarter', true);
  }
  let year = dct.year + (yearText.startsWith('last') ? -1 : 0);
  if (!yearText) {
    const thisQuarter = Math.floor((dct.month - 1) / 3) + 1;
    if (q > thisQuarter && !futureCue(text, start, end)) year -= 1;
  }
  return quarterValue(start, end, year, q, 'quarter', true);
}

const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

function seasonDraft(text: string, m: RegExpMatchArray, dct: Day | null): Draft | null {
  const lead = m[1]?.toLowerCase();
  const name = m[2].toLowerCase();
  // "fall" is mostly a verb: a season only after a determiner or with a year.
  if (name === 'fall' && !m[3] && !(lead && /^(?:this|last|next|the|early|late)$/.test(lead) && !/^\s+(?:of|in|to|from|on)\b/i.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 5)))) return null;
  if (!m[3] && !lead && m[2][0] !== m[2][0].toUpperCase()) return null;
  const start = m.index! + (lead && !/^(?:this|last|next)$/.test(lead) ? m[0].indexOf(m[2]) : 0);
  const end = m.index! + m[0].length;
  let year = m[3] ? +m[3] : dct?.year;
  if (year === undefined) return { start, end, type: 'DATE', value: `XXXX-${SEASONS[name]}`, weekday: null, precision: 'season', form: 'season', range: null, days: null };
  if (lead === 'last') year -= 1;
  if (lead === 'next') year += 1;
  return { start, end, type: 'DATE', value: `${pad(year, 4)}-${SEASONS[name]}`, weekday: null, precision: 'season', form: 'season', anchored: !m[3], range: yearRange(year), days: null };
}

const SET_VALUES: Record<string, string> = {
  annual: 'P1Y', annually: 'P1Y', yearly: 'P1Y', weekly: 'P1W', daily: 'P1D', monthly: 'P1M', quarterly: 'P3M',
  year: 'P1Y', month: 'P1M', week: 'P1W', day: 'P1D',
};

function setDraft(m: RegExpMatchArray): Draft | null {
  let start = m.index!;
  const end = start + m[0].length;
  let value: string;
  if (m[1]) {
    const word = m[1].toLowerCase().replace(/^every\s+/, '');
    value = SET_VALUES[word];
  } else {
    // "15 a year", "per day": the rate words only, not the number before them.
    if (!/^per$/i.test(m[2])) start += m[0].search(/\ba\s/i);
    value = SET_VALUES[m[3].toLowerCase()];
  }
  return { start, end, type: 'SET', value, weekday: null, precision: 'set', form: 'set', range: null, days: null };
}

function referenceDraft(text: string, m: RegExpMatchArray): Draft | null {
  const word = m[1].toLowerCase().replace(/\s+/g, ' ');
  const start = m.index!;
  const end = start + m[0].length;
  // "now" as a discourse marker ("Now, ...") or "the past five days" (a duration) are not references.
  if (word === 'the past' && /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|day)/i.test(text.slice(end, end + 12))) return null;
  if ((word === 'current' || word === 'recent') && !/^\s+[a-z]/.test(text.slice(end, end + 3))) return null;
  if (word === 'current' && /^\s+(?:account|affairs|events|assets|liabilities)/.test(text.slice(end, end + 14))) return null;
  const value = /past|recent/.test(word) ? 'PAST_REF' : /future|soon|term/.test(word) ? 'FUTURE_REF' : 'PRESENT_REF';
  return { start, end, type: 'DATE', value, weekday: null, precision: 'reference', form: 'reference', range: null, days: null };
}

// ---- chrono -------------------------------------------------------------------------------------------------

/** The stretches of a paragraph worth chrono's time: around a numeric date (CHRONO_FILTER). */
function chronoWindows(text: string): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  for (const m of matches(text, CHRONO_FILTER)) {
    let start = Math.max(0, m.index - 24);
    let end = Math.min(text.length, m.index + m[0].length + 32);
    // Whole words only: back to a space, on to a space.
    while (start > 0 && !/\s/.test(text[start - 1])) start--;
    while (end < text.length && !/\s/.test(text[end])) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/**
 * chrono's readings of numeric dates; we keep its span and components, and resolve the year ourselves.
 * chrono runs only on windows around candidate dates: on whole paragraphs it costs ~1 ms per 1,000 words.
 */
function chronoDates(text: string, dct: Day | null): Draft[] {
  const windows = chronoWindows(text);
  if (windows.length === 0) return [];
  const reference = dct ? new Date(Date.UTC(dct.year, dct.month - 1, dct.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const results: { index: number; text: string; start: chrono.ParsedResult["start"] }[] = [];
  for (const w of windows) {
    try {
      for (const r of chrono.strict.parse(text.slice(w.start, w.end), { instant: reference, timezone: 0 }, { forwardDate: false })) {
        results.push({ index: r.index + w.start, text: r.text, start: r.start });
      }
    } catch {
      // chrono must never take the analysis down.
    }
  }
  const drafts: Draft[] = [];
  for (const r of results) {
    // "12 to 17" (ages, counts) reads as a time range to chrono: a date here needs a month or a numeric date.
    if (!MONTH_TEST.test(r.text) && !/\d\/\d/.test(r.text)) continue;
    let start = r.index;
    let body = r.text;
    const lead = /^(?:(?:on|at|in|by|from|since|until|the)\s+)+/i.exec(body);
    if (lead) { start += lead[0].length; body = body.slice(lead[0].length); }
    const month = r.start.get('month');
    const day = r.start.get('day');
    if (!month || !day) continue;
    const yearKnown = r.start.isCertain('year');
    const monthWord = MONTH_TEST.exec(body);
    if (monthWord && monthWord[0][0] !== monthWord[0][0].toUpperCase()) continue;
    const end = start + body.length;
    let draft: Draft | null;
    if (yearKnown) {
      const year = r.start.get('year')!;
      if (!isValid(year, month, day)) continue;
      draft = dayDraft(start, end, { year, month, day }, 'full', false);
    } else {
      draft = monthDayDraft(text, start, body.length, monthWord?.[0] ?? MONTH_NAMES_SHORT[month - 1], day, undefined, dct);
      if (!draft) continue;
      draft = { ...draft, start, end };
    }
    const weekdayWord = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.exec(body);
    if (weekdayWord) {
      const at = start + weekdayWord.index;
      draft = withWeekday(draft, draft.start, { name: weekdayWord[0], start: at, end: at + weekdayWord[0].length });
    } else {
      draft = withStatedWeekday(text, draft);
    }
    if (r.start.isCertain('hour') && draft.precision === 'day') {
      const hour = r.start.get('hour')!;
      const minute = r.start.get('minute') ?? 0;
      const zone = r.start.isCertain('timezoneOffset') && r.start.get('timezoneOffset') === 0 ? 'Z' : '';
      draft = { ...draft, type: 'TIME' as TimexType, value: `${draft.value}T${pad(hour)}:${pad(minute)}${zone}`, precision: 'time' as Precision };
    }
    drafts.push(draft);
  }
  return drafts;
}

const MONTH_NAMES_SHORT = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

// ---- impossible dates ---------------------------------------------------------------------------------------

const INVALID_MONTH_DAY = new RegExp(`\\b(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:\\d])(?:,?\\s+(\\d{4})\\b)?`, 'g');
const INVALID_DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_WORD})(?:,?\\s+(\\d{4})\\b)?`, 'g');

/** "Feb. 30", "Sept. 31", "Feb. 29, 2023": a day the month never has (chrono drops them without a word). */
export function findInvalid(text: string): InvalidDate[] {
  const found: InvalidDate[] = [];
  const check = (start: number, whole: string, monthWord: string, dayText: string, yearText: string | undefined) => {
    const month = monthNumber(monthWord);
    const day = +dayText;
    if (!month || monthWord[0] !== monthWord[0].toUpperCase() || day < 1 || day > 31) return;
    const year = yearText ? +yearText : null;
    const limit = year === null ? (month === 2 ? 29 : daysInMonth(2001, month)) : daysInMonth(year, month);
    if (day <= limit) return;
    // An error must be sure it is a date: "In June 31 people died" counts people. The day must end the
    // phrase (punctuation, a year, the end, a conjunction) or carry an ordinal.
    const after = text.slice(start + whole.length, start + whole.length + 12);
    if (!year && !/(?:st|nd|rd|th)$/.test(whole) && !/^(?:$|\s*[,.;:)!?–—-]|\s+(?:and|to|through|until|or|at|in|when)\b)/.test(after)) return;
    found.push({ start, end: start + whole.length, text: whole, year, month, day, limit });
  };
  // Only these months have < 31 days, and only days 29–31 can exceed a month's length (February's 28 at least).
  if (!/29|3[01]/.test(text) || !/\b(?:Jan|Feb|Apr|Jun|Sep|Nov)/.test(text)) return found;
  for (const m of matches(text, INVALID_MONTH_DAY)) check(m.index, m[0], m[1], m[2], m[3]);
  for (const m of matches(text, INVALID_DAY_MONTH)) {
    // "31 May" is fine; "in 30 May" would be, "30 Feb." is not. Skip counts like "5 of June's".
    check(m.index, m[0], m[2], m[1], m[3]);
  }
  return found;
}

export type { Unit };
