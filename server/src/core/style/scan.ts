// What the style rules read in a paragraph, found in one scan of its words and kept by the memo
// (core/incremental.ts): a keystroke rescans the paragraph it touched, and each rule joins what the
// paragraphs gave — the first or majority spelling, whether an abbreviation was spelled out before.

import type { Analysis } from '../analyse';
import { memo } from '../incremental';
import { leadOf, scanAbbreviations, type AbbreviationParagraph } from './abbreviation';
import { NONE } from '../lists';
import { styleContext } from './context';
import { houseVariants } from './options';
import { timeProblems, type TimeProblem } from './time';
import { lexiconKey, scanVariants, withHouse, type VariantGroup, type VariantParagraph } from './variant';

/** One paragraph's part, offsets from its start. Shared with the next analysis: never mutated. */
export interface ParagraphStyle {
  /** Headlines too: style.abbreviation-periods reads them. */
  abbreviations: AbbreviationParagraph;
  /** Empty in a headline (headline style is its own). */
  times: readonly TimeProblem[];
  /** The forms of the built-in and the house's variant groups, and the generic pairs' sides; null in a headline. */
  variants: VariantParagraph | null;
}

export interface StyleScan {
  /** The built-in variant groups and the house's, as the scan read them. */
  groups: readonly VariantGroup[];
  /** One per paragraph of the article (styleContext's paragraphs). */
  paragraphs: readonly ParagraphStyle[];
}

const scans = new WeakMap<Analysis, StyleScan>();

/** Every paragraph's part, once per analysis; from the memo for the paragraphs the last analysis had. */
export function styleScan(analysis: Analysis): StyleScan {
  let scan = scans.get(analysis);
  if (scan) return scan;
  const groups = withHouse(houseVariants(analysis.options.style));
  const key = lexiconKey(groups);
  const { prose } = analysis;
  const context = styleContext(analysis);
  const paragraphs = context.paragraphs.map((paragraph) => {
    // The abbreviation checks read what stands before the paragraph (a sentence start?): part of the context.
    const lead = leadOf(prose, paragraph.start);
    return memo('style', paragraph.text, `${paragraph.headline ? 'h' : ''}${key}\u0000${lead}`, (): ParagraphStyle => {
      const { text } = paragraph;
      const words = context.words(paragraph);
      return {
        abbreviations: scanAbbreviations(text, words, lead),
        times: paragraph.headline ? NONE : timeProblems(text, { start: 0, end: text.length }),
        variants: paragraph.headline ? null : scanVariants(text, words, groups, true),
      };
    });
  });
  scans.set(analysis, scan = { groups, paragraphs });
  return scan;
}
