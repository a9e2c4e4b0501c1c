// Incremental analysis: what a paragraph (or a sentence) yields is a pure function of its text and of a
// little context, so an editor's next version of the document — one character typed — can take every
// other paragraph's result from the last analysis. Only the document-wide passes run again.
//
// How a stage plugs in (engines: the paragraph-local phase of figures, dates, style, …):
//
//   const local = memo('figures', paragraph.text, context, () => extractFromParagraph(paragraph.text));
//
// - `paragraph.text`: the paragraph's text, exactly what the computation reads. Use the Paragraph's
//   own string, not a fresh `prose.slice(start, end)`: an unchanged paragraph has the same string
//   object from one analysis to the next, and a lookup by it costs no hash and no comparison of text.
//   (A stage that memoises another unit — a section, a line, a sentence — passes its slice.)
// - `context`: everything else the result depends on, as a short string (the publication date, a
//   setting, a flag from the neighbouring paragraph); '' when nothing.
// - The result must be position-independent (offsets relative to the paragraph's start: add `start`
//   when reading it), and never mutated by its readers: the next analysis shares it.
// Outside an incremental analysis (the CLI, tests, a first analysis) `memo` simply computes, so a stage
// behaves the same with or without it; the property test (test/unit/incremental.test.ts) holds every
// stage to that.

/** A result and the context it was computed in; one text may be met in several contexts (a chain). */
interface Entry {
  context: string;
  value: unknown;
  /** The analysis that last used it (`IncrementalState.generation`). */
  used: number;
  next: Entry | null;
}

/**
 * How often the memo drops what recent analyses did not use: a sweep visits every entry (~1,600 at 10,000
 * words), and an edit leaves one stale entry per stage, so sweeping every eighth keystroke bounds the
 * garbage at a few paragraphs' worth.
 */
export const SWEEP_EVERY = 8;

/** One document's memo, kept by the language server from one version of the document to the next. */
export class IncrementalState {
  /**
   * Entries by stage, then by text, each stamped with the last analysis that used it. One table per stage
   * for the document's life: a keystroke finds almost every entry where it was and only stamps it, rather
   * than copying ~1,600 entries into fresh tables. The context is compared, never hashed: contexts can be
   * long (a paragraph's quotations, its name mentions) and differ per paragraph, and concatenated into a
   * key they cost a fresh hash of a fresh string on every lookup.
   */
  private readonly tables = new Map<string, Map<string, Entry>>();
  /** The analysis in progress, counted from 1 (entries are stamped with it). */
  private generation = 0;
  /** What stages hand on to the next analysis of the document (`carry`), and what the last one handed on. */
  private carriedNow = new Map<string, unknown>();
  private carriedBefore = new Map<string, unknown>();
  /** Reuse in the last analysis: the log and the tests read them. */
  hits = 0;
  misses = 0;

  /**
   * A new analysis starts. Every SWEEP_EVERY analyses the entries the last one did not use are dropped, so
   * memory follows the document; in between, a stale entry may still serve a lookup, which is as right as
   * a fresh one (a result is a function of its text and context).
   */
  begin(): void {
    this.generation++;
    this.carriedBefore = this.carriedNow;
    this.carriedNow = new Map();
    this.hits = 0;
    this.misses = 0;
    if (this.generation % SWEEP_EVERY === 0) this.sweep(this.generation - 1);
  }

  /** Drops the entries last used before the analysis `oldest`. */
  private sweep(oldest: number): void {
    // forEach, not for…of: no [key, value] pair per entry. (A Map may drop or replace entries while it is walked.)
    for (const table of this.tables.values()) {
      table.forEach((first, text) => {
        let head: Entry | null = first;
        while (head && head.used < oldest) head = head.next;
        for (let entry = head; entry; entry = entry.next) while (entry.next && entry.next.used < oldest) entry.next = entry.next.next;
        if (!head) table.delete(text);
        else if (head !== first) table.set(text, head);
      });
    }
  }

  lookup<T>(stage: string, text: string, context: string, compute: () => T): T {
    return this.lookupWhere(stage, text, context, null, compute);
  }

