// Abbreviations of an article and where each is spelled out. A pure function of the prose and the
// paragraphs: every abbreviation-like word (MRO, MoFA, USAF, U.S.), its uses, and its definition —
// "Ministry of Foreign Affairs (MoFA)", "UAW (United Auto Workers)", or the full name anywhere before
// ("General Motors … GM": AP prefers no parentheses). Read by style.abbreviation-undefined.

import { carried, carry, incremental } from '../incremental';
import { lowerBound } from '../spans';
import type { Span } from '../text';
import { abbreviationKey } from './abbreviations';
import { asKept, NONE } from '../lists';
import { wordCount, wordText, type KeptWords, type StyleParagraph, type StyleWords } from './context';

export interface AbbreviationUse extends Span {
  text: string;
  headline: boolean;
  /** The index of its paragraph in the article. */
  paragraph: number;
}

export interface Abbreviation {
  /** The letters, without periods: "US", "MoFA". */
  key: string;
  uses: AbbreviationUse[];
  /** Where it is spelled out: the full name (or the parenthesis that defines it); null when never. */
  definition: (Span & { kind: 'parenthesis' | 'full name' }) | null;
  /** Its first use inside a longer name ("JSA Research"), which introduces it. */
  named?: Span & { kind: 'name' };
}

/** Distinct abbreviations looked at in one document. */
export const MAX_ABBREVIATIONS = 300;

/** Words a full name may skip or use for a lower-case letter: "Ministry of Foreign Affairs" → MoFA / MFA. */
const STOPWORDS = new Set(['of', 'and', 'the', 'for', 'de', 'des', 'du', 'la', 'le', 'von', 'van', 'der', 'in', 'on', 'at', 'to', 'a', 'an', '&', 'y', 'et']);

/** Capitalised at a sentence start, never part of a name: "The SBU said", "In NYC". */
const FUNCTION_WORDS = new Set([...STOPWORDS, 'this', 'that', 'these', 'those', 'but', 'if', 'when', 'while', 'after', 'before',
  'as', 'its', 'their', 'his', 'her', 'our', 'with', 'by', 'from', 'all', 'some', 'many', 'both', 'every', 'each']);
const DOTTED = /^(?:\p{Lu}\.)+\p{Lu}\.?$/u;
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
/** A gap a full name may run across: spaces, a comma ("Maintenance, Repair and Overhaul"), a hyphen. */
const NAME_GAP = /^[ \t\u00a0]?[,\-‐–&]?[ \t\u00a0]?$/;

const isUpper = (code: number) => (code >= 65 && code <= 90) || (code > 127 && String.fromCharCode(code) !== String.fromCharCode(code).toLowerCase());
const isLowerAscii = (code: number) => code >= 97 && code <= 122;
const isLower = (code: number) => (code >= 97 && code <= 122) || (code > 127 && String.fromCharCode(code) !== String.fromCharCode(code).toUpperCase());

/**
 * The abbreviation an article word is, or null: two or more capitals, no two lower-case letters in a row
 * ("MoFA", "VoIP", "USAF"; not "MacBook", "JPMorgan"), no figures (A380, KC-45 are model names); a
 * plural or possessive s comes off ("SUVs", "GM's"). Dotted forms (U.S., N.V.) come back with their periods.
 */
export function abbreviationOf(word: string): string | null {
  // Most words fail here: "Qatar", "said".
  if (word.length < 2 || !isUpper(word.charCodeAt(0))) return null;
  const second = word.charCodeAt(1);
  if (isLower(second) && isLower(word.charCodeAt(2))) return null;
  if (second === 46 /* . */) return DOTTED.test(word) && word.replace(/\.$/, '').length >= 3 ? word : null;
  let text = word;
  if (/['’]s?$/.test(text)) text = text.replace(/['’]s?$/, '');
  if (text.length > 2 && text.endsWith('s') && isUpper(text.charCodeAt(text.length - 2))) text = text.slice(0, -1);
  if (text.length < 2 || text.length > 8) return null;
  let capitals = 0;
  let lowerRun = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isUpper(code)) {
      capitals++;
      lowerRun = 0;
    } else if (isLower(code)) {
      if (++lowerRun > 1) return null;
    } else return null; // a figure, a hyphen, an apostrophe: not an abbreviation
  }
  if (capitals < 2 || ROMAN.test(text)) return null;
  return text;
}

