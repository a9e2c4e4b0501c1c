// The fact sheet: the article at a glance, as a copy editor would jot it down before reading closely.
// Sources (who speaks, with their title and quotations), figures grouped by the fact they state,
// the timeline of dated events, and the findings by rule. Pure: built from one Analysis and its
// source index; the language server converts the offsets to ranges (lsp/factSheet.ts).

import type { Analysis } from './analyse';
import type { DateMention } from './dates';
import type { Severity } from './finding';
import { excerpt, introduction, type SourceIndex, type SourceQuote } from './sources';
import type { Span } from './text';

/** `L` is where each item sits: offsets here, LSP ranges once the server has converted them. */
export interface FactSheet<L = Span> {
  publicationDate: { date: string; source: string } | null;
  sources: FactSource<L>[];
  figures: FactFigureGroup<L>[];
  timeline: FactEvent<L>[];
  findings: FactRuleGroup<L>[];
}

export interface FactSource<L = Span> {
  name: string;
  /** person: of the name table; organisation / unnamed ("the spokesman") / unresolved ("he" with no antecedent). */
  kind: 'person' | 'organisation' | 'unnamed' | 'unresolved';
  /** As introduced: "official spokesperson", or null. */
  title: string | null;
  /** How the article introduces the source ("official spokesperson Majed Al Ansari"), or null. */
  introduction: string | null;
  /** Where the source is introduced (or first speaks). */
  location: L | null;
  quotes: FactQuote<L>[];
}

export interface FactQuote<L = Span> {
  /** The first words, marks included: “I don’t think we can say…” */
  excerpt: string;
  /** explicit, according to, running quote. */
  route: string | null;
  /** The words the attribution rests on ("he", "Al Ansari said"). */
  via: string | null;
  location: L;
}

export interface FactFigureGroup<L = Span> {
  /** What the figures count ("children returned"). */
  label: string;
  /** The article states different values for one fact. */
  conflict: boolean;
  figures: { text: string; detail: string | null; location: L }[];
}

export interface FactEvent<L = Span> {
  /** YYYY-MM-DD, YYYY-MM or YYYY: as precise as the article is. */
  date: string;
  /** The first day it covers (YYYY-MM-DD): what the order is by. */
  first: string;
  /** The date as written ("On October 16, 2023"). */
  when: string;
  /** The event: its sentence, shortened. */
  label: string;
  location: L;
}

export interface FactRuleGroup<L = Span> {
  rule: string;
  findings: { message: string; severity: Severity; location: L }[];
}

const ROUTE = { explicit: 'explicit', 'according-to': 'according to', running: 'running quote' } as const;

export function buildFactSheet(analysis: Analysis, sources: SourceIndex): FactSheet {
  return {
    publicationDate: analysis.publicationDate ? { date: analysis.publicationDate.date, source: analysis.publicationDate.source } : null,
    sources: sourceList(analysis, sources),
    figures: figureGroups(analysis),
    timeline: timeline(analysis),
    findings: findingGroups(analysis),
  };
}

function sourceList(analysis: Analysis, index: SourceIndex): FactSource[] {
  const text = analysis.text;
  const listed: Array<{ order: number; source: FactSource }> = [];
  for (const { person, quotes, mentions } of index.people) {
    const anchor = person.introduced ?? mentions[0] ?? quotes[0]?.quotation ?? null;
    listed.push({
      order: Math.min(anchor?.start ?? Infinity, mentions[0]?.start ?? Infinity),
      source: {
        name: person.name,
        kind: 'person',
        title: person.title,
        introduction: introduction(text, person),
        location: anchor ? span(anchor) : null,
        quotes: quotes.map((quote) => factQuote(text, quote)),
      },
    });
  }
  for (const other of index.others) {
    const first = other.quotes[0].attribution?.speaker ?? other.quotes[0].quotation;
    const organisation = other.quotes[0].attribution?.organisation;
    listed.push({
      order: first.start,
      source: {
        name: organisation ?? other.name,
        kind: other.kind === 'organisation' ? 'organisation' : other.kind === 'role' ? 'unnamed' : 'unresolved',
        title: null,
        introduction: null,
        location: span(first),
        quotes: other.quotes.map((quote) => factQuote(text, quote)),
      },
    });
  }
  listed.sort((a, b) => a.order - b.order);
  return listed.map((entry) => entry.source);
}

