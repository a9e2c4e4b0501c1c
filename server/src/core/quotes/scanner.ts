// The quotation scanner: every quotation mark of the article, what it does (opens, closes, or is an
// apostrophe), and the quotations they delimit — nested quotes, AP running quotes across paragraphs,
// and the marks that face the wrong way or never close. The quote.* rules and the attribution engine
// both read this one scan.

import { nonAsciiClass, unitString } from '../codepoints';
import { incremental, memo } from '../incremental';
import { lowerBound } from '../spans';
import type { Article, Paragraph } from '../text';

export type MarkFamily = 'double' | 'single';
export type MarkStyle = 'curly' | 'straight' | 'guillemet' | 'low';
/** `other`: a mark that is neither a quote nor an apostrophe here (inch marks, primes, unknowable). */
export type MarkRole = 'open' | 'close' | 'apostrophe' | 'other';

export interface Mark {
  offset: number;
  char: string;
  family: MarkFamily;
  style: MarkStyle;
  role: MarkRole;
  /** Set when a curly mark faces the wrong way: the mark that belongs here. */
  correct?: string;
  /** With `correct`: the end of the span the fix replaces (the mark and a stray space inside the quote). */
  fixEnd?: number;
  /** Whether it breaks the pairing: an opener never closed (role `open`), or a closer with nothing to close (role `close`). */
  unbalanced: boolean;
}

export interface Quotation {
  index: number;
  /** The opening mark's offset. */
  open: number;
  /** The closing mark's offset, or null when the quotation runs on into the next paragraph. */
  close: number | null;
  /** From the opening mark to just after the closing mark (or to the paragraph's end). */
  start: number;
  end: number;
  family: MarkFamily;
  /** 0 for a top-level quotation, 1 for a quote inside it, … */
  depth: number;
  parent: number | null;
  paragraph: number;
  /** AP running quote: the quotation in the previous paragraph this one continues, and the next part. */
  continuesFrom: number | null;
  continuesTo: number | null;
  /** The opening and closing marks, as Mark records. */
  openMark: Mark;
  closeMark: Mark | null;
}

export interface QuoteScan {
  marks: Mark[];
  quotations: Quotation[];
}

/**
 * The marks that break the pairing, in document order. Flagged on the marks, not listed by the scan: a page
 * of stray marks has a million, and only quote.unbalanced reads them, at the end of the analysis.
 */
export function unbalancedMarks(scan: QuoteScan): Mark[] {
  return scan.marks.filter((mark) => mark.unbalanced);
}

const MARKS: Record<string, { family: MarkFamily; style: MarkStyle; natural: 'open' | 'close' | 'either' }> = {
  '“': { family: 'double', style: 'curly', natural: 'open' },
  '”': { family: 'double', style: 'curly', natural: 'close' },
  '"': { family: 'double', style: 'straight', natural: 'either' },
  '«': { family: 'double', style: 'guillemet', natural: 'open' },
  '»': { family: 'double', style: 'guillemet', natural: 'close' },
  '„': { family: 'double', style: 'low', natural: 'open' },
  '‘': { family: 'single', style: 'curly', natural: 'open' },
  '’': { family: 'single', style: 'curly', natural: 'close' },
  "'": { family: 'single', style: 'straight', natural: 'either' },
  '‹': { family: 'single', style: 'guillemet', natural: 'open' },
  '›': { family: 'single', style: 'guillemet', natural: 'close' },
  '‚': { family: 'single', style: 'low', natural: 'open' },
};

const MARK_PATTERN = /["'“”‘’«»„‚‹›]/g;

/** Words that begin with an apostrophe: ’til, ’em, ’cause, rock ’n’ roll. */
const ELISION_AFTER_MARK = /^(?:til|tis|twas|em|cause|n|bout|nuff|round|s)(?![\p{L}])/iu;

// Character classes by code unit: these run for every mark, so no regular expression per call.
const isSpace = (ch: string) => ch === '' || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' ||
  ch === '\u00a0' || (ch >= '\u2000' && ch <= '\u200b') || ch === '\u202f' || ch === '\u3000';
const isDigit = (ch: string) => ch >= '0' && ch <= '9';
/** Code units above ASCII that are letters or figures (a lone surrogate is neither, as the pattern says). */
const nonAsciiWordChar = nonAsciiClass(/^[\p{L}\p{N}]$/u);
const isWordChar = (ch: string) => ch !== '' && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || isDigit(ch) ||
  (ch > '\u007f' && nonAsciiWordChar(ch.charCodeAt(0))));
