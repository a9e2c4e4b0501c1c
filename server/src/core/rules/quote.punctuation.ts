import type { Draft, Rule } from './rule';

export const quotePunctuation: Rule = {
  id: 'quote.punctuation',
  title: 'Comma or period outside the closing quotation mark',
  severity: 'warning',
  fixable: true,
  summary: 'A comma or period right after a closing quotation mark belongs inside it (AP).',
  check({ quotes, article, prose }) {
    const drafts: Draft[] = [];
    // One pass, no intermediate lists: every quotation of the article is read on every keystroke. Indexed:
    // for…of makes an iterator result per quotation in V8's first tiers, and this loop runs once per analysis.
    const quotations = quotes.quotations;
    for (let i = 0; i < quotations.length; i++) {
      const q = quotations[i];
      if (!q.closeMark || (q.family !== 'double' && q.depth === 0) || article.paragraphs[q.paragraph].headline) continue;
      const close = q.close!;
      const after = prose[close + 1];
      if (after !== ',' && after !== '.') continue;
      // "…" and "?”." already end in punctuation; ".." is an ellipsis.
      if (prose[close + 2] === '.' || /[.,?!…]/.test(prose[close - 1])) continue;
      const mark = q.closeMark.correct ?? q.closeMark.char;
      const name = after === ',' ? 'comma' : 'period';
      drafts.push({
        start: close,
        end: close + 2,
        message: `Put the ${name} inside the closing quotation mark (${after}${mark}).`,
        explanation: 'AP: periods and commas always go within quotation marks; dashes, semicolons, question ' +
          'marks and exclamation points go inside only when they belong to the quoted matter.',
        fixes: [{ title: `Move the ${name} inside: ${after}${mark}`, edits: [{ start: close, end: close + 2, newText: after + mark }] }],
      });
    }
    return drafts;
  },
};