/** "U.S", "U.N", "D.C" — capitals with periods whose last letter has lost its own ("U.N-led" too). */
const BROKEN = /^((?:\p{Lu}\.)+\p{Lu})(?![\p{L}\p{N}.])/u;

/** An abbreviation missing its final period (style.abbreviation-periods), offsets from its paragraph's start. */
export interface BrokenAbbreviation {
  start: number;
  text: string;
}

/** The abbreviation missing its final period that a word (its second character a period) starts with, or null. */
function brokenAt(word: string, start: number): BrokenAbbreviation | null {
  const m = BROKEN.exec(word);
  if (!m || /^[AP]\.M$/i.test(m[1])) return null; // a time: style.time
  return { start, text: m[1] };
}

/** An abbreviation-like word of one paragraph, offsets from the paragraph's start. */
interface Candidate extends Span {
  key: string;
  text: string;
  /** Inside a longer name ("NPD Group"): it introduces the abbreviation rather than using it. */
  named: boolean;
}

/**
 * What one paragraph gives the abbreviation check (core/style/scan.ts memoises it): never mutated, the next
 * analysis shares it. Its words (KeptWords: its text, the words' bounds) are where full names are looked for.
 */
export interface AbbreviationParagraph extends KeptWords {
  /** The paragraph's text (the memo's key). */
  text: string;
  candidates: readonly Candidate[];
  /**
   * Its capitalised words (word indexes), where a full name may start: grouped by their initial
   * (`initialAt`), the groups in the initials' order, each in the words' (`capitalsWith` finds one).
   * One array rather than a map of arrays: most paragraphs have a capital or two.
   */
  capitals: readonly number[];
  /** Its abbreviations missing their final period (style.abbreviation-periods): headlines too. */
  broken: readonly BrokenAbbreviation[];
}

/** The capitals of a paragraph whose only capitalised word is its first: a third of an article's paragraphs. Shared, frozen. */
const FIRST_WORD_ONLY: readonly number[] = Object.freeze([0]);

/** The lower-cased initial of word `index`, a capitalised word: what its paragraph's `capitals` are grouped by. */
function initialAt({ text, bounds }: KeptWords, index: number): string {
  const start = bounds[2 * index];
  const first = text.charCodeAt(start);
  return first < 128 ? String.fromCharCode(first + 32) : text.charAt(start).toLowerCase();
}

/**
 * Capitalised word indexes (in the words' order) grouped by initial, the groups in the initials' order:
 * an exact-size copy. Bucketed rather than sorted, linear however many capitals a paragraph has.
 */
function byInitial(capitals: readonly number[], words: KeptWords): number[] {
  const first = initialAt(words, capitals[0]);
  if (capitals.every((index) => initialAt(words, index) === first)) return capitals.slice();
  const groups = new Map<string, number[]>();
  for (const index of capitals) {
    const initial = initialAt(words, index);
    const group = groups.get(initial);
    if (group) group.push(index);
    else groups.set(initial, [index]);
  }
  const grouped: number[] = new Array(capitals.length);
  let next = 0;
  for (const initial of [...groups.keys()].sort()) {
    for (const index of groups.get(initial)!) grouped[next++] = index;
  }
  return grouped;
}