/** What may stand before an opening mark besides space: brackets, dashes, a slash, another opener. */
const OPENING_NEIGHBOURS = new Set(['(', '[', '{', '\u2014', '\u2013', '-', '/', '“', '‘', '«', '„', '‚', '‹', '"', "'"]);
const isOpeningContext = (ch: string) => isSpace(ch) || OPENING_NEIGHBOURS.has(ch);
/** What may follow a closing mark besides space. */
const CLOSING_NEIGHBOURS = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2014', '\u2013', '-', '…', '”', '’', '»', '›', '"', "'", '/']);
const isClosingContext = (ch: string) => isSpace(ch) || CLOSING_NEIGHBOURS.has(ch);

/** The marks' characters, numbered for a mark's packed state (by code unit: each mark is one), and what each tells. */
const MARK_CHARS = Object.keys(MARKS);
const MARK_NUMBER = new Map(MARK_CHARS.map((char, n) => [char.charCodeAt(0), n]));
const MARK_FAMILIES = MARK_CHARS.map((char) => MARKS[char].family);
const MARK_STYLES = MARK_CHARS.map((char) => MARKS[char].style);
const ROLES: readonly MarkRole[] = ['other', 'open', 'close', 'apostrophe'];

/**
 * A mark as the scanner records it: its offset, and all else packed in one small integer. Two fields, not
 * five to seven: a page of marks has a million. What its character tells (family, style) is read from it.
 */
class ScannedMark implements Mark {
  constructor(
    public offset: number,
    /**
     * Bits 0-3: the character (MARK_CHARS); 4-5: the role (ROLES); 6-9: 1 + the correction's character, or 0;
     * 10-11: fixEnd - offset, or 0; 12: unbalanced.
     */
    private state: number,
  ) {}

  /** The same mark at `offset`. */
  movedTo(offset: number): ScannedMark {
    return new ScannedMark(offset, this.state);
  }

  get char(): string {
    return MARK_CHARS[this.state & 15];
  }

  get role(): MarkRole {
    return ROLES[(this.state >> 4) & 3];
  }

  set role(role: MarkRole) {
    this.state = (this.state & ~0x30) | (ROLES.indexOf(role) << 4);
  }

  get correct(): string | undefined {
    const n = (this.state >> 6) & 15;
    return n === 0 ? undefined : MARK_CHARS[n - 1];
  }

  set correct(char: string | undefined) {
    this.state = (this.state & ~0x3c0) | (char === undefined ? 0 : (MARK_NUMBER.get(char.charCodeAt(0))! + 1) << 6);
  }

  /** Kept relative to the offset: it moves with the mark. */
  get fixEnd(): number | undefined {
    const span = (this.state >> 10) & 3;
    return span === 0 ? undefined : this.offset + span;
  }

  set fixEnd(end: number | undefined) {
    this.state = (this.state & ~0xc00) | (end === undefined ? 0 : (end - this.offset) << 10);
  }

  get unbalanced(): boolean {
    return (this.state & 0x1000) !== 0;
  }

  set unbalanced(unbalanced: boolean) {
    this.state = unbalanced ? this.state | 0x1000 : this.state & ~0x1000;
  }

  get family(): MarkFamily {
    return MARK_FAMILIES[this.state & 15];
  }

  get style(): MarkStyle {
    return MARK_STYLES[this.state & 15];
  }
}

/**
 * A quotation as the scanner records it: where it opens and closes, and its family, are read from its
 * marks, not kept again on each of what may be hundreds of thousands of quotations.
 */
class ScannedQuotation implements Quotation {
  parent: number | null = null;
  paragraph = 0;
  continuesTo: number | null = null;

  constructor(
    public index: number,
    public start: number,
    public end: number,
    public depth: number,
    public continuesFrom: number | null,
    public openMark: Mark,
    public closeMark: Mark | null,
  ) {}

