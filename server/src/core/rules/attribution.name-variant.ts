import type { Analysis } from '../analyse';
import { CAPITALIZED_FUNCTION_WORDS, TITLE_WORDS } from '../people/lexicon';
import { nameKey, type Person } from '../people/names';
import type { Span } from '../text';
import { isCapitalized } from '../tokens';
import { memo } from '../incremental';
import { covers, inHeadline, paragraphViews, surnameTail, type ParagraphViews } from './attribution.common';
import type { Draft, Rule } from './rule';
import { firstStartingFrom } from '../spans';

/** Surnames this long (letters) or longer may be matched one letter apart (Zelensky / Zelenskyy). */
export const MIN_FUZZY_LENGTH = 6;

interface Occurrence extends Span {
  /** The surname as written here. */
  text: string;
}

export const attributionNameVariant: Rule = {
  id: 'attribution.name-variant',
  title: 'One person’s name spelled two ways',
  severity: 'warning',
  fixable: true,
  summary: 'A person’s name spelled two ways in one article (Al-Thani / Al Thani, Zelensky / Zelenskyy): the first reference’s spelling wins.',
  check(analysis) {
    const drafts: Draft[] = [];
    for (const group of groups(analysis)) {
      // Spelt alike everywhere (most people): nothing to report, no order needed.
      if (allSpeltAs(group.occurrences, group.occurrences[0].text)) continue;
      const occurrences = group.occurrences.sort((a, b) => a.start - b.start);
      // The body's first reference: a headline is written apart, often by another hand.
      const reference = occurrences.find((o) => !inHeadline(analysis, o.start)) ?? occurrences[0];
      const spelled = spelling(reference.text);
      for (const occurrence of occurrences) {
        if (occurrence === reference) continue;
        if (occurrence.text === reference.text || spelling(occurrence.text) === spelled) continue;
        drafts.push({
          start: occurrence.start,
          end: occurrence.end,
          message: `“${occurrence.text}” is spelled “${reference.text}” at the first reference to ${group.name}: spell a name one way.`,
          explanation: 'A name spelled two ways reads as two people, or as a mistake. Use one spelling — the one the ' +
            'article introduces the person with — throughout, checked against the person’s own usage or the ' +
            'house transliteration style.',
          related: [{ start: reference.start, end: reference.end, message: `First reference: ${reference.text}` }],
          fixes: [{ title: `Spell it “${reference.text}”`, edits: [{ start: occurrence.start, end: occurrence.end, newText: reference.text }] }],
        });
      }
    }
    drafts.push(...givenNameVariants(analysis, drafts));
    return drafts;
  },
};

/**
 * Full names spelled two ways where the surname is spelled alike: "Jose Mourinho" / "José Mourinho",
 * "Jean-Pierre" / "Jean Pierre" (the same spelling-insensitive key).
 */
function givenNameVariants(analysis: Analysis, reported: Draft[]): Draft[] {
  const drafts: Draft[] = [];
  const overlapsReported = overlapTest(reported);
  for (const person of analysis.people.people) {
    const full = person.mentions.filter((m) => m.kind === 'full' && !m.inQuote);
    // One spelling only (most people): every mention is the reference's text.
    if (full.length < 2 || allSpeltAs(full, full[0].text)) continue;
    const reference = full.find((m) => !inHeadline(analysis, m.start)) ?? full[0];
    // Most later references repeat the first one's text: spelt alike, no keys needed.
    let referenceSpelling: string | undefined;
    let referenceKey: string | undefined;
    for (const mention of full) {
      if (mention === reference || mention.text === reference.text) continue;
      referenceSpelling ??= spelling(reference.text);
      referenceKey ??= nameKey(reference.text);
      if (spelling(mention.text) === referenceSpelling || nameKey(mention.text) !== referenceKey) continue;
      if (overlapsReported(mention)) continue;
      drafts.push({
        start: mention.start,
        end: mention.end,
        message: `“${mention.text}” is spelled “${reference.text}” at the first reference: spell a name one way.`,
        explanation: 'A name spelled two ways reads as two people, or as a mistake. Use the spelling the article ' +
          'introduces the person with throughout, accents and hyphens included.',
        related: [{ start: reference.start, end: reference.end, message: `First reference: ${reference.text}` }],
        fixes: [{ title: `Spell it “${reference.text}”`, edits: [{ start: mention.start, end: mention.end, newText: reference.text }] }],
      });
    }
  }
  return drafts;
}

