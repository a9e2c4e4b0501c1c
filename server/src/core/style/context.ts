// Where a style rule may speak: not in headlines (headline style differs), only softly inside quotations
// (RULES.md: at most information there, and never a fix: a speaker's words are not ours to change).

import type { Analysis } from '../analyse';
import { covers, indexAt } from '../spans';
import type { Severity } from '../finding';
import type { Span } from '../text';

/**
 * A word of the article as the style engines read it: the sentence tokens' words, in order. `text` is
 * always `prose.slice(start, end)`: the engines test characters in `prose`, not in each word's string.
 */
export interface StyleWord extends Span {
  text: string;
  paragraph: number;
  headline: boolean;
  inQuote: boolean;
}

export interface StyleContext {
  /** Every word of the article, headlines included, in order. */
  words: StyleWord[];
  /** Whether an offset lies in a headline or subhead. */
  inHeadline(offset: number): boolean;
  /** Whether an offset lies inside a top-level quotation (direct, scare or title: all are quoted words). */
  inQuote(offset: number): boolean;
}

const contexts = new WeakMap<Analysis, StyleContext>();

/** Built once per analysis and shared by the style rules. */
export function styleContext(analysis: Analysis): StyleContext {
  let context = contexts.get(analysis);
  if (context) return context;
  const paragraphs = analysis.article.paragraphs;
  const quoted: Span[] = analysis.quotes.quotations.filter((q) => q.depth === 0).map((q) => ({ start: q.start, end: q.end }))
    .sort((a, b) => a.start - b.start);
  const words: StyleWord[] = [];
  for (const sentence of analysis.sentences) {
    const headline = paragraphs[sentence.paragraph]?.headline ?? false;
    const { tokens, inQuote, paragraph } = sentence;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index];
      if (token.word) words.push({ start: token.start, end: token.end, text: token.text, paragraph, headline, inQuote: inQuote[index] });
    }
  }
  context = {
    words,
    inHeadline(offset) {
      const index = indexAt(paragraphs, offset, (paragraph) => paragraph);
      return index >= 0 && paragraphs[index].headline;
    },
    inQuote: (offset) => covers(quoted, offset),
  };
  contexts.set(analysis, context);
  return context;
}

/** Inside a quotation: information at most, and no fix. */
export function quoted(severity: Severity): { severity: Severity; fixes: [] } {
  return { severity: severity === 'hint' ? 'hint' : 'information', fixes: [] };
}

/** "cease-fire" written where "Ceasefire" begins a sentence: the replacement takes the original's case. */
export function matchCase(replacement: string, original: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase() &&
    replacement !== replacement.toUpperCase()) {
    // An all-capitals original of a lower-case term: "E-MAIL" → "EMAIL".
    if (replacement === replacement.toLowerCase()) return replacement.toUpperCase();
  }
  const first = original.charAt(0);
  if (first !== first.toLowerCase() && replacement.charAt(0) === replacement.charAt(0).toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