  get open(): number {
    return this.openMark.offset;
  }

  get close(): number | null {
    return this.closeMark ? this.closeMark.offset : null;
  }

  get family(): MarkFamily {
    return this.openMark.family;
  }
}

/** A paragraph's lists, placed or not. */
interface ScanLists {
  marks: Mark[];
  quotations: Quotation[];
}

/**
 * One paragraph's scan, as a pure function of its text and three facts about its neighbours: offsets
 * relative to the paragraph, quotation indices local to it. Incremental analysis reuses it as long as
 * the paragraph and those facts stay the same (core/incremental.ts).
 */
interface LocalScan extends ScanLists {
  marks: ScannedMark[];
  /** `index`, `parent`: local; `paragraph` is 0 and `continuesFrom` is RUNNING for the running quote's next part. */
  quotations: Quotation[];
  /** The quotation the previous paragraph left open: continued here, or never closed. */
  continuesRunning: boolean;
  /** The local quotation that runs on into the next paragraph, if any. */
  runsOn: number | null;
}

const RUNNING = -1;

/** The scan of every paragraph without a mark: shared, so its lists are never written to. */
const NO_MARKS: LocalScan = Object.freeze({
  marks: Object.freeze([]) as unknown as ScannedMark[],
  quotations: Object.freeze([]) as unknown as Quotation[],
  continuesRunning: false,
  runsOn: null,
});

/** The memo's contexts (running on, headline, next paragraph opens with a quote), made once: compared by identity. */
const CONTEXTS = ['000', '001', '010', '011', '100', '101', '110', '111'];

// Loops over marks and quotations are indexed, not for…of: in V8's first tiers for…of makes an iterator
// result per step, and these loops run once per analysis, over as many as a million marks.
export function scanQuotes(article: Article): QuoteScan {
  const result: QuoteScan = { marks: [], quotations: [] };
  const prose = article.prose;
  // Placements are kept only across the versions of an incremental analysis.
  const kept = incremental() ? placements : null;
  // The quotation left open at the end of the previous paragraph, waiting for a running-quote opener.
  let runningOn: Quotation | null = null;
  const paragraphs = article.paragraphs;
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    const next = paragraphs[p + 1];
    const nextOpens = !!next && startsWithDoubleOpener(prose, next.start);
    const text = paragraph.text;
    const running = runningOn !== null;
    const context = CONTEXTS[(running ? 4 : 0) + (paragraph.headline ? 2 : 0) + (nextOpens ? 1 : 0)];
    const local: LocalScan = memo('quotes', text, context, () => scanner.run(text, paragraph.headline, nextOpens, running));
    // A quotation that runs on is placed afresh each time (never kept for the next analysis): its mark is ours to flag.
    if (runningOn && !local.continuesRunning) runningOn.openMark.unbalanced = true;
    // Nothing to place: no marks, so no quotation and nothing running on.
    if (local === NO_MARKS) {
      runningOn = null;
      continue;
    }
    const base = result.quotations.length;
    const continuesFrom = runningOn?.index ?? null;
    let lists: ScanLists;
    if (!kept) {
      moveInPlace(local, paragraph, base, continuesFrom);
      lists = local;
    } else {
      let placed = kept.get(local);
      if (!placed || placed.start !== paragraph.start || placed.paragraph !== paragraph.index || placed.base !== base ||
        placed.continuesFrom !== continuesFrom) {
        placed = placeCopy(local, paragraph, base, continuesFrom);
        // A quotation that runs on gets its `continuesTo` from the next paragraph: placed afresh every time.
        if (local.runsOn === null) kept.set(local, placed);
      }
      lists = placed;
    }
    // Outside an incremental analysis the lists are this analysis's own: the first is taken as it is (a
    // one-paragraph page of marks is not copied mark by mark).
    result.marks = appended(result.marks, lists.marks, !kept);
    for (let q = 0; q < lists.quotations.length; q++) {
      const quotation = lists.quotations[q];
      if (quotation.continuesFrom !== null) result.quotations[quotation.continuesFrom].continuesTo = quotation.index;
      result.quotations.push(quotation);
    }
    runningOn = local.runsOn === null ? null : result.quotations[local.runsOn + base];
  }
  if (runningOn) runningOn.openMark.unbalanced = true;
  return result;
}

