import type { Analysis } from '../analyse';
import { incremental, memo } from '../incremental';
import { nameKey } from '../people/names';
import { TITLE_WORDS } from '../people/lexicon';
import { quotationMask } from './attribution.common';
import { draftsInOrder, type Draft, type Rule } from './rule';

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
    const { couples: coupleMatches, titles } = courtesyMatches(analysis);
    if (coupleMatches.length === 0 && titles.length === 0) return [];
    const inQuotation = quotationMask(analysis);
    let surnames: Set<string> | undefined;
    const drafts: Draft[] = [];
    const couples: Array<[number, number]> = [];
    for (const { start, text } of coupleMatches) {
      if (inQuotation(start)) continue;
      const end = start + text.trimEnd().length;
      couples.push([start, end]);
      drafts.push({
        start,
        end,
        message: `Courtesy titles “${text.trim()}”: AP uses names without them (“Jane and John Smith”, later “the Smiths”).`,
        explanation: EXPLANATION,
      });
    }
    const named: Match[] = [];
    for (const match of titles) {
      const { start, groups: [title, , , word] } = match;
      if (inQuotation(start) || couples.some(([from, to]) => start >= from && start < to)) continue;
      // "Mr. President", "Mr. Speaker": a form of address, not a name.
      if (TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''))) continue;
      // "Miss America", "Little Miss Sunshine": only a person the article names (their names gathered at the first Miss).
      if (title === 'Miss' && !(surnames ??= namesOfPeople(analysis)).has(nameKey(word.replace(/['’]s$/, '')))) continue;
      named.push(match);
    }
    // In document order: only the drafts the registry lists are built.
    return draftsInOrder(named, startOf, ({ start, groups: [title, period, space, word] }) => {
      const end = start + title.length + period.length + space.length;
      return {
        start,
        end: end + word.length,
        message: `Drop the courtesy title “${title}${period}” before “${word.replace(/['’]s$/, '')}”: AP uses names without Mr., Mrs., Ms. or Miss.`,
        explanation: EXPLANATION,
        fixes: [{ title: `Remove “${title}${period}”`, edits: [{ start, end, newText: '' }] }],
      };
    }, drafts);
  },
};

/** The keys of the name table's surnames and first words. */
function namesOfPeople(analysis: Analysis): Set<string> {
  return new Set(analysis.people.people.flatMap((p) => [nameKey(p.surname), nameKey(p.name.split(/\s+/)[0])]));
}

/** A match of COUPLE or COURTESY: where it starts, its text and its groups. */
interface Match {
  start: number;
  text: string;
  groups: string[];
}

const startOf = (match: Match) => match.start;

interface Matches {
  couples: Match[];
  titles: Match[];
}

/** Whether a paragraph ends where a couple's titles could go on in the next one ("… Mr. and" / "Mrs. Smith …"). */
const OPEN_END = /(?:Mr|Mrs|Ms|and|&)\.?$/;

/**
 * The matches of both patterns in the prose: paragraph by paragraph (memoised), unless one could run
 * from a paragraph into the next — across breaks without a line break (table cells), or after an open end.
 */
function courtesyMatches(analysis: Analysis): Matches {
  // Paragraph by paragraph pays only when the results are kept for the next keystroke.
  if (!incremental()) return matchesIn(analysis.prose);
  const paragraphs = analysis.article.paragraphs;
  const locals = paragraphs.map((paragraph) => memo('attribution.courtesy-title', paragraph.text, '', () => ({
    ...matchesIn(paragraph.text),
    openEnd: OPEN_END.test(paragraph.text),
  })));
  const straddles = locals.some((local, i) => local.openEnd ||
    (i + 1 < paragraphs.length && !lineBreakIn(analysis.prose, paragraphs[i].end, paragraphs[i + 1].start)));
  if (straddles) return matchesIn(analysis.prose);
  const matches: Matches = { couples: [], titles: [] };
  locals.forEach((local, i) => {
    const base = paragraphs[i].start;
    for (const m of local.couples) matches.couples.push({ ...m, start: m.start + base });
    for (const m of local.titles) matches.titles.push({ ...m, start: m.start + base });
  });
  return matches;
}

/** Whether `prose` has a line break between two offsets (read in place: no copy per paragraph). */
function lineBreakIn(prose: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = prose.charCodeAt(i);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

function matchesIn(text: string): Matches {
  // Both patterns start with a title spelt with "Mr", "Ms" or "Miss": most paragraphs have none, found
  // without running them.
  if (!text.includes('Mr') && !text.includes('Ms') && !text.includes('Miss')) return { couples: [], titles: [] };
  // `exec` in a loop: no iterator and no array of match arrays besides the list made (a page of "Mr. Smith").
  const found = (pattern: RegExp) => {
    const matches: Match[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      matches.push({ start: m.index, text: m[0], groups: m.slice(1) });
      // Neither pattern matches the empty string; were one to, step over it as matchAll does.
      if (m[0] === '') pattern.lastIndex += (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    }
    return matches;
  };
  return { couples: found(COUPLE), titles: found(COURTESY) };
}

const EXPLANATION = 'AP: do not use the courtesy titles Mr., Mrs., Ms. or Miss, except in direct quotations or where ' +
  'needed to tell apart two people of the same surname (then, AP prefers the first name). On later reference, ' +
  'the surname alone. Inside quotations the speaker’s words are left as they are.';
