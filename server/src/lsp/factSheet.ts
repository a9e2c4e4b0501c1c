// `copydesk/factSheet`: the fact sheet of the cached analysis (core/factSheet.ts), its offsets as ranges.
// Built once per analysis, like the source index it reads.

import { buildFactSheet, type FactSheet } from '../core/factSheet';
import type { Span } from '../core/text';
import type { FactRange, FactSheetResult } from '../protocol';
import { sourcesOf, type CachedAnalysis } from './analysisCache';
import { toRange } from './convert';

const built = new WeakMap<CachedAnalysis, FactSheetResult>();

export function factSheetOf(entry: CachedAnalysis): FactSheetResult {
  const cached = built.get(entry);
  if (cached) return cached;
  const sheet = buildFactSheet(entry.analysis, sourcesOf(entry));
  const result: FactSheetResult = { uri: entry.uri, version: entry.version, ...withRanges(entry, sheet) };
  built.set(entry, result);
  return result;
}

function withRanges(entry: CachedAnalysis, sheet: FactSheet): FactSheet<FactRange> {
  const range = (span: Span): FactRange => toRange(entry.lines, span.start, span.end);
  return {
    publicationDate: sheet.publicationDate,
    sources: sheet.sources.map((source) => ({
      ...source,
      location: source.location ? range(source.location) : null,
      quotes: source.quotes.map((quote) => ({ ...quote, location: range(quote.location) })),
    })),
    figures: sheet.figures.map((group) => ({
      ...group,
      figures: group.figures.map((figure) => ({ ...figure, location: range(figure.location) })),
    })),
    timeline: sheet.timeline.map((event) => ({ ...event, location: range(event.location) })),
    findings: sheet.findings.map((group) => ({
      ...group,
      findings: group.findings.map((finding) => ({ ...finding, location: range(finding.location) })),
    })),
  };
}
