import { findAbbreviations } from '../style/abbreviation';
import { styleContext } from '../style/context';
import { styleScan } from '../style/scan';
import { exemptAbbreviations } from '../style/options';
import type { Draft, Rule } from './rule';

/** Never spelled out: only from three letters. Two capitals (CA, AG, PT) are too often something else. */
const MIN_UNDEFINED = 3;

export const styleAbbreviationUndefined: Rule = {
  id: 'style.abbreviation-undefined',
  title: 'Abbreviation used before it is spelled out',
  severity: 'information',
  fixable: false,
  summary: 'An abbreviation used before its full name appears, or never spelled out; abbreviations AP accepts on first reference (U.S., NATO, FBI, CEO…) and the house list are exempt.',
  check(analysis) {
    const exempt = exemptAbbreviations(analysis.options.accept.abbreviations);
    const drafts: Draft[] = [];
    const scans = styleScan(analysis).paragraphs.map((paragraph) => paragraph.abbreviations);
    for (const abbreviation of findAbbreviations(analysis.prose, styleContext(analysis).paragraphs, scans, exempt)) {
      const { definition, named } = abbreviation;
      // A headline may use what the story spells out below it.
      const first = abbreviation.uses.find((use) => !use.headline) ?? abbreviation.uses[0];
      // Introduced inside a name before ("NPD Group … NPD said"): a name, not an abbreviation to spell out.
      if (named && named.start < first.start) continue;
      const letters = [...abbreviation.key].filter((c) => /\p{L}/u.test(c)).length;
      if (!definition) {
        if (named || letters < MIN_UNDEFINED) continue;
        drafts.push({
          start: first.start,
          end: first.end,
          message: `“${first.text}” is never spelled out: give the full name on first reference.`,
          explanation: 'AP: use an abbreviation on first reference only when readers know it (FBI, NATO, CEO); ' +
            'otherwise spell the name out first and use the abbreviation after. If your readers know this one, ' +
            'add it to `accept.abbreviations` in `.copydesk.json`.',
        });
        continue;
      }
      if (first.headline || first.start >= definition.start) continue;
      // Two letters and a full name found later by its initials (NY … New York) is too weak alone.
      if (letters < MIN_UNDEFINED && definition.kind !== 'parenthesis') continue;
      const full = analysis.text.slice(definition.start, definition.end);
      drafts.push({
        start: first.start,
        end: first.end,
        message: `“${first.text}” is used before it is spelled out (${definition.kind === 'parenthesis' ? `“(${full})”` : `“${full}”`}, later).`,
        explanation: 'AP: spell a name out on first reference and use its abbreviation after; move the full name ' +
          'up to the first mention.',
        related: [{ start: definition.start, end: definition.end, message: `“${first.text}” is spelled out here` }],
      });
    }
    return drafts;
  },
};
