// Numbers in a paragraph: figures and words (4, four, 20,000, 1.5 million, a dozen, 21-day,
// 17-year-old, 3.1%, $5.25 million, first/10th), each with its value, kind, unit and hedge interval.
// A pure function of the paragraph's text and offset: cacheable by content. Linear: one token pass.

import { lowerUnitString, nonAsciiClass, unitString } from '../codepoints';
import { isSpaceCode } from '../sentences';

/** A lookup table without a prototype: `'constructor' in table` is false. */
function dict<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

export type FigureKind = 'count' | 'age' | 'percent' | 'money' | 'ordinal' | 'year' | 'score' | 'range' | 'measure';

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

export interface NumberMention {
  /** The whole expression, hedge and unit included ("up to 48", "$5.25 million", "20 percent"). */
  start: number;
  end: number;
  /** The number itself ("48", "four", "5.25 million"): what a style fix rewrites. */
  numberStart: number;
  numberEnd: number;
  value: number;
  /** The interval the wording allows; null = open. */
  low: number | null;
  high: number | null;
  /** Whether `low` / `high` belong to the interval (fewer than 400 → [0, 400)). */
  lowClosed: boolean;
  highClosed: boolean;
  kind: FigureKind;
  unit: string | null;
  /** The hedge ("about", "up to"), lower case, or null. */
  hedge: string | null;
  /** Written in words (four, twenty-one, a dozen) rather than figures. */
  spelled: boolean;
  /** A vague quantity (dozens, hundreds of, thousands of): no fact is compared on it. */
  vague: boolean;
  /** Index of the first word after the expression (where the counted noun starts). */
  next: number;
  /** Index of the expression's first word. */
  first: number;
}

// A hand-written scanner, the equivalent of
//   /[\p{L}\p{N}$£€¥%]+(?:[.,\-–'’\/:][\p{L}\p{N}$£€¥%]+)*|\S/gu
// (a word whose parts may be joined by . , - – ' ’ / :, or one code point that is not space): it reads every
// paragraph of every analysis, and code-unit tests are several times faster than the regular expression.
/** Code points above ASCII that are letters or figures. */
const nonAsciiWordChar = nonAsciiClass(/^[\p{L}\p{N}]$/u);

/** Whether a code point may stand in a word: a letter, a figure, $ £ € ¥ or %. */
function isWordChar(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 36 || cp === 37;
  if (cp === 163 || cp === 165 || cp === 8364) return true;
  return nonAsciiWordChar(cp);
}

/** What joins the parts of a word: . , - – ' ’ / : (when a word character follows). */
const isJoiner = (c: number) => c === 46 || c === 44 || c === 45 || c === 47 || c === 58 || c === 39 || c === 8211 || c === 8217;

/** The code point at `i` (a surrogate pair as one, a lone surrogate as itself). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The end of the run of word characters from `i`, and whether it holds anything but lower-case ASCII. */
let runCased = false;
function wordRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 36 || c === 37) { i++; continue; }
    const cp = c < 128 ? c : codePointAt(text, i);
    if (!isWordChar(cp)) break;
    runCased = true;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

export function words(prose: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const text = prose.slice(start, end);
  // One toLowerCase per paragraph instead of one per word (the costliest part of this pass). Slices of it
  // equal each word's own lower case unless a mapping changes length (İ) or depends on context (final Σ).
  const lower = text.toLowerCase();
  const sliced = lower.length === text.length && text.indexOf('Σ') < 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const cp = c < 128 ? c : codePointAt(text, i);
    const width = cp > 0xffff ? 2 : 1;
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : isSpaceCode(c)) { i += width; continue; }
    const from = i;
    if (!isWordChar(cp)) {
      i += width;
      // One code unit beyond Latin-1 (a curly quote, a dash): shared strings, not two slices per mark.
      if (width === 1 && c > 0xff) {
        out.push({ start: start + from, end: start + i, text: unitString(c), lower: lowerUnitString(c) });
        continue;
      }
      const mark = text.slice(from, i);
      // Symbols beyond ASCII may have a lower case too (Ⓐ).
      out.push({ start: start + from, end: start + i, text: mark, lower: c < 128 ? mark : sliced ? lower.slice(from, i) : mark.toLowerCase() });
      continue;
    }
    runCased = false;
    i = wordRunEnd(text, from);
    while (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && isWordChar(codePointAt(text, i + 1))) i = wordRunEnd(text, i + 1);
    const word = text.slice(from, i);
    // Lower-case ASCII letters and figures are their own lower case.
    const low = !runCased ? word : sliced ? lower.slice(from, i) : word.toLowerCase();
    out.push({ start: start + from, end: start + i, text: word, lower: low });
  }
  return out;
}

