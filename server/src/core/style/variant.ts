// Variant spellings of one term in one article (ceasefire / cease-fire, Kyiv / Kiev, e-mail / email):
// which forms appear, how often, and which one wins — the house's choice, else the majority, else the
// first. Shared by style.variant and a newsroom's `consistency` rules (core/style/custom.ts).

import type { Span } from '../text';
import { asKept, NONE } from '../lists';
import { wordText, type KeptWords, type StyleWords } from './context';
import { NOT_VARIANTS, VARIANT_GROUPS } from './variants';

export interface VariantGroup {
  forms: readonly string[];
  /** The house's form: it wins whatever the article does, and a lone other form is reported too. */
  preferred?: string;
}

export interface VariantUse extends Span {
  text: string;
}

export interface VariantProblem extends Span {
  text: string;
  /** The winning form, as the group spells it. */
  winner: string;
  /** The first use of the winning form in the article, when it appears. */
  winnerUse: VariantUse | null;
  winnerCount: number;
  preferred: boolean;
}

/** The lower-cased word, apostrophes and hyphens made plain. */
function lowered(text: string): string {
  return loweredAt(text, text, 0);
}

/**
 * `lowered(text)`, where `text` is `prose` from `start`: read in `prose`, which is contiguous in memory,
 * rather than in the word's own string. Most words are ASCII without capitals: already lower case, and
 * toLowerCase would copy them.
 */
function loweredAt(text: string, prose: string, start: number): string {
  let marks = false;
  for (let i = start, end = start + text.length; i < end; i++) {
    const c = prose.charCodeAt(i);
    // A curly apostrophe or a hyphen (people’s, well‐known) has no case: the word needs no toLowerCase.
    if (c === 0x2019 || c === 0x2010) marks = true;
    else if ((c >= 65 && c <= 90) || c >= 128) return plainMarks(text.toLowerCase());
  }
  return marks ? plainMarks(text) : text;
}

/** Curly apostrophes and hyphens made plain. */
function plainMarks(word: string): string {
  return word.includes('’') || word.includes('‐') ? word.replace(/[’‐]/g, (c) => (c === '’' ? "'" : '-')) : word;
}

/** Could a generic pair (e-mail / email, organise / organize) involve the word at `start`? Lower case, five letters or more. */
function genericCandidate(prose: string, start: number, end: number): boolean {
  const first = prose.charCodeAt(start);
  return end - start >= 5 && first >= 97 && first <= 122;
}

/**
 * Which (first code unit, last code unit, length) triples a set of strings has: a word that fails this
 * test is not in the set, found without hashing it. Most of an article's words fail it, and hashing
 * 100,000 words is the bulk of a lookup's cost. (By the first code unit and the length alone, a third of
 * an article's words passed for a few hundred in the set.)
 */
class KeyFilter {
  /** By the ends' low six bits (distinct for ASCII letters of one case), a bit per length. */
  private readonly bits = new Uint32Array(64 * 64);
  add(key: string): void {
    if (key.length > 0) this.bits[KeyFilter.slot(key.charCodeAt(0), key.charCodeAt(key.length - 1))] |= 1 << Math.min(key.length, 31);
  }
  /** `mayHave(prose.slice(start, end))`. */
  mayHaveAt(prose: string, start: number, end: number): boolean {
    return end > start && (this.bits[KeyFilter.slot(prose.charCodeAt(start), prose.charCodeAt(end - 1))] & (1 << Math.min(end - start, 31))) !== 0;
  }
  mayHave(word: string): boolean {
    return word.length > 0 && (this.bits[KeyFilter.slot(word.charCodeAt(0), word.charCodeAt(word.length - 1))] & (1 << Math.min(word.length, 31))) !== 0;
  }
  private static slot(first: number, last: number): number {
    return ((first & 63) << 6) | (last & 63);
  }
}

interface Entry {
  group: number;
  form: string;
}

let lexiconCount = 0;