/** Where the capitalised words with an initial are in a paragraph's `capitals`: from, up to. Two binary searches. */
function capitalsWith(scan: AbbreviationParagraph, initial: string): [number, number] {
  const { capitals } = scan;
  const firstAbove = (inclusive: boolean) => {
    let low = 0;
    let high = capitals.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const other = initialAt(scan, capitals[middle]);
      if (other < initial || (inclusive && other === initial)) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return [firstAbove(false), firstAbove(true)];
}

/** The initials of a paragraph's capitalised words, each once. */
function initialsOfParagraph(scan: AbbreviationParagraph): string[] {
  const initials: string[] = [];
  for (const index of scan.capitals) {
    const initial = initialAt(scan, index);
    if (initials[initials.length - 1] !== initial) initials.push(initial);
  }
  return initials;
}

/** What `sentenceStart` may read before a paragraph: the characters it passes over, and the one that decides. */
const SENTENCE_OPENERS = new Set([' ', '"', '“', '(', "'", '‘']);

/**
 * What stands before the paragraph at `start`, as far as the paragraph's checks read: `sentenceStart`
 * looks at most six characters back, and stops at the first that is not an opener. Seven characters
 * keep "no sentence start within six" as it is in the article. Usually a line break.
 */
export function leadOf(prose: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < 7 && SENTENCE_OPENERS.has(prose.charAt(from - 1))) from--;
  if (from > 0 && start - from < 7) from--;
  return prose.slice(from, start);
}

/**
 * A paragraph's abbreviation-like words, offsets from its start, and where its full names may start: from
 * its text and its words (StyleContext's). The checks that read back from a word (a ticker? a sentence
 * start?) also see `lead`, what stands before it.
 */
export function scanAbbreviations(text: string, words: StyleWords, lead: string): AbbreviationParagraph {
  const capitals: number[] = [];
  const broken: BrokenAbbreviation[] = [];
  const withLead = lead + text;
  const shift = lead.length;
  const candidates: Candidate[] = [];
  let shout: boolean | null = null;
  // One pass over the words for all three lists.
  const { texts, bounds } = words;
  for (let i = 0; i < texts.length; i++) {
    const start = bounds[2 * i];
    const end = bounds[2 * i + 1];
    // The tests read `text` (the word's text is a slice of it): most words fail them, and their own
    // strings need not be touched.
    if (end - start >= 2 && text.charCodeAt(start + 1) === 46 /* . */) {
      const missing = brokenAt(texts[i], start);
      if (missing) broken.push(missing);
    }
    const first = text.charCodeAt(start);
    // isUpper, its call spared for the commonest words: lower-case ASCII.
    if (first >= 97 ? first <= 127 || !isUpper(first) : first < 65 || first > 90) continue;
    // Full names anywhere are capitalised: only capitalised words can start one.
    capitals.push(i);
    // abbreviationOf's first tests, the second on ASCII letters read in `text`: most capitalised words
    // ("Qatar", "The") go no further.
    if (end - start < 2 || (end - start > 2 && isLowerAscii(text.charCodeAt(start + 1)) && isLowerAscii(text.charCodeAt(start + 2)))) continue;
    const found = abbreviationOf(texts[i]);
    if (!found) continue;
    if (DOTTED.test(found)) continue; // initials of a name (J.R.) more often than an unknown abbreviation
    if (shout ??= shouting(texts)) continue;
    if (/^[-‐‑]\d/.test(text.slice(end, end + 2))) continue; // KC-45, F-16: a model
    if (afterExchange(withLead, start + shift)) continue; // (NASDAQ: AAPL)
    if (inDateline(text, words, i)) continue; // KYIV, Ukraine (AP) —
    const named = partOfName(text, words, i, (offset) => sentenceStart(withLead, offset + shift));
    candidates.push({ key: abbreviationKey(found), start, end: start + found.length, text: found, named });
  }
  return {
    text,
    candidates: asKept(candidates),
    bounds,
    capitals: capitals.length === 0 ? NONE : capitals.length === 1 && capitals[0] === 0 ? FIRST_WORD_ONLY : byInitial(capitals, { text, bounds }),
    broken: asKept(broken),
  };
}