export const UNITS: Readonly<Record<string, number>> = dict({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
});
export const TENS: Readonly<Record<string, number>> = dict({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const SCALES: Readonly<Record<string, number>> = dict({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6,
});
export const ORDINALS: Readonly<Record<string, number>> = dict({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
});
const VAGUE: Readonly<Record<string, [number, number | null]>> = dict({
  dozens: [24, 144], scores: [40, null], hundreds: [200, 1000], thousands: [2000, 1e6], millions: [2e6, 1e9],
  billions: [2e9, 1e12], tens: [20, 100],
});
const CURRENCY_WORDS: Readonly<Record<string, string>> = dict({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY',
  yuan: 'CNY', usd: 'USD', eur: 'EUR', gbp: 'GBP', cent: 'cent', cents: 'cent', rupees: 'INR', won: 'KRW',
});
/** Units of measure after a number: kind `measure`. */
const MEASURES: ReadonlySet<string> = new Set([
  'km', 'kilometers', 'kilometres', 'kilometer', 'kilometre', 'miles', 'mile', 'm', 'meters', 'metres', 'meter',
  'metre', 'feet', 'foot', 'ft', 'inches', 'inch', 'cm', 'mm', 'kg', 'kilograms', 'kilos', 'tonnes', 'tons',
  'tonne', 'ton', 'pounds', 'lb', 'lbs', 'grams', 'g', 'gb', 'mb', 'tb', 'ghz', 'mhz', 'mph', 'kph', 'km/h',
  'hours', 'hour', 'minutes', 'minute', 'seconds', 'second', 'days', 'day', 'weeks', 'week', 'months', 'month',
  'years', 'year', 'decades', 'decade', 'centuries', 'points', 'point', 'degrees', 'acres', 'hectares',
  'liters', 'litres', 'gallons', 'barrels', 'gigabytes', 'megabytes', 'terabytes', 'kilobytes', 'megapixels',
  'db', 'decibels', 'watts', 'volts', 'kilowatts', 'megawatts', 'hertz', 'knots', 'nautical', 'square', 'cubic', 'magnitude', 'times',
]);
const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Hedges before a number → the interval they allow. */
type Hedge = (v: number) => [number | null, number | null, boolean, boolean];
const about: Hedge = (v) => [v * 0.9, v * 1.1, true, true];
const HEDGES: ReadonlyArray<[string[], Hedge]> = [
  [['as', 'many', 'as'], (v) => [0, v, true, true]],
  [['as', 'much', 'as'], (v) => [0, v, true, true]],
  [['as', 'few', 'as'], (v) => [v, null, true, false]],
  [['more', 'than'], (v) => [v, null, false, false]],
  [['greater', 'than'], (v) => [v, null, false, false]],
  [['fewer', 'than'], (v) => [0, v, true, false]],
  [['less', 'than'], (v) => [0, v, true, false]],
  [['at', 'least'], (v) => [v, null, true, false]],
  [['at', 'most'], (v) => [0, v, true, true]],
  [['up', 'to'], (v) => [0, v, true, true]],
  [['close', 'to'], (v) => [v * 0.9, v, true, false]],
  [['nearly'], (v) => [v * 0.9, v, true, false]],
  [['almost'], (v) => [v * 0.9, v, true, false]],
  [['about'], about], [['around'], about], [['approximately'], about], [['roughly'], about],
  [['some'], about], [['estimated'], about], [['an', 'estimated'], about], [['approx'], about],
  [['over'], (v) => [v, null, false, false]],
  [['under'], (v) => [0, v, true, false]],
  [['below'], (v) => [0, v, true, false]],
  [['above'], (v) => [v, null, false, false]],
];

const DIGITS = /^(?:(USD|US|AU|A|C|CA|NZ|HK|GB|S)?([$£€¥]))?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%|st|nd|rd|th|s|bn|m|k|gb|mb|tb|ghz|mhz|km|kg|mm|cm)?$/i;
const CURRENCY_SIGN: Readonly<Record<string, string>> = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY' };
const SPELLED_HYPHEN = /^([a-z]+)-([a-z]+)$/;

interface Core {
  value: number;
  /** Index after the core's last word. */
  next: number;
  spelled: boolean;
  unit: string | null;
  kind: FigureKind | null;
  ordinal: boolean;
  vague: boolean;
}

/** A spelled number word's value: four, twenty-one. */
function spelledValue(lower: string): number | null {
  if (lower in UNITS) return UNITS[lower];
  if (lower in TENS) return TENS[lower];
  const m = SPELLED_HYPHEN.exec(lower);
  if (m && m[1] in TENS && m[2] in UNITS && UNITS[m[2]] > 0 && UNITS[m[2]] < 10) return TENS[m[1]] + UNITS[m[2]];
  return null;
}

/** Reads the number starting at word i (figures or words, with scale words), or null. */
function readCore(ws: readonly Word[], i: number): Core | null {
  const w = ws[i];
  const d = DIGITS.exec(w.text);
  if (d) {
    const [, prefix, sign, int, frac, suffix] = d;
    let value = Number(int.replace(/,/g, '') + (frac ? '.' + frac : ''));
    if (!Number.isFinite(value)) return null;
    let unit: string | null = sign ? (prefix && sign === '$' ? prefix.toUpperCase() + 'D' : CURRENCY_SIGN[sign]) : null;
    if (unit === 'USD' && prefix?.toUpperCase() === 'US') unit = 'USD';
    let kind: FigureKind | null = sign ? 'money' : null;
    let ordinal = false;
    const sfx = suffix?.toLowerCase();
    let next = i + 1;
    if (sfx === '%') { kind = 'percent'; unit = '%'; }
    else if (sfx === 'st' || sfx === 'nd' || sfx === 'rd' || sfx === 'th') { kind = 'ordinal'; ordinal = true; }
    else if (sfx === 's') {
      // "1990s": a decade; "787s": a model in the plural — neither is a count.
      if (!/^\d{4}$/.test(int) && !/^\d0$/.test(int)) return null;
      kind = 'year';
    } else if (sfx === 'bn') value *= 1e9;
    else if (sfx === 'm' && kind === 'money') value *= 1e6;
    else if (sfx === 'k' && kind === 'money') value *= 1e3;
    else if (sfx) { kind = 'measure'; unit = sfx.toUpperCase() === sfx ? sfx : sfx.toUpperCase(); }
    if (!ordinal && !sfx) {
      const scale = ws[next] ? SCALES[ws[next].lower] : undefined;
      if (scale && scale >= 1e3) { value *= scale; next++; }
    }
    return { value, next, spelled: false, unit, kind, ordinal, vague: false };
  }
  const lower = w.lower;
  if (lower in ORDINALS) return { value: ORDINALS[lower], next: i + 1, spelled: true, unit: null, kind: 'ordinal', ordinal: true, vague: false };
  if (lower in VAGUE && ws[i + 1]?.lower === 'of') {
    return { value: VAGUE[lower][0], next: i + 1, spelled: true, unit: null, kind: null, ordinal: false, vague: true };
  }
  let value: number | null = null;
  let next = i;
  if (lower === 'a' || lower === 'an') {
    const s = ws[i + 1]?.lower;
    if (s === 'dozen') { value = 12; next = i + 2; }
    else if (s && (s === 'hundred' || s === 'thousand' || s === 'million' || s === 'billion')) { value = SCALES[s]; next = i + 2; }
    else return null;
  } else if (lower === 'dozen' && i > 0 && /^(?:one|two|three|four|five|half)$/.test(ws[i - 1].lower)) {
    return null;
  } else {
    const v = spelledValue(lower);
    if (v === null) return null;
    value = v;
    next = i + 1;
  }
  // "three thousand", "one hundred twenty", "two dozen", "1.5 million" (figures handled above).
  for (;;) {
    const s = ws[next]?.lower;
    if (s === undefined) break;
    if (s === 'dozen') { value *= 12; next++; continue; }
    if (s in SCALES && s !== 'bn' && s !== 'mn') { value *= SCALES[s]; next++; continue; }
    if (s === 'and' && ws[next + 1] && spelledValue(ws[next + 1].lower) !== null && value >= 100 && value % 100 === 0) {
      value += spelledValue(ws[next + 1].lower)!; next += 2; continue;
    }
    const small = spelledValue(s);
    if (small !== null && value >= 100 && value % 100 === 0 && small < 100) { value += small; next++; continue; }
    break;
  }
  return { value, next, spelled: true, unit: null, kind: null, ordinal: false, vague: false };
}

function hedgeBefore(ws: readonly Word[], i: number): { first: number; hedge: string; fn: Hedge } | null {
  for (const [phrase, fn] of HEDGES) {
    const first = i - phrase.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length; k++) if (ws[first + k].lower !== phrase[k]) { ok = false; break; }
    if (ok) return { first, hedge: phrase.join(' '), fn };
  }
  return null;
}