/** Lower-cased form → its group; built once per list of groups. */
class Lexicon {
  /** Names this list of groups in the paragraph memo's context. */
  readonly id = String(++lexiconCount);
  readonly single = new Map<string, Entry>();
  readonly pairs = new Map<string, Entry>();
  /** Every form and first word as it may be written (as listed, lower case, capitalised, capitals). */
  readonly asWritten = new Set<string>();
  /** First words of the two-word forms ("cease" of "cease fire"). */
  readonly firsts = new Set<string>();
  /** Prefilters for `asWritten`, and for `single` and `firsts` together. */
  readonly writtenFilter = new KeyFilter();
  readonly lowerFilter = new KeyFilter();
  constructor(readonly groups: readonly VariantGroup[]) {
    groups.forEach((group, index) => {
      for (const form of group.forms) {
        const key = form.toLowerCase().replace(/’/g, "'");
        const parts = key.split(' ');
        // A house group overrides the built-in one for the same form: later groups win.
        if (parts.length === 1) {
          this.single.set(key, { group: index, form });
          // Most words are in no group: looked up as written first, so they are never lower-cased.
          for (const written of [form, key, capitalise(key), key.toUpperCase(), form.replace(/'/g, '’')]) this.asWritten.add(written);
        }
        else if (parts.length === 2) {
          this.pairs.set(key, { group: index, form });
          this.firsts.add(parts[0]);
          for (const written of [parts[0], capitalise(parts[0]), parts[0].toUpperCase(), form.split(' ')[0]]) this.asWritten.add(written);
        }
      }
    });
    for (const written of this.asWritten) this.writtenFilter.add(written);
    for (const key of this.single.keys()) this.lowerFilter.add(key);
    for (const first of this.firsts) this.lowerFilter.add(first);
  }
}

/** "resigned" is "resign" + "ed": the exceptions hold for every inflection. */
function differentWord(joined: string): boolean {
  if (NOT_VARIANTS.has(joined)) return true;
  for (const ending of ['s', 'es', 'd', 'ed', 'ing', 'ion', 'ions', 'er', 'ers']) {
    if (joined.endsWith(ending)) {
      const stem = joined.slice(0, -ending.length);
      if (NOT_VARIANTS.has(stem) || NOT_VARIANTS.has(stem + 'e')) return true;
    }
  }
  return false;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const lexicons = new WeakMap<readonly VariantGroup[], Lexicon>();

function lexiconOf(groups: readonly VariantGroup[]): Lexicon {
  let lexicon = lexicons.get(groups);
  if (!lexicon) lexicons.set(groups, lexicon = new Lexicon(groups));
  return lexicon;
}

/** The built-in groups with the house's (house groups last: they win for a form both name). */
export function withHouse(house: readonly VariantGroup[]): readonly VariantGroup[] {
  if (house.length === 0) return BUILT_IN;
  let cached = houseCache.get(house);
  if (!cached) houseCache.set(house, cached = [...BUILT_IN, ...house]);
  return cached;
}

const BUILT_IN: readonly VariantGroup[] = VARIANT_GROUPS.map((forms) => ({ forms }));
const houseCache = new WeakMap<readonly VariantGroup[], readonly VariantGroup[]>();

/** A use of a listed form (a group's word, or word pair), offsets from its paragraph's start. */
interface ListedUse extends VariantUse {
  group: number;
  /** The form, lower-cased as the group lists it. */
  form: string;
}

/**
 * What one paragraph gives the variant check, offsets from its start (core/style/scan.ts memoises it):
 * never mutated, the next analysis shares it. Its words (KeptWords): the uses below are indexes in them.
 */
export interface VariantParagraph extends KeptWords {
  listed: readonly ListedUse[];
  /**
   * Generic pairs only. The paragraph's lower-cased words without a hyphen, in order: any may be the
   * closed side of a hyphenated pair ("email" of "e-mail"); beside each, the word (its index) when it may
   * be reported as that side (written in lower case, not listed), else -1.
   */
  closed: readonly string[];
  closedUses: readonly number[];
  /** Hyphenated words and their closed forms ("e-mail" → "email"), -ise/-ize words and their other spelling. */
  hyphenated: readonly GenericSide[];
  ise: readonly GenericSide[];
}

/** What a paragraph's scan gathers, lists still growing; the memo keeps them as a VariantParagraph. */
interface Gathered {
  listed: ListedUse[];
  closed: string[];
  closedUses: number[];
  hyphenated: GenericSide[];
  ise: GenericSide[];
}

/** A paragraph with no form and no generic side, as most short ones: shared, and its words never read (no use indexes them). */
const NO_FORMS: VariantParagraph = Object.freeze({
  text: '',
  bounds: NONE,
  listed: NONE,
  closed: NONE,
  closedUses: NONE,
  hyphenated: NONE,
  ise: NONE,
});

/** One side of a generic pair: the word as written (lower case), its other form, and the word (its index) when it may be reported, else -1. */
interface GenericSide {
  lower: string;
  other: string;
  use: number;
}

/** The key of a list of groups in the memo's context: the same list, the same key. */
export function lexiconKey(groups: readonly VariantGroup[]): string {
  return lexiconOf(groups).id;
}

/**
 * One paragraph's forms, from its text and its words (StyleContext's): the lexicon's, and with `generic`
 * the words a generic pair may involve.
 */
export function scanVariants(text: string, words: StyleWords, groups: readonly VariantGroup[], generic: boolean): VariantParagraph {
  const lexicon = lexiconOf(groups);
  const { texts, bounds } = words;
  const result: Gathered = { listed: [], closed: [], closedUses: [], hyphenated: [], ise: [] };
  // The lower-cased forms, '' when they cannot matter. Tests read `text`, not the word's string.
  const lowers: string[] = new Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const start = bounds[2 * i];
    const end = bounds[2 * i + 1];
    const listed = lexicon.writtenFilter.mayHaveAt(text, start, end) && lexicon.asWritten.has(texts[i]);
    lowers[i] = listed || (generic && genericCandidate(text, start, end)) ? loweredAt(texts[i], text, start) : '';
  }
  for (let i = 0; i < texts.length; i++) {
    const lower = lowers[i];
    if (!lower) continue;
    const word = texts[i];
    const listed = lexicon.lowerFilter.mayHave(lower);
    if (listed && lexicon.firsts.has(lower)) {
      const next = i + 1;
      const start = bounds[2 * i];
      const end = bounds[2 * i + 1];
      if (next < texts.length && bounds[2 * next] === end + 1 && text.charCodeAt(end) === 32) {
        const pair = lexicon.pairs.get(lower + ' ' + (lowers[next] || lowered(texts[next])));
        if (pair) {
          const nextEnd = bounds[2 * next + 1];
          result.listed.push({ group: pair.group, form: pair.form.toLowerCase(), start, end: nextEnd, text: text.slice(start, nextEnd) });
          // Both words may still be one side of a generic pair elsewhere; neither is reported as one.
          if (generic) addGeneric(result, lower, word, -1);
          if (generic && lowers[next]) addGeneric(result, lowers[next], texts[next], -1);
          i++;
          continue;
        }
      }
    }
    const single = listed ? lexicon.single.get(lower) : undefined;
    if (single) result.listed.push({ group: single.group, form: single.form.toLowerCase(), start: bounds[2 * i], end: bounds[2 * i + 1], text: word });
    if (generic) addGeneric(result, lower, word, !single && word === lower && lower.length >= 5 ? i : -1);
  }
  const { listed, closed, closedUses, hyphenated, ise } = result;
  if (listed.length + closed.length + hyphenated.length + ise.length === 0) return NO_FORMS;
  return { text, bounds, listed: asKept(listed), closed: asKept(closed), closedUses: asKept(closedUses), hyphenated: asKept(hyphenated), ise: asKept(ise) };
}

/**
 * A word to `result`'s generic lists. Only a word that is itself a hyphenated or -ise/-ize side can be
 * reported as one: the same string passes the same tests.
 */
function addGeneric(result: Gathered, lower: string, word: string, use: number): void {
  const side = lower.length >= 6 && word === lower;
  if (lower.includes('-')) {
    const parts = side ? /^(\p{Ll}+)-(\p{Ll}+)$/u.exec(lower) : null;
    if (parts && !differentWord(parts[1] + parts[2])) result.hyphenated.push({ lower, other: parts[1] + parts[2], use });
    return;
  }
  result.closed.push(lower);
  result.closedUses.push(use);
  if (side && lower.length >= 7 && (lower.includes('is') || lower.includes('iz'))) {
    const ise = /^(\p{Ll}{4,})i([sz])(e|es|ed|ing|ation|ations|er|ers)$/u.exec(lower);
    if (ise) result.ise.push({ lower, other: `${ise[1]}i${ise[2] === 's' ? 'z' : 's'}${ise[3]}`, use });
  }
}

/** A set of closed forms, and its prefilter: most of a paragraph's closed words fail the filter, unhashed. */
interface ClosedForms {
  forms: ReadonlySet<string>;
  filter: KeyFilter;
}

/** The closed forms of the last article asked about, as one set: the same forms, the same set, so each paragraph's hits can be kept. */
let lastClosedForms: { key: string; closed: ClosedForms } | null = null;

function closedFormsOf(joinedOf: ReadonlyMap<string, string>): ClosedForms {
  const key = [...joinedOf.keys()].sort().join(' ');
  if (lastClosedForms?.key !== key) {
    const filter = new KeyFilter();
    for (const form of joinedOf.keys()) filter.add(form);
    lastClosedForms = { key, closed: { forms: new Set(joinedOf.keys()), filter } };
  }
  return lastClosedForms.closed;
}

/** By paragraph (its memoised scan): which of its closed words are in a set of closed forms, for the last set asked. */
const hitsByParagraph = new WeakMap<VariantParagraph, { closed: ClosedForms; hits: number[] }>();

/** The indexes of a paragraph's closed words that are in `closed`: a keystroke that keeps the article's forms reads only the paragraph it changed. */
function closedHits(scan: VariantParagraph, closed: ClosedForms): readonly number[] {
  const cached = hitsByParagraph.get(scan);
  if (cached?.closed === closed) return cached.hits;
  const hits: number[] = [];
  const { forms, filter } = closed;
  for (let i = 0; i < scan.closed.length; i++) {
    const lower = scan.closed[i];
    if (filter.mayHave(lower) && forms.has(lower)) hits.push(i);
  }
  hitsByParagraph.set(scan, { closed, hits });
  return hits;
}

/**
 * Every use of a losing form in the article's non-headline paragraphs (headline style is its own), from
 * what each paragraph gave (`scans`, null for headlines; with generic sides when scanned with `generic`:
 * a hyphenated word and its closed form, e-mail / email, and -ise and -ize, organise / organize, when the
 * article has both). Only the choice of winners looks at the whole article.
 */
export function variantProblems(paragraphs: readonly Span[], scans: readonly (VariantParagraph | null)[], groups: readonly VariantGroup[]): VariantProblem[] {
  // Uses per group, per form (keyed by the lower-cased form as written).
  const uses = new Map<string, { group: VariantGroup; forms: Map<string, VariantUse[]> }>();
  const add = (groupKey: string, group: VariantGroup, formKey: string, base: number, use: VariantUse) => {
    let entry = uses.get(groupKey);
    if (!entry) uses.set(groupKey, entry = { group, forms: new Map() });
    let list = entry.forms.get(formKey);
    if (!list) entry.forms.set(formKey, list = []);
    list.push({ start: base + use.start, end: base + use.end, text: use.text });
  };
  // A paragraph's word (by its index) as a use.
  const wordUse = (words: KeptWords, index: number): VariantUse => ({ start: words.bounds[2 * index], end: words.bounds[2 * index + 1], text: wordText(words, index)! });
  // Generic pairs, found from the rarer side first: hyphenated words ("e-mail") whose closed form
  // ("email") the article also writes; -ise/-ize words whose other spelling it also writes.
  const joinedOf = new Map<string, string>();
  const iseOf = new Map<string, string>();
  scans.forEach((scan, index) => {
    if (!scan) return;
    for (const use of scan.listed) add('g' + use.group, groups[use.group], use.form, paragraphs[index].start, use);
    for (const { lower, other } of scan.hyphenated) joinedOf.set(other, lower);
    for (const { lower, other } of scan.ise) iseOf.set(lower, other);
  });
  // The forms of both kinds the article writes: every -ise/-ize side, and the closed forms it has.
  const closedSeen = new Set(iseOf.keys());
  if (joinedOf.size > 0) {
    const closed = closedFormsOf(joinedOf);
    scans.forEach((scan, index) => {
      if (!scan) return;
      for (const i of closedHits(scan, closed)) {
        const lower = scan.closed[i];
        closedSeen.add(lower);
        const use = scan.closedUses[i];
        if (use >= 0) add('h' + lower, { forms: [lower] }, lower, paragraphs[index].start, wordUse(scan, use));
      }
    });
  }
  scans.forEach((scan, index) => {
    if (!scan) return;
    for (const { lower, other, use } of scan.hyphenated) {
      if (use >= 0 && closedSeen.has(other) && joinedOf.get(other) === lower) {
        add('h' + other, { forms: [other, lower] }, lower, paragraphs[index].start, wordUse(scan, use));
      }
    }
    for (const { lower, other, use } of scan.ise) {
      // A closed form of a hyphenated pair is that pair's.
      if (use < 0 || joinedOf.has(lower) || !closedSeen.has(other)) continue;
      const key = lower.includes('iz') ? lower : other;
      add('i' + key, { forms: [key] }, lower, paragraphs[index].start, wordUse(scan, use));
    }
  });
  const problems: VariantProblem[] = [];
  for (const { group, forms } of uses.values()) {
    const preferredKey = group.preferred?.toLowerCase();
    if (forms.size < 2 && !(preferredKey && !forms.has(preferredKey))) continue;
    // The winner: the house's form, else the most used, else the first used.
    let winnerKey = preferredKey ?? '';
    if (!preferredKey) {
      let best = -1;
      let bestStart = Infinity;
      for (const [key, list] of forms) {
        if (list.length > best || (list.length === best && list[0].start < bestStart)) {
          winnerKey = key;
          best = list.length;
          bestStart = list[0].start;
        }
      }
    }
    const winnerUses = forms.get(winnerKey) ?? [];
    const winner = group.preferred ?? group.forms.find((form) => form.toLowerCase() === winnerKey) ?? winnerUses[0]?.text ?? winnerKey;
    for (const [key, list] of forms) {
      if (key === winnerKey) continue;
      for (const use of list) {
        problems.push({ start: use.start, end: use.end, text: use.text, winner, winnerUse: winnerUses[0] ?? null, winnerCount: winnerUses.length,
          preferred: preferredKey !== undefined });
      }
    }
  }
  return problems.sort((a, b) => a.start - b.start);
}