/** Every abbreviation of the article, in order of first use, from what each paragraph gave (`scans`). */
export function findAbbreviations(prose: string, paragraphs: readonly StyleParagraph[], scans: readonly AbbreviationParagraph[],
  exempt: ReadonlySet<string>): Abbreviation[] {
  const byKey = new Map<string, Abbreviation>();
  scans.forEach((scan, index) => {
    const { start: base, headline } = paragraphs[index];
    for (const candidate of notExempt(scan, exempt)) {
      const key = candidate.key;
      let abbreviation = byKey.get(key);
      if (!abbreviation) {
        // An article has a few dozen; thousands means noise (random bytes, a code dump): stop collecting.
        if (byKey.size >= MAX_ABBREVIATIONS) continue;
        byKey.set(key, abbreviation = { key, uses: [], definition: null });
      }
      const start = base + candidate.start;
      const end = base + candidate.end;
      // "NPD Group, a market research firm": the name introduces it; a later "NPD said" is fine.
      if (candidate.named) abbreviation.named ??= { start, end, kind: 'name' };
      else abbreviation.uses.push({ start, end, text: candidate.text, headline, paragraph: index });
    }
  });
  if (byKey.size === 0) return [];
  const definer = new Definer(prose, paragraphs, scans);
  for (const abbreviation of byKey.values()) {
    // Introduced by a name before its first use alone: nothing to look for.
    if (abbreviation.uses.length === 0 || (abbreviation.named && abbreviation.named.start < abbreviation.uses[0].start)) continue;
    abbreviation.definition = definer.definition(abbreviation);
  }
  // Only inside names: nothing to report.
  return [...byKey.values()].filter((abbreviation) => abbreviation.uses.length > 0);
}

/** A paragraph's candidates that `exempt` leaves, by its scan (memoised: the same while the paragraph is) for the last set asked. */
const keptCandidates = new WeakMap<AbbreviationParagraph, { exempt: ReadonlySet<string>; kept: readonly Candidate[] }>();
function notExempt(scan: AbbreviationParagraph, exempt: ReadonlySet<string>): readonly Candidate[] {
  if (scan.candidates.length === 0) return scan.candidates;
  const cached = keptCandidates.get(scan);
  if (cached?.exempt === exempt) return cached.kept;
  const kept = scan.candidates.filter(({ key }) => !exempt.has(key) && !exempt.has(key.toUpperCase()));
  keptCandidates.set(scan, { exempt, kept });
  return kept;
}

/**
 * The paragraphs with a capitalised word of each (lower-cased) initial, in order, handed on from this
 * document's last analysis (core/incremental.ts `carry`): a keystroke changes one paragraph's scan, and only
 * its entries move (many changed: made anew). The last analysis is over, so its index is updated in place.
 * A full analysis keeps nothing: its scans are its own.
 */
interface Initials {
  scans: AbbreviationParagraph[];
  withInitial: Map<string, number[]>;
}
const MOVED_AT_MOST = 8;
function initialsOf(scans: readonly AbbreviationParagraph[]): Map<string, number[]> {
  if (!incremental()) return initialsIn(scans);
  const last = carried<Initials>('style.abbreviation-initials');
  if (last && last.scans.length === scans.length && changedAtMost(last.scans, scans, MOVED_AT_MOST)) {
    for (let paragraph = 0; paragraph < scans.length; paragraph++) {
      const before = last.scans[paragraph];
      const now = scans[paragraph];
      if (before === now) continue;
      for (const letter of initialsOfParagraph(before)) {
        const list = last.withInitial.get(letter)!;
        list.splice(lowerBound(list, paragraph, (p) => p), 1);
      }
      for (const letter of initialsOfParagraph(now)) {
        const list = last.withInitial.get(letter);
        if (list) list.splice(lowerBound(list, paragraph, (p) => p), 0, paragraph);
        else last.withInitial.set(letter, [paragraph]);
      }
      last.scans[paragraph] = now;
    }
    carry('style.abbreviation-initials', last);
    return last.withInitial;
  }
  const withInitial = initialsIn(scans);
  carry<Initials>('style.abbreviation-initials', { scans: [...scans], withInitial });
  return withInitial;
}