/** Whether a word is a number this scanner reads (for coordination: "10 Ukrainian and four Russian"). */
export function startsNumber(ws: readonly Word[], i: number): boolean {
  return i < ws.length && readCore(ws, i) !== null;
}

const A_NUMBER: ReadonlySet<string> = new Set(['dozen', 'hundred', 'thousand', 'million', 'billion']);
const AGE_WORDS = new Set(['aged', 'age', 'ages', 'ag']);
const YEAR_BEFORE = new Set(['in', 'since', 'by', 'until', 'from', 'of', 'during', 'early', 'late', 'mid', 'before',
  'after', 'year', 'fiscal', 'the', 'and', 'to', 'through', 'till', 'between', 'around', '–', '-']);

/**
 * Every number of the words, left to right. `isDate(start, end)` tells whether a span lies inside a date
 * the dates engine found (those numbers are its own).
 */
export function scanNumbers(ws: readonly Word[], isDate: (start: number, end: number) => boolean): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  while (i < ws.length) {
    const w = ws[i];
    const c0 = w.text.charCodeAt(0);
    const digitish = (c0 >= 48 && c0 <= 57) || c0 === 36 || c0 === 163 || c0 === 8364 || c0 === 165 ||
      (c0 >= 65 && c0 <= 90 && currencyPrefixed(w.text));
    if (!digitish && !isNumberWordStart(w.lower)) { i++; continue; }
    // "a"/"an" (a few in every hundred words) read as a number only before "dozen" or a scale word.
    if ((w.lower === 'a' || w.lower === 'an') && !A_NUMBER.has(ws[i + 1]?.lower ?? '')) { i++; continue; }
    if (isDate(w.start, w.end)) { i++; continue; }
    if (isLabel(ws, i, digitish)) { i++; continue; }
    const special = compound(ws, i);
    if (special) { if (special.start >= 0) out.push(special); i = special.next; continue; }
    const core = readCore(ws, i);
    if (!core) { i++; continue; }
    const m = classify(ws, i, core, isDate);
    if (m && m.start >= 0) out.push(m);
    i = Math.max(core.next, m ? m.next : 0, i + 1);
  }
  return out;
}

