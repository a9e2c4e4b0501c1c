// Where a style rule may speak: not in headlines (headline style differs), only softly inside quotations
// (RULES.md: at most information there, and never a fix: a speaker's words are not ours to change).
// And what the style engines read: the article paragraph by paragraph, so that each can memoise what
// it finds in a paragraph (core/incremental.ts) and a keystroke rescans one paragraph, not the article.

import type { Analysis } from '../analyse';
import { indexAt, quotationMask } from '../spans';
import type { Severity } from '../finding';
import type { SentenceTokens } from '../people/names';
import type { Token } from '../tokens';
import type { Paragraph, Span } from '../text';

/**
 * A paragraph's words as the style engines read them: the sentence tokens' words, in order, offsets from
 * the paragraph's start. Two arrays rather than an object per word: the scans keep them (the memo, the
 * abbreviation index), and a long document's words as objects are megabytes the collector keeps moving.
 */
export interface StyleWords {
  /** Word i's text, always `paragraph.text.slice(start, end)`. */
  readonly texts: readonly string[];
  /** Word i starts at [2i] and ends at [2i + 1]. */
  readonly bounds: Int32Array;
}

export interface StyleParagraph extends Span {
  index: number;
  headline: boolean;
  /** `prose.slice(start, end)`: the key of the engines' memos. */
  text: string;
  /** Its words (built on first use: most paragraphs come from the memo and are never read). */
  words(): StyleWords;
}

export interface StyleContext {
  /** Every paragraph of the article, headlines included, in order. */
  paragraphs: StyleParagraph[];
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
  const styleParagraphs = paragraphs.map((paragraph, i) => new ArticleStyleParagraph(paragraph, sentences, first[i], first[i + 1]));
  let inQuote: ((offset: number) => boolean) | null = null;
  context = {
    paragraphs: styleParagraphs,
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

/** A paragraph of the article as the style engines read it; its words are sentences[from] up to sentences[to]'s. */
class ArticleStyleParagraph implements StyleParagraph {
  readonly start: number;
  readonly end: number;
  readonly index: number;
  readonly headline: boolean;
  readonly text: string;
  private cached: StyleWords | null = null;

  constructor(paragraph: Paragraph, private readonly sentences: readonly SentenceTokens[], private readonly from: number, private readonly to: number) {
    this.start = paragraph.start;
    this.end = paragraph.end;
    this.index = paragraph.index;
    this.headline = paragraph.headline;
    this.text = paragraph.text;
  }

  words(): StyleWords {
    if (this.cached) return this.cached;
    // Each sentence's tokens read once: a sentence's objects may be made anew on each read (SentenceTokens).
    const sentences: Token[][] = [];
    let count = 0;
    for (let k = this.from; k < this.to; k++) {
      const tokens = this.sentences[k].tokens;
      sentences.push(tokens);
      for (const token of tokens) if (token.word) count++;
    }
    const texts: string[] = new Array(count);
    const bounds = new Int32Array(2 * count);
    let i = 0;
    for (const tokens of sentences) {
      for (const token of tokens) {
        if (!token.word) continue;
        texts[i] = token.text;
        bounds[2 * i] = token.start - this.start;
        bounds[2 * i + 1] = token.end - this.start;
        i++;
      }
    }
    return (this.cached = { texts, bounds });
  }
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
