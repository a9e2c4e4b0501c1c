// Lookups over sorted, non-overlapping spans (sentences, quotations, mentions): one binary search for all.

import type { Analysis } from './analyse';
import type { Span } from './text';

/** The index of the item whose span holds `offset` (start ≤ offset < end), or -1. Items sorted by start. */
export function indexAt<T>(items: readonly T[], offset: number, spanOf: (item: T) => Span): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spanOf(items[middle]);
    if (span.end <= offset) low = middle + 1;
    else if (span.start > offset) high = middle - 1;
    else return middle;
  }
  return -1;
}

/** The index of the first of `items` (sorted by `keyOf`) whose key is at least `value`; items.length when none. */
export function lowerBound<T>(items: readonly T[], value: number, keyOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keyOf(items[middle]) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const startOf = (item: { start: number }) => item.start;

/** The index of the first of `items` (sorted by start) that starts at or after `offset`; items.length when none. */
export function firstStartingFrom(items: readonly { start: number }[], offset: number): number {
  return lowerBound(items, offset, startOf);
}

const itself = (span: Span) => span;

/** Whether one of `spans` (sorted by start, not overlapping) holds an offset. */
export function covers(spans: readonly Span[], offset: number): boolean {
  return indexAt(spans, offset, itself) >= 0;
}

/** The top-level quotations' spans (direct, scare quote or title), sorted; shared by every reader of one scan. */
const topLevel = new WeakMap<Analysis['quotes']['quotations'], readonly Span[]>();
export function topLevelQuotations(analysis: Pick<Analysis, 'quotes'>): readonly Span[] {
  const quotations = analysis.quotes.quotations;
  let spans = topLevel.get(quotations);
  if (!spans) {
    const made = quotations.filter((q) => q.depth === 0).map((q) => ({ start: q.start, end: q.end }));
    // The scan lists them in document order, most often: checked before sorting (a page of marks is 10⁵ of them).
    for (let i = 1; i < made.length; i++) {
      if (made[i].start < made[i - 1].start) {
        made.sort((a, b) => a.start - b.start);
        break;
      }
    }
    topLevel.set(quotations, spans = made);
  }
  return spans;
}

/** Whether an offset lies inside any top-level quotation (direct, scare quote or title). */
export function quotationMask(analysis: Pick<Analysis, 'quotes'>): (offset: number) => boolean {
  const spans = topLevelQuotations(analysis);
  return (offset) => covers(spans, offset);
}
