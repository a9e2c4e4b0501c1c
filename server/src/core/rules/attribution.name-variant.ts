import type { Analysis } from '../analyse';
import { CAPITALIZED_FUNCTION_WORDS, TITLE_WORDS } from '../people/lexicon';
import { nameKey, type Person } from '../people/names';
import type { Span } from '../text';
import { isCapitalized } from '../tokens';
import { covers, inHeadline, quotationMask, surnameTail } from './attribution.common';
import type { Draft, Rule } from './rule';

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
      const occurrences = group.occurrences.sort((a, b) => a.start - b.start);
      // The body's first reference: a headline is written apart, often by another hand.
      const reference = occurrences.find((o) => !inHeadline(analysis, o.start)) ?? occurrences[0];
      const spelled = spelling(reference.text);
      for (const occurrence of occurrences) {
        if (occurrence === reference) continue;
        if (spelling(occurrence.text) === spelled) continue;
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
    const reference = full.find((m) => !inHeadline(analysis, m.start)) ?? full[0];
    const referenceSpelling = reference ? spelling(reference.text) : '';
    const referenceKey = reference ? nameKey(reference.text) : '';
    for (const mention of full) {
      if (mention === reference) continue;
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
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < span.end) lo = mid + 1;
      else hi = mid;
    }
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
  const result: Group[] = [];
  const merged = new Set<number>();
  const surnameKeys = new Map<string, number>();
  // Keys once per person: the fuzzy pass below would otherwise recompute them for every pair.
  const keys = people.map((p) => nameKey(p.surname));
  for (const key of keys) surnameKeys.set(key, (surnameKeys.get(key) ?? 0) + 1);
  // The people a fuzzy match may join, by first-name key, in table order (only they can pass the test below).
  const byGiven = new Map<string, Person[]>();
  for (const p of people) {
    if (!p.given || surnameKeys.get(keys[p.index]) !== 1) continue;
    const given = nameKey(p.given);
    const list = byGiven.get(given);
    if (list) list.push(p); else byGiven.set(given, [p]);
  }
  let words: CapitalisedWords | null = null;

  for (const person of people) {
    if (merged.has(person.index)) continue;
    const members = [person];
    // Two entries of the name table that are one person: the same first name, surnames a letter apart.
    const key = keys[person.index];
    if (key.length >= MIN_FUZZY_LENGTH && surnameKeys.get(key) === 1 && person.given) {
      for (const other of byGiven.get(nameKey(person.given)) ?? []) {
        if (other === person || merged.has(other.index)) continue;
        if (oneApart(key, keys[other.index])) members.push(other);
      }
    }
    for (const m of members) merged.add(m.index);
    const occurrences = members.flatMap((m) => surnameOccurrences(m));
    const targets = members.filter((p) => !/\s/.test(p.surname) && keys[p.index].length >= MIN_FUZZY_LENGTH &&
      surnameKeys.get(keys[p.index]) === 1);
    if (targets.length > 0) {
      words ??= new CapitalisedWords(analysis, surnameKeys);
      occurrences.push(...targets.flatMap((target) => words!.nearSpellings(target)));
    }
    if (occurrences.length > 1) result.push({ name: person.name, occurrences });
  }
  return result;
}

/** Where each mention spells the surname (outside quotations). */
function surnameOccurrences(person: Person): Occurrence[] {
  return person.mentions.filter((m) => !m.inQuote && (m.kind === 'full' || m.kind === 'surname')).flatMap((m) => {
    const tail = surnameTail(m.text, person.surname);
    return tail ? [{ start: m.start + tail.offset, end: m.end, text: tail.text }] : [];
  });
}

interface Word {
  sentence: number;
  index: number;
  text: string;
}

/**
 * Capitalised words outside quotations and outside the name table's mentions, by spelling-insensitive key
 * (and keys by length), collected once per check.
 */
class CapitalisedWords {
  private readonly byKey = new Map<string, Word[]>();
  /** Each key, and each key with one letter deleted → the keys (by first occurrence): candidates one edit apart. */
  private readonly byDeletion = new Map<string, number[]>();
  private readonly keys: string[] = [];
  private readonly subjects: Span[];

