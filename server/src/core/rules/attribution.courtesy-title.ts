import { nameKey } from '../people/names';
import { TITLE_WORDS } from '../people/lexicon';
import { quotationMask } from './attribution.common';
import type { Draft, Rule } from './rule';

/** Mr./Mrs./Ms. (British style without the period too) or Miss, a space, and a capitalised word. */
const COURTESY = /(?<![\p{L}\p{N}.])(Mr|Mrs|Ms|Miss)(\.?)([ \u00a0]+)(\p{Lu}[\p{L}\p{M}'’\-]*\.?)/gu;
/** "Mr. and Mrs. Smith": a couple; dropping one title would garble it. */
const COUPLE = /(?<![\p{L}\p{N}.])(Mr|Mrs|Ms)\.?\s+(?:and|&)\s+(Mr|Mrs|Ms)\.?\s+(?=\p{Lu})/gu;

export const attributionCourtesyTitle: Rule = {
  id: 'attribution.courtesy-title',
  title: 'Courtesy title before a name',
  severity: 'information',
  fixable: true,
  summary: 'Mr., Mrs., Ms. or Miss before a name outside a quotation: AP uses the surname alone.',
  check(analysis) {
    const { prose } = analysis;
    const inQuotation = quotationMask(analysis);
    const surnames = new Set(analysis.people.people.flatMap((p) => [nameKey(p.surname), nameKey(p.name.split(/\s+/)[0])]));
    const drafts: Draft[] = [];
    const couples: Array<[number, number]> = [];
    for (const match of prose.matchAll(COUPLE)) {
      const start = match.index!;
      if (inQuotation(start)) continue;
      const end = start + match[0].trimEnd().length;
      couples.push([start, end]);
      drafts.push({
        start,
        end,
        message: `Courtesy titles “${match[0].trim()}”: AP uses names without them (“Jane and John Smith”, later “the Smiths”).`,
        explanation: EXPLANATION,
      });
    }
    for (const match of prose.matchAll(COURTESY)) {
      const start = match.index!;
      if (inQuotation(start) || couples.some(([from, to]) => start >= from && start < to)) continue;
      const [, title, period, space, word] = match;
      // "Mr. President", "Mr. Speaker": a form of address, not a name.
      if (TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''))) continue;
      // "Miss America", "Little Miss Sunshine": only a person the article names.
      if (title === 'Miss' && !surnames.has(nameKey(word.replace(/['’]s$/, '')))) continue;
      const end = start + title.length + period.length + space.length;
      drafts.push({
        start,
        end: end + word.length,
        message: `Drop the courtesy title “${title}${period}” before “${word.replace(/['’]s$/, '')}”: AP uses names without Mr., Mrs., Ms. or Miss.`,
        explanation: EXPLANATION,
        fixes: [{ title: `Remove “${title}${period}”`, edits: [{ start, end, newText: '' }] }],
      });
    }
    return drafts;
  },
};

const EXPLANATION = 'AP: do not use the courtesy titles Mr., Mrs., Ms. or Miss, except in direct quotations or where ' +
  'needed to tell apart two people of the same surname (then, AP prefers the first name). On later reference, ' +
  'the surname alone. Inside quotations the speaker’s words are left as they are.';
