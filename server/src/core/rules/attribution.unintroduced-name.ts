import type { Analysis } from '../analyse';
import type { Mention } from '../people/names';
import { CAPITALIZED_FUNCTION_WORDS, TITLE_WORDS } from '../people/lexicon';
import { isCapitalized } from '../tokens';
import { firstStartingFrom } from '../spans';
import { inHeadline, sentenceIndexAt } from './attribution.common';
import type { Draft, Rule } from './rule';

export const attributionUnintroducedName: Rule = {
  id: 'attribution.unintroduced-name',
  title: 'Surname before the full name',
  severity: 'warning',
  fixable: false,
  summary: 'A surname-only reference to a person before the article gives their full name.',
  check(analysis) {
    const drafts: Draft[] = [];
    for (const person of analysis.people.people) {
      const narrative = person.mentions.filter((m) => !m.inQuote && !inHeadline(analysis, m.start));
      const firstFull = narrative.find((m) => m.kind === 'full');
      if (!firstFull) continue;
      const early = narrative.filter((m) => m.kind === 'surname' && m.start < firstFull.start && standsAlone(analysis, m));
      if (early.length === 0) continue;
      const first = early[0];
      const more = early.length > 1 ? ` (and ${early.length - 1} more time${early.length > 2 ? 's' : ''} before it)` : '';
      drafts.push({
        start: first.start,
        end: first.end,
        message: `“${first.text}” is used before the full name “${firstFull.text}” is given${more}: name the person in full at the first reference.`,
        explanation: 'AP: use a person’s first and last names on first reference, and the last name alone after that. ' +
          `Here the reader meets “${first.text}” before learning who that is; the full name comes later.`,
        related: [{ start: firstFull.start, end: firstFull.end, message: `The full name, introduced here: ${firstFull.text}` }],
      });
    }
    return drafts;
  },
};

/**
 * The surname is the whole name where it stands, not the end of a longer capitalised run the name table
 * read a surname into ("Lockheed Martin" for a Mr. Martin) nor the start of one ("Martin Marietta").
 */
function standsAlone(analysis: Analysis, mention: Mention): boolean {
  const sentence = analysis.sentences[sentenceIndexAt(analysis, mention.start)];
  if (!sentence) return false;
  // Tokens are in order: binary searches, not scans of the sentence.
  const tokens = sentence.tokens;
  const index = firstStartingFrom(tokens, mention.start);
  if (tokens[index]?.start !== mention.start) return false;
  const before = tokens[index - 1];
  // "The Obama administration", "an Ortega aide": a name used as a modifier, not a reference to the person.
  if (before?.word && /^(?:the|a|an|this|that|these|those)$/i.test(before.text)) return false;
  if (before?.word && isCapitalized(before.text) && !TITLE_WORDS.has(before.text.toLowerCase()) &&
    !CAPITALIZED_FUNCTION_WORDS.has(before.text.toLowerCase())) return false;
  const after = tokens[firstStartingFrom(tokens, mention.end)];
  if (after?.word && after.start === mention.end + 1 && isCapitalized(after.text) && analysis.prose[mention.end] === ' ') return false;
  return true;
}