/** Whether every item is written `text`. */
function allSpeltAs(items: ReadonlyArray<{ text: string }>, text: string): boolean {
  for (const item of items) if (item.text !== text) return false;
  return true;
}

/**
 * Whether a span overlaps one of `spans` (in any order): a binary search over them sorted by start, with
 * the greatest end so far, instead of a scan of every span per question.
 */
function overlapTest(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const span of sorted) maxEnd.push(Math.max(span.end, maxEnd[maxEnd.length - 1] ?? -Infinity));
  return (span) => {
    // The spans that start before `span` ends: sorted[0 .. lo).
    const lo = firstStartingFrom(sorted, span.end);
    return lo > 0 && maxEnd[lo - 1] > span.start;
  };
}

/** Lower case, one space: the spelling as a reader sees it, case aside ("al-Thani" opens a sentence as "Al-Thani"). */
const spelling = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');

interface Group {
  name: string;
  occurrences: Occurrence[];
}

/** Each person's surname occurrences outside quotations, with the near-spellings that name them. */
function groups(analysis: Analysis): Group[] {
  const people = analysis.people.people;
  const { surnameKeys, groups: merged, targets, byKey, index } = merging(people);
  const found = merged.map(({ members }) => {
    const occurrences: Occurrence[] = [];
    for (const member of members) addSurnameOccurrences(people[member], occurrences);
    return { name: people[members[0]].name, occurrences };
  });
  // Near-spellings of every target in one pass over the article's capitalised words (the check sorts
  // each group's occurrences by position).
  if (index) {
    for (const { group, occurrence } of nearSpellings(analysis, surnameKeys, byKey, index)) found[targets[group]].occurrences.push(occurrence);
  }
  return found.filter((group) => group.occurrences.length > 1);
}

/**
 * Which entries of the name table are one person (the same first name, surnames a letter apart) and whose
 * near-spellings are looked for: a function of the table's surnames and first names alone, so the last
 * analysis's serves while a keystroke changes none of them.
 */
interface Merging {
  /** The table's surnames and first names ('' for none), in order: surname, first name, surname, … */
  names: string[];
  surnameKeys: Map<string, number>;
  /** Per group (in table order of its first person), its members' indexes. */
  groups: Array<{ members: number[] }>;
  /** By person index, the group a target belongs to. */
  targets: number[];
  /** The targets' surname keys → person index. */
  byKey: Map<string, number>;
  /** Their index, null when there are none. */
  index: TargetIndex | null;
}

let lastMerging: Merging | null = null;