/** `list` with `more` after it: `more` itself when `list` is empty and `more` may be taken (it is ours). */
function appended<T>(list: T[], more: T[], mayTake: boolean): T[] {
  if (list.length === 0 && mayTake) return more.length === 0 ? list : more;
  for (let i = 0; i < more.length; i++) list.push(more[i]);
  return list;
}

/**
 * A paragraph's scan as placed in the document the last time: the next analysis takes it as it is while the
 * paragraph stands where it stood, with as many quotations before it (every paragraph before a keystroke).
 */
interface PlacedScan extends ScanLists {
  start: number;
  paragraph: number;
  /** The index of its first quotation, and of the quotation its first one continues (if it does). */
  base: number;
  continuesFrom: number | null;
}

const placements = new WeakMap<LocalScan, PlacedScan>();

/**
 * A full analysis's own local scan, moved to where its paragraph is (its quotations numbered from `base`):
 * nothing else will read it.
 */
function moveInPlace(local: LocalScan, paragraph: Paragraph, base: number, continuesFrom: number | null): void {
  const start = paragraph.start;
  for (let m = 0; m < local.marks.length; m++) local.marks[m].offset += start;
  for (let k = 0; k < local.quotations.length; k++) {
    const q = local.quotations[k];
    // Its marks are moved: so are `open` and `close`.
    q.index += base;
    q.start += start;
    q.end += start;
    if (q.parent !== null) q.parent += base;
    q.paragraph = paragraph.index;
    q.continuesFrom = q.continuesFrom === RUNNING ? continuesFrom : null;
  }
}

/** A local scan the memo shares with the next analysis, copied to where its paragraph is. */
function placeCopy(local: LocalScan, paragraph: Paragraph, base: number, continuesFrom: number | null): PlacedScan {
  const start = paragraph.start;
  const index = paragraph.index;
  const marks: Mark[] = local.marks.map((mark) => mark.movedTo(mark.offset + start));
  // A mark's copy, found by its offset: marks are in document order, one per offset.
  const moved = (mark: Mark) => marks[lowerBound(local.marks, mark.offset, offsetOf)];
  const quotations = local.quotations.map((q): Quotation => {
    const copy = new ScannedQuotation(q.index + base, q.start + start, q.end + start, q.depth,
      q.continuesFrom === RUNNING ? continuesFrom : null, moved(q.openMark), q.closeMark ? moved(q.closeMark) : null);
    copy.parent = q.parent === null ? null : q.parent + base;
    copy.paragraph = index;
    return copy;
  });
  return { start, paragraph: index, base, continuesFrom, marks, quotations };
}

const offsetOf = (mark: Mark) => mark.offset;

/** Paragraphs up to this many marks keep the scanner's per-mark buffers for the next; a bigger one's are dropped. */
const KEPT_BUFFER_MARKS = 1 << 14;

/**
 * One paragraph at a time: decides each mark's role from its neighbours and the open quotations, pairs
 * openers with closers, and hands on the quotation left open when the next paragraph continues it.
 * Reads only the paragraph's text (offsets from 0). One scanner serves every paragraph (a run is
 * synchronous): its per-mark buffers are made once, not per paragraph.
 */
class ParagraphScan {
  private prose = '';
  private headline = false;
  private nextOpens = false;
  private marks: ScannedMark[] = [];
  private quotations: Quotation[] = [];
  // Per mark, indexed as `marks`, only the first `marks.length` entries in use. Typed arrays, not an object
  // per open mark or arrays grown mark by mark: thousands of marks may open and never close.
  /** The open marks, innermost last (a mark opens at most once). */
  private stack = new Int32Array(0);
  private depth = 0;
  /** 1 for a straight single quote that opens, only a guess (unclosed, it becomes an apostrophe). */
  private tentative = new Uint8Array(0);
  /** 1 + the index of the quotation it opened once recorded (0 before), so its children can point at it. */
  private quotationOf = new Int32Array(0);
  /** By quotation: the index of the mark that opened the one around it (its parent closes after it). */
  private parentOpener = new Int32Array(0);
  private openDoubles = 0;
  private openSingles = 0;
  /** Whether this paragraph's first mark continues the quotation the previous one left running. */
  private continued = false;
  /** The index of the last mark that could close a double quotation, and a single one (-1: none). */
  private lastDoubleCloser = -1;
  private lastSingleCloser = -1;

