// Lists an analysis keeps for its whole life, one or more per paragraph: on a page of thousands of short
// lines, their spare room and their empty arrays are most of what the collector keeps moving.

/** An empty list shared by everything that has nothing to list. Frozen: never pushed into. */
export const NONE: readonly never[] = Object.freeze([]);

/**
 * A list as a scan keeps it: NONE when empty, else an exact copy. A list grown by push keeps room for
 * 17 entries, or half its length again.
 */
export function asKept<T>(list: readonly T[]): readonly T[] {
  return list.length > 0 ? list.slice() : NONE;
}