function merging(people: readonly Person[]): Merging {
  if (lastMerging && namedAlike(lastMerging.names, people)) return lastMerging;
  const names: string[] = [];
  for (const p of people) names.push(p.surname, p.given ?? '');
  const merged = new Set<number>();
  const surnameKeys = new Map<string, number>();
  // Keys once per person: the fuzzy pass below would otherwise recompute them for every pair.
  const keys = people.map((p) => nameKey(p.surname));
  for (const key of keys) surnameKeys.set(key, (surnameKeys.get(key) ?? 0) + 1);
  // The people a fuzzy match may join, by first-name key, in table order (only they can pass the test below).
  const byGiven = new Map<string, Person[]>();
  const givenKeys: string[] = [];
  for (const p of people) {
    if (!p.given || surnameKeys.get(keys[p.index]) !== 1) continue;
    const given = givenKeys[p.index] = nameKey(p.given);
    const list = byGiven.get(given);
    if (list) list.push(p); else byGiven.set(given, [p]);
  }
  const groups: Merging['groups'] = [];
  const targets: number[] = [];
  const byKey = new Map<string, number>();
  for (const person of people) {
    if (merged.has(person.index)) continue;
    const members = [person];
    // Two entries of the name table that are one person: the same first name, surnames a letter apart.
    const key = keys[person.index];
    if (key.length >= MIN_FUZZY_LENGTH && surnameKeys.get(key) === 1 && person.given) {
      for (const other of byGiven.get(givenKeys[person.index]) ?? []) {
        if (other === person || merged.has(other.index)) continue;
        if (oneApart(key, keys[other.index])) members.push(other);
      }
    }
    for (const m of members) {
      merged.add(m.index);
      if (!/\s/.test(m.surname) && keys[m.index].length >= MIN_FUZZY_LENGTH && surnameKeys.get(keys[m.index]) === 1) {
        targets[m.index] = groups.length;
        byKey.set(keys[m.index], m.index);
      }
    }
    groups.push({ members: members.map((m) => m.index) });
  }
  const index = byKey.size > 0 ? targetIndex([...byKey.keys()].sort()) : null;
  return (lastMerging = { names, surnameKeys, groups, targets, byKey, index });
}

/** Whether a name table has these surnames and first names (`Merging.names`): compared in place, no signature string made. */
function namedAlike(names: readonly string[], people: readonly Person[]): boolean {
  if (names.length !== 2 * people.length) return false;
  for (let i = 0; i < people.length; i++) {
    if (names[2 * i] !== people[i].surname || names[2 * i + 1] !== (people[i].given ?? '')) return false;
  }
  return true;
}

/** Where each of a person's mentions spells the surname (outside quotations), to `occurrences`. */
function addSurnameOccurrences(person: Person, occurrences: Occurrence[]): void {
  for (const m of person.mentions) {
    if (m.inQuote || (m.kind !== 'full' && m.kind !== 'surname')) continue;
    const tail = surnameTail(m.text, person.surname);
    if (tail) occurrences.push({ start: m.start + tail.offset, end: m.end, text: tail.text });
  }
}

/** A capitalised word outside quotations that could be a misspelt surname, offsets from its paragraph's start. */
interface Word {
  start: number;
  /** Without a possessive. */
  text: string;
  key: string;
  /** The key's first and last three code units (triple): a word one letter from a surname of 6+ shares one of them. */
  head: number;
  tail: number;
  /** The words before and after it in the sentence, when they are words. */
  before: string | null;
  after: string | null;
}

/**
 * The first or last three code units of a key, as one small integer (ten bits each: exact for letters
 * below U+0400; others may share a number, which only lets a word through to the exact test).
 */
const triple = (key: string, at: number) =>
  ((key.charCodeAt(at) & 0x3ff) << 20) | ((key.charCodeAt(at + 1) & 0x3ff) << 10) | (key.charCodeAt(at + 2) & 0x3ff);

/**
 * A paragraph's capitalised words of 5+ letters outside quotations whose key shares its first or last
 * three code units with a target's (`index`): what only its text decides. Most capitalised words share
 * neither: a plain ASCII word's key is its lower case, so its ends are read from the word itself, and it
 * is dropped before any copy, key or object.
 */
