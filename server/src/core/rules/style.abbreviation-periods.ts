import { quoted, styleContext } from '../style/context';
import type { Draft, Rule } from './rule';

/** "U.S", "U.N", "D.C" — capitals with periods whose last letter has lost its own ("U.N-led" too). */
const BROKEN = /^((?:\p{Lu}\.)+\p{Lu})(?![\p{L}\p{N}.])/u;

export const styleAbbreviationPeriods: Rule = {
  id: 'style.abbreviation-periods',
  title: 'Abbreviation missing its final period',
  severity: 'warning',
  fixable: true,
  summary: 'An abbreviation written with periods that lacks the last one: "U.S" → "U.S.", "U.N" → "U.N.".',
  check(analysis) {
    const context = styleContext(analysis);
    const drafts: Draft[] = [];
    // Headlines too: abbreviations follow the same style there (RULES.md).
    const prose = analysis.prose;
    for (const word of context.words) {
      // Read in prose (the word's text is prose from its start): most words stop here, their strings untouched.
      if (word.end - word.start < 2 || prose.charCodeAt(word.start + 1) !== 46 /* . */) continue;
      const m = BROKEN.exec(word.text);
      if (!m) continue;
      const text = m[1];
      if (/^[AP]\.M$/i.test(text)) continue; // a time: style.time
      const start = word.start;
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
    return drafts;
  },
};
