// Words with their offsets: what the attribution engine reads. A token is a word (letters and figures,
// with inner apostrophes, hyphens and periods: Lvova-Belova, Qa’ida, U.S.), or one punctuation mark.

import type { Span } from './text';

export interface Token extends Span {
  text: string;
  /** A word, as opposed to punctuation. */
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-](?=[\p{L}\p{N}]))*\.?|\S/gu;

/** Abbreviation-like words keep their final period (U.S., Mr., Gen.); others leave it as punctuation. */
const KEEPS_PERIOD = /^(?:\p{L}\.)+\p{L}\.$|^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Gov|Sen|Rep|Rev|St|Jr|Sr|Prof|Sept|Jan|Feb|Aug|Oct|Nov|Dec|Inc|Corp|Co|Ltd|No)\.$|^\p{Lu}\.$/u;

export function tokenize(prose: string, span: Span): Token[] {
  const tokens: Token[] = [];
  const text = prose.slice(span.start, span.end);
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    let value = match[0];
    const start = span.start + match.index;
    const word = /^[\p{L}\p{N}]/u.test(value);
    if (word && value.endsWith('.') && !KEEPS_PERIOD.test(value)) {
      value = value.slice(0, -1);
      tokens.push({ start, end: start + value.length, text: value, word });
      tokens.push({ start: start + value.length, end: start + value.length + 1, text: '.', word: false });
      continue;
    }
    tokens.push({ start, end: start + value.length, text: value, word });
  }
  return tokens;
}

export const isCapitalized = (word: string) => {
  const first = word.charCodeAt(0);
  if (first < 128) return first >= 65 && first <= 90;
  return /^\p{Lu}/u.test(word);
};