/** All initials in one pass over the paragraphs (an initial at a time would be a pass each). */
function initialsIn(scans: readonly AbbreviationParagraph[]): Map<string, number[]> {
  const withInitial = new Map<string, number[]>();
  scans.forEach((scan, paragraph) => {
    for (const letter of initialsOfParagraph(scan)) {
      const list = withInitial.get(letter);
      if (list) list.push(paragraph);
      else withInitial.set(letter, [paragraph]);
    }
  });
  return withInitial;
}

/** Whether two lists of the same length differ in at most `most` places. */
function changedAtMost<T>(a: readonly T[], b: readonly T[], most: number): boolean {
  let changed = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++changed > most) return false;
  return true;
}

/**
 * An abbreviation inside a longer proper name is the name: "JSA Research", "NPD Group", "Invesco AIM",
 * "Motorola ROKR E1", "Los Angeles LAX airport". A capitalised neighbour on the same line, with only a
 * space between, that does not begin a sentence. "(MoFA)" and "the MoFA spokesperson" are not names.
 * `words`: the paragraph's (`text`); `opensSentence`: whether the word at an offset in it begins a sentence.
 */
function partOfName(text: string, words: StyleWords, index: number, opensSentence: (offset: number) => boolean): boolean {
  const { texts, bounds } = words;
  // A model number beside it is a name too: "737 MAX", "MAX 8".
  const namePart = (text: string) => (isUpper(text.charCodeAt(0)) && !FUNCTION_WORDS.has(text.toLowerCase())) || /\d/.test(text);
  const next = index + 1;
  if (next < texts.length && text.slice(bounds[2 * index + 1], bounds[2 * next]) === ' ' && namePart(texts[next])) return true;
  const previous = index - 1;
  if (previous >= 0 && text.slice(bounds[2 * previous + 1], bounds[2 * index]) === ' ' && namePart(texts[previous]) &&
    !opensSentence(bounds[2 * previous])) return true;
  return false;
}

/**
 * A dateline: capitals that open the paragraph and end in a comma or the agency ("KYIV, Ukraine (AP) —",
 * "NEW YORK (Reuters) -"). The place is a name in capitals, not an abbreviation. `words`: the paragraph's.
 */
function inDateline(text: string, words: StyleWords, index: number): boolean {
  if (index > 3) return false;
  const { texts, bounds } = words;
  let last = 0;
  while (last < texts.length && last < 4 && texts[last] === texts[last].toUpperCase()) last++;
  if (last <= index) return false;
  const lastEnd = bounds[2 * (last - 1) + 1];
  const after = text.slice(lastEnd, lastEnd + 3);
  return /^(?:,| \(| [—–-])/.test(after);
}
/** A ticker: the word follows an exchange and a colon ("NYSE: GM", "NASDAQ:AAPL"). */
function afterExchange(prose: string, offset: number): boolean {
  let i = offset - 1;
  if (prose.charAt(i) === ' ') i--;
  if (prose.charAt(i) !== ':') return false;
  let capitals = 0;
  while (i - 1 >= 0 && capitals < 12 && isUpper(prose.charCodeAt(i - 1))) {
    i--;
    capitals++;
  }
  return capitals >= 2;
}

/** Whether a word opens its sentence: only spaces, quotation marks or brackets after . ? ! or a line start. */
function sentenceStart(prose: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0 && i >= offset - 6; i--) {
    const char = prose.charAt(i);
    if (char === '\n' || char === '.' || char === '?' || char === '!' || char === ':') return true;
    if (char !== ' ' && char !== '"' && char !== '“' && char !== '(' && char !== "'" && char !== '‘') return false;
  }
  return offset <= 6;
}

