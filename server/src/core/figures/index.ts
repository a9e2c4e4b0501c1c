// The figures engine: every number of the article, what it counts, and the facts they state.
// Per paragraph (a pure function of its text and the dates inside it, memoised across versions of the
// document); then moved to where the paragraph stands, with what only the document knows.

import type { Analysis } from '../analyse';
import { paragraphDates, type DateMention } from '../dates';
import { eventOf, isLowerFramingVerb, type EventFamily } from '../events';
import { incremental, memo } from '../incremental';
import { firstStartingFrom, indexAt, lowerBound, quotationMask } from '../spans';
import type { Paragraph, Span } from '../text';
import { anchorOf, commonClass, headEvent, isClass, linkHead, paragraphEvents } from './facts';
import { formatNumber } from './format';
import { mayHoldNumber, scanNumbers, words, type NumberMention, type Word } from './numbers';

export type { FigureKind } from './numbers';

/** A number of the article (its reading by numbers.ts, without the word indices) and the fact it states. */
export interface Figure extends Omit<NumberMention, 'next' | 'first'> {
  text: string;
  /** For a count: the class of what it counts ("children"), else null. */
  counts: string | null;
  head: { start: number; end: number; text: string } | null;
  modifiers: string[];
  event: EventFamily | null;
  eventWord: string | null;
  /** The time the fact is anchored to ("since july 2023"), or null. */
  anchor: string | null;
  incremental: boolean;
  partitive: boolean;
  /**
   * The names its sentence mentions (Qatar, Russian, Gaza), lower case: two mentions state the same fact only
   * when one's names include the other's ("Russian strikes killed 12" is not "Ukrainian strikes killed 5").
   */
  entities: string[];
  /** Who the sentence attributes it to ("officials", "local media"), or null: two sources may differ. */
  source: string | null;
  /** The fact it states: equal keys = the same fact. Null when it cannot be told. */
  key: string | null;
  /** Index into `breakdowns` when this is a part of one. */
  breakdown: number | null;
  paragraph: number;
  /** Index into `analysis.article.paragraphs[paragraph].sentences`, and its span. */
  sentence: { start: number; end: number };
  /** Whether the number stands at the start of its sentence. */
  sentenceStart: boolean;
  inQuote: boolean;
  headline: boolean;
}

/** Coordinated parts over one group: "10 Ukrainian and four Russian children" → 14 children. */
export interface Breakdown {
  parts: number[];
  /** The group's class (children for boys + girls). */
  counts: string;
  modifiers: string[];
  event: EventFamily | null;
  anchor: string | null;
  sum: number;
  low: number | null;
  high: number | null;
  start: number;
  end: number;
  key: string | null;
  /** The names of its sentence, less the parts' own modifiers. */
  entities: string[];
}

export interface FigureResult {
  figures: Figure[];
  breakdowns: Breakdown[];
}

export function extractFigures(analysis: Analysis): FigureResult {
  const figures: Figure[] = [];
  const breakdowns: Breakdown[] = [];
  // Each paragraph's dates, as the dates engine found them (its result for the paragraph names them: the
  // memo's context); without any in the document, sentences read their time anchors from their own words.
  const datesOf = paragraphDates(analysis.dates) ?? [];
  const anyDates = analysis.dates.dates.length > 0;
  const inQuote = quotationMask(analysis);
  const kept = incremental() ? placements : null;
  const paragraphs = analysis.article.paragraphs;
  for (let k = 0; k < paragraphs.length; k++) {
    const paragraph = paragraphs[k];
    const { start } = paragraph;
    const dates = datesOf[k] ?? NO_DATES;
    // What a paragraph states depends on its text and on the dates inside it (relative), nothing else.
    const text = paragraph.text;
    const context = incremental() ? (anyDates ? dates.id : '-') : '';
    const local = memo('figures', text, context, () => paragraphFigures(text,
      paragraph.sentences.map((s) => ({ start: s.start - start, end: s.end - start })),
      dateSpans(dates.dates), anyDates ? dateAnchors(dates.dates) : null));
    if (local.figures.length === 0) continue;
    let place = kept?.get(local);
    if (!place || !samePlace(place, analysis, paragraph, local, inQuote, figures.length, breakdowns.length)) {
      place = rebase(analysis, paragraph, local, inQuote, figures.length, breakdowns.length);
      kept?.set(local, place);
    }
    for (const f of place.figures) figures.push(f);
    for (const b of place.breakdowns) breakdowns.push(b);
  }
  return { figures, breakdowns };
}

