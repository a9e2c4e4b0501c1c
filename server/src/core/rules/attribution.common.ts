// Helpers shared by the attribution.* rules (not a rule): where an offset lies — which paragraph, whether
// inside a quotation — and how a name is spelled. Read-only views of the Analysis; no rule logic.

import type { Analysis } from '../analyse';
import { incremental, memo } from '../incremental';
import type { Mention, Person, SentenceTokens } from '../people/names';
import { nameKey } from '../people/names';
import { isSpaceCode } from '../sentences';
import { indexAt } from '../spans';
import type { Paragraph, Span } from '../text';

/** The paragraph index at an offset, or -1. */
export function paragraphAt(analysis: Analysis, offset: number): number {
  return indexAt(analysis.article.paragraphs, offset, (paragraph) => paragraph);
}

/**
 * The paragraphs as the rules' per-paragraph memos (core/incremental.ts) see them: what they find in a
 * paragraph's sentences depends on its text, whether it is a headline, and which of its tokens lie in
 * quotations. By paragraph index, not an object and a list of sentences per paragraph: a page of one-line
 * paragraphs has tens of thousands of them.
 */
export class ParagraphViews {
  constructor(
    readonly paragraphs: readonly Paragraph[],
    /** analysis.sentences (absolute offsets), in paragraph order. */
    private readonly sentences: readonly SentenceTokens[],
    /** Paragraph k's sentences are those from `sentenceStart[k]` up to `sentenceStart[k + 1]`. */
    private readonly sentenceStart: Int32Array,
    /** By paragraph: the headline flag and where quotations start and stop among its tokens; null outside an incremental analysis. */
    private readonly contexts: readonly string[] | null,
  ) {}

  get length(): number {
    return this.paragraphs.length;
  }

  /** Paragraph k's memo context ('' outside an incremental analysis: unused). */
  context(k: number): string {
    return this.contexts ? this.contexts[k] : '';
  }

  /** Paragraph k's sentences are `sentence(s)` for s from `firstSentence(k)` up to `endSentence(k)` (no list per paragraph). */
  firstSentence(k: number): number {
    return this.sentenceStart[k];
  }

  endSentence(k: number): number {
    return this.sentenceStart[k + 1];
  }

  sentence(s: number): SentenceTokens {
    return this.sentences[s];
  }
}

/** The paragraphs' views, once per analysis (attribution.anonymous-source and attribution.name-variant read them). */
const viewsOf = new WeakMap<Analysis, ParagraphViews>();
export function paragraphViews(analysis: Analysis): ParagraphViews {
  let views = viewsOf.get(analysis);
  if (views) return views;
  const paragraphs = analysis.article.paragraphs;
  const sentences = analysis.sentences;
  const sentenceStart = new Int32Array(paragraphs.length + 1);
  const contexts: string[] | null = incremental() ? [] : null;
  let s = 0;
  for (const paragraph of paragraphs) {
    const first = s;
    while (s < sentences.length && sentences[s].paragraph === paragraph.index) s++;
    sentenceStart[paragraph.index] = first;
    contexts?.push(paragraphContext(paragraph, sentences, first, s));
  }
  sentenceStart[paragraphs.length] = s;
  views = new ParagraphViews(paragraphs, sentences, sentenceStart, contexts);
  viewsOf.set(analysis, views);
  return views;
}

/**
 * The context last made for a paragraph, by its scan's quotation flags (core/people/names.ts: per sentence,
 * whether each token lies in a quotation): the very same arrays while the paragraph's scan is memoised,
 * never mutated, and all its sentences' `inQuote`. A keystroke reads only the new paragraph's flags, and
 * no other paragraph's sentences.
 */
const contextsOf = new WeakMap<ReadonlyArray<readonly boolean[]>, { headline: boolean; context: string }>();

/** "h" for a headline, then per sentence the token indices where quotation cover switches on or off. */
function paragraphContext(paragraph: Paragraph, sentences: readonly SentenceTokens[], first: number, end: number): string {
  if (first === end) return paragraph.headline ? 'h' : '';
  // The paragraph's sentences are its scan's, in order: their flags are the scan's.
  const flags = sentences[first].scan.inQuote;
  const made = contextsOf.get(flags);
  if (made && made.headline === paragraph.headline) return made.context;
  const context = quoteSwitches(paragraph, flags);
  contextsOf.set(flags, { headline: paragraph.headline, context });
  return context;
}

function quoteSwitches(paragraph: Paragraph, flags: ReadonlyArray<readonly boolean[]>): string {
  let context = paragraph.headline ? 'h' : '';
  if (!flags.some((inQuote) => inQuote.includes(true))) return context;
  for (const inQuote of flags) {
    context += '|';
    let inside = false;
    for (let i = 0; i < inQuote.length; i++) {
      if (inQuote[i] !== inside) {
        inside = inQuote[i];
        context += `${i},`;
      }
    }
  }
  return context;
}

/** Whether an offset lies in a headline or subhead paragraph. */
export function inHeadline(analysis: Analysis, offset: number): boolean {
  const index = paragraphAt(analysis, offset);
  return index >= 0 && analysis.article.paragraphs[index].headline;
}

export { covers, quotationMask } from '../spans';

