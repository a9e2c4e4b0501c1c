// Who said each quotation, and how we know. Routes, in order (RULES.md):
//  (a) explicit — a reporting verb and its subject in the quotation's sentence, either order
//      (`“…,” X said` · `said X` · `X said: “…”` · `X, who took to X to say “…”`), a partial quotation woven
//      into its speaker's sentence, and the second half of an interrupted quotation;
//  (b) according-to — `according to X` in the sentence;
//  (c) running — an AP running quote, or a paragraph that is only a quote after a paragraph whose quote
//      has a speaker.
// The speaker mention is then resolved against the name table: full names, surnames, pronouns (the
// nearest earlier speaker), role nouns ("the foreign ministry spokesman") and organisations.

import type { Analysis } from '../analyse';
import { incremental, memoFitting } from '../incremental';
import {
  CAPITALIZED_FUNCTION_WORDS, NAME_PARTICLES, ORGANISATION_WORDS, PRONOUNS, ROLE_NOUNS, TITLE_WORDS, VERB_FILLERS,
  genderOfTitle, roleKey,
} from '../people/lexicon';
import { OrganisationNames } from '../people/organisations';
import { nameKey, type Mention, type MentionKind, type NameTable, type Person, type SentenceTokens } from '../people/names';
import type { Span } from '../text';
import { isSpaceCode } from '../sentences';
import { firstStartingFrom, indexAt, lowerBound } from '../spans';
import { isCapitalized, type Token } from '../tokens';
import type { CueForm, CueLexicon } from './cues';
import type { Quotation } from './scanner';

export type Route = 'explicit' | 'according-to' | 'running';
export type QuotationKind = 'direct' | 'scare' | 'title';

export interface TextSpan extends Span {
  text: string;
}

export interface Attribution {
  quotation: number;
  kind: QuotationKind;
  route: Route | null;
  cue: TextSpan | null;
  /** The mention the attribution rests on: "he", "Al Ansari", "the foreign ministry spokesman". */
  speaker: Mention | null;
  /** The person of the name table it resolves to. */
  person: number | null;
  /** How the speaker mention was resolved, for the hover: "pronoun → nearest earlier speaker". */
  resolution: string | null;
  /** When an organisation speaks: its name as the article gives it in full ("GM" → "General Motors"). */
  organisation: string | null;
}

/** A reporting verb with its subject: "Al Ansari said", "said the spokesman", "Ukraine claims". */
export interface SpeechEvent {
  sentence: number;
  cue: TextSpan;
  form: CueForm;
  /** Index of the cue's (first) token in its sentence. */
  cueToken: number;
  subject: Mention | null;
  /** The subject comes after the verb: "said Al Ansari". */
  inverted: boolean;
}

export interface AttributionResult {
  /** One per quotation, by quotation index; null for quotes inside quotes. */
  attributions: Array<Attribution | null>;
  events: SpeechEvent[];
  /** Pronoun, role and organisation mentions the engine resolved (names are in the name table). */
  mentions: Mention[];
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const MODALS = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'do', 'does', 'shall']);
/** Verbs that put their subject after them in news copy: "said Al Ansari", "added the spokesman". */
const INVERTIBLE = new Set(['say', 'add', 'ask', 'write', 'explain', 'continue', 'recall', 'reply', 'respond', 'claim',
  'insist', 'warn', 'note', 'enthuse', 'remark', 'comment', 'declare', 'state', 'argue', 'conclude', 'admit', 'concede',
  'confirm', 'predict', 'shout', 'exclaim', 'joke', 'laugh', 'sigh', 'grin', 'smile', 'complain', 'quote']);
const ORGANISATION_CONNECTORS = new Set(['of', 'on', 'for', '&']);
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'and', 'in', 'on', 'at', 'by', 'with', 'or']);
// Unicode property expressions made once: the bundle turns some literals into a `new RegExp` per call.
const OPENS_WITH_CAPITAL = /^(?:the\s+)?\p{Lu}/u;
const THE_AND_NOUN = /^the\s+\p{Ll}+$/u;
const OPENS_WITH_FIGURE = /^\p{N}/u;
const TITLE_CUES = /^(?:called|dubbed|named|titled|entitled|nicknamed|branded|labelled|labeled|termed)$/i;

export function attributeQuotations(analysis: Analysis, sentences: SentenceTokens[], names: NameTable, cues: CueLexicon): AttributionResult {
  const sentenceAt = sentenceFinder(sentences);
  const quotations = analysis.quotes.quotations;
  // Quotations and speech events in document order: a pronoun means the nearest *earlier* speaker.
  const topLevel = byStart(quotations.filter((q) => q.depth === 0));
  const { events, subjects, found } = paragraphAttributions(analysis, sentences, sentenceAt, topLevel, names, cues);
  // Lookups by sentence: a quotation only ever consults the events of its own sentences.
  const eventsBySentence = new Map<number, SpeechEvent[]>();
  for (const event of events) {
    const list = eventsBySentence.get(event.sentence);
    if (list) list.push(event);
    else eventsBySentence.set(event.sentence, [event]);
  }
  const mentions: Mention[] = [];
  const resolver = new SpeakerResolver(names, mentions);
  const organisations = new OrganisationNames(analysis.prose);
  const attributions: Array<Attribution | null> = quotations.map(() => null);

  let e = 0;
  let m = 0;
  const advanceTo = (offset: number) => {
    while ((e < events.length && events[e].cue.start < offset) || (m < subjects.length && subjects[m].start < offset)) {
      if (m < subjects.length && (e >= events.length || subjects[m].start < events[e].cue.start)) resolver.noteSubject(subjects[m++]);
      else resolver.resolveEvent(events[e++]);
    }
  };
  topLevel.forEach((quotation, q) => {
    // Events inside this quotation's own sentence resolve first, so "he said" after it sees the speakers before.
    advanceTo(quotation.start);
    const attribution: Attribution = {
      quotation: quotation.index,
      kind: found[q].kind,
      route: null,
      cue: null,
      speaker: null,
      person: null,
      resolution: null,
      organisation: null,
    };
    const explicit = found[q].found;
    if (explicit) {
      const resolved = resolver.resolve(explicit.subject);
      Object.assign(attribution, { route: explicit.route, cue: explicit.cue, speaker: explicit.subject, person: resolved.person, resolution: resolved.resolution });
      const speaking = resolved.organisation ?? (resolved.person === null && explicit.subject.kind === 'organisation' ? explicit.subject.text : null);
      if (speaking && OPENS_WITH_CAPITAL.test(speaking)) attribution.organisation = organisations.canonical(speaking);
      // "the union said": the organisation named earlier whose name has that word ("the Library Workers Union").
      else if (speaking && THE_AND_NOUN.test(speaking)) {
        const named = organisations.namedBefore(speaking.slice(4), explicit.subject.start);
        if (named) {
          attribution.organisation = named;
          attribution.resolution = `“${speaking}” → ${named}, named earlier`;
        }
      }
      // A short quote with a speaker is a partial quotation, not a scare quote: "said he was “shocked”".
      if (attribution.kind === 'scare' && explicit.cue) attribution.kind = 'direct';
    }
    attributions[quotation.index] = attribution;
  });
  advanceTo(Infinity);

  inheritAttributions(analysis, topLevel, attributions);
  inheritFromSentenceBefore(topLevel, attributions, sentences, sentenceAt, eventsBySentence);
  return { attributions, events, mentions };
}

/** Quotations sorted by start: the scan lists the top-level ones in that order already, so most often only checked. */
function byStart(quotations: Quotation[]): Quotation[] {
  for (let i = 1; i < quotations.length; i++) {
    if (quotations[i].start < quotations[i - 1].start) return quotations.sort((a, b) => a.start - b.start);
  }
  return quotations;
}

