// What a count counts: its head noun (through a small class lexicon: children ⊃ boys, girls, minors;
// people ⊃ children, men, women, killed…), its modifiers, the event it belongs to and its time anchor.

import { lowerEventOf, type EventFamily } from '../events';
import { lowerBound } from '../spans';
import type { NumberMention, Word } from './numbers';

/** Head nouns → their class (plural, lower case). */
const CLASS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  children: 'children', child: 'children', kids: 'children', kid: 'children', minors: 'children', minor: 'children',
  youngsters: 'children', infants: 'children', babies: 'children', baby: 'children', teenagers: 'children',
  teens: 'children', orphans: 'children', juveniles: 'children',
  boys: 'boys', boy: 'boys', girls: 'girls', girl: 'girls',
  people: 'people', persons: 'people', person: 'people', individuals: 'people', civilians: 'civilians',
  civilian: 'civilians', residents: 'people', citizens: 'people', adults: 'adults', adult: 'adults',
  victims: 'people', men: 'men', man: 'men', women: 'women', woman: 'women',
  soldiers: 'soldiers', soldier: 'soldiers', troops: 'soldiers', servicemen: 'soldiers',
  killed: 'people', injured: 'people', wounded: 'people', dead: 'people', displaced: 'people',
  hostages: 'hostages', hostage: 'hostages', prisoners: 'prisoners', prisoner: 'prisoners',
  refugees: 'refugees', refugee: 'refugees',
  jobs: 'jobs', job: 'jobs', employees: 'employees', employee: 'employees', workers: 'employees', worker: 'employees',
  staff: 'employees', positions: 'jobs',
});
/** A class and the class it belongs to. Extensible: add a line. */
export const PARENT: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  boys: 'children', girls: 'children', children: 'people', men: 'people', women: 'people', adults: 'people',
  civilians: 'people', soldiers: 'people', hostages: 'people', prisoners: 'people', refugees: 'people',
});
/** Participles used as heads carry their event: "the 20 killed". */
const HEAD_EVENT: Readonly<Record<string, EventFamily>> = Object.assign(Object.create(null) as Record<string, EventFamily>, {
  killed: 'kill', dead: 'kill', injured: 'injure', wounded: 'injure', displaced: 'displace',
});

/** Words that stop the search for a counted noun. */
const STOP = new Set([
  'and', 'or', 'but', 'nor', 'in', 'on', 'at', 'from', 'to', 'with', 'by', 'for', 'of', 'were', 'was', 'are', 'is',
  'be', 'been', 'have', 'has', 'had', 'who', 'that', 'which', 'since', 'as', 'than', 'per', 'a', 'an', 'the',
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'this', 'these', 'those', 'their', 'its', 'his',
  'her', 'our', 'into', 'over', 'under', 'after', 'before', 'during', 'while', 'when', 'where', 'if', 'so',
  'each', 'apiece', 'respectively', 'more', 'less', 'fewer', 'up', 'down', 'out', 'off', 'against', 'across',
  'including', 'between', 'among', 'about', 'around', 'through', 'until', 'via', 'said', 'says', 'do', 'did',
  'not', 'also', 'all', 'both', 'other', 'others', 'times', 'it', 'they', 'he', 'she', 'we', 'you', 'them',
]);
/** Words after a count that make it a part or an increment, never the whole: "four more", "six other". */
const INCREMENTAL = new Set(['more', 'other', 'others', 'additional', 'another', 'further', 'extra', 'new', 'remaining']);
const SKIP_MODIFIERS = new Set(['new', 'young', 'old', 'small', 'large', 'major', 'minor', 'total', 'some', 'separate']);
const DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that']);

/** Capitalised words after "in" that are times, not places. */
const PLACE_EXCLUDED = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)/;

export interface Fact {
  /** The counted noun as written, and its class. */
  head: { start: number; end: number; text: string } | null;
  counts: string | null;
  modifiers: string[];
  event: EventFamily | null;
  /** The word that names the event. */
  eventWord: string | null;
  /** "four more", "six other": an increment or a part, not a total. */
  incremental: boolean;
  /** "400 of these children": a subset of a group named before. */
  partitive: boolean;
  /** No noun of its own: "10 Ukrainian and four Russian children" — 10 borrows "children". */
  elided: boolean;
  /** Index of the word after the counted noun phrase. */
  after: number;
}

/** Whether a class is one of the lexicon's (people, children, jobs…), not just a noun. */
export function isClass(cls: string): boolean {
  return CLASS[cls] === cls;
}

export function classOf(word: string): string {
  const lower = word.toLowerCase();
  return CLASS[lower] ?? lower;
}

