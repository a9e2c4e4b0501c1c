import type { Analysis } from '../analyse';
import type { Attribution, SpeechEvent } from '../quotes/attribution';
import { neutralFor } from '../quotes/cues';
import { inHeadline } from './attribution.common';
import type { Draft, Rule } from './rule';

/** Forms of "to be" before a participle: "it was revealed", "he was admitted" — passive, not attribution. */
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", '’s']);
/** Pronouns that open the reported clause: "he admitted he was wrong", "she insisted they would stay". */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'there']);
/** "it" opens a clause only before a verb: "claimed it was", not "admitted it". */
const IT_VERBS = new Set(['was', 'is', 'had', 'has', 'would', 'will', 'could', 'did', 'does', 'might', 'should', 'can', 'may']);

export const attributionLoadedVerb: Rule = {
  id: 'attribution.loaded-verb',
  title: 'Attribution verb that passes judgement',
  severity: 'information',
  fixable: true,
  summary: 'An attribution verb that passes judgement on the speaker or the words (claimed, admitted, insisted, noted…): "said" is neutral.',
  check(analysis) {
    const drafts: Draft[] = [];
    // Cues right after the quotation they attribute: "“…,” Whitfield insisted", "“…,” conceded the mayor".
    // The attributions by where their cue starts: read only for the few loaded verbs.
    let byCue: Map<number, Attribution[]> | undefined;
    for (const event of analysis.attribution.events) {
      if (!event.form.loaded || !event.subject || event.subject.inQuote) continue;
      const sentence = analysis.sentences[event.sentence];
      if (sentence.inQuote[event.cueToken]) continue;
      if (inHeadline(analysis, event.cue.start)) continue;
      const attributions = (byCue ??= attributionsByCue(analysis)).get(event.cue.start);
      if (!attributions?.some((a) => closeAfterQuotation(analysis, a)) && !reportsSpeech(analysis, event)) continue;
      const neutral = matchCase(neutralFor(event.form), event.cue.text);
      drafts.push({
        start: event.cue.start,
        end: event.cue.end,
        message: `“${event.cue.text}” passes judgement on what is reported: the neutral verb is “${neutral}”.`,
        explanation: `AP: *said* is the neutral attribution verb and almost always the right one. ` +
          `“${event.cue.text}” tells the reader what to think of the statement — that it is doubtful (claimed), ` +
          `a concession (admitted, conceded), a fact (noted, revealed, pointed out) or a mood (smiled, sighed). ` +
          `Keep it only when that judgement is the news and the story supports it. ` +
          `“Alleged” is not reported: it is the right word for legal allegations.`,
        fixes: [{ title: `Replace with “${neutral}”`, edits: [{ start: event.cue.start, end: event.cue.end, newText: neutral }] }],
      });
    }
    return drafts;
  },
};

function attributionsByCue(analysis: Analysis): Map<number, Attribution[]> {
  const byCue = new Map<number, Attribution[]>();
  for (const a of analysis.attribution.attributions) {
    if (!a?.cue) continue;
    const list = byCue.get(a.cue.start);
    if (list) list.push(a); else byCue.set(a.cue.start, [a]);
  }
  return byCue;
}

/** The cue follows its quotation, at most four words after it and no other quotation mark between: "“…,” he claimed". */
function closeAfterQuotation(analysis: Analysis, a: Attribution): boolean {
  const q = analysis.quotes.quotations[a.quotation];
  if (!a.cue || q.end > a.cue.start) return false;
  const between = analysis.prose.slice(q.end, a.cue.start);
  return !/["“”]/.test(between) && between.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 4;
}

/**
 * The verb reports speech: it introduces a clause ("claims that…", "admitted he was…", "insisted: …")
 * or a quotation. "Claimed responsibility", "maintained its lead", "revealed a new phone" and the passive
 * "was admitted to hospital" are other senses of the same words.
 */
function reportsSpeech(analysis: Analysis, event: SpeechEvent): boolean {
  const tokens = analysis.sentences[event.sentence].tokens;
  const before = tokens[event.cueToken - 1]?.text.toLowerCase();
  if (before && BE.has(before)) return false;
  // "Russia’s claims that …": a possessive makes it a noun.
  if (before && /['’]s$/.test(before) && !event.inverted) return false;
  const cueWords = event.cue.text.split(/\s+/).length;
  const next = tokens[event.cueToken + cueWords];
  const after = tokens[event.cueToken + cueWords + 1];
  if (!next) return false;
  const word = next.text.toLowerCase();
  if (word === 'that' || next.text === ':') return true;
  if (/^["“”‘’']$/.test(next.text)) return true;
  if (CLAUSE_SUBJECTS.has(word)) return true;
  if (word === 'it' && after && IT_VERBS.has(after.text.toLowerCase())) return true;
  // ", adding that", "he admitted, …": a comma and a clause is too loose to be sure.
  return false;
}

function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word[0].toUpperCase() + word.slice(1) : word;
}
