// Abbreviations of an article and where each is spelled out. A pure function of the prose and the
// paragraphs: every abbreviation-like word (MRO, MoFA, USAF, U.S.), its uses, and its definition —
// "Ministry of Foreign Affairs (MoFA)", "UAW (United Auto Workers)", or the full name anywhere before
// ("General Motors … GM": AP prefers no parentheses). Read by style.abbreviation-undefined.

import type { Span } from '../text';
import { abbreviationKey } from './abbreviations';
import type { StyleWord } from './context';

export interface AbbreviationUse extends Span {
  text: string;
  headline: boolean;
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

type Word = StyleWord;

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

/** Every abbreviation of the article, in order of first use. `words`: the article's words, in order. */
export function findAbbreviations(prose: string, words: readonly Word[], exempt: ReadonlySet<string>): Abbreviation[] {
  const byKey = new Map<string, Abbreviation>();
  let shoutingParagraph = -1;
  let checkedParagraph = -1;
  let paragraphStart = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (i === 0 || words[i - 1].paragraph !== word.paragraph) paragraphStart = i;
    // abbreviationOf's first test, read in `prose` (the word's text is prose from its start): most words
    // fail it, and their own strings need not be touched.
    if (word.end - word.start < 2 || !isUpper(prose.charCodeAt(word.start))) continue;
    const text = abbreviationOf(word.text);
    if (!text) continue;
    const key = abbreviationKey(text);
    if (exempt.has(key) || exempt.has(key.toUpperCase())) continue;
    if (DOTTED.test(text)) continue; // initials of a name (J.R.) more often than an unknown abbreviation
    if (word.paragraph !== checkedParagraph) {
      checkedParagraph = word.paragraph;
      if (shouting(words, paragraphStart)) shoutingParagraph = word.paragraph;
    }
    if (word.paragraph === shoutingParagraph) continue;
    if (/^[-‐‑]\d/.test(prose.slice(word.end, word.end + 2))) continue; // KC-45, F-16: a model
    if (afterExchange(prose, word.start)) continue; // (NASDAQ: AAPL)
    if (inDateline(prose, words, paragraphStart, i)) continue; // KYIV, Ukraine (AP) —
    let abbreviation = byKey.get(key);
    if (!abbreviation) {
      // An article has a few dozen; thousands means noise (random bytes, a code dump): stop collecting.
      if (byKey.size >= MAX_ABBREVIATIONS) continue;
      byKey.set(key, abbreviation = { key, uses: [], definition: null });
    }
    if (partOfName(prose, words, i)) {
      // "NPD Group, a market research firm": the name introduces it; a later "NPD said" is fine.
      abbreviation.named ??= { start: word.start, end: word.start + text.length, kind: 'name' };
      continue;
    }
    abbreviation.uses.push({ start: word.start, end: word.start + text.length, text, headline: word.headline });
  }
  if (byKey.size === 0) return [];
  const definer = new Definer(prose, words, new Set([...byKey.keys()].map((key) => key.charAt(0).toLowerCase())));
  for (const abbreviation of byKey.values()) {
    // Introduced by a name before its first use alone: nothing to look for.
    if (abbreviation.uses.length === 0 || (abbreviation.named && abbreviation.named.start < abbreviation.uses[0].start)) continue;
    abbreviation.definition = definer.definition(abbreviation);
  }
  // Only inside names: nothing to report.
  return [...byKey.values()].filter((abbreviation) => abbreviation.uses.length > 0);
}

/**
 * An abbreviation inside a longer proper name is the name: "JSA Research", "NPD Group", "Invesco AIM",
 * "Motorola ROKR E1", "Los Angeles LAX airport". A capitalised neighbour on the same line, with only a
 * space between, that does not begin a sentence. "(MoFA)" and "the MoFA spokesperson" are not names.
 */
function partOfName(prose: string, words: readonly Word[], index: number): boolean {
  const word = words[index];
  const next = words[index + 1];
  // A model number beside it is a name too: "737 MAX", "MAX 8".
  const namePart = (text: string) => (isUpper(text.charCodeAt(0)) && !FUNCTION_WORDS.has(text.toLowerCase())) || /\d/.test(text);
  if (next && next.paragraph === word.paragraph && prose.slice(word.end, next.start) === ' ' && namePart(next.text)) return true;
  const previous = words[index - 1];
  if (previous && previous.paragraph === word.paragraph && prose.slice(previous.end, word.start) === ' ' &&
    namePart(previous.text) && !sentenceStart(prose, previous.start)) return true;
  return false;
}

/**
 * A dateline: capitals that open the paragraph and end in a comma or the agency ("KYIV, Ukraine (AP) —",
 * "NEW YORK (Reuters) -"). The place is a name in capitals, not an abbreviation.
 */