/** The classes a class belongs to, itself first: boys → [boys, children, people]. */
export function ancestors(cls: string): string[] {
  const out = [cls];
  for (let c = PARENT[cls]; c && out.length < 8; c = PARENT[c]) out.push(c);
  return out;
}

/** The smallest class holding all of `classes`, or null. */
export function commonClass(classes: readonly string[]): string | null {
  if (classes.length === 0) return null;
  let candidates = ancestors(classes[0]);
  for (const cls of classes.slice(1)) {
    const up = new Set(ancestors(cls));
    candidates = candidates.filter((c) => up.has(c));
  }
  return candidates[0] ?? null;
}

/**
 * The noun a count counts. `figureAt(j)` says whether a figure (an age, a range) starts at word j:
 * "one 17-year-old girl" skips the age to reach "girl".
 */
export function linkHead(ws: readonly Word[], m: NumberMention, sentenceEnd: number,
  figureAt: (j: number) => NumberMention | null): Fact {
  const fact: Fact = { head: null, counts: null, modifiers: [], event: null, eventWord: null, incremental: false,
    partitive: false, elided: false, after: m.next };
  let j = m.next;
  if (ws[j]?.lower === 'of') {
    fact.partitive = true;
    j++;
    if (ws[j] && DETERMINERS.has(ws[j].lower)) j++;
    else if (ws[j] && /['’]s$/.test(ws[j].text)) j++;
    else return fact; // "20 of Boeing’s", "two of them": no head of its own
  }
  if (ws[j] && INCREMENTAL.has(ws[j].lower)) fact.incremental = true;
  const mods: string[] = [];
  for (let n = 0; j < sentenceEnd && n < 5; n++) {
    const w = ws[j];
    if (!w) break;
    const fig = figureAt(j);
    if (fig) { j = fig.next; continue; }
    if (!/^\p{L}/u.test(w.text)) break;
    if (w.lower in CLASS) {
      fact.head = { start: w.start, end: w.end, text: w.text };
      j++;
      break;
    }
    if (STOP.has(w.lower) && !INCREMENTAL.has(w.lower)) break;
    if (INCREMENTAL.has(w.lower) || SKIP_MODIFIERS.has(w.lower)) { j++; continue; }
    if (/^\p{Lu}/u.test(w.text) || /(?:ian|ese|ish|an|i)$/.test(w.lower) && !/s$/.test(w.lower) && m.value !== 1) {
      mods.push(w.lower.replace(/['’]s$/, ''));
      j++;
      continue;
    }
    fact.head = { start: w.start, end: w.end, text: w.text };
    j++;
    break;
  }
  if (!fact.head) {
    const stop = ws[j]?.lower;
    if ((stop === 'and' || stop === 'or' || stop === ',') && j + 1 < sentenceEnd && figureAt(j + 1)?.kind === 'count') fact.elided = true;
    // Capitalised words before a stop were names, not modifiers: "20 Airbus", "14 in Germany".
    if (!fact.elided) mods.length = 0;
  }
  // A place narrows the group: "4,300 jobs in France", "300 people from the village of Kherson".
  if (fact.head) {
    for (let k = j; k < Math.min(sentenceEnd - 1, j + 8); k++) {
      const p = ws[k].lower;
      if (p !== 'in' && p !== 'at' && p !== 'from' && p !== 'near') continue;
      let q = k + 1;
      if (ws[q]?.lower === 'the' && ws[q + 2]?.lower === 'of') q += 3;
      const place = ws[q];
      if (place && /^\p{Lu}/u.test(place.text) && !PLACE_EXCLUDED.test(place.text)) { mods.push((p === 'from' ? 'from ' : 'in ') + place.lower); break; }
    }
  }
  fact.modifiers = mods;
  fact.after = j;
  if (fact.head) fact.counts = canonical(fact.head.text, m.value);
  return fact;
}

function canonical(head: string, value: number): string {
  const lower = head.toLowerCase();
  if (lower in CLASS) return CLASS[lower];
  return value === 1 && !lower.endsWith('s') ? lower + 's' : lower;
}

/** The head's own event ("the 20 killed"), or null. */
export function headEvent(head: string): EventFamily | null {
  return HEAD_EVENT[head.toLowerCase()] ?? null;
}

/** A word's event family, or null. Reporting verbs are never events. */
function eventOfWord(w: Word): EventFamily | null {
  // Event words are lower-case English words of three letters or more: skip the rest without a lookup.
  const lower = w.lower;
  const c = lower.charCodeAt(0);
  return c >= 97 && c <= 122 && lower.length > 2 ? lowerEventOf(lower)?.family ?? null : null;
}

/** A word range of a paragraph's words: a sentence's. Empty when from >= to. */
export interface WordRange {
  from: number;
  to: number;
}

/**
 * The event of a count: `eventFor(i, skipTo, k)` for a count at word i in sentence k (of `sentences`, which
 * split the words in order) whose noun phrase ends before word skipTo. The nearest event word before it in
 * its sentence, else after its noun phrase in the sentence, else the nearest in the paragraph (a count in
 * "There are eight boys…" takes the event of the paragraph it is told in). A sentence's words are looked up
 * the first time a count asks, so a paragraph reads only the sentences around its counts.
 */
export function paragraphEvents(ws: readonly Word[], sentences: readonly WordRange[]):
  (i: number, skipTo: number, k: number) => { family: EventFamily; word: string } | null {
  const families = new Map<number, EventFamily>();
  // Each sentence's event words (indices into ws, in order), and the last (first) event word before
  // (after) each sentence: -1 for none, undefined until asked.
  const inSentence: (number[] | undefined)[] = new Array(sentences.length);
  const lastBefore: (number | undefined)[] = new Array(sentences.length);
  const firstAfter: (number | undefined)[] = new Array(sentences.length);
  const eventsOf = (k: number): number[] => {
    let list = inSentence[k];
    if (!list) {
      list = [];
      for (let j = sentences[k].from; j < sentences[k].to; j++) {
        const family = eventOfWord(ws[j]);
        if (family) { list.push(j); families.set(j, family); }
      }
      inSentence[k] = list;
    }
    return list;
  };
  // Walk outwards to the nearest sentence with an event word or an answer already known, then record the
  // answer for every sentence walked over: each sentence is walked over once.
  const before = (k: number): number => {
    let s = k;
    let found = -1;
    while (s > 0 && lastBefore[s] === undefined) {
      const list = eventsOf(s - 1);
      if (list.length) { found = list[list.length - 1]; break; }
      s--;
    }
    if (s > 0 && lastBefore[s] !== undefined) found = lastBefore[s]!;
    for (let t = k; t >= s; t--) lastBefore[t] = found;
    return found;
  };
  const after = (k: number): number => {
    let s = k;
    let found = -1;
    while (s < sentences.length - 1 && firstAfter[s] === undefined) {
      const list = eventsOf(s + 1);
      if (list.length) { found = list[0]; break; }
      s++;
    }
    if (s < sentences.length - 1 && firstAfter[s] !== undefined) found = firstAfter[s]!;
    for (let t = k; t <= s; t++) firstAfter[t] = found;
    return found;
  };
  const at = (j: number) => ({ family: families.get(j)!, word: ws[j].text });
  return (i, skipTo, k) => {
    const list = eventsOf(k);
    const prev = lowerBound(list, i, (j) => j) - 1;
    if (prev >= 0) return at(list[prev]);
    const next = lowerBound(list, skipTo, (j) => j);
    if (next < list.length) return at(list[next]);
    const a = before(k);
    const b = after(k);
    if (a < 0 && b < 0) return null;
    if (a < 0) return at(b);
    if (b < 0) return at(a);
    const { from, to } = sentences[k];
    return b - (to - 1) <= from - a ? at(b) : at(a);
  };
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const ANCHOR = new RegExp(
  `\\b(?:(?:[Ss]ince|[Aa]s of|[Ii]n|[Oo]n|[Bb]y|[Uu]ntil|[Dd]uring|[Tt]hrough|[Ff]rom|[Bb]etween|[Aa]fter|[Bb]efore)\\s+)?` +
  `(?:(?:early|mid|late)[- ])?(?:${MONTH}(?:\\s+\\d{1,2}\\b)?(?:,?\\s+\\d{4})?|${WEEKDAY}|\\d{4}\\b|(?:last|this|next|the past) (?:week|month|year|quarter|decade)|yesterday|today|(?:the )?(?:first|second|third|fourth) quarter(?: of \\d{4})?)`,
  'g');

/** The time anchor of a sentence ("since July 2023", "on October 16, 2023"), normalised, or null. */
export function anchorOf(sentence: string): string | null {
  ANCHOR.lastIndex = 0;
  const found: string[] = [];
  for (let m = ANCHOR.exec(sentence); m; m = ANCHOR.exec(sentence)) {
    const text = m[0].replace(/\s+/g, ' ').toLowerCase();
    // A bare four-digit number is a year only in its plausible range.
    const year = /\d{4}/.exec(text);
    if (year && (Number(year[0]) < 1800 || Number(year[0]) > 2100)) continue;
    if (/^(?:may|march)$/.test(text)) continue;
    found.push(text);
  }
  return found.length ? found.join('; ') : null;
}