function factQuote(text: string, quote: SourceQuote): FactQuote {
  const { quotation, attribution } = quote;
  const via = attribution?.speaker ? attribution.speaker.text : null;
  return {
    excerpt: excerpt(text, quotation) || '“”',
    route: attribution?.route ? ROUTE[attribution.route] : null,
    via,
    location: span(quotation),
  };
}

function span(value: Span): Span {
  return { start: value.start, end: value.end };
}

/**
 * Figures grouped by the fact they state (the figures engine's key: what is counted, how, by what event,
 * when), breakdowns with their sums among them. A fact is marked as a conflict when two of its figures
 * allow no common value (“about 20,000” and “20,500” agree; 14 and 9 do not). Figures whose fact cannot
 * be told (an age, an ordinal, a number without a noun) are left out.
 */
function figureGroups(analysis: Analysis): FactFigureGroup[] {
  const { figures, breakdowns } = analysis.figures;
  const text = analysis.text;
  const groups = new Map<string, { label: string; members: Array<{ low: number | null; high: number | null; start: number; end: number; text: string; detail: string | null }> }>();
  const add = (key: string, label: string, member: { low: number | null; high: number | null; start: number; end: number; text: string; detail: string | null }) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label, members: [] }));
    group.members.push(member);
  };
  for (const figure of figures) {
    // A part of a breakdown is listed through its breakdown; a change ("rose by 5") is not a level.
    if (figure.key === null || figure.breakdown !== null || figure.incremental) continue;
    add(figure.key, factLabel(figure.counts, figure.modifiers, figure.event, figure.anchor, text, figure), {
      low: figure.low, high: figure.high, start: figure.start, end: figure.end, text: figure.text, detail: figure.inQuote ? 'in a quotation' : null,
    });
  }
  for (const breakdown of breakdowns) {
    if (breakdown.key === null) continue;
    const parts = breakdown.parts.map((i) => figures[i]?.text ?? '?');
    add(breakdown.key, factLabel(breakdown.counts, breakdown.modifiers, breakdown.event, breakdown.anchor, text, breakdown), {
      low: breakdown.low, high: breakdown.high, start: breakdown.start, end: breakdown.end,
      text: text.slice(breakdown.start, breakdown.end), detail: `${parts.join(' + ')} = ${breakdown.sum}`,
    });
  }
  const result: FactFigureGroup[] = [];
  for (const group of groups.values()) {
    group.members.sort((a, b) => a.start - b.start);
    result.push({
      label: group.label,
      conflict: disagree(group.members),
      figures: group.members.map((m) => ({ text: m.text, detail: m.detail, location: { start: m.start, end: m.end } })),
    });
  }
  // Conflicts first, then in the order the article states them.
  return result.sort((a, b) => Number(b.conflict) - Number(a.conflict) || a.figures[0].location.start - b.figures[0].location.start);
}

/**
 * "Ukrainian children · abduct · since July 2023": what is counted, the event, the time. The engine's
 * keys are lower-cased and its months numeric; the label is written as the article writes them.
 */
function factLabel(counts: string | null, modifiers: readonly string[], event: string | null, anchor: string | null, text: string, at: Span): string {
  // "Ukrainian children from Russia": a prepositional modifier follows the noun.
  const after = modifiers.filter((m) => /^(?:from|in|of|at|on|for|with|to|by|under|over)\s/i.test(m));
  const before = modifiers.filter((m) => !after.includes(m));
  const what = articleCase([...before, counts ?? 'figures', ...after].join(' '), text, at);
  return [what, event, anchor && readableDates(anchor)].filter((part): part is string => !!part).join(' · ');
}

/** How far around a figure its words are looked for: its sentence, about. */
const NEARBY = 300;

/**
 * `words` (lower-cased) with each word capitalised as the article capitalises it near `at`: "ukrainian"
 * becomes "Ukrainian". A capital that only starts a sentence ("Children were…") is not the word's own.
 */