  /** `lookup` with the context told by `fits` from the result itself (see `memoFitting`). */
  lookupFitting<T>(stage: string, text: string, fits: (value: T) => boolean, compute: () => T): T {
    return this.lookupWhere(stage, text, '', fits, compute);
  }

  private lookupWhere<T>(stage: string, text: string, context: string, fits: ((value: T) => boolean) | null, compute: () => T): T {
    let table = this.tables.get(stage);
    if (!table) this.tables.set(stage, (table = new Map()));
    const first = table.get(text);
    for (let entry: Entry | null = first ?? null; entry; entry = entry.next) {
      if (fits ? fits(entry.value as T) : entry.context === context) {
        this.hits++;
        entry.used = this.generation;
        return entry.value as T;
      }
    }
    this.misses++;
    const value = compute();
    table.set(text, { context, value, used: this.generation, next: first ?? null });
    return value;
  }

  carried(stage: string): unknown {
    return this.carriedBefore.get(stage);
  }

  carry(stage: string, value: unknown): void {
    this.carriedNow.set(stage, value);
  }

  /** How many stages memoise in this document (for the tests: a keystroke recomputes one result per stage). */
  get stages(): number {
    let stages = 0;
    for (const table of this.tables.values()) if (this.usedNow(table) > 0) stages++;
    return stages;
  }

  /** How many results the last analysis used (for the tests: memory stays proportional to the document). */
  get size(): number {
    let size = 0;
    for (const table of this.tables.values()) size += this.usedNow(table);
    return size;
  }

  /** How many results the memo holds, used lately or not (for the tests: the sweep bounds it). */
  get stored(): number {
    let stored = 0;
    for (const table of this.tables.values()) for (const first of table.values()) for (let entry: Entry | null = first; entry; entry = entry.next) stored++;
    return stored;
  }

  /** How many of a stage's entries the analysis in progress (or the last one) used. */
  private usedNow(table: Map<string, Entry>): number {
    let used = 0;
    for (const first of table.values()) for (let entry: Entry | null = first; entry; entry = entry.next) if (entry.used === this.generation) used++;
    return used;
  }
}

/**
 * A copy of `text` that does not hold on to the string it was sliced from. A slice keeps its whole
 * source alive; a memo key kept from version to version of a document would keep every old version.
 */
export function detached(text: string): string {
  // Concatenation makes a new string; slicing it flattens it into a fresh one of its own.
  return ` ${text}`.slice(1);
}

/** The memo of the analysis running now, if it is an incremental one (analyses never interleave: they are synchronous). */
let active: IncrementalState | null = null;

/** Runs one analysis with `state` as its memo (or none: a full analysis). */
export function withIncremental<T>(state: IncrementalState | null | undefined, run: () => T): T {
  const outer = active;
  active = state ?? null;
  state?.begin();
  try {
    return run();
  } finally {
    active = outer;
  }
}

/**
 * `memo` for a stage whose context is data best compared where it lies (a paragraph's quotations and name
 * mentions, as numbers) rather than written out into a string on every analysis: the result keeps what it
 * was computed from, and `fits(result)` says whether that is the context now.
 */
export function memoFitting<T>(stage: string, text: string, fits: (value: T) => boolean, compute: () => T): T {
  if (!active) return compute();
  return active.lookupFitting(stage, text, fits, compute);
}

/** Whether an incremental analysis is running: a stage may skip preparing a memo key when not. */
export const incremental = (): boolean => active !== null;

/**
 * What `stage` handed on (`carry`) in the last analysis of this document; undefined in a full analysis or
 * the first one. For what a lookup by text cannot find cheaply: where the last version's paragraphs stood.
 * Like a memoised result, it is shared with that analysis: read it, never change it.
 */
export function carried<T>(stage: string): T | undefined {
  return active?.carried(stage) as T | undefined;
}

/** Hands `value` on to the next analysis of the document (a no-op outside an incremental analysis). */
export function carry<T>(stage: string, value: T): void {
  active?.carry(stage, value);
}

/**
 * The result of `compute` for this stage, text and context: from the previous analysis of the
 * document when it had the same, else computed now. See the top of this file for the contract.
 */
export function memo<T>(stage: string, text: string, context: string, compute: () => T): T {
  if (!active) return compute();
  return active.lookup(stage, text, context, compute);
}