function capitalisedWords(views: ParagraphViews, k: number, index: TargetIndex): Word[] {
  const words: Word[] = [];
  const base = views.paragraphs[k].start;
  const paragraph = views.paragraphs[k].text;
  for (let s = views.firstSentence(k); s < views.endSentence(k); s++) {
    const sentence = views.sentence(s);
    const tokens = sentence.tokens;
    const inQuote = sentence.inQuote;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token.word || inQuote[i]) continue;
      // `isCapitalized(token.text)`, read in the paragraph's text (contiguous) rather than in each word's string.
      const first = paragraph.charCodeAt(token.start - base);
      if (first < 128 ? first < 65 || first > 90 : !isCapitalized(token.text)) continue;
      // A short ASCII word ("The", "He") has no longer key: dropped before any copy or key.
      if (token.text.length < MIN_FUZZY_LENGTH - 1 && isAscii(token.text)) continue;
      const plainEnd = plainKeyLength(token.text);
      if (plainEnd >= 0 && (plainEnd < MIN_FUZZY_LENGTH - 1 ||
        !index.sharesAnEnd(asciiTriple(token.text, 0), asciiTriple(token.text, plainEnd - 3)))) continue;
      const text = withoutPossessive(token.text);
      const key = nameKey(text);
      if (key.length < MIN_FUZZY_LENGTH - 1) continue;
      const head = triple(key, 0);
      const tail = triple(key, key.length - 3);
      if (!index.sharesAnEnd(head, tail)) continue;
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      words.push({
        start: token.start - base, text, key, head, tail,
        before: before?.word ? before.text : null, after: after?.word ? after.text : null,
      });
    }
  }
  return words;
}

/**
 * The length of `withoutPossessive(word)` when that is plain ASCII (no space, hyphen, apostrophe or point),
 * whose key (`nameKey`) is its lower case, the same length; else -1.
 */
function plainKeyLength(word: string): number {
  const end = word.length - possessiveLength(word);
  for (let i = 0; i < end; i++) {
    const code = word.charCodeAt(i);
    if (code <= 0x20 || code > 0x7e || code === 0x2d || code === 0x27 || code === 0x2e) return -1;
  }
  return end;
}

/** `triple(word.toLowerCase(), at)` for an ASCII word, without the lower-case copy. */
const asciiTriple = (word: string, at: number) => (lowerAscii(word.charCodeAt(at)) << 20) | (lowerAscii(word.charCodeAt(at + 1)) << 10) | lowerAscii(word.charCodeAt(at + 2));
const lowerAscii = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/**
 * Words one letter away from a one-word surname of 6+ letters, in a name's place: after the person's
 * first name or a title, or as the subject of a reporting verb ("Zelenskyy said"). Not another person's
 * surname, not a plural ("the Johnsons"), not inside a longer name. With the target's group, in
 * document order (`byKey`: the targets' surname keys → person index; `index`: of those keys).
 */
function nearSpellings(analysis: Analysis, surnameKeys: Map<string, number>, byKey: Map<string, number>,
  index: TargetIndex): Array<{ group: number; occurrence: Occurrence }> {
  const found: Array<{ group: number; occurrence: Occurrence }> = [];
  const people = analysis.people.people;
  const named = analysis.people.mentions;
  let subjects: Span[] | null = null;
  const views = paragraphViews(analysis);
  for (let k = 0; k < views.length; k++) {
    // Which of the paragraph's words are a letter from a surname of this set: read again when the
    // paragraph changed, or the set did (rarely, from one keystroke to the next).
    const near = memo('attribution.name-variant', views.paragraphs[k].text, `${views.context(k)}#${index.id}`,
      () => index.nearWords(capitalisedWords(views, k, index)));
    const base = views.paragraphs[k].start;
    for (const { word, surname } of near) {
      const start = word.start + base;
      if (surnameKeys.has(word.key) || covers(named, start)) continue;
      const target = people[byKey.get(surname)!];
      subjects ??= eventSubjects(analysis);
      if (!inNamePlace(word, target, start, subjects)) continue;
      found.push({ group: target.index, occurrence: { start, end: start + word.text.length, text: word.text } });
    }
  }
  return found;
}

/** The subjects of the article's speech events, sorted by start. */
function eventSubjects(analysis: Analysis): Span[] {
  const subjects: Span[] = [];
  for (const event of analysis.attribution.events) if (event.subject) subjects.push(event.subject);
  return subjects.sort((a, b) => a.start - b.start);
}

/** A word of a paragraph one letter from a surname key (not its plural). */
interface NearWord {
  word: Word;
  surname: string;
}

