// Words with their offsets: what the attribution engine reads. A token is a word (letters and figures,
// with inner apostrophes, hyphens and periods: Lvova-Belova, Qa’ida, U.S.), or one punctuation mark.

import { nonAsciiClass } from './codepoints';
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

const isAsciiLN = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isLN = (cp: number) => (cp < 128 ? isAsciiLN(cp) : nonAsciiLN(cp));
const isLNM = (cp: number) => (cp < 128 ? isAsciiLN(cp) : nonAsciiLNM(cp));
const isSpace = (cp: number) =>
  cp < 128 ? cp === 32 || (cp >= 9 && cp <= 13) : nonAsciiSpace(cp);

/** The code point at `i` (a surrogate pair before `limit` as one, a lone surrogate as itself). */
function codePointAt(text: string, i: number, limit: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < limit) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}
const width = (cp: number) => (cp > 0xffff ? 2 : 1);
/** ' ’ . - : inside a word when a letter or figure follows. */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45;

export function tokenize(prose: string, span: Span): Token[] {
  if (!incremental()) return scanTokens(prose, span.start, span.end);
  // The same sentence as in the last version of the document: its tokens, moved to where it is now.
  const text = prose.slice(span.start, span.end);
  const relative = memo('tokens', text, '', () => scanTokens(text, 0, text.length));
  const base = span.start;
  return relative.map((t) => ({ start: t.start + base, end: t.end + base, text: t.text, word: t.word }));
}

/** The tokens of `prose` from `from` to `end`, with offsets in `prose`. */
export function scanTokens(prose: string, from: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < end) {
    const cp = codePointAt(prose, i, end);
    if (isSpace(cp)) {
      i += width(cp);
      continue;
    }
    const start = i;
    if (!isLN(cp)) {
      i += width(cp);
      tokens.push({ start, end: i, text: prose.slice(start, i), word: false });
      continue;
    }
    i += width(cp);
    while (i < end) {
      const next = codePointAt(prose, i, end);
      if (isLNM(next)) {
        i += width(next);
      } else if (isJoiner(next) && i + 1 < end && isLN(codePointAt(prose, i + 1, end))) {
        i++;
      } else {
        break;
      }
    }
    // The final period: kept by abbreviations, else a token of its own.
    if (i < end && prose.charCodeAt(i) === 46) {
      const withPeriod = prose.slice(start, i + 1);
      if (KEEPS_PERIOD.test(withPeriod)) {
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
  return tokens;
}

// Expressions with \p{…} are constants: the bundler turns such a literal into `new RegExp` at each evaluation.
const UPPER_FIRST = /^\p{Lu}/u;
export const isCapitalized = (word: string) => {
  const first = word.charCodeAt(0);
  if (first < 128) return first >= 65 && first <= 90;
  return UPPER_FIRST.test(word);
};
