// `check --fix`: every safe fix applied, pass after pass, until the text is stable. The same choice as
// the editor's fix-all: the first fix of each finding, overlaps skipped (nonOverlappingEdits), and
// nothing that touches the words inside a direct quotation unless the rule is about quotation marks.

import { analyse, type Analysis, type AnalysisOptions } from '../core/analyse';
import { nonOverlappingEdits, type Finding, type TextEdit } from '../core/finding';
import type { Span } from '../core/text';

/** Fixes can uncover fixes (a mark turned round balances a quote); a few passes reach a fixed point. */
export const MAX_FIX_PASSES = 5;

export interface FixResult {
  text: string;
  /** The analysis of the final text: what is left. */
  analysis: Analysis;
  /** Findings whose fix was applied, over all passes. */
  fixed: number;
}

export function fixText(text: string, options: AnalysisOptions, first?: Analysis): FixResult {
  let analysis = first ?? analyse(text, options);
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const safe = safeFindings(analysis);
    const edits = nonOverlappingEdits(safe);
    if (edits.length === 0) break;
    const next = applySortedEdits(text, edits);
    if (next === text) break;
    fixed += countApplied(safe, edits);
    text = next;
    analysis = analyse(text, options);
  }
  return { text, analysis, fixed };
}

/** Findings with a fix that is safe to apply unattended. */
export function safeFindings(analysis: Analysis): Finding[] {
  const quotations = topLevelSpans(analysis.quotes.quotations);
  return analysis.findings.filter((finding) => {
    const fix = finding.fixes[0];
    if (!fix || fix.edits.length === 0) return false;
    return finding.rule.startsWith('quote.') || !fix.edits.some((edit) => insideAny(edit, quotations));
  });
}

/** Quotation spans sorted and merged, so one binary search answers "is this inside a quotation?". */
function topLevelSpans(quotations: readonly Span[]): Span[] {
  const sorted = quotations.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

function insideAny(edit: TextEdit, spans: readonly Span[]): boolean {
  // The last span starting before the edit's end: spans are disjoint, so no earlier one can reach it.
  let low = 0;
  let high = spans.length - 1;
  let candidate = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start < edit.end) {
      candidate = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (candidate < 0) return false;
  const span = spans[candidate];
  // An insertion counts when strictly inside; an edit when it overlaps at all.
  return edit.start === edit.end ? span.start < edit.start && edit.start < span.end : span.start < edit.end && edit.start < span.end;
}

/** How many findings had their whole first fix chosen. */
function countApplied(findings: readonly Finding[], chosen: readonly TextEdit[]): number {
  const key = (edit: TextEdit) => `${edit.start}:${edit.end}:${edit.newText}`;
  const applied = new Set(chosen.map(key));
  return findings.filter((finding) => finding.fixes[0].edits.every((edit) => applied.has(key(edit)))).length;
}

/**
 * Non-overlapping edits sorted by start, applied in one linear pass. (core's applyEdits re-slices the
 * whole text per edit, which is quadratic on a long file with hundreds of fixes.)
 */
export function applySortedEdits(text: string, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue; // overlapping: never chosen by nonOverlappingEdits, but never corrupt the text
    parts.push(text.slice(cursor, edit.start), edit.newText);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
