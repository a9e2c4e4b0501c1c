import type { Mark } from '../quotes/scanner';
import { draftsInOrder, type Rule } from './rule';

export type QuoteStyle = 'auto' | 'curly' | 'straight';

/** The curly mark a straight one stands for, by the role the scanner found. */
function curlyFor(mark: Mark): string {
  if (mark.family === 'double') return mark.role === 'open' ? '“' : '”';
  return mark.role === 'open' ? '‘' : '’';
}

const offsetOf = (mark: Mark) => mark.offset;

export const quoteMixedStyle: Rule = {
  id: 'quote.mixed-style',
  title: 'Straight and curly quotes mixed',
  severity: 'information',
  fixable: true,
  summary: 'Straight and curly quotation marks and apostrophes mixed in one document; the house style or the majority wins.',
  check({ quotes, options }) {
    // A misoriented mark is quote.misoriented's to report (one finding per mark), but it still counts
    // as curly: once it is turned round the majority must not flip, or fix-all would undo itself.
    // Counted in one pass, no arrays: a page of marks is counted on every analysis. Indexed: for…of makes
    // an iterator result per mark in V8's first tiers, and this loop runs once per analysis.
    let curly = 0;
    let straight = 0;
    let uncorrected = 0;
    let firstStyle: 'curly' | 'straight' | null = null;
    const marks = quotes.marks;
    for (let i = 0; i < marks.length; i++) {
      const m = marks[i];
      if (m.role === 'other' || (m.style !== 'curly' && m.style !== 'straight')) continue;
      if (m.style === 'curly') curly++;
      else straight++;
      firstStyle ??= m.style;
      if (!m.correct) uncorrected++;
    }
    if (uncorrected === 0) return [];
    const counted = curly + straight;
    let style = options.quoteStyle;
    if (style === 'auto') {
      if (curly === 0 || straight === 0) return [];
      style = curly > straight ? 'curly' : straight > curly ? 'straight' : firstStyle === 'curly' ? 'curly' : 'straight';
    }
    const why = options.quoteStyle === 'auto'
      ? `Most marks in this document are ${style} (${style === 'curly' ? curly : straight} of ${counted}).`
      : `The house style (copydesk.quoteStyle) is ${style} quotes.`;
    const other = quotes.marks.filter((m) => m.role !== 'other' && m.style !== style && (m.style === 'curly' || m.style === 'straight') && !m.correct);
    return draftsInOrder(other, offsetOf, (m) => {
      const replacement = style === 'curly' ? curlyFor(m) : m.family === 'double' ? '"' : "'";
      const what = m.role === 'apostrophe' ? 'apostrophe' : 'quotation mark';
      return {
        start: m.offset,
        end: m.offset + 1,
        message: `A ${m.style} ${what} in a document of ${style} quotes (use ${replacement}).`,
        explanation: why,
        fixes: [{ title: `Replace with ${replacement}`, edits: [{ start: m.offset, end: m.offset + 1, newText: replacement }] }],
      };
    });
  },
};
