import type { Rule } from './rule';

/** The single mark that stands for each double mark inside a quotation. */
const SINGLE_FOR: Record<string, string> = { '“': '‘', '”': '’', '"': "'", '«': '‹', '»': '›', '„': '‚' };

export const quoteNesting: Rule = {
  id: 'quote.nesting',
  title: 'Quote inside a quote with the same marks',
  severity: 'warning',
  fixable: true,
  summary: 'A quote inside a quote uses the same marks as the quotation around it; AP puts single marks inside double.',
  check({ quotes }) {
    return quotes.quotations
      .filter((q) => q.parent !== null && q.family === 'double' && quotes.quotations[q.parent].family === 'double' && q.closeMark)
      .map((q) => {
        const open = SINGLE_FOR[q.openMark.correct ?? q.openMark.char] ?? '‘';
        const close = SINGLE_FOR[q.closeMark!.correct ?? q.closeMark!.char] ?? '’';
        return {
          start: q.start,
          end: q.end,
          message: `A quote inside a quotation takes single marks (${open}…${close}).`,
          explanation: 'AP: double marks for a quotation, single marks for a quote within it, then double again.',
          fixes: [{
            title: `Use single marks: ${open}…${close}`,
            edits: [
              { start: q.open, end: q.openMark.fixEnd ?? q.open + 1, newText: open },
              { start: q.close!, end: q.close! + 1, newText: close },
            ],
          }],
        };
      });
  },
};
