// Variant spellings of one term in one article (ceasefire / cease-fire, Kyiv / Kiev, e-mail / email):
// which forms appear, how often, and which one wins — the house's choice, else the majority, else the
// first. Shared by style.variant and a newsroom's `consistency` rules (core/style/custom.ts).

import type { Span } from '../text';
import type { StyleWord } from './context';
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
  const lower = text.toLowerCase();
  return lower.includes('’') || lower.includes('‐') ? lower.replace(/[’‐]/g, (c) => (c === '’' ? "'" : '-')) : lower;
}

/** Could a generic pair (e-mail / email, organise / organize) involve this word? Lower case, five letters or more. */
function genericCandidate(text: string): boolean {
  const first = text.charCodeAt(0);
  return text.length >= 5 && first >= 97 && first <= 122;
}

/** The words of the article's non-headline paragraphs (headline style is its own); lower-cased only when they may matter. */
function articleWords(words: readonly StyleWord[], lexicon: Lexicon, generic: boolean): Word[] {
  const result: Word[] = [];
  for (const word of words) {
    if (word.headline) continue;
    const text = word.text;
    const listed = lexicon.asWritten.has(text);
    if (!listed && !(generic && genericCandidate(text))) {
      result.push({ start: word.start, end: word.end, text, lower: '' });
      continue;
    }
    result.push({ start: word.start, end: word.end, text, lower: lowered(text) });
  }
  return result;
}

interface Word extends Span {
  text: string;
  lower: string;
}

interface Entry {
  group: number;
  form: string;
}

/** Lower-cased form → its group; built once per list of groups. */
class Lexicon {
  readonly single = new Map<string, Entry>();
  readonly pairs = new Map<string, Entry>();
  /** Every form and first word as it may be written (as listed, lower case, capitalised, capitals). */
  readonly asWritten = new Set<string>();
  /** First words of the two-word forms ("cease" of "cease fire"). */
  readonly firsts = new Set<string>();
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

/**
 * Every use of a losing form. `generic`: also pair a hyphenated word with its closed form (e-mail / email)
 * and -ise with -ize (organise / organize) when the article has both.
 */
export function variantProblems(prose: string, styleWords: readonly StyleWord[], groups: readonly VariantGroup[], generic: boolean): VariantProblem[] {
  const lexicon = lexiconOf(groups);
  const words = articleWords(styleWords, lexicon, generic);
  // Uses per group, per form (keyed by the lower-cased form as written).
  const uses = new Map<string, { group: VariantGroup; forms: Map<string, VariantUse[]> }>();
  const add = (groupKey: string, group: VariantGroup, formKey: string, use: VariantUse) => {
    let entry = uses.get(groupKey);
    if (!entry) uses.set(groupKey, entry = { group, forms: new Map() });
    let list = entry.forms.get(formKey);
    if (!list) entry.forms.set(formKey, list = []);
    list.push(use);
  };
  // Generic pairs, found from the rarer side first: hyphenated words ("e-mail") whose closed form
  // ("email") the article also writes; -ise/-ize words whose other spelling it also writes.
  const joinedOf = new Map<string, string>();
  const iseOf = new Map<string, string>();
  if (generic) {
    for (const word of words) {
      const lower = word.lower;
      if (lower.length < 6 || word.text !== lower) continue;
      if (lower.includes('-')) {
        const parts = /^(\p{Ll}+)-(\p{Ll}+)$/u.exec(lower);
        if (parts && !differentWord(parts[1] + parts[2])) joinedOf.set(parts[1] + parts[2], lower);
      } else if (lower.length >= 7 && (lower.includes('is') || lower.includes('iz'))) {
        const ise = /^(\p{Ll}{4,})i([sz])(e|es|ed|ing|ation|ations|er|ers)$/u.exec(lower);
        if (ise) iseOf.set(lower, `${ise[1]}i${ise[2] === 's' ? 'z' : 's'}${ise[3]}`);
      }
    }
  }
  const closedSeen = new Set<string>();
  if (joinedOf.size > 0 || iseOf.size > 0) {
    for (const word of words) if (joinedOf.has(word.lower) || iseOf.has(word.lower)) closedSeen.add(word.lower);
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.lower && lexicon.firsts.has(word.lower)) {
      const next = words[i + 1];
      if (next && next.start === word.end + 1 && prose.charCodeAt(word.end) === 32) {
        const pair = lexicon.pairs.get(word.lower + ' ' + (next.lower || lowered(next.text)));
        if (pair) {
          add('g' + pair.group, groups[pair.group], pair.form.toLowerCase(), { start: word.start, end: next.end, text: prose.slice(word.start, next.end) });
          i++;
          continue;
        }
      }
    }
    if (!word.lower) continue;
    const single = lexicon.single.get(word.lower);
    if (single) {
      add('g' + single.group, groups[single.group], single.form.toLowerCase(), { start: word.start, end: word.end, text: word.text });
      continue;
    }
    if (!generic || word.text !== word.lower || word.lower.length < 5) continue;
    const use = { start: word.start, end: word.end, text: word.text };
    if (word.lower.includes('-')) {
      const joined = word.lower.replace('-', '');
      if (closedSeen.has(joined) && joinedOf.get(joined) === word.lower) add('h' + joined, { forms: [joined, word.lower] }, word.lower, use);
      continue;
    }
    if (joinedOf.has(word.lower) && closedSeen.has(word.lower)) {
      add('h' + word.lower, { forms: [word.lower] }, word.lower, use);
      continue;
    }
    const other = iseOf.get(word.lower);
    if (other && closedSeen.has(other)) {
      const key = word.lower.includes('iz') ? word.lower : other;
      add('i' + key, { forms: [key] }, word.lower, use);
    }
  }
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
        problems.push({ ...use, winner, winnerUse: winnerUses[0] ?? null, winnerCount: winnerUses.length, preferred: preferredKey !== undefined });
      }
    }
  }
  return problems.sort((a, b) => a.start - b.start);
}
