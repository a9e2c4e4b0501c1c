import type { Mark } from '../quotes/scanner';
import { draftsInOrder, type Rule } from './rule';

const offsetOf = (mark: Mark) => mark.offset;

export const quoteMisoriented: Rule = {
  id: 'quote.misoriented',
  title: 'Quotation mark facing the wrong way',
  severity: 'warning',
  fixable: true,
  summary: 'A curly quotation mark or apostrophe that faces the wrong way (” where a quotation opens, “ where one closes).',
  check({ quotes }) {
    return draftsInOrder(quotes.marks.filter((mark) => mark.correct), offsetOf, (mark) => {
      const end = mark.fixEnd ?? mark.offset + 1;
      const apostrophe = mark.role === 'apostrophe';
      const role = apostrophe ? 'stands for left-out letters or figures' : mark.role === 'open' ? 'opens a quotation' : 'closes a quotation';
      const stray = end > mark.offset + 1 ? ', without the space after it' : '';
      return {
        start: mark.offset,
        end: mark.offset + 1,
        message: `${mark.char} ${role} here: it should be ${mark.correct}${stray}`,
        explanation: apostrophe
          ? 'An apostrophe always has the shape of a closing single mark (’), also at the start of a word: ’90s, ’til.'
          : `The mark sits where a quotation ${mark.role === 'open' ? 'opens (after a space, before the quoted words)' : 'closes (after the quoted words)'}, ` +
            `so it should face the other way.`,
        fixes: [{
          title: `Change to ${mark.correct}${stray ? ' and drop the space after it' : ''}`,
          edits: [{ start: mark.offset, end, newText: mark.correct! }],
        }],
      };
    });
  },
};