  run(prose: string, headline: boolean, nextOpens: boolean, running: boolean): LocalScan {
    const marks = collectMarks(prose);
    if (marks.length === 0) return NO_MARKS;
    this.prose = prose;
    this.headline = headline;
    this.nextOpens = nextOpens;
    this.marks = marks;
    this.quotations = [];
    this.begin(this.marks.length);
    this.continueFrom(running);
    this.findLastClosers();
    for (let i = 0; i < this.marks.length; i++) this.decide(i, i < this.lastDoubleCloser, i < this.lastSingleCloser);
    const runsOn = this.finish();
    for (let q = 0; q < this.quotations.length; q++) {
      const quotation = this.quotations[q];
      if (quotation.depth === 0) continue;
      const parent = this.quotationOf[this.parentOpener[quotation.index]];
      quotation.parent = parent === 0 ? null : parent - 1; // never closed: no quotation to point at
    }
    const scan: LocalScan = { marks: this.marks, quotations: this.quotations, continuesRunning: this.continued, runsOn };
    this.release();
    return scan;
  }

  /** Starts a paragraph of `size` marks: nothing open, the per-mark buffers big enough and cleared. */
  private begin(size: number): void {
    this.depth = 0;
    this.openDoubles = 0;
    this.openSingles = 0;
    this.continued = false;
    if (this.stack.length < size) {
      const capacity = Math.max(size, 2 * this.stack.length);
      this.stack = new Int32Array(capacity);
      this.tentative = new Uint8Array(capacity);
      this.quotationOf = new Int32Array(capacity);
      this.parentOpener = new Int32Array(capacity);
      return;
    }
    this.tentative.fill(0, 0, size);
    this.quotationOf.fill(0, 0, size);
  }

  /** Lets go of the paragraph (the scanner outlives it) and of buffers too big to keep. */
  private release(): void {
    this.prose = '';
    this.marks = NO_MARKS.marks;
    this.quotations = NO_MARKS.quotations;
    if (this.stack.length > KEPT_BUFFER_MARKS) {
      this.stack = new Int32Array(0);
      this.tentative = new Uint8Array(0);
      this.quotationOf = new Int32Array(0);
      this.parentOpener = new Int32Array(0);
    }
  }

  private charAt(offset: number): string {
    if (offset < 0 || offset >= this.prose.length) return '';
    // Beyond Latin-1 a shared string: indexing makes a fresh one per read, and a page of curly marks reads thousands.
    const code = this.prose.charCodeAt(offset);
    return code > 0xff ? unitString(code) : this.prose[offset];
  }

  /** An AP running quote: the previous paragraph ended inside a quotation and this one opens with a mark. */
  private continueFrom(running: boolean): void {
    if (!running) return;
    const first = this.marks[0];
    this.continued = !!first && first.offset === 0 && first.family === 'double' &&
      (first.char === '“' || first.char === '"' || first.char === '«' || first.char === '„');
  }

  /** The last marks that could close a quotation: a misoriented opener needs one after it. */
  private findLastClosers(): void {
    let lastDoubleCloser = -1;
    let lastSingleCloser = -1;
    for (let i = this.marks.length - 1; i >= 0 && (lastDoubleCloser < 0 || lastSingleCloser < 0); i--) {
      const m = this.marks[i];
      if (lastDoubleCloser < 0 && (m.char === '”' || m.char === '"' || m.char === '»')) lastDoubleCloser = i;
      if (lastSingleCloser < 0 && m.char === '’' && !isWordChar(this.charAt(m.offset + 1)) && !isSpace(this.charAt(m.offset - 1))) {
        lastSingleCloser = i;
      }
    }
    this.lastDoubleCloser = lastDoubleCloser;
    this.lastSingleCloser = lastSingleCloser;
  }

  private hasOpen(family: MarkFamily): boolean {
    return (family === 'double' ? this.openDoubles : this.openSingles) > 0;
  }

