// Where a style rule may speak: not in headlines (headline style differs), only softly inside quotations
// (RULES.md: at most information there, and never a fix: a speaker's words are not ours to change).
// And what the style engines read: the article paragraph by paragraph, so that each can memoise what
// it finds in a paragraph (core/incremental.ts) and a keystroke rescans one paragraph, not the article.

import type { Analysis } from '../analyse';
import { indexAt, quotationMask } from '../spans';
import type { Severity } from '../finding';
import type { SentenceTokens } from '../people/names';
import type { Token } from '../tokens';
import type { Span } from '../text';

/**
 * A paragraph's words as the style engines read them: the sentence tokens' words, in order, offsets from
 * the paragraph's start. Two arrays rather than an object per word: a long document's words as objects
 * are megabytes the collector keeps moving.
 */
export interface StyleWords {
  /** Word i's text, always `paragraph.text.slice(start, end)`. */
  readonly texts: readonly string[];
  /** Word i starts at [2i] and ends at [2i + 1] (`boundsOf` chooses the kind of array). */
  readonly bounds: ArrayLike<number>;
}

/**
 * Where a typed array's elements leave V8's heap: up to 64 bytes they are part of it, behind a header of
 * about 180 bytes. The scans keep every paragraph's bounds for the whole analysis, and what lives on the
 * heap is what the collector keeps moving.
 */
const ON_HEAP_ELEMENTS = 16;

/**
 * An array for `length` word bounds: a plain one (48 bytes and 8 per element on the heap) for a short
 * paragraph, an Int32Array (180 bytes on the heap, its elements off it) for a longer one.
 */
function boundsOf(length: number): number[] | Int32Array {
  return length <= ON_HEAP_ELEMENTS ? new Array<number>(length) : new Int32Array(length);
}

/**
 * What a scan keeps of a paragraph's words (the memo, the abbreviation index hold it per paragraph):
 * the bounds, and the paragraph's text to slice a word from when one is read again, which few are.
 */
export interface KeptWords {
  /** The paragraph's text. */
  readonly text: string;
  /** StyleWords' bounds. */
  readonly bounds: ArrayLike<number>;
}

/** Word i's text, or undefined when the paragraph has no word i. */
export function wordText({ text, bounds }: KeptWords, index: number): string | undefined {
  return index >= 0 && 2 * index < bounds.length ? text.slice(bounds[2 * index], bounds[2 * index + 1]) : undefined;
}

/** How many words a paragraph has. */
export function wordCount({ bounds }: KeptWords): number {
  return bounds.length >> 1;
}

/** A paragraph as the style engines read it: the article's own (core/text.ts Paragraph). */
export interface StyleParagraph extends Span {
  index: number;
  headline: boolean;
  /** `prose.slice(start, end)`: the key of the engines' memos. */
  readonly text: string;
}

export interface StyleContext {
  /** Every paragraph of the article, headlines included, in order: the article's own list, never changed. */
  paragraphs: readonly StyleParagraph[];
  /** A paragraph's words, made on each call: a paragraph's scans share one call, and keep only what KeptWords holds. */
  words(paragraph: StyleParagraph): StyleWords;
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
  const { sentences } = analysis;
  const paragraphs = analysis.article.paragraphs;
  // The sentences of paragraph i are sentences[first[i]] up to sentences[first[i + 1]].
  const first = new Int32Array(paragraphs.length + 1);
  let s = 0;
  for (let i = 0; i <= paragraphs.length; i++) {
    while (s < sentences.length && sentences[s].paragraph < i) s++;
    first[i] = s;
  }
  let inQuote: ((offset: number) => boolean) | null = null;
  context = {
    // No object of its own per paragraph: the context lives as long as the analysis.
    paragraphs,
    words: (paragraph) => wordsOf(paragraph, sentences, first[paragraph.index], first[paragraph.index + 1]),
    inHeadline(offset) {
      const index = indexAt(paragraphs, offset, (paragraph) => paragraph);
      return index >= 0 && paragraphs[index].headline;
    },
    // Built on first use: most articles give the style rules nothing to report.
    inQuote: (offset) => (inQuote ??= quotationMask(analysis))(offset),
  };
  contexts.set(analysis, context);
  return context;
}

/** A paragraph's words: those of sentences[from] up to sentences[to]. */
function wordsOf(paragraph: StyleParagraph, sentences: readonly SentenceTokens[], from: number, to: number): StyleWords {
  // Each sentence's tokens read once: a sentence's objects may be made anew on each read (SentenceTokens).
  const bySentence: Token[][] = [];
  let count = 0;
  for (let k = from; k < to; k++) {
    const tokens = sentences[k].tokens;
    bySentence.push(tokens);
    for (const token of tokens) if (token.word) count++;
  }
  const texts: string[] = new Array(count);
  const bounds = boundsOf(2 * count);
  const start = paragraph.start;
  let i = 0;
  for (const tokens of bySentence) {
    for (const token of tokens) {
      if (!token.word) continue;
      texts[i] = token.text;
      bounds[2 * i] = token.start - start;
      bounds[2 * i + 1] = token.end - start;
      i++;
    }
  }
  return { texts, bounds };
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