/** /^[A-Z]{1,3}[$£€]/ (US$5, HK$10) on character codes: scanNumbers asks it of every capitalised word. */
function currencyPrefixed(text: string): boolean {
  let k = 1;
  while (k < 3 && text.charCodeAt(k) >= 65 && text.charCodeAt(k) <= 90) k++;
  const c = text.charCodeAt(k);
  return c === 36 || c === 163 || c === 8364;
}

/** Capitalised words that do not make the number after them a name: "About 500", "In 14 cases". */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'about', 'around', 'approximately', 'roughly',
  'nearly', 'almost', 'some', 'only', 'just', 'all', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with',
  'over', 'under', 'more', 'fewer', 'less', 'up', 'and', 'but', 'or', 'since', 'after', 'before', 'another',
  'there', 'these', 'those', 'another', 'another', 'least', 'than', 'as', 'between', 'its', 'their', 'his', 'her',
  'our', 'it', 'they', 'we', 'he', 'she', 'i', 'you', 'at', 'another', 'nearly', 'estimated', 'top', 'first', 'last', 'every']);
const LABELS: ReadonlySet<string> = new Set(['no', 'no.', 'nos', 'number', 'version', "'", '’', '+', '#']);

/**
 * A figure that is part of a name: "Boeing 787", "iPhone 4", "FTSE 100", "Flight 447", "Chapter 11", "No. 1",
 * "Big Three". Money, percentages, figures with thousands separators or a scale word are never names.
 */