/** A person's name and surname mentions in the writer's own words (outside quotations), in order. */
export function narrativeMentions(person: Person): Mention[] {
  return person.mentions.filter((m) => !m.inQuote && (m.kind === 'full' || m.kind === 'surname'));
}

/**
 * The end of `text` that spells `surname` (compared by spelling-insensitive key), at a word boundary:
 * "Ahmed bin Nasser Al-Thani" → "Al-Thani" for the surname "Al Thani". Null when no end matches.
 */
export function surnameTail(text: string, surname: string): SurnameTail | null {
  // A surname-only mention is its own tail (what the search below finds at once): no memo entry for it.
  if (text === surname && text.length > 0 && !SEPARATOR.test(text[0])) return { offset: 0, text };
  // Every mention of the article is asked about again on every keystroke: the last analysis's answer serves.
  return memo('attribution.surname-tail', text, surname, () => findSurnameTail(text, surname));
}

interface SurnameTail {
  offset: number;
  text: string;
}

/** What separates the words of a name. */
const SEPARATOR = /[\s\-‐‑]/;

function findSurnameTail(text: string, surname: string): SurnameTail | null {
  const key = nameKey(surname);
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && !SEPARATOR.test(text[i - 1])) continue;
    if (SEPARATOR.test(text[i])) continue;
    if (nameKey(text.slice(i)) === key) return { offset: i, text: text.slice(i) };
  }
  return null;
}

/** How many people of the name table share this person's surname (by key), the person included. */
export function sharingSurname(analysis: Analysis, person: Person): number {
  return surnameCounts(analysis.people.people).get(nameKey(person.surname)) ?? 0;
}

/** People per surname key, counted once per name table (not once per person asked about: that is quadratic). */
const surnameCountsOf = new WeakMap<readonly Person[], Map<string, number>>();
function surnameCounts(people: readonly Person[]): Map<string, number> {
  let counts = surnameCountsOf.get(people);
  if (!counts) {
    counts = new Map();
    for (const p of people) {
      const key = nameKey(p.surname);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    surnameCountsOf.set(people, counts);
  }
  return counts;
}

/** The people a pronoun or a role resolves to as a speaker, once per attribution result. */
const resolvedSpeakersOf = new WeakMap<Analysis['attribution'], Set<number | null>>();
function resolvedSpeakers(attribution: Analysis['attribution']): Set<number | null> {
  let speakers = resolvedSpeakersOf.get(attribution);
  if (!speakers) {
    speakers = new Set();
    for (const a of attribution.attributions) {
      if (a && a.speaker && (a.speaker.kind === 'pronoun' || a.speaker.kind === 'role')) speakers.add(a.person);
    }
    resolvedSpeakersOf.set(attribution, speakers);
  }
  return speakers;
}

export const quoteText = (analysis: Analysis, span: Span) => analysis.text.slice(span.start, span.end);

/** A line-and-column-free description of where a span is, for messages: its first words. */
export function excerpt(analysis: Analysis, span: Span, words = 6): string {
  // A quotation can be a page long: only its first words are read, up to the end of the one after the
  // excerpt's last (which says there are more), and its last character.
  const source = analysis.text;
  const cut = endOfWord(source, span.start, span.end, words + 1);
  const text = source.slice(span.start, cut ?? span.end).replace(/\s+/g, ' ').trim();
  const parts = text.split(' ');
  if (parts.length <= words) return text;
  // Keep the closing mark, so the excerpt still reads as a quotation: “Nobody on either side…”.
  let last = span.end - 1;
  while (last >= span.start && isSpaceCode(source.charCodeAt(last))) last--;
  const closing = last >= span.start && /["”’'»]/.test(source[last]) ? source[last] : '';
  return parts.slice(0, words).join(' ').replace(/[,;:]$/, '') + '…' + closing;
}

/** Where the `count`th run of non-space between `start` and `end` ends, or null when there are fewer. */
function endOfWord(text: string, start: number, end: number, count: number): number | null {
  let runs = 0;
  for (let i = start; i < end;) {
    while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= end) break;
    while (i < end && !isSpaceCode(text.charCodeAt(i))) i++;
    if (++runs === count) return i;
  }
  return null;
}

/** Courtesy titles and honorifics that the name table may take for a first name ("Mr Howard"). */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|madam|madame|mme|herr|frau|monsieur|señor|senor|señora)\.?$/i;

/**
 * Whether an entry of the name table is a person the rules may speak about, rather than a capitalised pair
 * it took for one ("Apple Computer said", "the Congressional Record"): it has a title or role, a gender,
 * a surname-only reference of its own, or a pronoun or role that resolves to it. And its first word is a
 * first name, not "Mr".
 */
export function looksLikePerson(analysis: Analysis, person: Person): boolean {
  if (!person.given || HONORIFIC.test(person.given) || !/\s/.test(person.name.trim())) return false;
  if (person.title || person.gender) return true;
  if (person.mentions.some((m) => m.kind === 'surname' && !m.inQuote)) return true;
  return resolvedSpeakers(analysis.attribution).has(person.index);
}

/** Whether a word is a courtesy title or honorific ("Mr", "Mrs.", "Dr."). */
export const isHonorific = (word: string) => HONORIFIC.test(word);

/** The index of the sentence holding an offset, or -1. */
export function sentenceIndexAt(analysis: Analysis, offset: number): number {
  return indexAt(analysis.sentences, offset, (sentence) => sentence.span);
}

