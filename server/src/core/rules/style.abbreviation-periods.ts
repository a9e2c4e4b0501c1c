import { quoted, styleContext } from '../style/context';
import { styleScan } from '../style/scan';
import type { Draft, Rule } from './rule';

export const styleAbbreviationPeriods: Rule = {
  id: 'style.abbreviation-periods',
  title: 'Abbreviation missing its final period',
  severity: 'warning',
  fixable: true,
  summary: 'An abbreviation written with periods that lacks the last one: "U.S" → "U.S.", "U.N" → "U.N.".',
  check(analysis) {
    const context = styleContext(analysis);
    const scans = styleScan(analysis).paragraphs;
    const drafts: Draft[] = [];
    // Headlines too: abbreviations follow the same style there (RULES.md).
    context.paragraphs.forEach((paragraph, index) => {
      for (const { start: relative, text } of scans[index].abbreviations.broken) {
        const start = paragraph.start + relative;
        const end = start + text.length;
        const fixed = text + '.';
        drafts.push({
          start,
          end,
          message: `“${text}” is missing its final period: “${fixed}”.`,
          explanation: 'AP: an abbreviation written with periods takes one after every letter (U.S., U.N., D.C.); ' +
            'at the end of a sentence that period also ends the sentence.',
          fixes: [{ title: `Write “${fixed}”`, edits: [{ start: end, end, newText: '.' }] }],
          ...(context.inQuote(start) ? quoted('warning') : {}),
        });
      }
    });
    return drafts;
  },
};