/** A paragraph in capitals ("BREAKING NEWS: MARKETS FALL") is typography, not abbreviations. */
function shouting(words: readonly string[]): boolean {
  let all = 0;
  let capitals = 0;
  for (let i = 0; i < words.length && all < 60; i++) {
    const text = words[i];
    if (text.length < 2) continue;
    const letters = asciiLetters(text);
    if (letters === null) {
      if (text.toLowerCase() === text.toUpperCase()) continue;
      all++;
      if (text === text.toUpperCase()) capitals++;
      continue;
    }
    if (letters === 0) continue;
    all++;
    if ((letters & LOWER) === 0) capitals++;
  }
  return all >= 3 && capitals * 2 > all;
}

const UPPER = 1;
const LOWER = 2;
/** For an ASCII word, which cases of letters it has (UPPER | LOWER, 0 for none); null when not ASCII. No copies. */
function asciiLetters(text: string): number | null {
  let cases = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return null;
    if (c >= 65 && c <= 90) cases |= UPPER;
    else if (c >= 97 && c <= 122) cases |= LOWER;
  }
  return cases;
}

/**
 * The first full name in capitals of an abbreviation in one paragraph (word indexes), and its rank among
 * the paragraph's capitalised words with the abbreviation's initial (-1 when none); how many those are.
 */
interface FullNameIn {
  capitals: number;
  /** Where the capitalised words with the initial start, up to the full name's (from the paragraph's start). */
  starts: number[];
  rank: number;
  start: number;
  end: number;
}

/** By paragraph (its memoised scan: the same while the paragraph is) and abbreviation: a keystroke looks again only in the paragraph it changed. */
const fullNames = new WeakMap<AbbreviationParagraph, Map<string, FullNameIn>>();

/**
 * The first full name of an abbreviation in a paragraph; null when more than `limit` capitalised words
 * with its initial come before it (what is left of the budget: noise is not searched past it).
 */
function fullNameIn(scan: AbbreviationParagraph, key: string, letters: readonly string[], limit: number): FullNameIn | null {
  let byKey = fullNames.get(scan);
  if (!byKey) fullNames.set(scan, byKey = new Map());
  const cached = byKey.get(key);
  if (cached) return cached;
  const found: FullNameIn = { capitals: 0, starts: [], rank: -1, start: -1, end: -1 };
  const second = letters[1].toLowerCase();
  // Up to the first full name: the words after it are never tried.
  const [from, to] = capitalsWith(scan, letters[0].toLowerCase());
  for (let capital = from; capital < to; capital++) {
    const index = scan.capitals[capital];
    if (found.capitals >= limit) return null;
    found.starts.push(scan.bounds[2 * index]);
    found.capitals++;
    // Cheap test first: the second letter is in this word, or the next word starts with it or is small.
    const next = wordText(scan, index + 1)?.toLowerCase() ?? '';
    if (wordText(scan, index)!.toLowerCase().indexOf(second, 1) >= 0 || next.charAt(0) === second || STOPWORDS.has(next)) {
      const end = match(scan, letters, index, true);
      if (end >= 0) {
        Object.assign(found, { rank: found.capitals - 1, start: index, end });
        break;
      }
    }
  }
  byKey.set(key, found);
  return found;
}

/** How many of a paragraph's capitalised words with the initial start before an offset from its start, counting at most `most`. */
function capitalsBefore(scan: AbbreviationParagraph, initial: string, offset: number, most: number): number {
  let count = 0;
  const [from, to] = capitalsWith(scan, initial);
  for (let capital = from; capital < to; capital++) {
    if (scan.bounds[2 * scan.capitals[capital]] >= offset || count >= most) break;
    count++;
  }
  return count;
}

/** Where the full names of an article's abbreviations are looked for: its paragraphs' words, from the memo. */
class Definer {
  /** How many words come before each paragraph: an index in the article's word list is this plus one in the paragraph's. */
  private readonly wordsBefore: number[] = [];
  /** Matching tries left: bounds the work to a multiple of the article's length, whatever the input. */
  private budget: number;
  /**
   * The paragraphs with a capitalised word of each (lower-cased) initial, made on the first search: each
   * one visited costs the budget a try at least, so the search stays linear however many abbreviations.
   */
  private withInitial: Map<string, number[]> | null = null;