  /** Counts a mark of `family` opening (+1) or closing (-1). */
  private countOpen(family: MarkFamily, change: number): void {
    if (family === 'double') this.openDoubles += change;
    else this.openSingles += change;
  }

  private elisionFollows(mark: Mark): boolean {
    // A paragraph ends before space: reading past its end would see nothing more.
    return ELISION_AFTER_MARK.test(this.prose.slice(mark.offset + 1, mark.offset + 8));
  }

  private decide(i: number, doubleCloserLater: boolean, singleCloserLater: boolean): void {
    const mark = this.marks[i];
    const prev = this.charAt(mark.offset - 1);
    const next = this.charAt(mark.offset + 1);
    const wordBefore = isWordChar(prev);
    const wordAfter = isWordChar(next);
    const openingPlace = isOpeningContext(prev) && !isSpace(next);
    const closingPlace = !isSpace(prev) && !isOpeningContext(prev) && isClosingContext(next);

    switch (mark.char) {
      case '“':
      case '„':
      case '«': {
        // “ where a quotation closes: after a word or punctuation, before space or punctuation.
        if (mark.char === '“' && closingPlace && this.hasOpen('double')) {
          // „…“ is the German pair: not an error.
          if (this.depth === 0 || this.marks[this.stack[this.depth - 1]].char !== '„') mark.correct = '”';
          this.close(i);
        } else {
          this.open(i);
        }
        return;
      }
      case '”':
      case '»': {
        // ” where a quotation opens: after a space or bracket, before a word (or a stray space and a word),
        // with nothing open and a closing mark later on.
        const strayBeforeWord = next === ' ' && isWordChar(this.charAt(mark.offset + 2));
        if (mark.char === '”' && isOpeningContext(prev) && (wordAfter || strayBeforeWord) &&
          !this.hasOpen('double') && doubleCloserLater) {
          mark.correct = '“';
          mark.fixEnd = strayBeforeWord ? mark.offset + 2 : mark.offset + 1;
          this.open(i);
        } else {
          this.close(i);
        }
        return;
      }
      case '"': {
        if (wordBefore && wordAfter) {
          // a"b: inside a word, only a closer when a quote is open.
          if (this.hasOpen('double')) this.close(i);
        } else if (isDigit(prev) && !this.hasOpen('double')) {
          // 12" — inches: role stays `other`.
        } else if (openingPlace && !closingPlace) {
          this.open(i);
        } else if (closingPlace && !openingPlace) {
          // that"...] — glued to the word before, but nothing is open and text follows: it opens.
          if (!this.hasOpen('double') && !isSpace(next)) this.open(i);
          else this.close(i);
        } else if (this.hasOpen('double')) {
          this.close(i);
        } else {
          this.open(i);
        }
        return;
      }
      case '‘':
      case '‚':
      case '‹': {
        if (mark.char === '‘' && isOpeningContext(prev) && (isDigit(next) || this.elisionFollows(mark))) {
          // ‘90s, ‘til: an apostrophe facing the wrong way.
          mark.role = 'apostrophe';
          mark.correct = '’';
        } else if (mark.char === '‘' && closingPlace && this.hasOpen('single')) {
          mark.correct = '’';
          this.close(i);
        } else if (!(wordBefore && wordAfter)) {
          this.open(i);
        }
        return;
      }
      case '’':
      case '›': {
        if (wordBefore && wordAfter) {
          mark.role = 'apostrophe'; // don’t, Ukraine’s, Qa’ida
        } else if (mark.char === '’' && isOpeningContext(prev) && (isDigit(next) || this.elisionFollows(mark))) {
          mark.role = 'apostrophe'; // ’90s, ’til
        } else if (mark.char === '’' && isOpeningContext(prev) && wordAfter && !this.hasOpen('single') && singleCloserLater) {
          mark.correct = '‘';
          mark.fixEnd = mark.offset + 1;
          this.open(i);
        } else if (this.hasOpen('single') && !isOpeningContext(prev)) {
          this.close(i);
        } else if (wordBefore) {
          mark.role = 'apostrophe'; // the boys’ team
        }
        return;
      }
      case "'": {
        if (wordBefore && wordAfter) {
          mark.role = 'apostrophe';
        } else if (isOpeningContext(prev) && (isDigit(next) || this.elisionFollows(mark))) {
          mark.role = 'apostrophe';
        } else if (openingPlace && wordAfter) {
          this.open(i, true);
        } else if (this.hasOpen('single') && !isOpeningContext(prev)) {
          this.close(i);
        } else if (wordBefore) {
          mark.role = 'apostrophe';
        }
        return;
      }
    }
  }