/** A paragraph's dates when the dates engine did not run (its placeholder result). */
const NO_DATES: { dates: readonly DateMention[]; id: string } = { dates: [], id: '' };

/** A date of the dates engine as a time anchor: its start and its label ("since 2023-07", "2023-10-16"). */
interface DateAnchor {
  start: number;
  label: string;
}

/**
 * A paragraph's dates as anchors, sorted by start: "since 2023-07", "2023-10-16" (resolved, so "Oct. 16,
 * 2023" and "October 16, 2023" meet). Durations, sets and present/past references anchor nothing.
 */
function dateAnchors(dates: readonly DateMention[]): DateAnchor[] {
  const list: DateAnchor[] = [];
  for (const d of dates) {
    if (d.type !== 'DATE' || /REF$/.test(d.value)) continue;
    list.push({ start: d.start, label: (d.since ? 'since ' : '') + d.value });
  }
  return list.sort((a, b) => a.start - b.start);
}

/** A sentence's anchor: the labels of the first four dates that start inside it, or null. */
function sentenceAnchor(anchors: readonly DateAnchor[], sentence: Span): string | null {
  let labels: string | null = null;
  let count = 0;
  // From the first that starts inside it (sorted): a paragraph of a thousand sentences and dates is not
  // read from its start once per sentence.
  for (let k = firstStartingFrom(anchors, sentence.start); k < anchors.length; k++) {
    const a = anchors[k];
    if (a.start >= sentence.end || count === 4) break;
    labels = labels === null ? a.label : labels + '; ' + a.label;
    count++;
  }
  return labels;
}

/** A paragraph's dates as spans, sorted and merged where they overlap (for the binary search). */
function dateSpans(dates: readonly DateMention[]): Span[] {
  const out = dates.map((d) => ({ start: d.start, end: d.end })).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of out) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push(s);
  }
  return merged;
}

/**
 * A paragraph's figures and breakdowns with offsets from the paragraph's start (memoised: shared, never
 * mutated). A figure's sentence is its index in the paragraph; the document-wide fields come in `rebase`.
 */
interface LocalFigures {
  figures: LocalFigure[];
  breakdowns: Breakdown[];
}
type LocalFigure = Omit<Figure, 'text' | 'paragraph' | 'sentence' | 'inQuote' | 'headline'> & { sentence: number };

const NO_FIGURES: LocalFigures = { figures: [], breakdowns: [] };

/**
 * A paragraph's figures as placed in the document the last time: the next analysis takes them as they are
 * when the paragraph stands where it stood (every paragraph before a keystroke), instead of placing them again.
 */
interface Placed {
  base: number;
  paragraph: number;
  headline: boolean;
  /** Indices of the paragraph's first figure and breakdown in the document (breakdowns refer to both). */
  firstFigure: number;
  firstBreakdown: number;
  figures: Figure[];
  breakdowns: Breakdown[];
}

const placements = new WeakMap<LocalFigures, Placed>();

/** A paragraph's figures moved to where it stands, with what only the document knows (quotes, headline). */
function rebase(analysis: Analysis, paragraph: Paragraph, local: LocalFigures, inQuote: (offset: number) => boolean,
  firstFigure: number, firstBreakdown: number): Placed {
  const base = paragraph.start;
  const figures = local.figures.map((f): Figure => {
    const start = f.start + base;
    const end = f.end + base;
    return {
      start, end, text: analysis.text.slice(start, end), numberStart: f.numberStart + base,
      numberEnd: f.numberEnd + base, value: f.value, low: f.low, high: f.high, lowClosed: f.lowClosed,
      highClosed: f.highClosed, kind: f.kind, unit: f.unit, hedge: f.hedge, spelled: f.spelled, vague: f.vague,
      counts: f.counts, head: f.head && { start: f.head.start + base, end: f.head.end + base, text: f.head.text },
      modifiers: f.modifiers, event: f.event, eventWord: f.eventWord, anchor: f.anchor, incremental: f.incremental,
      partitive: f.partitive, entities: f.entities, source: f.source, key: f.key,
      breakdown: f.breakdown === null ? null : f.breakdown + firstBreakdown, paragraph: paragraph.index,
      sentence: paragraph.sentences[f.sentence], sentenceStart: f.sentenceStart, inQuote: inQuote(f.numberStart + base),
      headline: paragraph.headline,
    };
  });
  const breakdowns = local.breakdowns.map((b) => ({ ...b, parts: b.parts.map((k) => k + firstFigure), start: b.start + base, end: b.end + base }));
  return { base, paragraph: paragraph.index, headline: paragraph.headline, firstFigure, firstBreakdown, figures, breakdowns };
}