  constructor(private readonly prose: string, private readonly paragraphs: readonly StyleParagraph[],
    private readonly scans: readonly AbbreviationParagraph[]) {
    let words = 0;
    for (const scan of scans) {
      this.wordsBefore.push(words);
      words += wordCount(scan);
    }
    // A real article needs a few hundred; noise (random bytes) stops here, silent rather than slow.
    this.budget = (words >> 1) + 500;
  }

  private paragraphsWithInitial(initial: string): readonly number[] {
    this.withInitial ??= initialsOf(this.scans);
    return this.withInitial.get(initial) ?? [];
  }

  definition(abbreviation: Abbreviation): Abbreviation['definition'] {
    const letters = [...abbreviation.key].filter((c) => c !== '&');
    const initial = letters[0].toLowerCase();
    let best: Abbreviation['definition'] = null;
    // "(MoFA)" or "MoFA (Ministry of Foreign Affairs)": the writer defines it there, whatever the words.
    let bestParagraph = -1;
    for (const use of abbreviation.uses) {
      if (this.prose.charAt(use.start - 1) === '(' && /^[s]?\)/.test(this.prose.slice(use.end, use.end + 2))) {
        best = { start: use.start, end: use.end, kind: 'parenthesis' };
        bestParagraph = use.paragraph;
        break;
      }
      if (this.prose.charAt(use.end) === ' ' && this.prose.charAt(use.end + 1) === '(' && this.budget-- > 0) {
        // The parenthesis and the word after it are on the use's line: in its paragraph.
        const next = this.wordAt(use.paragraph, use.end + 2);
        if (next >= 0 && match(this.scans[use.paragraph], letters, next, false) >= 0) {
          best = { start: use.start, end: use.end, kind: 'parenthesis' };
          bestParagraph = use.paragraph;
          break;
        }
      }
    }
    // The full name in capitals, anywhere: the earliest one that comes before the first use wins. Each
    // capitalised word with the initial, in order, up to the parenthesis, is one try of the budget.
    for (const paragraph of this.paragraphsWithInitial(initial)) {
      const scan = this.scans[paragraph];
      const found = fullNameIn(scan, abbreviation.key, letters, Math.max(this.budget, 0));
      const capitals = found?.capitals ?? Infinity; // unknown: more than the budget allows
      if (capitals === 0) continue;
      const base = this.paragraphs[paragraph].start;
      // Up to the parenthesis when it lies in this paragraph (beyond the budget, the count stops: it runs out).
      const bound = best && this.paragraphs[paragraph].end > best.start ? best.start - base : null;
      const tried = bound === null ? capitals
        : found ? found.starts.filter((start) => start < bound).length : capitalsBefore(scan, initial, bound, Math.max(this.budget, 0) + 1);
      const rank = found && found.rank >= 0 && found.rank < tried ? found.rank : -1;
      const tries = rank >= 0 ? rank + 1 : tried;
      if (tries > 0 && this.budget < tries) {
        this.budget = Math.min(this.budget, 0) - 1;
        return { start: 0, end: 0, kind: 'full name' }; // out of budget: assume defined
      }
      this.budget -= tries;
      if (found && rank >= 0) {
        best = { start: base + scan.bounds[2 * found.start], end: base + scan.bounds[2 * found.end + 1], kind: 'full name' };
        break;
      }
      if (tried < capitals) break; // the parenthesis comes first
    }
    // Lower-case full names count only right before the parenthesis: "gross domestic product (GDP)".
    if (best?.kind === 'parenthesis' && this.prose.charAt(best.start - 1) === '(') {
      const before = this.wordBefore(bestParagraph, best.start - 1);
      if (before) {
        // The tries run over the article's word list, as many as there; a full name ends in `before`'s paragraph.
        const last = this.wordsBefore[before.paragraph] + before.index;
        const scan = this.scans[before.paragraph];
        const base = this.paragraphs[before.paragraph].start;
        for (let start = Math.max(0, last - letters.length - 4); start <= last; start++) {
          if (this.budget-- <= 0) break;
          const index = start - this.wordsBefore[before.paragraph];
          if (index < 0) continue;
          const end = match(scan, letters, index, false);
          if (end === before.index) {
            best = { start: base + scan.bounds[2 * index], end: base + scan.bounds[2 * end + 1], kind: 'parenthesis' };
            break;
          }
        }
      }
    }
    return best;
  }

  /** The index in its paragraph of the word starting at an offset, or -1. */
  private wordAt(paragraph: number, offset: number): number {
    const scan = this.scans[paragraph];
    const { bounds } = scan;
    const relative = offset - this.paragraphs[paragraph].start;
    let low = 0;
    let high = wordCount(scan) - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (bounds[2 * middle] < relative) low = middle + 1;
      else if (bounds[2 * middle] > relative) high = middle - 1;
      else return middle;
    }
    return -1;
  }

  /**
   * The last word of the article ending at or before an offset in a paragraph, when only spaces come
   * between: in the paragraph, or the last word of one before it.
   */
  private wordBefore(paragraph: number, offset: number): { paragraph: number; index: number } | null {
    const scan = this.scans[paragraph];
    const { bounds } = scan;
    const relative = offset - this.paragraphs[paragraph].start;
    let low = 0;
    let high = wordCount(scan) - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (bounds[2 * middle + 1] <= relative) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    while (found < 0 && paragraph > 0) found = wordCount(this.scans[--paragraph]) - 1;
    if (found < 0) return null;
    const end = this.paragraphs[paragraph].start + this.scans[paragraph].bounds[2 * found + 1];
    return /^\s*$/.test(this.prose.slice(end, offset)) ? { paragraph, index: found } : null;
  }
}

