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
  /** YYYY-MM-DD, YYYY-MM or YYYY: what the order is by. */
  date: string;
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
 * Figures grouped by fact. The figures engine is still being written: until its result says what each
 * number counts, there is nothing to group and the section stays empty (never a guess).
 */
function figureGroups(analysis: Analysis): FactFigureGroup[] {
  const figures = analysis.figures as { facts?: unknown };
  if (!Array.isArray(figures.facts)) return [];
  const groups: FactFigureGroup[] = [];
  for (const fact of figures.facts as unknown[]) {
    const group = asFigureGroup(fact);
    if (group) groups.push(group);
  }
  return groups;
}

/** Reads a fact of the figures engine defensively: `{ label, conflict, mentions: [{ start, end, text, detail? }] }`. */
function asFigureGroup(value: unknown): FactFigureGroup | null {
  if (!value || typeof value !== 'object') return null;
  const fact = value as Record<string, unknown>;
  const mentions = Array.isArray(fact.mentions) ? fact.mentions : Array.isArray(fact.figures) ? fact.figures : null;
  if (!mentions || typeof fact.label !== 'string') return null;
  const figures: FactFigureGroup['figures'] = [];
  for (const item of mentions as unknown[]) {
    const m = item as Record<string, unknown> | null;
    if (!m || typeof m.start !== 'number' || typeof m.end !== 'number') continue;
    figures.push({ text: typeof m.text === 'string' ? m.text : '', detail: typeof m.detail === 'string' ? m.detail : null, location: { start: m.start, end: m.end } });
  }
  return figures.length > 0 ? { label: fact.label, conflict: fact.conflict === true, figures } : null;
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
      date: sortKey(date),
      when: date.text,
      label: shorten(text.slice(event.sentence.start, event.sentence.end)),
      location: { start: event.sentence.start, end: event.sentence.end },
    });
  }
  // Stable: two events of one day keep the article's order.
  return result.map((event, order) => ({ event, order })).sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.order - b.order)).map((x) => x.event);
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
