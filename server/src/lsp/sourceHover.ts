// The speaker card: who said a quotation (full name, title or role), the route and the words the
// attribution rests on, where the person was introduced, and their quotes with line numbers. Shown on
// a quotation and on a name; read from the cached analysis and its source index, never re-analysed.

import type { Analysis } from '../core/analyse';
import type { Mention } from '../core/people/names';
import type { LineIndex } from '../core/positions';
import type { Route } from '../core/quotes/attribution';
import type { Span } from '../core/text';
import { escapeMarkdown } from './convert';
import {
  excerpt, introduction, mentionAt, quoteAt, type SourceIndex, type SourceOther, type SourcePerson, type SourceQuote,
} from '../core/sources';

/** At most this many quotes listed on a card; the rest are counted. */
const MAX_LISTED = 12;

export interface SourceCard {
  /** `none`: a direct quotation with no speaker (the attribution.unattributed-quote finding says it too). */
  kind: 'person' | 'speaker' | 'none' | 'scare' | 'title';
  markdown: string;
  /** The span the card is about: the name or the quotation under the cursor. */
  span: Span;
}

interface Context {
  analysis: Analysis;
  lines: LineIndex;
  index: SourceIndex;
}

/** The card at an offset: a name mention wins over the quotation around it. */
export function sourceCardAt(analysis: Analysis, lines: LineIndex, index: SourceIndex, offset: number): SourceCard | null {
  const context: Context = { analysis, lines, index };
  const mention = mentionAt(index, offset);
  if (mention && mention.person !== null) {
    return { kind: 'person', markdown: nameCard(context, index.people[mention.person], mention), span: mention };
  }
  const quote = quoteAt(index, offset);
  const attribution = quote?.attribution;
  if (!quote || !attribution) return null;
  const span = quote.quotation;
  if (attribution.kind !== 'direct') return { kind: attribution.kind, markdown: nonQuoteCard(attribution.kind), span };
  if (!attribution.speaker && (attribution.person === null || !index.people[attribution.person])) return { kind: 'none', markdown: noSpeaker(context, quote), span };
  return { kind: attribution.person !== null ? 'person' : 'speaker', markdown: quoteCard(context, quote), span };
}

const ROUTE_NAMES: Record<Route, string> = { explicit: 'explicit', 'according-to': 'according to', running: 'running quote' };

const q = (text: string) => `“${escapeMarkdown(text.replace(/\s+/g, ' '))}”`;
const lineOf = (context: Context, offset: number) => context.lines.positionAt(offset).line + 1;
const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

function nonQuoteCard(kind: 'scare' | 'title'): string {
  return kind === 'scare'
    ? '*Scare quote*: a word or phrase held at arm’s length, not a direct quotation: it needs no speaker.'
    : '*Title*: the name of a work or a nickname, not a direct quotation: it needs no speaker.';
}

/** A direct quotation with a speaker mention, or a person without one. */
function quoteCard(context: Context, quote: SourceQuote): string {
  const attribution = quote.attribution!;
  const parts: string[] = [];
  const source = attribution.person !== null ? context.index.people[attribution.person] : undefined;
  if (source) parts.push(heading(source));
  else parts.push(otherHeading(attribution.speaker!));
  parts.push(saidIt(context, quote));
  if (source) {
    parts.push(...introducedLine(context, source));
    parts.push(quoteList(context, source.quotes, quote));
  } else {
    const other = quote.other;
    if (other && other.quotes.length > 1) parts.push(quoteList(context, other.quotes, quote, other));
  }
  return parts.join('\n\n');
}

function nameCard(context: Context, source: SourcePerson, mention: Mention): string {
  const parts = [heading(source)];
  if (mention.kind === 'pronoun' || mention.kind === 'role') {
    parts.push(`${q(mention.text)} refers to ${escapeMarkdown(source.person.name)}.`);
  }
  parts.push(...introducedLine(context, source));
  // Lines of the mentions, the first few: a name on every line of a long article is no list to read.
  const lines: Array<number | string> = [];
  for (const m of source.mentions) {
    const line = lineOf(context, m.start);
    if (lines[lines.length - 1] === line) continue;
    if (lines.length === MAX_LISTED) { lines.push('…'); break; }
    lines.push(line);
  }
  const times = source.mentions.length === 1 ? 'once' : source.mentions.length === 2 ? 'twice' : `${source.mentions.length} times`;
  parts.push(`Mentioned ${times}, on ${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}.`);
  parts.push(source.quotes.length > 0 ? quoteList(context, source.quotes, null) : 'No quotes in the article.');
  return parts.join('\n\n');
}

function heading(source: SourcePerson): string {
  const { name, title } = source.person;
  return `**${escapeMarkdown(name)}**` + (title ? ` · ${escapeMarkdown(title)}` : '');
}

function otherHeading(speaker: Mention): string {
  const what = {
    organisation: 'an organisation, not a person of the article',
    role: 'an unnamed source: no person of the article holds this role',
    pronoun: 'not resolved: no earlier speaker it could stand for',
    full: 'not resolved to a person of the article',
    surname: 'not resolved to a person of the article',
  }[speaker.kind];
  return `**${escapeMarkdown(speaker.text)}** · ${what}`;
}

