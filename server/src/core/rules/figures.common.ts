// Helpers shared by the figures.* rules (not a rule): how a mention is named in a message, its line,
// and how a number is spelled out. Read-only views of the Analysis.

import type { Analysis } from '../analyse';
import type { Breakdown, Figure } from '../figures';
import { formatNumber } from '../figures/format';
import { ORDINALS, TENS, UNITS } from '../figures/numbers';

/** The 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A count as the reader sees it, with its noun: “up to 48 children”. */
export function mentionText(analysis: Analysis, f: Figure): string {
  const end = f.head && f.head.start >= f.end && f.head.start - f.end < 40 ? f.head.end : f.end;
  return analysis.text.slice(f.start, end).replace(/\s+/g, ' ');
}

/** A breakdown as written: “10 Ukrainian and four Russian children”. */
export function breakdownText(analysis: Analysis, b: Breakdown): string {
  const text = analysis.text.slice(b.start, b.end).replace(/\s+/g, ' ');
  return text.length > 80 ? text.slice(0, 38) + ' … ' + text.slice(-38) : text;
}

/** “8 + 1 = 9” */
export function arithmetic(analysis: Analysis, b: Breakdown): string {
  const parts = b.parts.map((k) => formatNumber(analysis.figures.figures[k].value));
  return `${parts.join(' + ')} = ${formatNumber(b.sum)}`;
}

const UNIT_WORDS = Object.keys(UNITS);
const TEN_WORDS = Object.keys(TENS);

/** A whole number 0–99 in words (“twenty-one”), or null. */
export function spellOut(value: number): string | null {
  if (!Number.isInteger(value) || value < 0) return null;
  if (value < 20) return UNIT_WORDS[value];
  if (value < 100) {
    const tens = TEN_WORDS[Math.floor(value / 10) - 2];
    return value % 10 ? `${tens}-${UNIT_WORDS[value % 10]}` : tens;
  }
  // Round hundreds and thousands take two words: “three thousand”.
  for (const [scale, word] of [[1e3, 'thousand'], [100, 'hundred']] as const) {
    if (value % scale === 0 && value / scale < 10) return `${UNIT_WORDS[value / scale]} ${word}`;
  }
  return null;
}

/** An ordinal 1–9 in words (“third”), or null. */
export function spellOrdinal(value: number): string | null {
  for (const [word, v] of Object.entries(ORDINALS)) if (v === value && value < 10) return word;
  return null;
}

export function figureOrdinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : value % 10 === 1 ? 'st' : value % 10 === 2 ? 'nd' : value % 10 === 3 ? 'rd' : 'th';
  return `${value}${suffix}`;
}

export function capitalize(word: string): string {
  return word ? word[0].toUpperCase() + word.slice(1) : word;
}

/** The same case as `like`: “Ten” for a capitalised original. */
export function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? capitalize(word) : word;
}