/** Whether the figures placed before are what `rebase` would give now. */
function samePlace(place: Placed, analysis: Analysis, paragraph: Paragraph, local: LocalFigures,
  inQuote: (offset: number) => boolean, firstFigure: number, firstBreakdown: number): boolean {
  if (place.base !== paragraph.start || place.paragraph !== paragraph.index || place.headline !== paragraph.headline) return false;
  // Only breakdowns refer to other figures by index.
  if (local.breakdowns.length && (place.firstFigure !== firstFigure || place.firstBreakdown !== firstBreakdown)) return false;
  for (let k = 0; k < local.figures.length; k++) {
    const f = place.figures[k];
    const sentence = paragraph.sentences[local.figures[k].sentence];
    if (f.inQuote !== inQuote(f.numberStart) || f.sentence.start !== sentence.start || f.sentence.end !== sentence.end) return false;
    // The memo's key is the paragraph's prose; a figure's text is read from the document (markup and all),
    // which is that prose when nothing was blanked (plain text).
    if (analysis.text !== analysis.prose && !analysis.text.startsWith(f.text, f.start)) return false;
  }
  return true;
}

function paragraphFigures(text: string, sentences: readonly Span[], dates: readonly Span[],
  dateAnchor: readonly DateAnchor[] | null): LocalFigures {
  if (!mayHoldNumber(text)) return NO_FIGURES;
  const ws = words(text, 0, text.length);
  if (ws.length === 0) return NO_FIGURES;
  const isDate = (s: number, e: number) => {
    const k = indexAt(dates, s, (d) => d);
    return k >= 0 && dates[k].end >= e;
  };
  const mentions = scanNumbers(ws, isDate);
  if (mentions.length === 0) return NO_FIGURES;
  const byFirst = new Map<number, NumberMention>();
  for (const m of mentions) byFirst.set(m.first, m);
  // Each sentence's words (a paragraph has at least one sentence): a word belongs to the first sentence
  // that ends after its start, or to the last. A sentence without words has none: from > to.
  const firstAtOrAfter = (offset: number) => firstStartingFrom(ws, offset);
  const bounds = sentences.map((sentence, k) => {
    const from = k === 0 ? 0 : firstAtOrAfter(sentences[k - 1].end);
    const to = k === sentences.length - 1 ? ws.length : firstAtOrAfter(sentence.end);
    return from < to ? { from, to } : { from: ws.length, to: 0 };
  });
  // The first sentence that ends after the word's start, or the last.
  const sentenceOf = (word: number) => Math.min(sentences.length - 1, lowerBound(sentences, ws[word].start + 1, (s) => s.end));
  // Only counts take an event: a paragraph of years, ordinals and percentages never looks one up.
  let eventFor: ReturnType<typeof paragraphEvents> | null = null;
  // What a count's sentence says of it (its time anchor, its names, its source), read once per sentence.
  const about: ({ anchor: string | null; entities: string[]; source: string | null } | undefined)[] = new Array(sentences.length);
  const sentenceFacts = (k: number) => about[k] ??= {
    anchor: dateAnchor ? sentenceAnchor(dateAnchor, sentences[k]) : anchorOf(text.slice(sentences[k].start, sentences[k].end)),
    entities: sentenceEntities(ws, bounds[k].from, bounds[k].to),
    source: sourceOf(ws, bounds[k].from, bounds[k].to),
  };
  const local: LocalFigure[] = [];
  const facts: ReturnType<typeof linkHead>[] = [];
  for (const m of mentions) {
    const si = sentenceOf(m.first);
    const b = bounds[si];
    const counted = m.kind === 'count' ? sentenceFacts(si) : null;
    const fact = m.kind === 'count' ? linkHead(ws, m, b.to, (j) => (j === m.first ? null : byFirst.get(j) ?? null)) : null;
    facts.push(fact!);
    let event: EventFamily | null = null;
    let eventWord: string | null = null;
    if (fact) {
      const own = fact.head ? headEvent(fact.head.text) : null;
      const found = own ? { family: own, word: fact.head!.text } : (eventFor ??= paragraphEvents(ws, bounds))(m.first, fact.after, si);
      event = found?.family ?? null;
      eventWord = found?.word ?? null;
    }
    // The number itself opens the sentence ("About 9,000 …" does not start with a figure).
    const firstWord = b.from;
    let atStart = ws[firstWord]?.start === m.numberStart;
    if (!atStart && ws[firstWord + 1]?.start === m.numberStart && /^["“‘'(]$/.test(ws[firstWord].text)) atStart = true;
    local.push({
      start: m.start, end: m.end, numberStart: m.numberStart,
      numberEnd: m.numberEnd, value: m.value, low: m.low, high: m.high, lowClosed: m.lowClosed,
      highClosed: m.highClosed, kind: m.kind, unit: m.unit, hedge: m.hedge, spelled: m.spelled, vague: m.vague,
      counts: fact?.counts ?? null, head: fact?.head ?? null, modifiers: fact?.modifiers ?? [], event, eventWord,
      anchor: counted?.anchor ?? null, incremental: fact?.incremental ?? false,
      partitive: (fact?.partitive ?? false) || (m.kind === 'count' && subsetBefore(ws, b.from, m.first)),
      entities: counted?.entities ?? [], source: counted?.source ?? null, key: null, breakdown: null,
      sentence: si, sentenceStart: atStart,
    });
  }
  // Elided heads borrow from the next coordinated count: "10 Ukrainian and four Russian children".
  for (let k = local.length - 2; k >= 0; k--) {
    const f = facts[k];
    if (!f?.elided || local[k + 1].kind !== 'count' || !local[k + 1].head) continue;
    local[k].head = local[k + 1].head;
    local[k].counts = local[k + 1].counts;
    if (!local[k].event) { local[k].event = local[k + 1].event; local[k].eventWord = local[k + 1].eventWord; }
  }
  // Breakdowns: counts in one sentence joined only by commas, "and", and ages or ranges in between.
  const breakdowns: Breakdown[] = [];
  const distributive = new Map<number, boolean>();
  let chain: number[] = [];
  const flush = () => {
    if (chain.length >= 2) addBreakdown(text, sentences, distributive, local, chain, breakdowns);
    chain = [];
  };
  for (let k = 0; k < local.length; k++) {
    const f = local[k];
    // Ages and ranges between parts belong to the part before: "eight boys, ages 12 to 17, and one girl".
    if ((f.kind === 'age' || f.kind === 'range') && chain.length) continue;
    if (f.kind !== 'count' || !f.counts || f.vague || f.partitive || f.incremental || f.hedge) { flush(); continue; }
    if (chain.length) {
      const prev = chain[chain.length - 1];
      const p = local[prev];
      if (p.sentence !== f.sentence || !joined(ws, facts[prev]?.after ?? 0, mentionsFirst(mentions, k), byFirst)) flush();
    }
    chain.push(k);
  }
  flush();
  for (const f of local) {
    // Only counts of a known class (people, children, jobs…) state comparable facts: "orders", "units" or
    // "points" are counted in too many senses to hold two mentions to one value.
    if (f.kind === 'count' && f.counts && isClass(f.counts) && f.event && !f.vague && !f.incremental && !f.partitive) {
      f.key = factKey(f.counts, f.modifiers, f.event, f.anchor) + (presentTense(f.eventWord) ? '|now' : '');
    }
  }
  return { figures: local, breakdowns };
}

const MONTHS_DAYS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'i']);
const OPENERS = new Set(['.', '!', '?', '"', '“', '‘', "'", '(', ':', '—', '–']);

