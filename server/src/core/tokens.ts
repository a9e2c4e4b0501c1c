// Words with their offsets: what the attribution engine reads. A token is a word (letters and figures,
// with inner apostrophes, hyphens and periods: Lvova-Belova, Qa’ida, U.S.), or one punctuation mark.

import { nonAsciiClass, unitString } from './codepoints';
import { incremental, memo } from './incremental';
import type { Span } from './text';

export interface Token extends Span {
  text: string;
  /** A word, as opposed to punctuation. */
  word: boolean;
}

/** Abbreviation-like words keep their final period (U.S., Mr., Gen.); others leave it as punctuation. */
const KEEPS_PERIOD = /^(?:\p{L}\.)+\p{L}\.$|^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Gov|Sen|Rep|Rev|St|Jr|Sr|Prof|Sept|Jan|Feb|Aug|Oct|Nov|Dec|Inc|Corp|Co|Ltd|No)\.$|^\p{Lu}\.$/u;

// A hand-written scanner, the equivalent of
//   /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-](?=[\p{L}\p{N}]))*\.?|\S/gu
// (a word, or one code point that is not space): this runs over every sentence of every analysis,
// and code-unit tests with a per-character cache for the rest of Unicode are several times faster.
const nonAsciiLN = nonAsciiClass(/^[\p{L}\p{N}]$/u);
const nonAsciiLNM = nonAsciiClass(/^[\p{L}\p{N}\p{M}]$/u);
const nonAsciiSpace = nonAsciiClass(/^\s$/u);

/** What an ASCII code unit is to the scanner: space, letter or figure (a word's), or anything else. */
const SPACE = 1;
const WORD = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c === 32 || (c >= 9 && c <= 13)) ASCII_CLASS[c] = SPACE;
  else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) ASCII_CLASS[c] = WORD;
}

/** The code point at `i` (a surrogate pair before `limit` as one, a lone surrogate as itself). */
function codePointAt(text: string, i: number, limit: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < limit) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Whether a letter or figure starts at `i` (a surrogate pair counts only when both halves lie before `limit`). */
export function letterOrFigureAt(text: string, i: number, limit: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_CLASS[c] === WORD : nonAsciiLN(codePointAt(text, i, limit));
}

export function tokenize(prose: string, span: Span): Token[] {
  if (!incremental()) return scanTokens(prose, span.start, span.end);
  // The same sentence as in the last version of the document: its tokens, moved to where it is now.
  const text = prose.slice(span.start, span.end);
  const relative = memo('tokens', text, '', () => scanTokens(text, 0, text.length));
  const base = span.start;
  return relative.map((t) => ({ start: t.start + base, end: t.end + base, text: t.text, word: t.word }));
}

/**
 * The tokens of `prose` from `from` to `end`, with offsets in `prose`. ASCII is classed by table, inline:
 * this runs for every character of every analysis, mostly in V8's first tiers, where each call counts.
 */
export function scanTokens(prose: string, from: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < end) {
    const c = prose.charCodeAt(i);
    let kind: number;
    let width = 1;
    if (c < 128) {
      kind = ASCII_CLASS[c];
    } else {
      const cp = codePointAt(prose, i, end);
      if (cp > 0xffff) width = 2;
      kind = nonAsciiSpace(cp) ? SPACE : nonAsciiLN(cp) ? WORD : 0;
    }
    if (kind === SPACE) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    if (kind !== WORD) {
      // One code unit beyond Latin-1 (a curly quote, a dash): its shared string, not a slice per mark.
      tokens.push({ start, end: i, text: width === 1 && c > 0xff ? unitString(c) : prose.slice(start, i), word: false });
      continue;
    }
    // Letters, figures and marks; ' ’ . - inside the word when a letter or figure follows.
    let innerPeriod = false;
    while (i < end) {
      const next = prose.charCodeAt(i);
      if (next < 128) {
        if (ASCII_CLASS[next] === WORD) i++;
        else if ((next === 39 || next === 46 || next === 45) && i + 1 < end && letterOrFigureAt(prose, i + 1, end)) {
          if (next === 46) innerPeriod = true;
          i++;
        } else break;
      } else {
        const cp = codePointAt(prose, i, end);
        if (nonAsciiLNM(cp)) i += cp > 0xffff ? 2 : 1;
        else if (cp === 0x2019 && i + 1 < end && letterOrFigureAt(prose, i + 1, end)) i++;
        else break;
      }
    }
    // The final period: kept by abbreviations, else a token of its own. KEEPS_PERIOD matches only
    // dotted words and words of up to four letters: others need no test.
    if (i < end && prose.charCodeAt(i) === 46) {
      const withPeriod = innerPeriod || i - start <= 4 ? prose.slice(start, i + 1) : null;
      if (withPeriod !== null && KEEPS_PERIOD.test(withPeriod)) {
        tokens.push({ start, end: i + 1, text: withPeriod, word: true });
      } else {
        tokens.push({ start, end: i, text: prose.slice(start, i), word: true });
        tokens.push({ start: i, end: i + 1, text: '.', word: false });
      }
      i++;
      continue;
    }
    tokens.push({ start, end: i, text: prose.slice(start, i), word: true });
  }
  // A list grown by push keeps room for 17 entries: a short sentence's, kept for the analysis's life
  // (thousands of one-line paragraphs), would keep twice its size.
  return tokens.length < 17 ? tokens.slice() : tokens;
}

// Expressions with \p{…} are constants: the bundler turns such a literal into `new RegExp` at each evaluation.
const UPPER_FIRST = /^\p{Lu}/u;
export const isCapitalized = (word: string) => {
  const first = word.charCodeAt(0);
  if (first < 128) return first >= 65 && first <= 90;
  return UPPER_FIRST.test(word);
};