function isLabel(ws: readonly Word[], i: number, digitish: boolean): boolean {
  const prev = ws[i - 1];
  if (!prev) return false;
  const w = ws[i];
  if (LABELS.has(prev.lower) || (prev.lower === '.' && ws[i - 2]?.lower === 'no')) return true;
  // A capital that only opens the sentence says nothing: "Exactly 14 children came."
  if (!digitish) {
    // A capitalised number word in mid-sentence: "the Big Three", "Ford Five Hundred". (Most number words
    // are lower case: answered on one character code.)
    const c0 = w.text.charCodeAt(0);
    if (!(c0 >= 65 && c0 <= 90)) return false;
    const opensSentence = i === 1 || /^[.!?"“”‘’:;(]$/.test(ws[i - 2].text);
    return !opensSentence && /^\p{L}/u.test(prev.text) && (/^[a-z]/.test(prev.text) || !FUNCTION_WORDS.has(prev.lower));
  }
  if (!/^\d+(?:\.\d+)?(?:-\d+)?$/.test(w.text)) return false;
  const opensSentence = i === 1 || /^[.!?"“”‘’:;(]$/.test(ws[i - 2].text);
  // List markers: "(1)", "(2)".
  if (prev.text === '(' && ws[i + 1]?.text === ')') return true;
  if (SCALES[ws[i + 1]?.lower ?? ''] || ws[i + 1]?.lower === '%' || ws[i + 1]?.lower === 'percent') return false;
  // "iPhone 4", "iOS 5": a product name whatever stands before it.
  if (/^[a-z]+[A-Z]/.test(prev.text)) return true;
  const c = prev.text.charCodeAt(0);
  const capital = (c >= 65 && c <= 90) || /^\p{Lu}/u.test(prev.text) || /^[a-z]+[A-Z]/.test(prev.text);
  if (capital && !opensSentence && !FUNCTION_WORDS.has(prev.lower) && !MONTHS.has(prev.lower.replace(/\.$/, '')) &&
    (prev.text.length > 1 || ws[i - 2]?.text === '&')) return true;
  // A three-digit-plus model or index number: "the 787 Dreamliner", "their 737 narrowbody airliner",
  // "Boeing’s 777": a count would take a plural noun.
  const value = Number(w.text);
  if (!Number.isInteger(value) || value < 100 || value > 9999 || w.text.includes('-')) return false;
  const next = ws[i + 1];
  if (/['’]s$/.test(prev.text) && /^[A-Z]/.test(prev.text) && !(next && /^[a-z]+s$/.test(next.text))) return true;
  if (!next) return false;
  if (/^[A-Z"“]/.test(next.text) && !MONTHS.has(next.lower)) {
    // "500 Apple engineers": a name before the counted noun.
    const after = ws[i + 2];
    return !(after && /^[a-z]+s$/.test(after.text) && !/ss$/.test(after.text));
  }
  if (/^[a-z]+$/.test(next.text) && !next.text.endsWith('s') && !/(?:ed|ing)$/.test(next.text) &&
    !/^(?:mark|level|barrier|threshold|figure|point)$/.test(next.lower) && !INVARIANT.has(next.lower) && !MEASURES.has(next.lower) &&
    !SCALES[next.lower] && !/^(?:of|to|and|or|in|on|at|for|by|from|with|more|new|per|a|the|was|were|is|are|has|had|have|will|would|each|other|additional|million|billion|percent|than|as)$/.test(next.lower)) {
    const after = ws[i + 2];
    return !(after && /^[a-z]+s$/.test(after.text) && !/ss$/.test(after.text));
  }
  return false;
}

/** Nouns whose plural is the singular: "100 aircraft" is a count. */
const INVARIANT: ReadonlySet<string> = new Set(['aircraft', 'people', 'staff', 'personnel', 'police', 'cattle', 'sheep',
  'fish', 'deer', 'series', 'species', 'crew', 'livestock', 'offspring', 'spacecraft', 'troops', 'youth', 'head',
  'children', 'men', 'women', 'feet', 'teeth', 'mice', 'geese', 'data', 'media', 'criteria', 'militia', 'clergy']);

const STARTS: ReadonlySet<string> = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(ORDINALS),
  ...Object.keys(VAGUE), 'a', 'an']);

/** First two letters of STARTS (and "a"): most words are rejected on two character codes, without hashing them. */
const START_PAIRS = new Uint8Array(128 * 128);
for (const s of STARTS) START_PAIRS[s.charCodeAt(0) * 128 + (s.length > 1 ? s.charCodeAt(1) : 0)] = 1;

function isNumberWordStart(lower: string): boolean {
  const c = lower.charCodeAt(0);
  const d = lower.length > 1 ? lower.charCodeAt(1) : 0;
  if (c < 128 && d < 128 && START_PAIRS[c * 128 + d] === 0) return false;
  if (STARTS.has(lower)) return true;
  // Hyphenated spelled forms: twenty-one, five-year-old, one-day.
  const dash = lower.indexOf('-');
  return dash > 0 && STARTS.has(lower.slice(0, dash));
}

/**
 * The words a number can begin with besides a figure: the number words, and what "a"/"an" need after them
 * ("a dozen"). A run of letters that is one of them, or a figure or currency sign, is all scanNumbers starts on.
 */
const TRIGGERS: ReadonlySet<string> = new Set([...STARTS, ...A_NUMBER].filter((w) => w !== 'a' && w !== 'an'));
const TRIGGER_PAIRS = new Uint8Array(128 * 128);
for (const s of TRIGGERS) TRIGGER_PAIRS[s.charCodeAt(0) * 128 + s.charCodeAt(1)] = 1;

/**
 * Whether `text` may hold a number: a figure, a currency sign, a number word, or "a"/"an" before a hyphen
 * (scanNumbers reads "a-…" as a possible spelled form). It errs towards yes; a no spares making the word
 * list of a paragraph without numbers (a page of quotation marks, a list of names).
 */
export function mayHoldNumber(text: string): boolean {
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) {
      if ((c >= 48 && c <= 57) || c === 36 || c === 163 || c === 165 || c === 8364) return true;
      i++;
      continue;
    }
    // A run of letters: a word scanNumbers sees, or a part of one.
    const from = i;
    while (i < n && lower.charCodeAt(i) >= 97 && lower.charCodeAt(i) <= 122) i++;
    if (i - from === 1 || (i - from === 2 && lower.charCodeAt(from + 1) === 110 /* n */ && c === 97)) {
      if (c === 97 && lower.charCodeAt(i) === 45 /* - */) return true;
      continue;
    }
    if (TRIGGER_PAIRS[c * 128 + lower.charCodeAt(from + 1)] === 1 && TRIGGERS.has(lower.slice(from, i))) return true;
  }
  return false;
}

const COMPOUND = /^(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)-(year|month|week|day|hour|minute|mile|kilometer|kilometre|km|inch|foot|feet|meter|metre|point|seat|member|man|person|story|storey|page|game|nation|country|percent|ton|tonne|pound|acre|room|bed|lane|hole|yard|mph)(-old)?(s)?$/;
const RANGE = /^([$£€]?)(\d[\d,]*(?:\.\d+)?)[-–]([$£€]?)(\d[\d,]*(?:\.\d+)?)(%?)$/;
const MODEL = /^\p{L}+\d|^\d+\p{L}+\d/u;

/** Hyphenated forms: 17-year-old (age), 21-day (measure), 12-17 (range), 52-35 (score), 9:30 (time). */
function compound(ws: readonly Word[], i: number): NumberMention | null {
  const w = ws[i];
  // Most figures ("500", "1,200", "$5.25", "3%") have no letter, dash or colon: none of the forms below.
  if (plainFigure(w.text)) return null;
  if (MODEL.test(w.text)) return skip(i);
  if (/^\d{1,2}:\d{2}$/.test(w.text)) return skip(i);
  const r = RANGE.exec(w.text);
  if (r) {
    const a = Number(r[2].replace(/,/g, ''));
    const b = Number(r[4].replace(/,/g, ''));
    // Scores and votes: "won 3-1", "the vote was 52-35" (the larger first, or a sports/vote word before).
    const before = ws.slice(Math.max(0, i - 4), i).map((x) => x.lower);
    const scoreish = before.some((x) => /^(?:vote|voted|votes|won|win|wins|beat|lost|defeated|score|margin|tally|tie|tied|draw|count)$/.test(x));
    const yearRange = a >= 1800 && a <= 2100 && (b >= 1800 ? b <= 2100 : b < 100);
    const kind: FigureKind = scoreish && !yearRange ? 'score' : yearRange && !r[1] ? 'year' : 'range';
    let next = i + 1;
    let value = a;
    let lo = a;
    let hi = b;
    const scale = ws[next] ? SCALES[ws[next].lower] : undefined;
    if (scale && scale >= 1e3 && kind === 'range') { value *= scale; lo *= scale; hi *= scale; next++; }
    return mention(ws, i, next, value, lo, hi, kind, r[1] ? CURRENCY_SIGN[r[1]] : r[5] ? '%' : null, null, false);
  }
  const c = COMPOUND.exec(w.lower);
  if (c) {
    const v = /^\d/.test(c[1]) ? Number(c[1]) : spelledValue(c[1]) ?? (c[1] === 'a' ? 1 : null);
    if (v === null) return null;
    const spelled = !/^\d/.test(c[1]);
    const numEnd = w.start + c[1].length;
    const isAge = c[3] === '-old' || c[2] === 'year' && ws[i + 1]?.lower === 'old';
    if (isAge) return { ...mention(ws, i, i + 1, v, v, v, 'age', 'years', null, spelled), numberEnd: numEnd };
    return { ...mention(ws, i, i + 1, v, v, v, c[2] === 'percent' ? 'percent' : 'measure', c[2] === 'percent' ? '%' : c[2], null, spelled), numberEnd: numEnd };
  }
  return null;
}

/** Whether a word holds only figures, commas, periods, $ and %. */
function plainFigure(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 48 && c <= 57) || c === 44 || c === 46 || c === 36 || c === 37)) return false;
  }
  return true;
}