function inDateline(prose: string, words: readonly Word[], paragraphStart: number, index: number): boolean {
  if (index - paragraphStart > 3) return false;
  let last = paragraphStart;
  while (last < words.length && last - paragraphStart < 4 && words[last].paragraph === words[index].paragraph &&
    words[last].text === words[last].text.toUpperCase()) last++;
  if (last <= index) return false;
  const after = prose.slice(words[last - 1].end, words[last - 1].end + 3);
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
function shouting(words: readonly Word[], first: number): boolean {
  const paragraph = words[first].paragraph;
  let all = 0;
  let capitals = 0;
  for (let i = first; i < words.length && words[i].paragraph === paragraph && all < 60; i++) {
    const text = words[i].text;
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

class Definer {
  /** Word indexes by their first letter, lower-cased: where a full name may start. */
  private readonly byInitial = new Map<string, number[]>();
  /** Matching tries left: bounds the work to a multiple of the article's length, whatever the input. */
  private budget: number;

  constructor(private readonly prose: string, private readonly words: readonly Word[], initials: ReadonlySet<string>) {
    words.forEach((word, index) => {
      // Full names anywhere are capitalised: only capitalised words can start one. Read in `prose`.
      const first = prose.charCodeAt(word.start);
      if (!isUpper(first)) return;
      const initial = first < 128 ? String.fromCharCode(first + 32) : word.text.charAt(0).toLowerCase();
      if (!initials.has(initial)) return;
      let list = this.byInitial.get(initial);
      if (!list) this.byInitial.set(initial, list = []);
      list.push(index);
    });
    // A real article needs a few hundred; noise (random bytes) stops here, silent rather than slow.
    this.budget = (words.length >> 1) + 500;
  }

  definition(abbreviation: Abbreviation): Abbreviation['definition'] {
    const letters = [...abbreviation.key].filter((c) => c !== '&');
    let best: Abbreviation['definition'] = null;
    // "(MoFA)" or "MoFA (Ministry of Foreign Affairs)": the writer defines it there, whatever the words.
    for (const use of abbreviation.uses) {
      if (this.prose.charAt(use.start - 1) === '(' && /^[s]?\)/.test(this.prose.slice(use.end, use.end + 2))) {
        best = { start: use.start, end: use.end, kind: 'parenthesis' };
        break;
      }
      if (this.prose.charAt(use.end) === ' ' && this.prose.charAt(use.end + 1) === '(' && this.budget-- > 0) {
        const next = this.wordAt(use.end + 2);
        if (next >= 0 && this.match(letters, next, false) >= 0) {
          best = { start: use.start, end: use.end, kind: 'parenthesis' };
          break;
        }
      }
    }
    // The full name in capitals, anywhere: the earliest one that comes before the first use wins.
    const second = letters[1].toLowerCase();
    for (const start of this.byInitial.get(letters[0].toLowerCase()) ?? []) {
      const word = this.words[start];
      if (best && word.start >= best.start) break;
      if (this.budget-- <= 0) return { start: 0, end: 0, kind: 'full name' }; // out of budget: assume defined
      // Cheap test first: the second letter is in this word, or the next word starts with it or is small.
      const next = this.words[start + 1]?.text.toLowerCase() ?? '';
      if (word.text.toLowerCase().indexOf(second, 1) < 0 && next.charAt(0) !== second && !STOPWORDS.has(next)) continue;
      const end = this.match(letters, start, true);
      if (end < 0) continue;
      best = { start: word.start, end: this.words[end].end, kind: 'full name' };
      break;
    }
    // Lower-case full names count only right before the parenthesis: "gross domestic product (GDP)".
    if (best?.kind === 'parenthesis' && this.prose.charAt(best.start - 1) === '(') {
      const before = this.wordBefore(best.start - 1);
      for (let start = Math.max(0, before - letters.length - 4); before >= 0 && start <= before; start++) {
        if (this.budget-- <= 0) break;
        const end = this.match(letters, start, false);
        if (end === before) {
          best = { start: this.words[start].start, end: this.words[end].end, kind: 'parenthesis' };
          break;
        }
      }
    }
    return best;
  }

  /** The index of the word starting at an offset, or -1. */
  private wordAt(offset: number): number {
    let low = 0;
    let high = this.words.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.words[middle].start < offset) low = middle + 1;
      else if (this.words[middle].start > offset) high = middle - 1;
      else return middle;
    }
    return -1;
  }

  /** The index of the last word ending at or before an offset (past spaces), or -1. */
  private wordBefore(offset: number): number {
    let low = 0;
    let high = this.words.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.words[middle].end <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found >= 0 && /^\s*$/.test(this.prose.slice(this.words[found].end, offset)) ? found : -1;
  }

  /**
   * Whether the words from `start` spell the letters: each letter the initial of the next word or a
   * later letter of the current one (SIA: Singapore Airlines; WWDC: Worldwide Developers Conference);
   * small words (of, and, the) may be skipped or give a letter (MoFA); other words may not be skipped.
   * At least two words. Returns the index of the last word, or -1.
   */
  private match(letters: readonly string[], start: number, capitalised: boolean): number {
    const words = this.words;
    const first = words[start];
    if (!first || first.text.charAt(0).toLowerCase() !== letters[0].toLowerCase() || STOPWORDS.has(first.text)) return -1;
    if (capitalised && !isCapital(first.text)) return -1;
    const limit = start + letters.length + 4;
    let steps = 0;
    const walk = (letter: number, index: number, char: number): number => {
      if (++steps > 30) return -1;
      if (letter === letters.length) return index > start ? index : -1;
      const wanted = letters[letter].toLowerCase();
      const current = words[index].text.toLowerCase();
      const inner = current.indexOf(wanted, char + 1);
      if (inner > 0) {
        const end = walk(letter + 1, index, inner);
        if (end >= 0) return end;
      }
      for (let next = index + 1; next < words.length && next <= limit; next++) {
        const word = words[next];
        const gap = word.start - words[next - 1].end;
        if (word.paragraph !== first.paragraph || gap > 3 || !NAME_GAP.test(this.prose.slice(words[next - 1].end, word.start))) return -1;
        const text = word.text.toLowerCase();
        const small = STOPWORDS.has(text);
        if (!small && capitalised && !isCapital(word.text)) return -1;
        if (text.charAt(0) === wanted) {
          const end = walk(letter + 1, next, 0);
          if (end >= 0) return end;
        }
        if (!small) return -1;
      }
      return -1;
    };
    return walk(1, start, 0);
  }
}

function isCapital(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