// ---------------------------------------------------------------------------------------------
// What each paragraph yields on its own — its speech events, the people who open its sentences, each
// quotation's kind and explicit speaker — memoised (core/incremental.ts): a keystroke recomputes one
// paragraph, then only the resolution of speakers (pronouns reach back across paragraphs) runs again.

/** A top-level quotation's kind, and the attribution its own sentences give it (none for a title). */
interface QuotationFound {
  kind: QuotationKind;
  found: Found | null;
}

/**
 * A mention in a paragraph's memoised result: the index of one of the paragraph's name mentions (its
 * person is the name table's, which the rest of the document can change), or a mention of its own.
 */
type LocalMention = number | Mention;

/** A paragraph's share, offsets from its start and sentences from its first; never mutated once made. */
interface LocalAttribution {
  events: Array<Omit<SpeechEvent, 'subject'> & { subject: LocalMention | null }>;
  /** Its name mentions (indices) that are the subject of their sentence. */
  subjects: number[];
  quotations: Array<{ kind: QuotationKind; found: (Omit<Found, 'subject'> & { subject: LocalMention }) | null }>;
  /** What it was computed from besides the text: the memo's context (null outside an incremental analysis). */
  inputs: LocalInputs | null;
}

/**
 * Everything a paragraph's result reads besides its text (which alone sets its sentences): the lexicon,
 * its quotations (which words are quoted) and its name mentions (where, what kind, whether they name a
 * person), as numbers from the paragraph's start: compared where they lie on every analysis, never written out.
 */
interface LocalInputs {
  cues: number;
  /** Start, end and close (-1: none) of each quotation. */
  quotations: number[];
  /** Start, end, kind, person (1) or none (0), quoted (1) or not (0) of each mention. */
  mentions: Array<number | string>;
}

/** Where `mention` is in `mentions` (sorted by start), or -1: by binary search, as a paragraph may hold thousands. */
function indexOfMention(mentions: readonly Mention[], mention: Mention): number {
  for (let k = firstStartingFrom(mentions, mention.start); k < mentions.length && mentions[k].start === mention.start; k++) {
    if (mentions[k] === mention) return k;
  }
  return -1;
}

function localInputs(quotations: readonly Quotation[], mentions: readonly Mention[], cues: CueLexicon, base: number): LocalInputs {
  const spans: number[] = [];
  for (const q of quotations) spans.push(q.start - base, q.end - base, q.close === null ? -1 : q.close - base);
  const named: Array<number | string> = [];
  for (const m of mentions) named.push(m.start - base, m.end - base, m.kind, m.person === null ? 0 : 1, m.inQuote ? 1 : 0);
  return { cues: cues.id, quotations: spans, mentions: named };
}

/** Whether `inputs` are those of the quotations topLevel[q, qEnd) and the mentions[m, mEnd) now, from `base`. */
function sameInputs(inputs: LocalInputs | null, cues: CueLexicon, topLevel: readonly Quotation[], q: number, qEnd: number,
  mentions: readonly Mention[], m: number, mEnd: number, base: number): boolean {
  if (!inputs || inputs.cues !== cues.id || inputs.quotations.length !== 3 * (qEnd - q) || inputs.mentions.length !== 5 * (mEnd - m)) return false;
  const spans = inputs.quotations;
  for (let k = 0; q < qEnd; q++, k += 3) {
    const quotation = topLevel[q];
    if (spans[k] !== quotation.start - base || spans[k + 1] !== quotation.end - base ||
      spans[k + 2] !== (quotation.close === null ? -1 : quotation.close - base)) return false;
  }
  const named = inputs.mentions;
  for (let k = 0; m < mEnd; m++, k += 5) {
    const mention = mentions[m];
    if (named[k] !== mention.start - base || named[k + 1] !== mention.end - base || named[k + 2] !== mention.kind ||
      named[k + 3] !== (mention.person === null ? 0 : 1) || named[k + 4] !== (mention.inQuote ? 1 : 0)) return false;
  }
  return true;
}

function paragraphAttributions(analysis: Analysis, sentences: SentenceTokens[], sentenceAt: (offset: number) => number,
  topLevel: Quotation[], names: NameTable, cues: CueLexicon): { events: SpeechEvent[]; subjects: Mention[]; found: QuotationFound[] } {
  const events: SpeechEvent[] = [];
  const subjects: Mention[] = [];
  const found: QuotationFound[] = [];
  const all = names.mentions;
  let s = 0;
  let m = 0;
  let q = 0;
  for (const paragraph of analysis.article.paragraphs) {
    const base = paragraph.start;
    const firstSentence = s;
    while (s < sentences.length && sentences[s].paragraph === paragraph.index) s++;
    const firstMention = m;
    while (m < all.length && all[m].start < paragraph.end) m++;
    const firstQuotation = q;
    while (q < topLevel.length && topLevel[q].paragraph === paragraph.index) q++;
    const sentenceEnd = s;
    const mentionEnd = m;
    const quotationEnd = q;
    const local = memoFitting('attribution', paragraph.text,
      (value: LocalAttribution) => sameInputs(value.inputs, cues, topLevel, firstQuotation, quotationEnd, all, firstMention, mentionEnd, base),
      () => localAttribution(analysis, sentences, firstSentence, sentenceEnd, sentenceAt, topLevel.slice(firstQuotation, quotationEnd),
        all.slice(firstMention, mentionEnd), names, cues, base));
    // Moved to where the paragraph is now, its name mentions the table's own.
    const placed = (mention: LocalMention): Mention =>
      typeof mention === 'number' ? all[firstMention + mention] : { ...mention, start: mention.start + base, end: mention.end + base };
    for (const event of local.events) {
      events.push({
        sentence: event.sentence + firstSentence,
        cue: { start: event.cue.start + base, end: event.cue.end + base, text: event.cue.text },
        form: event.form,
        cueToken: event.cueToken,
        subject: event.subject === null ? null : placed(event.subject),
        inverted: event.inverted,
      });
    }
    for (const subject of local.subjects) subjects.push(all[firstMention + subject]);
    for (const quotation of local.quotations) {
      const explicit = quotation.found;
      found.push({
        kind: quotation.kind,
        found: explicit && {
          route: explicit.route,
          cue: explicit.cue && { start: explicit.cue.start + base, end: explicit.cue.end + base, text: explicit.cue.text },
          subject: placed(explicit.subject),
        },
      });
    }
  }
  return { events, subjects, found };
}