/**
 * Whether the words of a paragraph from `start` spell the letters: each letter the initial of the next
 * word or a later letter of the current one (SIA: Singapore Airlines; WWDC: Worldwide Developers
 * Conference); small words (of, and, the) may be skipped or give a letter (MoFA); other words may not
 * be skipped. At least two words. Returns the index of the last word, or -1.
 */
function match(scan: AbbreviationParagraph, letters: readonly string[], start: number, capitalised: boolean): number {
  const { text, bounds } = scan;
  const count = wordCount(scan);
  const first = wordText(scan, start);
  if (first === undefined || first.charAt(0).toLowerCase() !== letters[0].toLowerCase() || STOPWORDS.has(first)) return -1;
  if (capitalised && !isCapital(first)) return -1;
  const limit = start + letters.length + 4;
  let steps = 0;
  const walk = (letter: number, index: number, char: number): number => {
    if (++steps > 30) return -1;
    if (letter === letters.length) return index > start ? index : -1;
    const wanted = letters[letter].toLowerCase();
    const inner = wordText(scan, index)!.toLowerCase().indexOf(wanted, char + 1);
    if (inner > 0) {
      const end = walk(letter + 1, index, inner);
      if (end >= 0) return end;
    }
    for (let next = index + 1; next < count && next <= limit; next++) {
      const gapStart = bounds[2 * next - 1];
      const gapEnd = bounds[2 * next];
      if (gapEnd - gapStart > 3 || !NAME_GAP.test(text.slice(gapStart, gapEnd))) return -1;
      const word = wordText(scan, next)!;
      const lower = word.toLowerCase();
      const small = STOPWORDS.has(lower);
      if (!small && capitalised && !isCapital(word)) return -1;
      if (lower.charAt(0) === wanted) {
        const end = walk(letter + 1, next, 0);
        if (end >= 0) return end;
      }
      if (!small) return -1;
    }
    return -1;
  };
  return walk(1, start, 0);
}

function isCapital(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
