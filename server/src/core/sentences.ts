// Sentence boundaries in news copy. A period ends a sentence unless it closes an abbreviation that
// never ends one (Gen., Sept., Lt. Col.) or an initial; after an abbreviation that may end one
// (U.S., p.m., Inc.) only when the next word is one that typically starts a sentence.

import type { Span } from './text';

/** Abbreviations that do not end a sentence: titles, months, and the like. Lower case, no final period. */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft',
  'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'gov', 'sen', 'rep', 'reps',
  'sens', 'pres', 'supt', 'atty', 'hon', 'insp', 'det', 'gov', 'lt-gen', 'maj-gen',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'v', 'approx', 'est', 'ave', 'blvd', 'rd', 'e.g', 'i.e', 'cf', 'al', 'fig',
]);

/** Words that usually start a sentence: after "U.S." or "p.m." they mark a boundary. */
const SENTENCE_STARTERS = new Set([
  'a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our',
  'this', 'that', 'these', 'those', 'there', 'here', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet',
  'after', 'before', 'when', 'while', 'as', 'if', 'since', 'during', 'according', 'meanwhile', 'however',
  'also', 'some', 'many', 'most', 'officials', 'police', 'no', 'one', 'two', 'both', 'last', 'earlier',
  'later', 'separately', 'still', 'then', 'now', 'today', 'yesterday', 'what', 'who', 'why', 'how',
]);

/** A mark that may end a sentence; the candidate is the whole run of them, closing marks after it, then space. */
const END_MARK = /[.?!…]/g;
const isEndMark = (c: number) => c === 46 /* . */ || c === 63 /* ? */ || c === 33 /* ! */ || c === 0x2026; /* … */
/** What may close a sentence after its mark: " ” ’ ' » ) ]. */
const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 0xbb || c === 41 || c === 93;

export function splitSentences(prose: string, paragraph: Span): Span[] {
  const text = prose.slice(paragraph.start, paragraph.end);
  const sentences: Span[] = [];
  let start = 0;
  // Each run of marks once, from its first mark (/[.?!…]+["”’'»)\]]*(?=\s)/ not preceded by a mark): a run
  // that fails at its start fails at every later mark too, and retrying each would make a line of 100,000
  // dots quadratic. The pattern finds the first mark; `test`, so no match array per mark.
  END_MARK.lastIndex = 0;
  while (END_MARK.test(text)) {
    const markAt = END_MARK.lastIndex - 1;
    let runEnd = markAt + 1;
    while (runEnd < text.length && isEndMark(text.charCodeAt(runEnd))) runEnd++;
    END_MARK.lastIndex = runEnd;
    let end = runEnd;
    while (end < text.length && isCloser(text.charCodeAt(end))) end++;
    if (end >= text.length || !isSpaceCode(text.charCodeAt(end))) continue;
    const next = nextWord(text, end);
    if (!next) break;
    if (!startsSentence(next)) continue;
    if (text.charCodeAt(markAt) === 46 && !endsWithPeriodBoundary(text, markAt, next)) continue;
    sentences.push(trimmed(paragraph.start, text, start, end));
    start = end;
  }
  if (start < text.length) sentences.push(trimmed(paragraph.start, text, start, text.length));
  return sentences.filter((s) => s.end > s.start);
}

/** The code units `/\s/` matches, tested without a regular expression (this runs for every character scanned). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function nextWord(text: string, from: number): string | null {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= text.length) return null;
  let j = i;
  while (j < text.length && !isSpaceCode(text.charCodeAt(j)) && j - i < 40) j++;
  return text.slice(i, j);
}

/** What may stand before the word a period ends: space, an opening bracket or mark. */
const isWordBoundary = (c: number) => isSpaceCode(c) || c === 40 /* ( */ || c === 0x201c /* “ */ || c === 34 /* " */ ||
  c === 0x2018 /* ‘ */ || c === 39 /* ' */ || c === 0xab; /* « */

/** The next sentence opens with a capital, a figure or an opening mark. */
function startsSentence(word: string): boolean {
  return /^[\p{Lu}\p{N}“‘"'«„(\[¿¡]/u.test(word);
}

/** The word the period ends decides: "Gen." no, "U.S." only before a typical sentence opener. */
function endsWithPeriodBoundary(text: string, periodAt: number, next: string): boolean {
  let i = periodAt;
  while (i > 0 && !isWordBoundary(text.charCodeAt(i - 1))) i--;
  const word = text.slice(i, periodAt);
  const bare = word.toLowerCase();
  if (bare === '') return true;
  if (NEVER_FINAL.has(bare)) return false;
  // An initial: "J. K. Rowling".
  if (/^\p{Lu}$/u.test(word)) return false;
  // Dotted abbreviations (U.S., p.m., N.V.) and a few short company words may end a sentence or not.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^(?:inc|co|corp|ltd|bros|jr)$/.test(bare)) {
    const opener = next.replace(/^[“‘"'«„(\[]+/, '');
    if (opener.length < next.length) return true;
    return SENTENCE_STARTERS.has(opener.replace(/[^\p{L}]+$/u, '').toLowerCase());
  }
  return true;
}

function trimmed(base: number, text: string, start: number, end: number): Span {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start: base + start, end: base + end };
}
