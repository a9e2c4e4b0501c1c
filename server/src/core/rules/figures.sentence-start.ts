import { capitalize, spellOut } from './figures.common';
import type { Draft, Rule } from './rule';

export const figuresSentenceStart: Rule = {
  id: 'figures.sentence-start',
  title: 'A figure starts a sentence',
  severity: 'warning',
  fixable: true,
  summary: 'A sentence that starts with a figure (years excepted): spell the number out or recast the sentence.',
  check(analysis) {
    const drafts: Draft[] = [];
    for (const f of analysis.figures.figures) {
      if (!f.sentenceStart || f.spelled || f.headline || f.kind === 'year' || f.kind === 'ordinal') continue;
      const number = analysis.text.slice(f.numberStart, f.numberEnd);
      if (!/^\d/.test(number)) continue;
      // A figure that opens a paragraph-long list item or table row ("1. …") is not a sentence start.
      if (/^\s*[.)]/.test(analysis.text.slice(f.numberEnd, f.numberEnd + 2)) && f.numberEnd - f.numberStart <= 2) continue;
      const spelled = f.kind === 'count' || f.kind === 'percent' ? spellOut(f.value) : null;
      const fix = spelled && spelled.split(' ').length <= 2 && /^[\d,]+$/.test(number) ? capitalize(spelled) : null;
      const quoted = f.inQuote;
      drafts.push({
        start: f.numberStart,
        end: f.numberEnd,
        message: fix ? `A sentence does not start with a figure: write “${fix}”.` : `A sentence does not start with a figure: recast it.`,
        explanation: 'AP: spell out a number at the start of a sentence, or recast the sentence so that it does not ' +
          'start with one. Years are the exception (“2023 was a record year”).',
        ...(quoted ? { severity: 'information' as const } :
          fix ? { fixes: [{ title: `Write “${fix}”`, edits: [{ start: f.numberStart, end: f.numberEnd, newText: fix }] }] } : {}),
      });
    }
    return drafts;
  },
};