function skip(i: number): NumberMention {
  // A placeholder the caller drops: `next` only. Models (A380, 737-800) and clock times are not figures.
  return { start: -1, end: -1, numberStart: -1, numberEnd: -1, value: NaN, low: null, high: null, lowClosed: false,
    highClosed: false, kind: 'measure', unit: null, hedge: null, spelled: false, vague: false, next: i + 1, first: i };
}

function mention(ws: readonly Word[], first: number, next: number, value: number, low: number | null,
  high: number | null, kind: FigureKind, unit: string | null, hedge: string | null, spelled: boolean): NumberMention {
  return {
    start: ws[first].start, end: ws[next - 1].end, numberStart: ws[first].start, numberEnd: ws[next - 1].end,
    value, low, high, lowClosed: true, highClosed: true, kind, unit, hedge, spelled, vague: false, next, first,
  };
}

/** The kind, unit, hedge and extent of a number read at word i. */
function classify(ws: readonly Word[], i: number, core: Core, isDate: (s: number, e: number) => boolean): NumberMention | null {
  let next = core.next;
  let kind: FigureKind = core.kind ?? 'count';
  let unit = core.unit;
  let value = core.value;
  const prev = ws[i - 1]?.lower;
  const after = ws[next]?.lower;
  // "one of the", "no one", "one another": pronouns, not counts. "the one", "this one".
  if (core.spelled && value === 1 && !core.ordinal && ws[i].lower === 'one') {
    if (prev === 'no' || prev === 'the' || prev === 'this' || prev === 'that' || prev === 'any' || prev === 'every' ||
      prev === 'each' || after === 'another' || after === 'of' || after === 'day' || after === 'thing' ||
      after === 'way' || after === 'more' || after === 'who' || after === 'that' || after === 'which' ||
      after === 'time' || after === '.' || after === ',') {
      return null;
    }
  }
  if (core.ordinal) {
    // "the second", "a second": also "second" as time unit ("per second") — keep only spelled ordinals before a noun or after "the".
    if (core.spelled && ws[i].lower === 'second' && prev !== 'the' && prev !== 'a' && prev !== 'its' && prev !== 'his' && prev !== 'her' && prev !== 'their') return null;
    return mention(ws, i, next, value, value, value, 'ordinal', null, null, core.spelled);
  }
  // A day of a month ("Oct. 16", "16 October"), a year, a time: the dates engine's.
  if (!core.spelled && kind === 'count' && !/,/.test(ws[i].text) && Number.isInteger(value)) {
    if ((prev && MONTHS.has(prev.replace(/\.$/, ''))) || (prev === '.' && MONTHS.has(ws[i - 2]?.lower ?? '')) ||
      (after && MONTHS.has(after))) {
      if (value <= 31 || (value >= 1000 && value <= 2100)) return skip(i);
    }
    if (after === 'a.m' || after === 'p.m' || after === 'a.m.' || after === 'p.m.' || after === 'am' || after === 'pm' || after === 'gmt' || after === 'utc') return skip(i);
    if (value >= 1000 && value <= 2100 && /^\d{4}$/.test(ws[i].text)) {
      const nextWord = ws[next];
      const plural = nextWord && /^[a-z]+s$/.test(nextWord.text) && !/^(?:was|has|is|as|this|his|its|plus)$/.test(nextWord.lower);
      if (!plural && !(after && after in SCALES) && (prev === undefined || YEAR_BEFORE.has(prev) || !/^\p{L}/u.test(prev) || /^[A-Z]/.test(ws[i - 1]?.text ?? '') || after === undefined || !/^\p{L}/u.test(after ?? ''))) {
        return mention(ws, i, next, value, value, value, 'year', null, null, false);
      }
    }
  }
  if (isDate(ws[i].start, ws[next - 1].end)) return skip(i);
  // Units after the number.
  if (kind === 'count' || kind === 'money') {
    if (after === '%' && ws[next].start === ws[next - 1].end) { kind = 'percent'; unit = '%'; next++; }
    else if (after === 'percent' || after === 'pct') { kind = 'percent'; unit = '%'; next++; }
    else if (after === 'per' && ws[next + 1]?.lower === 'cent') { kind = 'percent'; unit = '%'; next += 2; }
    else if (after === 'percentage' && ws[next + 1]?.lower === 'points') { kind = 'percent'; unit = 'pp'; next += 2; }
    else if (after && after in CURRENCY_WORDS) {
      if (!(after === 'pounds' && kind === 'count' && /^(?:weigh|lb)/.test(ws[next + 1]?.lower ?? ''))) {
        const cur = CURRENCY_WORDS[after];
        if (kind === 'money' && cur === 'USD' && unit) { /* "$9.99 US dollars": keep the sign's */ } else unit = cur;
        kind = 'money'; next++;
      }
    } else if (kind === 'count' && after === 'us' && ws[next + 1]?.lower === 'dollars') { kind = 'money'; unit = 'USD'; next += 2; }
    else if (kind === 'count' && (after === 'usd' || after === 'eur' || after === 'gbp')) { kind = 'money'; unit = after.toUpperCase(); next++; }
    else if (kind === 'count' && after && MEASURES.has(after)) {
      if ((after === 'years' || after === 'year') && ws[next + 1]?.lower === 'old') { kind = 'age'; unit = 'years'; next += 2; }
      else if (after === 'years' && ws[next + 1]?.lower === 'of' && ws[next + 2]?.lower === 'age') { kind = 'age'; unit = 'years'; next += 3; }
      else if (after === 'square' || after === 'cubic' || after === 'nautical') { kind = 'measure'; unit = after + ' ' + (ws[next + 1]?.lower ?? ''); next += 2; }
      else if (after === 'times') { kind = 'measure'; unit = 'times'; next++; }
      else if (after === 'second' && prev !== 'per') { /* "one second" keep */ kind = 'measure'; unit = 'seconds'; next++; }
      else { kind = 'measure'; unit = after; next++; }
    }
  }
  if (prev && AGE_WORDS.has(prev) && kind === 'count') { kind = 'age'; unit = 'years'; }
  // Ranges: "12 to 17", "between 10 and 20", "from $12 million to $20 million".
  let low: number | null = value;
  let high: number | null = value;
  let first = i;
  const joiner = ws[next]?.lower;
  if ((joiner === 'to' || joiner === '–' || joiner === '-' || (joiner === 'and' && (prev === 'between' || ws[i - 2]?.lower === 'between'))) && ws[next + 1]) {
    const startsDigit = /^[\d$£€]/.test(ws[next + 1].text) || (/^[A-Z]{1,2}\$/.test(ws[next + 1].text));
    const other = (core.spelled ? spelledValue(ws[next + 1].lower) !== null : startsDigit) ? readCore(ws, next + 1) : null;
    if (other && !other.ordinal && (other.kind === null || other.kind === 'money' || other.kind === 'percent' || other.kind === core.kind)) {
      let hi = other.value;
      let lo = value;
      let end = other.next;
      // "$12 to $20 million", "20 to 25 percent": the scale and unit after the second apply to the first.
      const sc = ws[end] ? SCALES[ws[end].lower] : undefined;
      const after2 = ws[end]?.lower;
      if (after2 === 'percent' || after2 === '%') { unit = '%'; end++; }
      else if (after2 === 'per' && ws[end + 1]?.lower === 'cent') { unit = '%'; end += 2; }
      if (sc === undefined && core.next === i + 1 && other.next > next + 2 && !core.spelled) {
        const scale = SCALES[ws[other.next - 1].lower];
        if (scale) lo *= scale;
      }
      if (other.kind === 'money' && !unit) unit = other.unit;
      if (hi > lo) {
        if (prev === 'between' || prev === 'from') first = i - 1;
        const m = mention(ws, first, end, lo, lo, hi, 'range', unit ?? (kind === 'money' ? core.unit : null), null, core.spelled);
        m.numberStart = ws[i].start;
        m.numberEnd = ws[end - 1].end;
        return m;
      }
    }
  }
  // "hundreds of", "dozens of": vague counts.
  if (core.vague) {
    const [lo, hi] = VAGUE[ws[i].lower];
    const m = mention(ws, i, next, value, lo, hi, 'count', null, null, true);
    m.vague = true;
    return m;
  }
  // Hedges before the number.
  let hedge: string | null = null;
  let lowClosed = true;
  let highClosed = true;
  const h = hedgeBefore(ws, i);
  if (h && (h.hedge !== 'some' || kind !== 'money') && !(h.hedge === 'over' && kind === 'measure' && (unit === 'years' || unit === 'months' || unit === 'days' || unit === 'weeks'))) {
    hedge = h.hedge;
    const [lo, hi, lc, hc] = h.fn(value);
    low = lo; high = hi; lowClosed = lc; highClosed = hc;
    first = h.first;
  }
  const m: NumberMention = {
    start: ws[first].start, end: ws[next - 1].end, numberStart: ws[i].start, numberEnd: ws[core.next - 1].end,
    value, low, high, lowClosed, highClosed, kind, unit, hedge, spelled: core.spelled, vague: false, next, first,
  };
  return m;
}