function articleCase(words: string, text: string, at: Span): string {
  const from = Math.max(0, at.start - NEARBY);
  const near = text.slice(from, Math.min(text.length, at.end + NEARBY));
  const lower = near.toLowerCase();
  // A letter whose lower case is longer ("İ") would shift every index after it.
  if (lower.length !== near.length) return words;
  return words.replace(/\p{L}[\p{L}\p{M}'’-]*/gu, (word) => {
    for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
      const end = i + word.length;
      if (isWordChar(lower[i - 1]) || isWordChar(lower[end])) continue;
      const written = near.slice(i, end);
      if (written === word || startsSentence(near, i)) continue;
      return written;
    }
    return word;
  });
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Whether the word at `i` is the first of a sentence or a line (its capital says nothing). */
function startsSentence(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /[ \t“"‘'(]/.test(text[j])) j--;
  return j < 0 || /[.!?:\n]/.test(text[j]);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "since 2023-07" → "since July 2023", "on 2023-10-16" → "on October 16, 2023". */
function readableDates(anchor: string): string {
  return anchor.replace(/\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g, (iso, year: string, month: string, day: string | undefined) => {
    const name = MONTHS[Number(month) - 1];
    if (!name) return iso;
    return day ? `${name} ${Number(day)}, ${year}` : `${name} ${year}`;
  });
}

/** Two members whose intervals do not meet (null = open on that side). Quadratic in a fact's few members. */
function disagree(members: ReadonlyArray<{ low: number | null; high: number | null }>): boolean {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length && j < 50; j++) {
      const a = members[i];
      const b = members[j];
      if ((a.high !== null && b.low !== null && a.high < b.low) || (b.high !== null && a.low !== null && b.high < a.low)) return true;
    }
  }
  return false;
}

/** A sentence, shortened to about 12 words, for a one-line tree item. */
function shorten(text: string, words = 12): string {
  const parts = text.replace(/\s+/g, ' ').trim().split(' ');
  return parts.length <= words ? parts.join(' ') : parts.slice(0, words).join(' ').replace(/[,;:.]$/, '') + '…';
}

/** The key a date sorts by: the first day it covers, else its value ("2023", "2023-10"). */
function sortKey(date: DateMention): string {
  return date.range?.first ?? date.value;
}

/**
 * The dated events in date order. With the engine's timeline, each event at the sentence that states
 * it; a date that anchors no event is left out (it may be a deadline, or background).
 */
function timeline(analysis: Analysis): FactEvent[] {
  const { dates, timeline: events } = analysis.dates;
  const text = analysis.text;
  const result: FactEvent[] = [];
  for (const event of events ?? []) {
    const date = dates[event.date];
    if (!date || date.type !== 'DATE' || !date.range) continue;
    result.push({
      date: date.value,
      first: sortKey(date),
      when: date.text,
      // Twelve words fit in the first few hundred characters: no need to normalise a whole long sentence.
      label: shorten(text.slice(event.sentence.start, Math.min(event.sentence.end, event.sentence.start + 300))),
      location: { start: event.sentence.start, end: event.sentence.end },
    });
  }
  // Stable: two events of one day keep the article's order.
  return result.map((event, order) => ({ event, order })).sort((a, b) => (a.event.first < b.event.first ? -1 : a.event.first > b.event.first ? 1 : a.order - b.order)).map((x) => x.event);
}

function findingGroups(analysis: Analysis): FactRuleGroup[] {
  const byRule = new Map<string, FactRuleGroup>();
  for (const finding of analysis.findings) {
    let group = byRule.get(finding.rule);
    if (!group) byRule.set(finding.rule, (group = { rule: finding.rule, findings: [] }));
    group.findings.push({ message: finding.message, severity: finding.severity, location: { start: finding.start, end: finding.end } });
  }
  // Errors first, then by how many: what the desk should look at first.
  const rank = (group: FactRuleGroup) => Math.min(...group.findings.map((f) => SEVERITY_RANK[f.severity]));
  return [...byRule.values()].sort((a, b) => rank(a) - rank(b) || b.findings.length - a.findings.length || (a.rule < b.rule ? -1 : 1));
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
