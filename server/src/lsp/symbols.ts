// textDocument/documentSymbol: the article's sources. Each person of the name table (title and how
// many quotes as detail) with their quotations as children, in order of first appearance; speakers
// that are not people ("the ministry") each as a group; and "Unattributed" for direct quotes with no
// speaker. Read from the cached analysis' source index.

import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { Span } from '../core/text';
import { sourcesOf, type CachedAnalysis } from './analysisCache';
import { toRange } from './convert';
import { excerpt, type SourceQuote } from '../core/sources';

const ROUTE_DETAIL = { explicit: 'explicit', 'according-to': 'according to', running: 'running quote' } as const;

export function documentSymbols(entry: CachedAnalysis): DocumentSymbol[] {
  const index = sourcesOf(entry);
  const groups: Array<{ order: number; symbol: DocumentSymbol }> = [];
  const quotesLabel = (n: number) => (n === 0 ? 'no quotes' : n === 1 ? '1 quote' : `${n} quotes`);

  for (const source of index.people) {
    const { person } = source;
    const anchor: Span | undefined = person.introduced ?? source.mentions[0] ?? source.quotes[0]?.quotation;
    if (!anchor) continue;
    const detail = [person.title, quotesLabel(source.quotes.length)].filter(Boolean).join(' · ');
    groups.push({
      order: Math.min(anchor.start, source.mentions[0]?.start ?? anchor.start),
      symbol: group(entry, person.name, detail, SymbolKind.Class, anchor, source.quotes),
    });
  }
  for (const other of index.others) {
    const first = other.quotes[0].attribution?.speaker ?? other.quotes[0].quotation;
    const what = other.kind === 'organisation' ? 'organisation' : other.kind === 'role' ? 'unnamed source' : 'not resolved to a person';
    groups.push({
      order: first.start,
      symbol: group(entry, other.name, `${what} · ${quotesLabel(other.quotes.length)}`, SymbolKind.Module, first, other.quotes),
    });
  }
  groups.sort((a, b) => a.order - b.order);
  const symbols = groups.map((g) => g.symbol);
  if (index.unattributed.length > 0) {
    const first = index.unattributed[0].quotation;
    symbols.push(group(entry, 'Unattributed', quotesLabel(index.unattributed.length), SymbolKind.Namespace, first, index.unattributed));
  }
  return symbols;
}

function group(entry: CachedAnalysis, name: string, detail: string, kind: SymbolKind, anchor: Span, quotes: readonly SourceQuote[]): DocumentSymbol {
  // The range covers the anchor and every child, as the outline and breadcrumbs expect of a parent.
  let start = anchor.start;
  let end = anchor.end;
  for (const quote of quotes) {
    start = Math.min(start, quote.quotation.start);
    end = Math.max(end, quote.quotation.end);
  }
  return {
    name,
    detail,
    kind,
    range: toRange(entry.lines, start, end),
    selectionRange: toRange(entry.lines, anchor.start, anchor.end),
    children: quotes.map((quote) => quoteSymbol(entry, quote)),
  };
}

function quoteSymbol(entry: CachedAnalysis, quote: SourceQuote): DocumentSymbol {
  const { quotation, attribution } = quote;
  const range = toRange(entry.lines, quotation.start, quotation.end);
  const details = [`line ${range.start.line + 1}`];
  if (attribution?.route) details.push(ROUTE_DETAIL[attribution.route]);
  if (attribution?.speaker) details.push(`“${attribution.speaker.text}”`);
  return {
    // VS Code refuses a symbol with an empty name.
    name: excerpt(entry.analysis.text, quotation) || '“”',
    detail: details.join(' · '),
    kind: SymbolKind.String,
    range,
    selectionRange: range,
  };
}