/** "Said it: explicit — “said” → “he” (pronoun “he” → the nearest earlier speaker)". */
function saidIt(context: Context, quote: SourceQuote): string {
  const attribution = quote.attribution!;
  const speaker = attribution.speaker;
  const route = attribution.route ? ROUTE_NAMES[attribution.route] : 'no route';
  const words = [attribution.cue ? q(attribution.cue.text) : null, speaker ? q(speaker.text) : null].filter(Boolean).join(' → ');
  const speakerLine = speaker ? lineOf(context, speaker.start) : null;
  const where = speakerLine !== null && speakerLine !== lineOf(context, quote.quotation.start) ? `, line ${speakerLine}` : '';
  const how = attribution.resolution ? ` (${escapeMarkdown(attribution.resolution)})` : '';
  return `Said it: ${route} — ${words}${where}${how}`;
}

function introducedLine(context: Context, source: SourcePerson): string[] {
  const { person } = source;
  if (!person.introduced) {
    const first = source.mentions[0];
    return first ? [`Never introduced by full name: first mentioned on line ${lineOf(context, first.start)} as ${q(first.text)}.`] : [];
  }
  const as = introduction(context.analysis.text, person) ?? person.name;
  return [`Introduced on line ${lineOf(context, person.introduced.start)} as ‘${escapeMarkdown(as)}’.`];
}

function quoteList(context: Context, quotes: readonly SourceQuote[], current: SourceQuote | null, other?: SourceOther): string {
  const who = other ? ` from ${q(other.name)}` : '';
  const header = `${plural(quotes.length, 'quote')}${who} in the article:`;
  const items = quotes.slice(0, MAX_LISTED).map((quote) => {
    const here = quote === current ? ' *(this one)*' : '';
    return `- line ${lineOf(context, quote.quotation.start)}: ${escapeMarkdown(excerpt(context.analysis.text, quote.quotation))}${here}`;
  });
  if (quotes.length > MAX_LISTED) items.push(`- … and ${quotes.length - MAX_LISTED} more`);
  return `${header}\n${items.join('\n')}`;
}

/** An unattributed direct quote: what each route looked for, and what it found instead. */
function noSpeaker(context: Context, quote: SourceQuote): string {
  const { analysis } = context;
  const { quotation } = quote;
  const sentences = sentencesOf(analysis, quotation);
  const events = analysis.attribution.events.filter((event) => sentences.first <= event.sentence && event.sentence <= sentences.last);
  const cue = events.find((event) => !event.subject);
  const explicit = cue
    ? `a reporting verb, ${q(cue.cue.text)}, but no subject for it`
    : 'no reporting verb with a subject in the sentence';
  const sentenceText = sentences.first <= sentences.last
    ? analysis.prose.slice(analysis.sentences[sentences.first].span.start, analysis.sentences[sentences.last].span.end)
    : '';
  const accordingTo = /\baccording to\b/i.test(sentenceText)
    ? '“according to” in the sentence, but no one it names'
    : 'no “according to …” in the sentence';
  const running = runningNote(context, quote);
  return [
    '**No speaker found** for this quotation.',
    `Routes tried:\n- explicit: ${explicit}\n- according to: ${accordingTo}\n- running quote: ${running}`,
    'Name the speaker in the sentence (“…,” X said), or make the paragraph a running quote after the speaker’s quote.',
  ].join('\n\n');
}

function runningNote(context: Context, quote: SourceQuote): string {
  const { analysis, index } = context;
  const { quotation } = quote;
  const paragraphs = analysis.article.paragraphs;
  const paragraph = paragraphs[quotation.paragraph]?.index === quotation.paragraph
    ? paragraphs[quotation.paragraph]
    : paragraphs.find((p) => p.index === quotation.paragraph);
  if (paragraph) {
    const outside = analysis.prose.slice(paragraph.start, quotation.start) + analysis.prose.slice(quotation.end, paragraph.end);
    if (/[\p{L}\p{N}]/u.test(outside)) return 'the paragraph holds more than the quote';
  }
  for (let i = quote.position - 1; i >= 0 && index.quotes[i].quotation.paragraph >= quotation.paragraph - 1; i--) {
    const before = index.quotes[i];
    if (before.quotation.paragraph === quotation.paragraph - 1 && before.attribution?.speaker) {
      return 'the quote before has a speaker, but this paragraph does not continue it';
    }
  }
  return 'no quote with a speaker in the paragraph before';
}

/** The sentences a quotation overlaps, as indices into analysis.sentences (first > last when none). */
function sentencesOf(analysis: Analysis, span: Span): { first: number; last: number } {
  const sentences = analysis.sentences;
  let low = 0;
  let high = sentences.length - 1;
  let first = sentences.length;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle].span.end > span.start) {
      first = middle;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  let last = first - 1;
  while (last + 1 < sentences.length && sentences[last + 1].span.start < span.end) last++;
  return { first, last };
}