/** The paragraph's events, sentence subjects and quotations (sentences `from` to `to`), relative to `base`. */
function localAttribution(analysis: Analysis, sentences: SentenceTokens[], from: number, to: number,
  sentenceAt: (offset: number) => number, quotations: Quotation[], mentions: Mention[], names: NameTable, cues: CueLexicon,
  base: number): LocalAttribution {
  const events = findSpeechEvents(analysis, sentences, from, to, names, cues);
  const eventsBySentence = new Map<number, SpeechEvent[]>();
  for (const event of events) {
    const list = eventsBySentence.get(event.sentence);
    if (list) list.push(event);
    else eventsBySentence.set(event.sentence, [event]);
  }
  const local = (mention: Mention): LocalMention => {
    const named = indexOfMention(mentions, mention);
    return named >= 0 ? named : { ...mention, start: mention.start - base, end: mention.end - base };
  };
  const relative = (span: TextSpan): TextSpan => ({ start: span.start - base, end: span.end - base, text: span.text });
  const subjects: number[] = [];
  // People named as the subject of a sentence are candidates for a later "he" or "she" too.
  mentions.forEach((mention, i) => {
    if (!mention.inQuote && mention.person !== null && isSentenceSubject(sentences, sentenceAt, mention)) subjects.push(i);
  });
  return {
    inputs: incremental() ? localInputs(quotations, mentions, cues, base) : null,
    events: events.map((event) => ({
      ...event,
      sentence: event.sentence - from,
      cue: relative(event.cue),
      subject: event.subject && local(event.subject),
    })),
    subjects,
    quotations: quotations.map((quotation) => {
      const kind = kindOf(analysis, quotation, sentences, sentenceAt);
      const found = kind === 'title' ? null : explicitAttribution(analysis, quotation, sentences, sentenceAt, eventsBySentence, names);
      return { kind, found: found && { route: found.route, cue: found.cue && relative(found.cue), subject: local(found.subject) } };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Speech events: every reporting verb outside quotations, with its subject.

function findSpeechEvents(analysis: Analysis, sentences: SentenceTokens[], from: number, to: number, names: NameTable, cues: CueLexicon): SpeechEvent[] {
  const events: SpeechEvent[] = [];
  for (let s = from; s < to; s++) {
    const sentence = sentences[s];
    const tokens = sentence.tokens;
    // Read once: `inQuote` is a getter, and this loop visits every word.
    const inQuote = sentence.inQuote;
    for (let i = 0; i < tokens.length; i++) {
      if (inQuote[i] || !tokens[i].word) continue;
      const match = cues.match(tokens[i].text, tokens[i + 1]?.text);
      if (!match) continue;
      const previous = tokens[i - 1];
      // "a claim", "the post", "his statement": nouns, not verbs.
      if (previous && DETERMINERS.has(previous.text.toLowerCase())) continue;
      const last = tokens[i + match.words - 1];
      const cue = { start: tokens[i].start, end: last.end, text: analysis.prose.slice(tokens[i].start, last.end) };
      const subject = subjectBefore(analysis, sentence, i, names, match.cue) ??
        (takesSentenceSubject(sentence, i, match.cue) ? sharedSubject(events, s) ?? sentenceSubject(analysis, sentence, names, i) : null);
      if (subject) {
        events.push({ sentence: s, cue, form: match.cue, cueToken: i, subject, inverted: false });
      } else {
        const after = INVERTIBLE.has(match.cue.lemma) ? subjectAfter(analysis, sentence, i + match.words, names) : null;
        if (after || isQuoteAdjacent(sentence, i)) {
          events.push({ sentence: s, cue, form: match.cue, cueToken: i, subject: after, inverted: !!after });
        }
      }
      i += match.words - 1;
    }
  }
  return events;
}

/**
 * "Ford has said that it posted … and predicted that …": coordinated reporting verbs share the subject
 * of the main clause, the first event of the sentence with a subject before its verb.
 */
function sharedSubject(events: SpeechEvent[], sentence: number): Mention | null {
  let shared: Mention | null = null;
  for (let e = events.length - 1; e >= 0 && events[e].sentence === sentence; e--) {
    if (events[e].subject && !events[e].inverted) shared = events[e].subject;
  }
  return shared;
}

/**
 * "…, saying", "… and said", "… by saying": the verb's subject is the sentence's.
 */
function takesSentenceSubject(sentence: SentenceTokens, i: number, form: CueForm): boolean {
  const previous = sentence.tokens[i - 1]?.text.toLowerCase();
  // "quoted Djamal as saying": the speaker is the object of "quoted", not the sentence's subject.
  if (form.tense === 'gerund') return previous !== undefined && !DETERMINERS.has(previous) && previous !== 'as';
  return previous === 'and' || previous === 'then';
}

/** The most words a subject noun phrase is read over ("The Project on Government Oversight's executive director, Danielle Brian,": 12). */
const LONGEST_SUBJECT = 24;

/**
 * The subject of a sentence: the first noun phrase, after opening phrases closed by commas
 * ("Separately, Al Ansari said…", "On June 4, at the annual conference, Jobs…"), looking past a title
 * and an apposition ("Ryanair CEO, Michael O'Leary, justified…").
 */
function sentenceSubject(analysis: Analysis, sentence: SentenceTokens, names: NameTable, before: number): Mention | null {
  const tokens = sentence.tokens;
  let start = 0;
  // At most four opening phrases: a sentence of nothing else is not read to its end once per verb.
  for (let phrases = 0; phrases < 4; phrases++) {
    const word = tokens[start]?.text.toLowerCase() ?? '';
    if (!CAPITALIZED_FUNCTION_WORDS.has(word) || PRONOUNS[word] || DETERMINERS.has(word)) break;
    let comma = start + 1;
    while (comma < Math.min(before, start + 12) && tokens[comma].text !== ',') comma++;
    if (comma >= before || tokens[comma]?.text !== ',') break;
    start = comma + 1;
  }
  if (start >= before || sentence.inQuote[start]) return null;
  if (PRONOUNS[tokens[start].text.toLowerCase()]) return nounPhraseEndingAt(analysis, sentence, start, names);
  // A subject is a few words long: a sentence of nothing but capitalised words is not read to its end once per verb.
  const until = Math.min(before, start + LONGEST_SUBJECT);
  for (let k = start; k < until; k++) {
    const token = tokens[k];
    if (sentence.inQuote[k]) return null;
    const named = mentionCovering(names.mentions, token.start);
    if (named && !named.inQuote && named.person !== null) return named;
    const word = token.text.toLowerCase();
    const allowed = !token.word ? token.text === ',' : isCapitalized(token.text) || DETERMINERS.has(word) ||
      ROLE_NOUNS.has(word) || TITLE_WORDS.has(word) || SUBJECT_MODIFIERS.has(word) || word === 'of' || word === 'and' || word === 'for';
    if (!allowed) break;
  }
  // "The company said", "GM said": an organisation as the subject.
  let end = start;
  while (end + 1 < until && tokens[end + 1].word && (isCapitalized(tokens[end + 1].text) || ORGANISATION_WORDS.has(tokens[end + 1].text.toLowerCase()))) end++;
  const head = tokens[end];
  if (head && (ORGANISATION_WORDS.has(head.text.toLowerCase()) || isCapitalized(head.text))) {
    const phrase = nounPhraseEndingAt(analysis, sentence, end, names);
    if (phrase?.kind === 'organisation') return phrase;
  }
  return null;
}

/** The verb sits right after a quotation's closing mark (and a comma): "“…,” said X". */
function isQuoteAdjacent(sentence: SentenceTokens, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^[,.!?—–-]$/.test(sentence.tokens[k].text)) k--;
  return k >= 0 && /^["”’']$/.test(sentence.tokens[k].text);
}

/** The subject before a verb: a pronoun, a name (with its title), or "the <role>". */
function subjectBefore(analysis: Analysis, sentence: SentenceTokens, cueIndex: number, names: NameTable, form: CueForm): Mention | null {
  const tokens = sentence.tokens;
  let k = cueIndex - 1;
  // An infinitive, "who took to X to say": the subject of the relative clause.
  if (tokens[k]?.text.toLowerCase() === 'to' || form.tense === 'base') {
    if (!(k >= 0 && (PRONOUNS[tokens[k].text.toLowerCase()] || MODALS.has(tokens[k].text.toLowerCase())))) return null;
    if (tokens[k].text.toLowerCase() === 'to') {
      for (let w = k - 1; w >= Math.max(0, k - 8); w--) {
        if (tokens[w].text.toLowerCase() === 'who') return nounPhraseEndingAt(analysis, sentence, w - 1, names);
      }
      return null;
    }
  }
  while (k >= 0 && tokens[k].word && VERB_FILLERS.has(tokens[k].text.toLowerCase())) k--;
  if (k < 0) return null;
  // "…at the incident, saying": a participle after a comma belongs to the sentence's subject.
  if (tokens[k].text === ',' && form.tense === 'gerund') return null;
  // "X, a Kansas representative, said": skip the apposition back to the name.
  if (tokens[k].text === ',') {
    let c = k - 1;
    while (c >= 0 && c > k - 16 && tokens[c].text !== ',') c--;
    // "The bank's CEO, Ken Lewis, said": the name between the commas is the subject, its title before.
    const between = c >= 0 && tokens[c].text === ',' ? mentionCovering(names.mentions, tokens[k - 1].start) : undefined;
    if (between && between.person !== null && !between.inQuote && between.start === tokens[c + 1].start) return between;
    if (c > 0 && tokens[c].text === ',' && !sentence.inQuote[c]) return nounPhraseEndingAt(analysis, sentence, c - 1, names);
    // "Peter Boockvar, an equity strategist…, commented" with the first comma missing: the sentence's subject.
    const subject = sentenceSubject(analysis, sentence, names, k);
    return subject && (subject.kind === 'full' || subject.kind === 'surname') ? subject : null;
  }
  // "Charles O'Reilly, a management expert at Stanford University, who stated": the relative clause's
  // subject is the noun phrase before "who", past its apposition.
  if (tokens[k].text.toLowerCase() === 'who' && k > 0) {
    if (tokens[k - 1].text !== ',') return nounPhraseEndingAt(analysis, sentence, k - 1, names);
    const subject = sentenceSubject(analysis, sentence, names, k - 1);
    if (subject && (subject.kind === 'full' || subject.kind === 'surname')) return subject;
    return subjectBefore(analysis, sentence, k, names, form);
  }
  const phrase = nounPhraseEndingAt(analysis, sentence, k, names);
  // "Scott Carson, president and CEO of Boeing Commercial Airplanes said": an organisation (or a name we
  // do not know, or a role) ends an apposition; the person who opens the sentence is the subject.
  if (phrase && phrase.person === null && (phrase.kind === 'organisation' || phrase.kind === 'full' || phrase.kind === 'role')) {
    const subject = sentenceSubject(analysis, sentence, names, cueIndex);
    const between = subject ? analysis.prose.slice(subject.end, phrase.start) : '';
    if (subject && (subject.kind === 'full' || subject.kind === 'surname') && subject.end < phrase.start && between.includes(',')) return subject;
  }
  if (phrase && phrase.person !== null) return firstOfJointSubject(sentence, phrase, names) ?? phrase;
  return phrase;
}

/**
 * "UAW President Ron Gettelfinger and Vice President Gerald Bantom said": two people speak together; the
 * attribution names the first, who leads the statement.
 */
function firstOfJointSubject(sentence: SentenceTokens, phrase: Mention, names: NameTable): Mention | null {
  const tokens = sentence.tokens;
  let j = tokenFrom(tokens, phrase.start) - 1;
  while (j >= 0 && tokens[j].word && (TITLE_WORDS.has(tokens[j].text.toLowerCase()) || ROLE_NOUNS.has(tokens[j].text.toLowerCase()))) j--;
  if (j < 1 || tokens[j].text !== 'and' || sentence.inQuote[j - 1]) return null;
  const first = mentionCovering(names.mentions, tokens[j - 1].start);
  return first && first.person !== null && !first.inQuote && first.end <= tokens[j].start ? first : null;
}

/** "said Angers", "says ANA senior vice president Mitsuo Morimoto", "said the foreign ministry spokesman". */
function subjectAfter(analysis: Analysis, sentence: SentenceTokens, from: number, names: NameTable): Mention | null {
  const tokens = sentence.tokens;
  if (from >= tokens.length || sentence.inQuote[from]) return null;
  const word = tokens[from].text.toLowerCase();
  if (PRONOUNS[word] && word !== 'it') return mentionOf(analysis, tokens[from], tokens[from], 'pronoun', null);
  let end = from;
  const determined = DETERMINERS.has(word) && word !== 'that' && word !== 'this';
  if (determined) end++;
  // Role words and capitalised words up to the head: a name, or a role noun.
  let last = -1;
  while (end < tokens.length && tokens[end].word && end - from < 10) {
    const w = tokens[end].text;
    if (isCapitalized(w) || ROLE_NOUNS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()) ||
      NAME_PARTICLES.has(w.toLowerCase())) {
      last = end;
      end++;
    } else if ((determined && last < 0 && end - from <= 4 && /^[\p{Ll}]/u.test(w)) || SUBJECT_MODIFIERS.has(w.toLowerCase())) {
      end++; // "the foreign ministry spokesman", "ANA senior vice president Mitsuo Morimoto"
    } else {
      break;
    }
  }
  if (last < 0) return null;
  // "said the general secretary of the British union Unite, Tony Woodley": the name closes the sentence.
  const closing = closingName(sentence, end, names);
  if (closing) return closing;
  return nounPhraseEndingAt(analysis, sentence, last, names, from);
}

/** A person named at the end of the sentence after a comma, within a few words. */
function closingName(sentence: SentenceTokens, from: number, names: NameTable): Mention | null {
  const tokens = sentence.tokens;
  // "said the vice president and chairman of Chrysler LLC Jim Press": a title that runs into the name.
  for (let k = from; k < Math.min(tokens.length, from + 12); k++) {
    const token = tokens[k];
    const named = token.word ? mentionCovering(names.mentions, token.start) : undefined;
    if (named && named.person !== null && !named.inQuote) return named;
    const word = token.text.toLowerCase();
    const titleLike = token.word && (isCapitalized(token.text) || ROLE_NOUNS.has(word) || TITLE_WORDS.has(word) ||
      SUBJECT_MODIFIERS.has(word) || word === 'of' || word === 'and' || word === 'the');
    if (!titleLike) break;
  }
  for (let k = from; k < Math.min(tokens.length, from + 12); k++) {
    if (tokens[k].text !== ',') continue;
    const named = tokens[k + 1] && mentionCovering(names.mentions, tokens[k + 1].start);
    if (named && named.person !== null && !named.inQuote) {
      let rest = tokenFrom(tokens, named.end);
      while (rest < tokens.length && !tokens[rest].word) rest++;
      if (rest === tokens.length) return named;
    }
  }
  return null;
}

/** The noun phrase whose last word is tokens[k]; `from` bounds it on the left when known. */
function nounPhraseEndingAt(analysis: Analysis, sentence: SentenceTokens, k: number, names: NameTable, from?: number): Mention | null {
  const tokens = sentence.tokens;
  const head = tokens[k];
  if (!head || !head.word || sentence.inQuote[k]) return null;
  const word = head.text.toLowerCase();
  if (PRONOUNS[word]) {
    return word === 'i' || word === 'we' ? null : mentionOf(analysis, head, head, 'pronoun', null);
  }
  // A known name mention ending here.
  const known = mentionCovering(names.mentions, head.start);
  if (known && !known.inQuote) return known;
  let start = k;
  // Bounded like a subject: a run of capitals is not walked back to the sentence's start once per verb.
  const floor = Math.max(from ?? 0, k - LONGEST_SUBJECT);
  if (isCapitalized(head.text) && !CAPITALIZED_FUNCTION_WORDS.has(word)) {
    const capitalizedWord = (t: Token | undefined) => !!t?.word && isCapitalized(t.text) && !CAPITALIZED_FUNCTION_WORDS.has(t.text.toLowerCase());
    let connected = false;
    for (;;) {
      while (start - 1 >= floor && tokens[start - 1].word && (isCapitalized(tokens[start - 1].text) ||
        NAME_PARTICLES.has(tokens[start - 1].text.toLowerCase())) && !CAPITALIZED_FUNCTION_WORDS.has(tokens[start - 1].text.toLowerCase())) start--;
      // "the Project on Government Oversight", "Bank of America": a connector inside a capitalised name.
      if (start - 2 >= floor && ORGANISATION_CONNECTORS.has(tokens[start - 1].text) && capitalizedWord(tokens[start - 2])) {
        start -= 2;
        connected = true;
        continue;
      }
      break;
    }
    // "The US Treasury", "the Project on …": people's names take no article; organisations do.
    const article = start - 1 >= floor && tokens[start - 1].text.toLowerCase() === 'the';
    const organisation = ORGANISATION_WORDS.has(word.replace(/['’]s$/, '')) || k === start || connected || article;
    return mentionOf(analysis, tokens[start], head, organisation ? 'organisation' : 'full', null);
  }
  if (ROLE_NOUNS.has(word) || ORGANISATION_WORDS.has(word)) {
    // Back over modifiers to a determiner: "the foreign ministry spokesman", "the MoFA spokesperson".
    while (start - 1 >= floor && tokens[start - 1].word && start > k - 6 && !DETERMINERS.has(tokens[start - 1].text.toLowerCase()) &&
      !/^(?:and|or|but|that|which|who|when|as)$/i.test(tokens[start - 1].text)) start--;
    if (start - 1 >= floor && DETERMINERS.has(tokens[start - 1]?.text.toLowerCase() ?? '')) start--;
    // A lower-case head needs a determiner or a capitalised word before it: "the company", "Boeing
    // spokesman" — not "several times".
    const opener = tokens[start].text;
    if (!DETERMINERS.has(opener.toLowerCase()) && !isCapitalized(opener) && !/['’]s$/.test(opener) && !ROLE_NOUNS.has(word)) return null;
    const kind: MentionKind = ROLE_NOUNS.has(word) ? 'role' : 'organisation';
    return mentionOf(analysis, tokens[start], head, kind, null);
  }
  return null;
}

/** The name mention at an offset, its end included ("Netanyahu" before "’s"); mentions sorted by start. */
function mentionCovering(mentions: readonly Mention[], offset: number): Mention | undefined {
  return mentions[indexAt(mentions, offset, (m) => ({ start: m.start, end: m.end + 1 }))];
}

function mentionOf(analysis: Analysis, first: Token, last: Token, kind: MentionKind, person: number | null): Mention {
  return { start: first.start, end: last.end, text: analysis.prose.slice(first.start, last.end), kind, person, inQuote: false };
}

// ---------------------------------------------------------------------------------------------
// Routes (a) and (b): the quotation's own sentences.

interface Found {
  route: Route;
  cue: TextSpan | null;
  subject: Mention;
}

function explicitAttribution(analysis: Analysis, quotation: Quotation, sentences: SentenceTokens[],
  sentenceAt: (offset: number) => number, eventsBySentence: Map<number, SpeechEvent[]>, names: NameTable): Found | null {
  const first = sentenceAt(quotation.start);
  const last = sentenceAt(quotation.end - 1);
  if (first < 0 || last < 0) return null;

  // `“…,” X said` / `“…,” said X`: a reporting verb within a few words after the closing mark.
  const closing = sentences[last];
  const afterIndex = tokenFrom(closing.tokens, quotation.end);
  const afterStart = afterIndex < closing.tokens.length ? afterIndex : -1;
  if (afterStart >= 0) {
    // The subject right after the quote ("…,” Joseph Brusuelas, chief economist at …, said"), or the
    // verb right after it ("…,” said X").
    const near = (offset: number, words: number) => {
      const index = tokenFrom(closing.tokens, offset);
      return index < closing.tokens.length && index >= afterStart && index - afterStart <= words;
    };
    // Only the events within a few words of the closing mark (a long sentence must not cost a scan per quotation).
    const closingEvents = eventsWithin(eventsBySentence.get(last) ?? [], afterStart, afterStart + 24);
    const event = closingEvents.find((ev) => ev.cueToken >= afterStart && ev.subject &&
      ev.cue.start > quotation.end && !quotedAsSaying(closing, ev) &&
      (ev.inverted ? near(ev.cue.start, 3) : ev.subject.start >= quotation.end && near(ev.subject.start, 3) && ev.cueToken - afterStart <= 20));
    if (event?.subject) return { route: 'explicit', cue: event.cue, subject: event.subject };
    const asSaying = closingEvents.find((ev) => ev.cueToken >= afterStart && quotedAsSaying(closing, ev));
    if (asSaying) {
      const object = subjectAfter(analysis, closing, asSaying.cueToken + 1, names);
      if (object) return { route: 'explicit', cue: asSaying.cue, subject: object };
    }
  }

  // “How can it go away?” Alan Mulally asked. — the question mark ended the sentence before the attribution.
  // “… concerned.” Mr MacFarlane said. — a full stop in the quotation, and a sentence that is only the attribution.
  const next = sentences[last + 1];
  const ending = endingMark(analysis.prose, quotation);
  if (next && next.paragraph === closing.paragraph && ending !== null &&
    (afterStart < 0 || !hasWordFrom(closing.tokens, afterStart))) {
    const question = ending !== '.';
    const event = eventsWithin(eventsBySentence.get(last + 1) ?? [], 0, 5).find((ev) => ev.subject &&
      (ev.inverted ? ev.cueToken === 0 : ev.subject.start >= next.tokens[0].start && ev.subject.start <= (next.tokens[2] ?? next.tokens[0]).start) &&
      (question || !hasWordFrom(next.tokens, ev.cueToken + 1)));
    if (event?.subject) return { route: 'explicit', cue: event.cue, subject: event.subject };
  }

  // `X said: “…”` / `X, who took to X to say “…”` / a partial quotation in its speaker's sentence.
  const opening = sentences[first];
  const nearest = nearestEventBefore(eventsBySentence.get(first) ?? [], quotation.start);
  if (nearest?.subject) return { route: 'explicit', cue: nearest.cue, subject: nearest.subject };

  // A partial quotation woven into a sentence whose subject is a person: the subject said it.
  const openFrom = tokenFrom(opening.tokens, quotation.start);
  const openAt = openFrom < opening.tokens.length ? openFrom : -1;
  const subject = openAt > 1 ? sentenceSubject(analysis, opening, names, openAt) : null;
  if (subject && (subject.kind === 'full' || subject.kind === 'surname' || subject.kind === 'pronoun') && subject.end <= quotation.start) {
    return { route: 'explicit', cue: null, subject };
  }

  // A passive verb with its agent: "The iPhone was praised by Jobs as “the biggest leap…”".
  const agent = passiveAgent(analysis, opening, openAt, names);
  if (agent) return { route: 'explicit', cue: null, subject: agent };

  // Transcript style: `Secretary of the Air Force James Roche: “…”`.
  const openIndex = openAt;
  if (openIndex > 1 && opening.tokens[openIndex - 1].text === ':') {
    const subject = nounPhraseEndingAt(analysis, opening, openIndex - 2, names);
    if (subject && subject.kind !== 'organisation') return { route: 'explicit', cue: null, subject };
  }

  // `according to X`, anywhere in the quotation's sentences outside it.
  for (let s = first; s <= last; s++) {
    const tokens = sentences[s].tokens;
    for (const i of accordingTo(sentences[s])) {
      if (sentences[s].inQuote[i]) continue;
      const subject = subjectAfter(analysis, sentences[s], i + 2, names);
      if (subject) {
        return { route: 'according-to', cue: { start: tokens[i].start, end: tokens[i + 1].end, text: 'according to' }, subject };
      }
    }
  }
  return null;
}

/**
 * The mark that ends the quotation's words (`?`, `!` or `.`, before its closing mark, blanks aside), or null.
 * Read from its end: a quotation can be as long as its paragraph, and there are as many as there are marks.
 */
function endingMark(prose: string, quotation: Quotation): string | null {
  let at = quotation.end - 1;
  while (at >= quotation.start && /\s/.test(prose[at])) at--;
  if (at >= quotation.start && '"”’\''.includes(prose[at])) at--;
  return at >= quotation.start && '?!.'.includes(prose[at]) ? prose[at] : null;
}

/** Whether a word follows token `from` in the sentence. */
function hasWordFrom(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) if (tokens[k].word) return true;
  return false;
}

/**
 * Where "according to" stands in a sentence, followed by at least one token, found once per sentence: every
 * quotation of the sentence asks, and a sentence of a thousand quotations must not be read a thousand times.
 */
const accordingToBySentence = new WeakMap<SentenceTokens, number[]>();
function accordingTo(sentence: SentenceTokens): number[] {
  let found = accordingToBySentence.get(sentence);
  if (found) return found;
  found = [];
  const tokens = sentence.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    // The length first: most words are not "according", and need no lower-casing.
    if (tokens[i].text.length === 9 && tokens[i].text.toLowerCase() === 'according' && tokens[i + 1].text.toLowerCase() === 'to') found.push(i);
  }
  accordingToBySentence.set(sentence, found);
  return found;
}

/** The events of a sentence (in order) whose verb is token `from` to token `to`. */
function eventsWithin(events: readonly SpeechEvent[], from: number, to: number): SpeechEvent[] {
  const lo = lowerBound(events, from, (event) => event.cueToken);
  const within: SpeechEvent[] = [];
  for (let e = lo; e < events.length && events[e].cueToken <= to; e++) within.push(events[e]);
  return within;
}

/** The last event before `offset` with its subject before its verb ("X said: “…”"); a bounded look back. */
function nearestEventBefore(events: readonly SpeechEvent[], offset: number): SpeechEvent | undefined {
  // The events whose verb ends at or before `offset` (offsets are integers): events[0 .. lo).
  const lo = lowerBound(events, offset + 1, (event) => event.cue.end);
  for (let e = lo - 1; e >= 0 && e >= lo - 32; e--) if (events[e].subject && !events[e].inverted) return events[e];
  return undefined;
}

/** "was praised by Jobs as “…”", "was described by the minister as “…”": the agent said the quoted words. */
function passiveAgent(analysis: Analysis, sentence: SentenceTokens, openAt: number, names: NameTable): Mention | null {
  const tokens = sentence.tokens;
  if (openAt < 4 || tokens[openAt - 1].text.toLowerCase() !== 'as') return null;
  for (let b = openAt - 2; b >= Math.max(1, openAt - 6); b--) {
    if (!tokens[b].word || sentence.inQuote[b]) return null;
    if (tokens[b].text.toLowerCase() !== 'by') continue;
    // The verb before "by" is a past participle after a form of "be": "was praised", "has been described".
    const verb = tokens[b - 1].text.toLowerCase();
    const auxiliary = tokens[b - 2]?.text.toLowerCase() ?? '';
    if (!/(?:ed|en)$/.test(verb) || !/^(?:was|were|is|are|been|be|being)$/.test(auxiliary)) return null;
    const agent = nounPhraseEndingAt(analysis, sentence, openAt - 2, names, b + 1);
    return agent && (agent.person !== null || agent.kind === 'role' || agent.kind === 'pronoun') ? agent : null;
  }
  return null;
}

/** "Detik.com quoted Djamal as saying": the speaker is the object of "quoted". */
function quotedAsSaying(sentence: SentenceTokens, event: SpeechEvent): boolean {
  if (event.form.lemma !== 'quote') return false;
  const tokens = sentence.tokens.slice(event.cueToken + 1, event.cueToken + 8).map((t) => t.text.toLowerCase());
  return tokens.includes('as') && tokens.includes('saying');
}

// ---------------------------------------------------------------------------------------------
// Route (c), and interrupted quotations: speakers carried from one quotation to the next.

function inheritAttributions(analysis: Analysis, topLevel: Quotation[], attributions: Array<Attribution | null>): void {
  const quotations = analysis.quotes.quotations;
  // AP running quotes: every part of a chain shares the speaker found on any part.
  for (const quotation of topLevel) {
    if (quotation.continuesFrom !== null) continue;
    const chain: Attribution[] = [];
    for (let q: Quotation | undefined = quotation; q; q = q.continuesTo !== null ? quotations[q.continuesTo] : undefined) {
      const attribution = attributions[q.index];
      if (attribution) chain.push(attribution);
    }
    const source = [...chain].reverse().find((a) => a.speaker);
    if (!source) continue;
    for (const part of chain) if (!part.speaker) inherit(part, source, 'running');
  }
  // Interrupted (“…,” he said. “…”) and floating (a paragraph that is only a quote) quotations.
  for (let i = 1; i < topLevel.length; i++) {
    const quotation = topLevel[i];
    const attribution = attributions[quotation.index]!;
    if (attribution.speaker || attribution.kind === 'title') continue;
    // “…,” “….” Mr X said.: quotations side by side, with only punctuation between, share the attribution
    // that closes the last of them.
    const closing = closingAttribution(analysis, topLevel, attributions, i);
    if (closing) {
      inherit(attribution, closing, 'explicit', 'the speaker of the quotation beside it, named after it');
      continue;
    }
    const previous = attributions[topLevel[i - 1].index]!;
    if (!previous.speaker) continue;
    const prevQuote = topLevel[i - 1];
    const sameParagraph = prevQuote.paragraph === quotation.paragraph;
    if (sameParagraph && previous.route === 'explicit' && previous.cue &&
      previous.cue.start > prevQuote.end && onlyAttributionBetween(analysis, previous.cue.end, quotation.start)) {
      inherit(attribution, previous, 'explicit');
    } else if (sameParagraph && /^[\s.…,;:—–-]*$/.test(analysis.prose.slice(prevQuote.end, quotation.start))) {
      // "…in Europe"... "In addition, …": two quotations with only punctuation between are one speaker's.
      inherit(attribution, previous, previous.route ?? 'explicit');
    } else if (prevQuote.paragraph === quotation.paragraph - 1 && isQuoteOnlyParagraph(analysis, quotation)) {
      inherit(attribution, previous, 'running');
    }
  }
}

/** The explicit attribution after the last of the quotations that directly follow topLevel[i], if any. */
function closingAttribution(analysis: Analysis, topLevel: Quotation[], attributions: Array<Attribution | null>, i: number): Attribution | null {
  for (let j = i; j + 1 < topLevel.length && j - i < 4; j++) {
    const here = topLevel[j];
    const next = topLevel[j + 1];
    // A quotation that closes on a comma (“…,”) waits for its attribution; one that closes on a full stop
    // is complete, and the next quotation may be someone else's.
    const closesOnComma = here.close !== null && analysis.prose.slice(here.start, here.close).trimEnd().endsWith(',');
    if (next.paragraph !== here.paragraph || !closesOnComma || !/^[\s,;]*$/.test(analysis.prose.slice(here.end, next.start))) return null;
    const attribution = attributions[next.index]!;
    if (attribution.speaker) {
      return attribution.route === 'explicit' && attribution.cue && attribution.cue.start > next.end ? attribution : null;
    }
  }
  return null;
}

/**
 * A quotation that is a whole sentence, right after a sentence in its paragraph whose reporting verb
 * names a speaker ("… chairman Dieter Zetsche denied the reports. “We do not exclude any option.”"): wire
 * copy joined into one paragraph what was a quote-only paragraph. Same speaker, as a running quote.
 */
function inheritFromSentenceBefore(topLevel: Quotation[], attributions: Array<Attribution | null>,
  sentences: SentenceTokens[], sentenceAt: (offset: number) => number, eventsBySentence: Map<number, SpeechEvent[]>): void {
  // Attributions by where their speaker mention starts, built when first needed.
  let bySpeakerStart: Map<number, Attribution> | null = null;
  for (const quotation of topLevel) {
    const attribution = attributions[quotation.index]!;
    if (attribution.speaker || attribution.kind !== 'direct') continue;
    const first = sentenceAt(quotation.start);
    if (first <= 0 || sentences[first].span.start !== quotation.start) continue;
    const before = sentences[first - 1];
    if (before.paragraph !== sentences[first].paragraph) continue;
    const previous = eventsBySentence.get(first - 1) ?? [];
    let event: SpeechEvent | undefined;
    for (let e = previous.length - 1; e >= 0 && !event; e--) {
      const subject = previous[e].subject;
      if (subject && (subject.person !== null || subject.kind === 'full' || subject.kind === 'surname')) event = previous[e];
    }
    if (!bySpeakerStart) {
      bySpeakerStart = new Map();
      for (const a of attributions) if (a?.speaker && !bySpeakerStart.has(a.speaker.start)) bySpeakerStart.set(a.speaker.start, a);
    }
    const source = event && bySpeakerStart.get(event.subject!.start);
    if (source) inherit(attribution, source, 'running');
    else if (event?.subject && event.subject.person !== null) {
      attribution.route = 'running';
      attribution.cue = event.cue;
      attribution.speaker = event.subject;
      attribution.person = event.subject.person;
      attribution.resolution = 'the speaker of the sentence before';
    }
  }
}

function inherit(target: Attribution, source: Attribution, route: Route, resolution?: string): void {
  target.route = route;
  target.cue = source.cue;
  target.speaker = source.speaker;
  target.person = source.person;
  target.organisation = source.organisation;
  target.resolution = resolution ?? route === 'running'
    ? 'carried over from the quotation before it'
    : 'the same speaker as the first half of this interrupted quotation';
}

/** Between the verb of "“…,” he said." and the next quotation: only the end of that sentence. */
function onlyAttributionBetween(analysis: Analysis, from: number, to: number): boolean {
  const between = analysis.prose.slice(from, to);
  return between.length < 80 && /^[^"“”]*[.,:;]\s*$/.test(between);
}

function isQuoteOnlyParagraph(analysis: Analysis, quotation: Quotation): boolean {
  const paragraph = analysis.article.paragraphs[quotation.paragraph];
  return quotation.start === paragraph.start && (quotation.close === null || paragraph.end - quotation.end <= 1);
}

// ---------------------------------------------------------------------------------------------
// Resolving a speaker mention to a person.

interface Resolved {
  person: number | null;
  resolution: string | null;
  /** A pronoun ("it", "they") that stands for an organisation: the organisation's mention. */
  organisation?: string;
}

/** Each name (surname) key → the first person, in table order, with that key; and the keys' lengths. */
interface KeyIndex {
  first: Map<string, number>;
  lengths: Set<number>;
}

/**
 * What a table's names answer, kept from one analysis to the next while the people's indices, names and
 * surnames stay the same (most keystrokes change none of them).
 */
interface NameIndex {
  /** The people's indices, names and surnames, in table order: all the answers depend on. */
  people: string;
  name?: KeyIndex;
  surname?: KeyIndex;
  /** Speaker words → the person whose name (else surname) ends them. */
  endings: Map<string, number | undefined>;
}
let lastNameIndex: NameIndex | null = null;

class SpeakerResolver {
  /** The most recent speakers, latest last: pronouns resolve to them. */
  private readonly recent: Array<{ person: number | null; mention: Mention; plural: boolean }> = [];
  private readonly genders = new Map<number, 'm' | 'f'>();
  private readonly resolvedStarts = new Set<number>();

  constructor(private readonly names: NameTable, private readonly resolvedMentions: Mention[]) {
    for (const person of names.people) if (person.gender) this.genders.set(person.index, person.gender);
  }

  /** The name index of this table: built, or taken from the last analysis, on first use. */
  private index: NameIndex | null = null;
  private nameIndex(): NameIndex {
    if (this.index) return this.index;
    let people = '';
    for (const p of this.names.people) people += `${p.index}\u0001${p.name}\u0001${p.surname}\u0002`;
    if (lastNameIndex?.people !== people) lastNameIndex = { people, endings: new Map() };
    return (this.index = lastNameIndex);
  }

  /**
   * The first person (table order) whose name (or surname) key ends `key`: the key's suffixes looked up
   * (only those as long as some key), instead of every person tried against the key.
   */
  private endingIn(key: string, field: 'name' | 'surname'): number | undefined {
    const people = this.names.people;
    const names = this.nameIndex();
    let index = names[field];
    if (!index) {
      index = { first: new Map(), lengths: new Set() };
      for (let i = 0; i < people.length; i++) {
        const personKey = nameKey(people[i][field]);
        if (!index.first.has(personKey)) index.first.set(personKey, i);
        index.lengths.add(personKey.length);
      }
      names[field] = index;
    }
    let best: number | undefined;
    for (let i = 0; i <= key.length; i++) {
      if (!index.lengths.has(key.length - i)) continue;
      const found = index.first.get(i === 0 ? key : key.slice(i));
      if (found !== undefined && (best === undefined || found < best)) best = found;
    }
    return best === undefined ? undefined : people[best].index;
  }

  /** The person a speaker's words end in the name (else the surname) of: "the company" comes back often. */
  private personEnding(text: string): number | undefined {
    const endings = this.nameIndex().endings;
    if (endings.has(text)) return endings.get(text);
    const key = nameKey(text);
    const person = this.endingIn(key, 'name') ?? this.endingIn(key, 'surname');
    if (endings.size >= 10_000) endings.clear();
    endings.set(text, person);
    return person;
  }

  resolveEvent(event: SpeechEvent): void {
    if (event.subject) this.resolve(event.subject);
  }

  /** A person named as a sentence's subject: the nearest candidate for a following pronoun. */
  noteSubject(mention: Mention): void {
    const last = this.recent[this.recent.length - 1];
    if (last && last.mention.start === mention.start) return;
    this.recent.push({ person: mention.person, mention, plural: false });
    if (this.recent.length > 20) this.recent.shift();
  }

  resolve(mention: Mention): Resolved {
    const result = this.lookup(mention);
    if (mention.kind === 'pronoun' || mention.kind === 'role' || mention.kind === 'organisation') {
      if (!this.resolvedStarts.has(mention.start)) {
        this.resolvedStarts.add(mention.start);
        this.resolvedMentions.push({ ...mention, person: result.person });
      }
    }
    if (result.person !== null || mention.kind === 'organisation') {
      this.recent.push({ person: result.person, mention, plural: mention.kind === 'organisation' });
      if (this.recent.length > 20) this.recent.shift();
    }
    if (result.person !== null && mention.kind === 'pronoun') {
      const gender = PRONOUNS[mention.text.toLowerCase()];
      if (gender === 'm' || gender === 'f') this.genders.set(result.person, gender);
    }
    return result;
  }

  private lookup(mention: Mention): Resolved {
    if (mention.person !== null && (mention.kind === 'full' || mention.kind === 'surname')) {
      return { person: mention.person, resolution: mention.kind === 'full' ? 'named in full' : 'surname of a person introduced earlier' };
    }
    // A name with a title in front ("Air Force James Roche"): the person whose name or surname ends it.
    // (Not for a pronoun: a name never resolves one.)
    if (mention.kind !== 'pronoun') {
      const byName = this.personEnding(mention.text);
      const named = byName !== undefined ? this.names.people[byName] : undefined;
      if (named) return { person: named.index, resolution: 'named' };
    }
    if (mention.kind === 'pronoun') {
      const gender = PRONOUNS[mention.text.toLowerCase()];
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const candidate = this.recent[i];
        if (gender === 'plural' || gender === 'neuter') {
          if (candidate.plural) {
            return { person: candidate.person, resolution: 'pronoun → the nearest earlier organisation speaking', organisation: candidate.mention.text };
          }
          continue;
        }
        if (candidate.person === null) continue;
        const known = this.genders.get(candidate.person);
        if (known && known !== gender) continue;
        return { person: candidate.person, resolution: `pronoun “${mention.text}” → the nearest earlier speaker` };
      }
      return { person: null, resolution: null };
    }
    if (mention.kind === 'role') return this.byRole(mention);
    return { person: null, resolution: null };
  }

  /** The people whose title has each role (by role key), in table order: built on first use. */
  private roles: Map<string, Person[]> | null = null;
  private byRoleKey(): Map<string, Person[]> {
    if (this.roles) return this.roles;
    this.roles = new Map();
    for (const p of this.names.people) {
      for (const role of roleKeysOf(p.title ?? '')) {
        const list = this.roles.get(role);
        if (list) list.push(p); else this.roles.set(role, [p]);
      }
    }
    return this.roles;
  }

  /** "the foreign ministry spokesman" → the person whose title has the role; modifiers break ties. */
  private byRole(mention: Mention): { person: number | null; resolution: string | null } {
    const { head, modifiers, gender } = roleWords(mention.text);
    const candidates = this.byRoleKey().get(head) ?? [];
    if (candidates.length === 0) return { person: null, resolution: null };
    // Each candidate's score and recency, once: the sort asks for them at every comparison.
    const ranks = new Map(candidates.map((p) => {
      const words = affiliationWords(p);
      let recent = -1;
      for (let i = this.recent.length - 1; i >= 0 && recent < 0; i--) if (this.recent[i].person === p.index) recent = i;
      return [p, { score: modifiers.filter((m) => words.has(m)).length, recent }];
    }));
    const best = [...candidates].sort((a, b) => ranks.get(b)!.score - ranks.get(a)!.score || ranks.get(b)!.recent - ranks.get(a)!.recent)[0];
    if (gender && this.genders.get(best.index) && gender !== this.genders.get(best.index)) return { person: null, resolution: null };
    return { person: best.index, resolution: `role “${mention.text}” → ${best.title}` };
  }
}

/**
 * A role mention's head (role key), its modifiers and the gender its last word gives: "the foreign ministry
 * spokeswoman". The same mentions come back on every analysis of a document: kept by their text, like role keys.
 */
function roleWords(text: string): { head: string; modifiers: string[]; gender: ReturnType<typeof genderOfTitle> } {
  let found = roleMentions.get(text);
  if (!found) {
    const words = text.toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
    const last = words[words.length - 1];
    found = { head: roleKey(last), modifiers: words.slice(0, -1).filter((w) => !DETERMINERS.has(w)), gender: genderOfTitle(last) };
    if (roleMentions.size >= 10_000) roleMentions.clear();
    roleMentions.set(text, found);
  }
  return found;
}
const roleMentions = new Map<string, ReturnType<typeof roleWords>>();

/**
 * The role keys of a title's words, each once. Titles come back on every analysis of a document (the
 * table is rebuilt, its titles are the same): kept by title, and forgotten when too many.
 */
function roleKeysOf(title: string): readonly string[] {
  let keys = titleRoles.get(title);
  if (!keys) {
    keys = [...new Set(title.toLowerCase().split(/[\s,]+/).map(roleKey))];
    if (titleRoles.size >= 10_000) titleRoles.clear();
    titleRoles.set(title, keys);
  }
  return keys;
}
const titleRoles = new Map<string, readonly string[]>();

/**
 * The words of a person's title and affiliation: "foreign" and "ministry" match "Ministry of Foreign
 * Affairs (MoFA)", "mofa" its initials. Kept by their text across analyses, like role keys.
 */
function affiliationWords(person: Person): Set<string> {
  const affiliation = `${person.title ?? ''} ${person.affiliation}`;
  let words = affiliations.get(affiliation);
  if (!words) {
    words = new Set(affiliation.toLowerCase().split(/[^\p{L}]+/u));
    if (affiliations.size >= 10_000) affiliations.clear();
    affiliations.set(affiliation, words);
  }
  return words;
}
const affiliations = new Map<string, Set<string>>();

// ---------------------------------------------------------------------------------------------

/** Scare quotes (1–3 words with no speaker nearby) and titles ("the 787 “Dreamliner”") are not direct quotes. */
function kindOf(analysis: Analysis, quotation: Quotation, sentences: SentenceTokens[], sentenceAt: (offset: number) => number): QuotationKind {
  const inner = analysis.prose.slice(quotation.start + 1, quotation.close ?? quotation.end).trim();
  // Six words make a direct quotation whatever stands around them: a long one is not read further.
  const words = firstWords(inner, 6);
  if (words.length > 5) return 'direct';
  const sentence = sentences[sentenceAt(quotation.start)];
  const at = sentence ? tokenFrom(sentence.tokens, quotation.start) : 0;
  const before = sentence ? sentence.tokens.slice(Math.max(0, at - 2), at).filter((t) => t.end <= quotation.start) : [];
  const capitalized = (w: string) => isCapitalized(w) || OPENS_WITH_FIGURE.test(w);
  // "Back to the Mac", "Launchpad.", "Black Monday": capitalised words (small words between) are a name.
  if (words.length > 0 && words.length <= 5 && capitalized(words[0]) && capitalized(words[words.length - 1]) &&
    words.every((w) => capitalized(w) || TITLE_SMALL_WORDS.has(w.toLowerCase())) && !/[,!?]$/.test(inner) &&
    !(words.length > 1 && PRONOUNS[words[0].toLowerCase()])) return 'title';
  if (before.some((t) => TITLE_CUES.test(t.text)) && words.length <= 3) return 'title';
  if (words.length <= 3 && !/[.!?]$/.test(inner)) return 'scare';
  return 'direct';
}

/** The first `limit` words of `text` with a letter or figure in them (as `text.split(/\s+/)` cuts them). */
function firstWords(text: string, limit: number): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < text.length && words.length < limit) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
    const word = text.slice(start, i);
    if (hasLetterOrFigure(word)) words.push(word);
  }
  return words;
}

const LETTER_OR_FIGURE = /[\p{L}\p{N}]/u;
/** As LETTER_OR_FIGURE.test(word), ASCII answered without it. */
function hasLetterOrFigure(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    if (c >= 128) return LETTER_OR_FIGURE.test(word);
  }
  return false;
}

/**
 * "Library director Priya Nair welcomed…", "Separately, Al Ansari said…": only titles, modifiers and an
 * opening phrase closed by a comma stand before the name in its sentence.
 */
function isSentenceSubject(sentences: SentenceTokens[], sentenceAt: (offset: number) => number, mention: Mention): boolean {
  const sentence = sentences[sentenceAt(mention.start)];
  if (!sentence) return false;
  // Back from the name to the last comma (or the sentence's start): only what stands since then counts.
  // Bounded, so a sentence without a full stop costs no scan per name.
  const tokens = sentence.tokens;
  const at = tokenFrom(tokens, mention.start);
  for (let k = at - 1; k >= 0; k--) {
    if (at - k > 40) return false;
    const token = tokens[k];
    if (token.text === ',') return true;
    if (!token.word) return false;
    const word = token.text.toLowerCase();
    if (!(isCapitalized(token.text) || DETERMINERS.has(word) || ROLE_NOUNS.has(word) || TITLE_WORDS.has(word) ||
      SUBJECT_MODIFIERS.has(word))) return false;
  }
  return true;
}

const SUBJECT_MODIFIERS = new Set(['official', 'senior', 'former', 'acting', 'deputy', 'chief', 'council', 'member',
  'current', 'new', 'then', 'interim', 'incoming', 'outgoing', 'longtime', 'veteran', 'top', 'lead',
  'library', 'fire', 'police', 'foreign', 'prime', 'vice', 'general', 'executive', 'managing', 'presidential',
  'worldwide', 'global', 'regional', 'national', 'market', 'industry', 'aerospace', 'aviation', 'auto', 'union']);

/** The index of the first token that starts at or after `offset` (tokens.length when none): a binary search. */
function tokenFrom(tokens: readonly Token[], offset: number): number {
  return firstStartingFrom(tokens, offset);
}

function sentenceFinder(sentences: SentenceTokens[]): (offset: number) => number {
  return (offset) => indexAt(sentences, offset, (sentence) => sentence.span);
}
