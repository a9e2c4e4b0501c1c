// The article's sources, indexed once per analysis: who is quoted where, and every mention of each
// person. The hover, the outline, go-to-definition, references and `copydesk extract` all read it, so
// none of them scans the quotations or the mentions per request. Pure (core imports only): the CLI
// uses it too.

import type { Analysis } from './analyse';
import type { Mention, Person } from './people/names';
import type { Attribution } from './quotes/attribution';
import type { Quotation } from './quotes/scanner';
import type { Span } from './text';

export interface SourceQuote {
  /** Its place in SourceIndex.quotes. */
  position: number;
  quotation: Quotation;
  /** null only when the engine gave none (it gives one to every top-level quotation). */
  attribution: Attribution | null;
  /** For a speaker that is not a person of the name table: the group of that speaker's quotes. */
  other?: SourceOther;
}

export interface SourcePerson {
  person: Person;
  /** Its direct quotations, in document order. */
  quotes: SourceQuote[];
  /** Full, surname, pronoun, role (and speaker) mentions resolved to the person, in document order, one per span. */
  mentions: Mention[];
}

/** A speaker mention that resolved to nobody of the name table ("the ministry", "officials"). */
export interface SourceOther {
  /** The speaker text as first written. */
  name: string;
  kind: Mention['kind'];
  quotes: SourceQuote[];
}

export interface SourceIndex {
  /** Top-level quotations, by start. */
  quotes: SourceQuote[];
  /** One per person of the name table, by index. */
  people: SourcePerson[];
  /** Speakers that are not people of the name table, grouped by their lower-cased text, in order of first quote. */
  others: SourceOther[];
  /** Direct quotations with no speaker. */
  unattributed: SourceQuote[];
  /** Every mention resolved to a person, by start (non-overlapping lookups go through `mentionAt`). */
  mentions: Mention[];
}

export function buildSourceIndex(analysis: Analysis): SourceIndex {
  const { quotations } = analysis.quotes;
  const { attributions } = analysis.attribution;
  const quotes: SourceQuote[] = quotations
    .filter((quotation) => quotation.depth === 0)
    .sort((a, b) => a.start - b.start)
    .map((quotation, position) => ({ position, quotation, attribution: attributions[quotation.index] ?? null }));

  const people: SourcePerson[] = analysis.people.people.map((person) => ({ person, quotes: [], mentions: [] }));
  const others = new Map<string, SourceOther>();
  const unattributed: SourceQuote[] = [];
  const speakers: Mention[] = [];
  for (const quote of quotes) {
    const attribution = quote.attribution;
    if (!attribution || attribution.kind !== 'direct') continue;
    const source = attribution.person !== null ? people[attribution.person] : undefined;
    if (source) {
      source.quotes.push(quote);
    } else if (attribution.speaker) {
      const key = attribution.speaker.text.toLowerCase().replace(/^the\s+/, '');
      let other = others.get(key);
      if (!other) others.set(key, (other = { name: attribution.speaker.text, kind: attribution.speaker.kind, quotes: [] }));
      other.quotes.push(quote);
      quote.other = other;
    } else {
      unattributed.push(quote);
    }
    if (attribution.speaker && source) speakers.push({ ...attribution.speaker, person: attribution.person });
  }

  // Names from the name table, pronouns and roles from the attribution engine, and the speaker mentions
  // (the same spans, usually): one mention per span, the name table's first.
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const mention of [...analysis.people.mentions, ...analysis.attribution.mentions, ...speakers]) {
    if (mention.person === null || !people[mention.person]) continue;
    const key = `${mention.start}:${mention.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push(mention);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const mention of mentions) people[mention.person!].mentions.push(mention);

  return { quotes, people, others: [...others.values()], unattributed, mentions };
}

/** The innermost span of a sorted list that contains the offset (end-inclusive, as a cursor after a word still touches it). */
function spanAt<T extends Span>(spans: readonly T[], offset: number, inclusiveEnd: boolean): T | null {
  // The last span starting at or before the offset, then back while spans may still contain it.
  let low = 0;
  let high = spans.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start <= offset) {
      last = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  let best: T | null = null;
  // Mentions and quotations do not nest among themselves much: a short walk back is enough.
  for (let i = last; i >= 0 && i > last - 8; i--) {
    const span = spans[i];
    const inside = offset < span.end || (inclusiveEnd && offset === span.end);
    if (inside && (!best || span.end - span.start < best.end - best.start)) best = span;
  }
  return best;
}

/** The mention under the offset; with `touching`, also one that ends right there (a cursor after a word). */
export function mentionAt(index: SourceIndex, offset: number, touching = false): Mention | null {
  return spanAt(index.mentions, offset, false) ?? (touching ? spanAt(index.mentions, offset, true) : null);
}

export function quoteAt(index: SourceIndex, offset: number): SourceQuote | null {
  let low = 0;
  let high = index.quotes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const { start, end } = index.quotes[middle].quotation;
    if (end <= offset) low = middle + 1;
    else if (start > offset) high = middle - 1;
    else return index.quotes[middle];
  }
  return null;
}

/** The person a position is about: the one named under it, else the speaker of the quotation around it. */
export function personAt(index: SourceIndex, offset: number, touching = false): { source: SourcePerson; mention: Mention | null } | null {
  const mention = mentionAt(index, offset, touching);
  if (mention && mention.person !== null) return { source: index.people[mention.person], mention };
  const person = quoteAt(index, offset)?.attribution?.person;
  return person !== null && person !== undefined && index.people[person] ? { source: index.people[person], mention: null } : null;
}

/** A short excerpt of a quotation, marks included: “I don’t think we can say…” */
export function excerpt(text: string, quotation: Quotation, words = 6): string {
  const body = text.slice(quotation.start, quotation.end).replace(/\s+/g, ' ').trim();
  const parts = body.split(' ');
  if (parts.length <= words + 1) return body;
  const close = quotation.closeMark?.char ?? '';
  return parts.slice(0, words).join(' ').replace(/[,;:.]$/, '') + '…' + close;
}

/**
 * How the article introduces the person, title included when it stands right before or after the
 * name: "official spokesperson Majed Al Ansari", "Maria Lvova-Belova, Russia’s presidential commissioner…".
 */
export function introduction(text: string, person: Person): string | null {
  const span = person.introduced;
  if (!span) return null;
  const name = text.slice(span.start, span.end);
  const title = person.title;
  if (title) {
    const before = text.slice(Math.max(0, span.start - title.length - 1), span.start);
    if (before.toLowerCase() === `${title} `.toLowerCase()) return `${before}${name}`;
    const after = text.slice(span.end, span.end + title.length + 2);
    if (after.toLowerCase() === `, ${title}`.toLowerCase()) return `${name}${after}`;
  }
  return name;
}