/** Capitalised words of a sentence that are not capitalised only for opening it. */
function sentenceEntities(ws: readonly Word[], from: number, to: number): string[] {
  const out = new Set<string>();
  for (let j = from; j < to; j++) {
    const w = ws[j];
    const c = w.text.charCodeAt(0);
    if (!(c >= 65 && c <= 90) && !(c > 127 && /^\p{Lu}/u.test(w.text))) continue;
    // A capital that opens the sentence is a name only when the word is not a common opener.
    if ((j === from || OPENERS.has(ws[j - 1].text)) && STARTERS.has(w.lower)) continue;
    const word = w.lower.replace(/['’]s?$/, '');
    if (!MONTHS_DAYS.has(word)) out.add(word);
  }
  return [...out].sort();
}

/** Words that open sentences without naming anything. */
const STARTERS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'of', 'to', 'with', 'from', 'after', 'before',
  'since', 'during', 'as', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'here', 'his', 'her', 'its', 'their', 'our', 'but', 'and', 'or', 'so', 'yet', 'also', 'about', 'around', 'nearly',
  'almost', 'more', 'fewer', 'less', 'some', 'many', 'most', 'all', 'only', 'just', 'officials', 'police', 'local',
  'according', 'meanwhile', 'however', 'still', 'then', 'now', 'today', 'yesterday', 'last', 'earlier', 'later',
  'when', 'while', 'if', 'although', 'though', 'because', 'another', 'both', 'each', 'every', 'no', 'one', 'two',
  'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'separately', 'over', 'under', 'up', 'what', 'who']);

/** Words that make a statement about another occurrence: "another strike", "police also arrested", "later". */
const DISTINCT = new Set(['another', 'separate', 'separately', 'other', 'second', 'third', 'earlier', 'previous', 'later',
  'also', 'again', 'subsequently', 'latest', 'next', 'first', 'last']);

/**
 * "Of those, 12 …", "including 12 …": a subset of a group counted before; "another strike killed three",
 * "bringing the toll to five": another occurrence, or a running total. None states the same fact as a bare count.
 */
function subsetBefore(ws: readonly Word[], from: number, at: number): boolean {
  // A bounded look-back keeps a sentence of a thousand figures linear.
  for (let j = Math.max(from, at - 12); j < at; j++) {
    const w = ws[j].lower;
    if (DISTINCT.has(w)) return true;
    if (j < at - 6) continue;
    if (w === 'including' || w === 'included' || w === 'among' || w === 'whom' || w === 'bringing' || w === 'toll' ||
      w === 'total' || w === 'tally' || w === 'overall' || w === 'altogether' || w === 'risen' || w === 'rose' || w === 'climbed') return true;
    if (w === 'of' && /^(?:those|them|these|which|whom)$/.test(ws[j + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** The words before a reporting verb, or after "according to": who the sentence attributes its figures to. */
function sourceOf(ws: readonly Word[], from: number, to: number): string | null {
  for (let j = from; j < to; j++) {
    const w = ws[j].lower;
    if (w === 'according' && ws[j + 1]?.lower === 'to') {
      return ws.slice(j + 2, Math.min(to, j + 5)).filter((x) => /^\p{L}/u.test(x.text)).map((x) => x.lower).join(' ') || null;
    }
    if (j > from && isLowerFramingVerb(w)) {
      const words = ws.slice(Math.max(from, j - 3), j).filter((x) => /^\p{L}/u.test(x.text) && x.lower !== 'the' && x.lower !== 'has' && x.lower !== 'have');
      return words.map((x) => x.lower).join(' ') || null;
    }
  }
  return null;
}

/** Whether two mentions' names are compatible: one's include the other's. */
export function sameEntities(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((x) => large.includes(x));
}

function mentionsFirst(mentions: readonly NumberMention[], k: number): number {
  return mentions[k].first;
}

/** Words between two parts: only commas, "and", "plus", and figures such as ages ("ages 12 to 17"). */
function joined(ws: readonly Word[], from: number, to: number, byFirst: Map<number, NumberMention>): boolean {
  if (from > to) return false;
  let sawJoin = false;
  for (let j = from; j < to;) {
    const w = ws[j].lower;
    const fig = byFirst.get(j);
    if (fig && fig.kind !== 'count') { j = fig.next; continue; }
    if (w === ',' || w === 'and' || w === 'plus') { sawJoin = true; j++; continue; }
    if (w === 'ages' || w === 'aged' || w === 'age' || w === 'all') { j++; continue; }
    return false;
  }
  return sawJoin;
}

function addBreakdown(text: string, sentences: readonly Span[], distributiveCache: Map<number, boolean>,
  local: LocalFigure[], chain: number[], breakdowns: Breakdown[]): void {
  const parts = chain.map((k) => local[k]);
  // "killed 102 and 21 people respectively", "four each": distributive, not a breakdown.
  // A distributive list ("1,600 and 400 jobs … respectively") counts different groups: none states a fact alone.
  // One answer per sentence: a thousand breakdowns in one sentence must not rescan it a thousand times.
  const sentence = parts[0].sentence;
  let distributive = distributiveCache.get(sentence);
  if (distributive === undefined) {
    distributive = /\b(?:respectively|each|apiece)\b/i.test(text.slice(sentences[sentence].start, sentences[sentence].end));
    distributiveCache.set(sentence, distributive);
  }
  if (distributive) {
    for (const k of chain) local[k].partitive = true;
    return;
  }
  const classes = parts.map((p) => p.counts!);
  const same = classes.every((c) => c === classes[0]);
  const group = same ? classes[0] : commonClass(classes);
  if (!group) return;
  // Parts of one group differ by a modifier or by their class; identical parts are a list, not a breakdown.
  const signatures = new Set(parts.map((p) => p.counts + '|' + p.modifiers.join('+')));
  if (signatures.size !== parts.length) return;
  const shared = parts[0].modifiers.filter((m) => parts.every((p) => p.modifiers.includes(m)));
  const event = parts.find((p) => p.event)?.event ?? null;
  const index = breakdowns.length;
  const sum = parts.reduce((t, p) => t + p.value, 0);
  for (const k of chain) local[k].breakdown = index;
  const own = new Set(parts.flatMap((p) => p.modifiers));
  breakdowns.push({
    entities: parts[0].entities.filter((e) => !own.has(e)),
    parts: chain.slice(), counts: group, modifiers: shared, event, anchor: parts[0].anchor, sum,
    low: sum, high: sum, start: parts[0].start, end: parts[parts.length - 1].head?.end ?? parts[parts.length - 1].end,
    key: event ? factKey(group, shared, event, parts[0].anchor) : null,
  });
}

/** "employs", "holds": a state now, not the event of the past ("employed 60,000 in 2008"). */
function presentTense(word: string | null): boolean {
  if (!word) return false;
  const entry = eventOf(word);
  const lower = word.toLowerCase();
  return entry?.pos === 'verb' && lower !== entry.lemma && /[^s]s$/.test(lower);
}

export function factKey(counts: string, modifiers: readonly string[], event: EventFamily, anchor: string | null): string {
  return [counts, [...modifiers].sort().join('+'), event, anchor ?? ''].join('|');
}

/** Whether two figures' intervals share no value. */
export function disjoint(a: Pick<Figure, 'low' | 'high' | 'lowClosed' | 'highClosed'>, b: Pick<Figure, 'low' | 'high' | 'lowClosed' | 'highClosed'>): boolean {
  return below(a, b) || below(b, a);
}

/** a lies wholly below b. */
function below(a: Pick<Figure, 'high' | 'highClosed'>, b: Pick<Figure, 'low' | 'lowClosed'>): boolean {
  if (a.high === null || b.low === null) return false;
  if (a.high < b.low) return true;
  return a.high === b.low && !(a.highClosed && b.lowClosed);
}

/** The interval as text: [9, 9], (620, ∞), [0, 400). */
export function intervalText(f: Pick<Figure, 'low' | 'high' | 'lowClosed' | 'highClosed'>): string {
  const n = (v: number) => formatNumber(Number.isInteger(v) ? v : Number(v.toFixed(2)));
  if (f.low !== null && f.high !== null && f.low === f.high) return n(f.low);
  return (f.lowClosed && f.low !== null ? '[' : '(') + (f.low === null ? '−∞' : n(f.low)) + ', ' +
    (f.high === null ? '∞' : n(f.high)) + (f.highClosed && f.high !== null ? ']' : ')');
}