  constructor(private readonly analysis: Analysis, surnameKeys: Map<string, number>) {
    const inQuotation = quotationMask(analysis);
    const named = analysis.people.mentions;
    analysis.sentences.forEach((sentence, s) => {
      sentence.tokens.forEach((token, i) => {
        if (!token.word || !isCapitalized(token.text) || sentence.inQuote[i] || inQuotation(token.start)) return;
        // A short ASCII word ("The", "He") has no longer key: dropped before any copy or key.
        if (token.text.length < MIN_FUZZY_LENGTH - 1 && isAscii(token.text)) return;
        const text = withoutPossessive(token.text);
        const key = nameKey(text);
        if (key.length < MIN_FUZZY_LENGTH - 1 || surnameKeys.has(key) || covers(named, token.start)) return;
        const list = this.byKey.get(key);
        if (list) { list.push({ sentence: s, index: i, text }); return; }
        this.byKey.set(key, [{ sentence: s, index: i, text }]);
        const ordinal = this.keys.push(key) - 1;
        this.index(key, ordinal);
        for (let d = 0; d < key.length; d++) this.index(key.slice(0, d) + key.slice(d + 1), ordinal);
      });
    });
    this.subjects = analysis.attribution.events.flatMap((e) => (e.subject ? [e.subject] : [])).sort((a, b) => a.start - b.start);
  }

  private index(variant: string, ordinal: number): void {
    const list = this.byDeletion.get(variant);
    if (!list) this.byDeletion.set(variant, [ordinal]);
    else if (list[list.length - 1] !== ordinal) list.push(ordinal);
  }

  /**
   * The keys one edit from `surname` could be: they share the surname or one of its one-letter deletions
   * (a superset; `oneApart` decides). In the order of a scan by length, then by first occurrence.
   */
  private candidates(surname: string): string[] {
    const ordinals = new Set<number>(this.byDeletion.get(surname));
    for (let d = 0; d < surname.length; d++) {
      for (const ordinal of this.byDeletion.get(surname.slice(0, d) + surname.slice(d + 1)) ?? []) ordinals.add(ordinal);
    }
    return [...ordinals].sort((a, b) => this.keys[a].length - this.keys[b].length || a - b).map((o) => this.keys[o]);
  }

  /**
   * Words one letter away from a one-word surname of 6+ letters, in a name's place: after the person's
   * first name or a title, or as the subject of a reporting verb ("Zelenskyy said"). Not another person's
   * surname, not a plural ("the Johnsons"), not inside a longer name.
   */
  nearSpellings(target: Person): Occurrence[] {
    const surname = nameKey(target.surname);
    const result: Occurrence[] = [];
    for (const key of this.candidates(surname)) {
      if (!oneApart(key, surname) || key === surname + 's') continue;
      for (const word of this.byKey.get(key)!) {
        if (this.inNamePlace(word, target)) {
          const token = this.analysis.sentences[word.sentence].tokens[word.index];
          result.push({ start: token.start, end: token.start + word.text.length, text: word.text });
        }
      }
    }
    return result;
  }

  private inNamePlace(word: Word, target: Person): boolean {
    const tokens = this.analysis.sentences[word.sentence].tokens;
    const token = tokens[word.index];
    const next = tokens[word.index + 1];
    if (next?.word && isCapitalized(next.text) && !CAPITALIZED_FUNCTION_WORDS.has(next.text.toLowerCase())) return false;
    const before = tokens[word.index - 1];
    const afterGiven = !!before?.word && !!target.given && nameKey(before.text) === nameKey(target.given);
    const afterTitle = !!before?.word && TITLE_WORDS.has(before.text.toLowerCase());
    if (before?.word && isCapitalized(before.text) && !afterGiven && !afterTitle && !CAPITALIZED_FUNCTION_WORDS.has(before.text.toLowerCase())) return false;
    return afterGiven || afterTitle || covers(this.subjects, token.start);
  }
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** "Zelenskyy’s" → "Zelenskyy", "Jones'" → "Jones" (a possessive "’s", then a final apostrophe). */
function withoutPossessive(word: string): string {
  const apostrophe = (code: number) => code === 0x27 || code === 0x2019;
  let end = word.length;
  if (end >= 2 && word.charCodeAt(end - 1) === 0x73 && apostrophe(word.charCodeAt(end - 2))) end -= 2;
  if (end >= 1 && apostrophe(word.charCodeAt(end - 1))) end -= 1;
  return end === word.length ? word : word.slice(0, end);
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
