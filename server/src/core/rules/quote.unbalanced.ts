import { unbalancedMarks, type Mark } from '../quotes/scanner';
import { draftsInOrder, type Rule } from './rule';

const offsetOf = (mark: Mark) => mark.offset;

export const quoteUnbalanced: Rule = {
  id: 'quote.unbalanced',
  title: 'Unbalanced quotation mark',
  severity: 'error',
  fixable: false,
  summary: 'An opening quotation mark never closed in its paragraph, or a closing mark with no opener.',
  check({ quotes }) {
    return draftsInOrder(unbalancedMarks(quotes), offsetOf, (mark) => {
      // An opener that never closes, or a closer with nothing to close.
      const opened = mark.role === 'open';
      return {
        start: mark.offset,
        end: mark.offset + 1,
        message: opened
          ? `This opening ${mark.char} is never closed in its paragraph.`
          : `This closing ${mark.char} has no opening mark before it in its paragraph.`,
        explanation: opened
          ? 'A quotation must close in the paragraph that opens it — unless it runs on: then, as AP has it, ' +
            'the paragraph ends without a closing mark and the next paragraph opens with one.'
          : 'Nothing earlier in the paragraph opens the quotation this mark closes. A missing opening mark, ' +
            'or a mark that should be an apostrophe?',
      };
    });
  },
};