  private open(i: number, tentative = false): void {
    const mark = this.marks[i];
    mark.role = 'open';
    this.stack[this.depth++] = i;
    if (tentative) this.tentative[i] = 1;
    this.countOpen(mark.family, 1);
  }

  /** Takes the innermost open mark off the stack: its index. */
  private pop(): number {
    const i = this.stack[--this.depth];
    this.countOpen(this.marks[i].family, -1);
    return i;
  }

  private close(i: number): void {
    const mark = this.marks[i];
    // Nothing of its family open: no walk down the stack (thousands of ‘ left open, then as many ”, would
    // walk it once per ”).
    let at = this.hasOpen(mark.family) ? this.depth - 1 : -1;
    while (at >= 0 && this.marks[this.stack[at]].family !== mark.family) at--;
    if (at < 0) {
      // Nothing to close: a stray double mark, or a single one that is an apostrophe after all.
      if (mark.family === 'double') {
        mark.role = 'close';
        mark.unbalanced = true;
      } else {
        mark.role = 'apostrophe';
      }
      return;
    }
    // Quotes opened inside this one and never closed.
    while (this.depth > at + 1) this.abandonInnermost();
    mark.role = 'close';
    this.recordInnermost(mark);
  }

  private abandonInnermost(): void {
    const i = this.pop();
    const mark = this.marks[i];
    if (this.tentative[i] === 1) mark.role = 'apostrophe';
    else mark.unbalanced = true;
  }

  /** The innermost open mark's quotation, closed by `closer` (or running on, with null). */
  private recordInnermost(closer: Mark | null): Quotation {
    const opener = this.pop();
    const open = this.marks[opener];
    const quotation = new ScannedQuotation(this.quotations.length, open.offset, closer ? closer.offset + 1 : this.prose.length,
      // Only the paragraph's first mark can continue the quotation the previous paragraph left running (AP).
      this.depth, this.continued && opener === 0 ? RUNNING : null, open, closer);
    this.quotations.push(quotation);
    this.quotationOf[opener] = quotation.index + 1;
    // A parent closes after its children: resolved when the paragraph is done.
    if (this.depth > 0) this.parentOpener[quotation.index] = this.stack[this.depth - 1];
    return quotation;
  }

  /** The paragraph ends: what is still open either runs on (AP) or was never closed. Returns the one that runs on. */
  private finish(): number | null {
    const runsOn = this.depth > 0 && this.marks[this.stack[0]].family === 'double' && this.nextOpens && !this.headline;
    if (!runsOn) {
      while (this.depth > 0) this.abandonInnermost();
      return null;
    }
    // The outer quotation continues; an inner quote left open is an error all the same.
    while (this.depth > 1) this.abandonInnermost();
    return this.recordInnermost(null).index;
  }
}

/** The paragraph's quotation marks, in order, each with its role still to decide. */
function collectMarks(text: string): ScannedMark[] {
  const marks: ScannedMark[] = [];
  // `test`, not `exec`: no match array per mark (a page of marks would be a page of arrays); every mark is
  // one code unit, just before `lastIndex`. (A loop over the code units is five times slower on prose.)
  MARK_PATTERN.lastIndex = 0;
  while (MARK_PATTERN.test(text)) {
    const offset = MARK_PATTERN.lastIndex - 1;
    // A role still to decide: the state is the character's number alone.
    marks.push(new ScannedMark(offset, MARK_NUMBER.get(text.charCodeAt(offset))!));
  }
  return marks;
}

const scanner = new ParagraphScan();

function startsWithDoubleOpener(prose: string, offset: number): boolean {
  const ch = prose[offset];
  return ch === '“' || ch === '"' || ch === '«' || ch === '„';
}