/** The surname keys near-spellings are looked for, indexed once per set of them (the same from keystroke to keystroke). */
class TargetIndex {
  /**
   * The keys by their first and by their last three code units (`triple`): a word one edit from a key of
   * 6+ letters shares one of them (one edit cannot reach both ends), so only those keys are compared with it.
   */
  private readonly byHead = new Map<number, string[]>();
  private readonly byTail = new Map<number, string[]>();

  constructor(readonly signature: string, readonly id: number, keys: readonly string[]) {
    for (const key of keys) {
      add(this.byHead, triple(key, 0), key);
      add(this.byTail, triple(key, key.length - 3), key);
    }
  }

  /** Whether some key starts with `head` or ends with `tail` (`triple`s). */
  sharesAnEnd(head: number, tail: number): boolean {
    return this.byHead.has(head) || this.byTail.has(tail);
  }

  nearWords(words: readonly Word[]): readonly NearWord[] {
    let found: NearWord[] | null = null;
    for (const word of words) {
      const heads = this.byHead.get(word.head);
      const tails = this.byTail.get(word.tail);
      if (!heads && !tails) continue;
      for (const surname of heads ?? NO_KEYS) {
        if (near(word, surname)) (found ??= []).push({ word, surname });
      }
      for (const surname of tails ?? NO_KEYS) {
        if (!heads?.includes(surname) && near(word, surname)) (found ??= []).push({ word, surname });
      }
    }
    return found ?? NONE;
  }
}

/** One letter from the surname key, and not its plural. */
const near = (word: Word, surname: string) => oneApart(word.key, surname) && word.key !== surname + 's';

function add(map: Map<number, string[]>, triple: number, key: string): void {
  const list = map.get(triple);
  if (list) list.push(key); else map.set(triple, [key]);
}

const NO_KEYS: readonly string[] = [];
const NONE: readonly NearWord[] = [];

/** The index of the last set of surnames asked for: a keystroke rarely changes it, so the memo context (its id) stays. */
let lastIndex: TargetIndex | null = null;
let indexes = 0;
function targetIndex(keys: readonly string[]): TargetIndex {
  const signature = keys.join('\u0000');
  if (lastIndex?.signature !== signature) lastIndex = new TargetIndex(signature, ++indexes, keys);
  return lastIndex;
}

function inNamePlace(word: Word, target: Person, start: number, subjects: readonly Span[]): boolean {
  const { before, after } = word;
  if (after !== null && isCapitalized(after) && !CAPITALIZED_FUNCTION_WORDS.has(after.toLowerCase())) return false;
  const afterGiven = before !== null && !!target.given && nameKey(before) === nameKey(target.given);
  const afterTitle = before !== null && TITLE_WORDS.has(before.toLowerCase());
  if (before !== null && isCapitalized(before) && !afterGiven && !afterTitle && !CAPITALIZED_FUNCTION_WORDS.has(before.toLowerCase())) return false;
  return afterGiven || afterTitle || covers(subjects, start);
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** "Zelenskyy’s" → "Zelenskyy", "Jones'" → "Jones" (a possessive "’s", then a final apostrophe). */
function withoutPossessive(word: string): string {
  const cut = possessiveLength(word);
  return cut === 0 ? word : word.slice(0, word.length - cut);
}

/** How many code units `withoutPossessive` takes off a word's end. */
function possessiveLength(word: string): number {
  const apostrophe = (code: number) => code === 0x27 || code === 0x2019;
  let end = word.length;
  if (end >= 2 && word.charCodeAt(end - 1) === 0x73 && apostrophe(word.charCodeAt(end - 2))) end -= 2;
  if (end >= 1 && apostrophe(word.charCodeAt(end - 1))) end -= 1;
  return word.length - end;
}

/** Levenshtein distance exactly 1. */
function oneApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    let differences = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++differences > 1) return false;
    return differences === 1;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
