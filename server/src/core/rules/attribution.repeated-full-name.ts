import { inHeadline, looksLikePerson, sharingSurname, surnameTail } from './attribution.common';
import type { Draft, Rule } from './rule';

export const attributionRepeatedFullName: Rule = {
  id: 'attribution.repeated-full-name',
  title: 'Full name repeated on a later reference',
  severity: 'hint',
  fixable: true,
  summary: 'A person’s full name used again after the first reference: AP uses the surname alone.',
  check(analysis) {
    const drafts: Draft[] = [];
    for (const person of analysis.people.people) {
      // Two Smiths need their first names to be told apart.
      if (sharingSurname(analysis, person) > 1 || !looksLikePerson(analysis, person)) continue;
      const full = person.mentions.filter((m) => m.kind === 'full' && !m.inQuote && !inHeadline(analysis, m.start));
      if (full.length < 2) continue;
      const [first, ...later] = full;
      for (const mention of later) {
        const tail = surnameTail(mention.text, person.surname);
        if (!tail || tail.offset === 0) continue;
        drafts.push({
          start: mention.start,
          end: mention.end,
          message: `“${mention.text}” was introduced in full already: use “${tail.text}” on later references.`,
          explanation: 'AP: a person’s full name on first reference, the surname alone after that. ' +
            `The first reference to ${first.text} is earlier in the article.`,
          related: [{ start: first.start, end: first.end, message: `First reference: ${first.text}` }],
          fixes: [{ title: `Use the surname: ${tail.text}`, edits: [{ start: mention.start, end: mention.end, newText: tail.text }] }],
        });
      }
    }
    return drafts;
  },
};
