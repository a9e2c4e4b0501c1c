import type { Mark } from '../quotes/scanner';
import type { Rule } from './rule';

export type QuoteStyle = 'auto' | 'curly' | 'straight';

/** The curly mark a straight one stands for, by the role the scanner found. */
function curlyFor(mark: Mark): string {
  if (mark.family === 'double') return mark.role === 'open' ? '“' : '”';
  return mark.role === 'open' ? '‘' : '’';
}

export const quoteMixedStyle: Rule = {
  id: 'quote.mixed-style',
  title: 'Straight and curly quotes mixed',
  severity: 'information',
  fixable: true,
  summary: 'Straight and curly quotation marks and apostrophes mixed in one document; the house style or the majority wins.',
  check({ quotes, options }) {
    // A misoriented mark is quote.misoriented's to report (one finding per mark), but it still counts
    // as curly: once it is turned round the majority must not flip, or fix-all would undo itself.
    const counted = quotes.marks.filter((m) => m.role !== 'other' && (m.style === 'curly' || m.style === 'straight'));
    const marks = counted.filter((m) => !m.correct);
    if (marks.length === 0) return [];
    const curly = counted.filter((m) => m.style === 'curly').length;
    const straight = counted.length - curly;
    let style = options.quoteStyle;
    if (style === 'auto') {
      if (curly === 0 || straight === 0) return [];
      style = curly > straight ? 'curly' : straight > curly ? 'straight' : counted[0].style === 'curly' ? 'curly' : 'straight';
    }
    const why = options.quoteStyle === 'auto'
      ? `Most marks in this document are ${style} (${style === 'curly' ? curly : straight} of ${counted.length}).`
      : `The house style (copydesk.quoteStyle) is ${style} quotes.`;
    return marks
      .filter((m) => m.style !== style)
      .map((m) => {
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
