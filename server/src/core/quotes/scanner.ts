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

export type QuoteProblemKind = 'never-closed' | 'never-opened';

export interface UnbalancedMark {
  mark: Mark;
  kind: QuoteProblemKind;
  paragraph: number;
}

export interface QuoteScan {
  marks: Mark[];
  quotations: Quotation[];
  unbalanced: UnbalancedMark[];
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

/**
 * One paragraph's scan, as a pure function of its text and three facts about its neighbours: offsets
 * relative to the paragraph, quotation indices local to it. Incremental analysis reuses it as long as
 * the paragraph and those facts stay the same (core/incremental.ts).
 */
interface LocalScan {
  marks: Mark[];
  /** `index`, `parent`: local; `paragraph` is 0 and `continuesFrom` is RUNNING for the running quote's next part. */
  quotations: Quotation[];
  /** This paragraph's own problems, in document order. */
  unbalanced: UnbalancedMark[];
  /** The quotation the previous paragraph left open: continued here, or never closed. */
  continuesRunning: boolean;
  /** The local quotation that runs on into the next paragraph, if any. */
  runsOn: number | null;
}

const RUNNING = -1;

/** The memo's contexts (running on, headline, next paragraph opens with a quote), made once: compared by identity. */
const CONTEXTS = ['000', '001', '010', '011', '100', '101', '110', '111'];

export function scanQuotes(article: Article): QuoteScan {
  const result: QuoteScan = { marks: [], quotations: [], unbalanced: [] };
  const prose = article.prose;
  // Placements are kept only across the versions of an incremental analysis.
  const kept = incremental() ? placements : null;
  // The quotation left open at the end of the previous paragraph, waiting for a running-quote opener.
  let runningOn: Quotation | null = null;
  for (const paragraph of article.paragraphs) {
    const next = article.paragraphs[paragraph.index + 1];
    const nextOpens = !!next && startsWithDoubleOpener(prose, next.start);
    const text = paragraph.text;
    const running = runningOn !== null;
    const context = CONTEXTS[(running ? 4 : 0) + (paragraph.headline ? 2 : 0) + (nextOpens ? 1 : 0)];
    const local: LocalScan = memo('quotes', text, context, () => new ParagraphScan(text, paragraph.headline, nextOpens).run(running));
    if (runningOn && !local.continuesRunning) {
      result.unbalanced.push({ mark: runningOn.openMark, kind: 'never-closed', paragraph: runningOn.paragraph });
    }
    const base = result.quotations.length;
    const continuesFrom = runningOn?.index ?? null;
    let placed = kept?.get(local);
    if (!placed || placed.start !== paragraph.start || placed.paragraph !== paragraph.index || placed.base !== base ||
      placed.continuesFrom !== continuesFrom) {
      placed = place(local, paragraph, base, continuesFrom);
      // A quotation that runs on gets its `continuesTo` from the next paragraph: placed afresh every time.
      if (local.runsOn === null) kept?.set(local, placed);
    }
    // Outside an incremental analysis the placed lists are this analysis's own: the first is taken as it is
    // (a one-paragraph page of marks is not copied mark by mark).
    if (!kept && result.marks.length === 0) result.marks = placed.marks;
    else for (const mark of placed.marks) result.marks.push(mark);
    for (const quotation of placed.quotations) {
      if (quotation.continuesFrom !== null) result.quotations[quotation.continuesFrom].continuesTo = quotation.index;
      result.quotations.push(quotation);
    }
    if (!kept && result.unbalanced.length === 0) result.unbalanced = placed.unbalanced;
    else for (const problem of placed.unbalanced) result.unbalanced.push(problem);
    runningOn = local.runsOn === null ? null : result.quotations[local.runsOn + base];
  }
  if (runningOn) result.unbalanced.push({ mark: runningOn.openMark, kind: 'never-closed', paragraph: runningOn.paragraph });
  return result;
}

/**
 * A paragraph's scan as placed in the document the last time: the next analysis takes it as it is while the
 * paragraph stands where it stood, with as many quotations before it (every paragraph before a keystroke).
 */
interface PlacedScan {
  start: number;
  paragraph: number;
  /** The index of its first quotation, and of the quotation its first one continues (if it does). */
  base: number;
  continuesFrom: number | null;
  marks: Mark[];
  quotations: Quotation[];
  unbalanced: UnbalancedMark[];
}

const placements = new WeakMap<LocalScan, PlacedScan>();

/**
 * A paragraph's local scan, moved to where the paragraph is; its quotations numbered from `base`. In a full
 * analysis the scan is this analysis's own: it is moved where it lies. In an incremental one the memo shares
 * it with the next analysis: it is copied.
 */
function place(local: LocalScan, paragraph: Paragraph, base: number, continuesFrom: number | null): PlacedScan {
  const start = paragraph.start;
  const index = paragraph.index;
  if (!incremental()) {
    for (const mark of local.marks) {
      mark.offset += start;
      if (mark.fixEnd !== undefined) mark.fixEnd += start;
    }
    for (const q of local.quotations) {
      q.index += base;
      q.open += start;
      if (q.close !== null) q.close += start;
      q.start += start;
      q.end += start;
      if (q.parent !== null) q.parent += base;
      q.paragraph = index;
      q.continuesFrom = q.continuesFrom === RUNNING ? continuesFrom : null;
    }
    for (const problem of local.unbalanced) problem.paragraph = index;
    return { start, paragraph: index, base, continuesFrom, marks: local.marks, quotations: local.quotations, unbalanced: local.unbalanced };
  }
  const marks: Mark[] = local.marks.map((mark) => {
    const clone: Mark = { ...mark, offset: mark.offset + start };
    if (mark.fixEnd !== undefined) clone.fixEnd = mark.fixEnd + start;
    return clone;
  });
  // A mark's copy, found by its offset: marks are in document order, one per offset.
  const moved = (mark: Mark) => marks[lowerBound(local.marks, mark.offset, offsetOf)];
  const quotations = local.quotations.map((q): Quotation => ({
    ...q,
    index: q.index + base,
    open: q.open + start,
    close: q.close === null ? null : q.close + start,
    start: q.start + start,
    end: q.end + start,
    parent: q.parent === null ? null : q.parent + base,
    paragraph: index,
    continuesFrom: q.continuesFrom === RUNNING ? continuesFrom : null,
    openMark: moved(q.openMark),
    closeMark: q.closeMark ? moved(q.closeMark) : null,
  }));
  const unbalanced = local.unbalanced.map((problem) => ({ mark: moved(problem.mark), kind: problem.kind, paragraph: index }));
  return { start, paragraph: index, base, continuesFrom, marks, quotations, unbalanced };
}

const offsetOf = (mark: Mark) => mark.offset;

/**
 * One paragraph: decides each mark's role from its neighbours and the open quotations, pairs
 * openers with closers, and hands on the quotation left open when the next paragraph continues it.
 * Reads only the paragraph's text (offsets from 0).
 */
class ParagraphScan {
  private readonly marks: Mark[] = [];
  // The open marks, innermost last: their indices in `marks`, in typed arrays as long as `marks` (a mark
  // opens at most once), sized when the marks are known. An object per open mark, or arrays grown mark by
  // mark, are a heap of garbage when thousands of marks open and never close.
  private stack = new Int32Array(0);
  private depth = 0;
  /** By mark: 1 for a straight single quote that opens, only a guess (unclosed, it becomes an apostrophe). */
  private tentative = new Uint8Array(0);
  /** By mark: 1 + the index of the quotation it opened once recorded (0 before), so its children can point at it. */
  private quotationOf = new Int32Array(0);
  private readonly openCount = { double: 0, single: 0 };
  private readonly unbalanced: UnbalancedMark[] = [];
  private readonly quotations: Quotation[] = [];
  /** Quotations inside another, and the index of the mark that opened the one around them. */
  private readonly children: Quotation[] = [];
  private readonly childParents: number[] = [];
  /** Whether this paragraph's first mark continues the quotation the previous one left running. */
  private continued = false;

  constructor(private readonly prose: string, private readonly headline: boolean, private readonly nextOpens: boolean) {}

  run(running: boolean): LocalScan {
    this.collectMarks();
    if (this.marks.length > 0) {
      this.stack = new Int32Array(this.marks.length);
      this.tentative = new Uint8Array(this.marks.length);
      this.quotationOf = new Int32Array(this.marks.length);
    }
    this.continueFrom(running);
    const { lastDoubleCloser, lastSingleCloser } = this.lastClosers();
    for (let i = 0; i < this.marks.length; i++) this.decide(i, i < lastDoubleCloser, i < lastSingleCloser);
    const runsOn = this.finish();
    for (let i = 0; i < this.children.length; i++) {
      const parent = this.quotationOf[this.childParents[i]];
      this.children[i].parent = parent === 0 ? null : parent - 1; // never closed: no quotation to point at
    }
    // Problems in document order: the paragraph's own list is short, the document's is not sorted again.
    this.unbalanced.sort((a, b) => a.mark.offset - b.mark.offset);
    return { marks: this.marks, quotations: this.quotations, unbalanced: this.unbalanced, continuesRunning: this.continued, runsOn };
  }

  private charAt(offset: number): string {
    if (offset < 0 || offset >= this.prose.length) return '';
    // Beyond Latin-1 a shared string: indexing makes a fresh one per read, and a page of curly marks reads thousands.
    const code = this.prose.charCodeAt(offset);
    return code > 0xff ? unitString(code) : this.prose[offset];
  }

  private collectMarks(): void {
    const text = this.prose;
    // `test`, not `exec`: no match array per mark (a page of marks would be a page of arrays); every mark is
    // one code unit, just before `lastIndex`. (A loop over the code units is five times slower on prose.)
    MARK_PATTERN.lastIndex = 0;
    while (MARK_PATTERN.test(text)) {
      const offset = MARK_PATTERN.lastIndex - 1;
      // The mark's shared string, not a fresh one per curly mark (kept on the Mark for the analysis's life).
      const code = text.charCodeAt(offset);
      const char = code > 0xff ? unitString(code) : text[offset];
      const info = MARKS[char];
      this.marks.push({ offset, char, family: info.family, style: info.style, role: 'other' });
    }
  }

  /** An AP running quote: the previous paragraph ended inside a quotation and this one opens with a mark. */
  private continueFrom(running: boolean): void {
    if (!running) return;
    const first = this.marks[0];
    this.continued = !!first && first.offset === 0 && first.family === 'double' &&
      (first.char === '“' || first.char === '"' || first.char === '«' || first.char === '„');
  }

  /** The last marks that could close a quotation: a misoriented opener needs one after it. */
  private lastClosers(): { lastDoubleCloser: number; lastSingleCloser: number } {
    let lastDoubleCloser = -1;
    let lastSingleCloser = -1;
    for (let i = this.marks.length - 1; i >= 0 && (lastDoubleCloser < 0 || lastSingleCloser < 0); i--) {
      const m = this.marks[i];
      if (lastDoubleCloser < 0 && (m.char === '”' || m.char === '"' || m.char === '»')) lastDoubleCloser = i;
      if (lastSingleCloser < 0 && m.char === '’' && !isWordChar(this.charAt(m.offset + 1)) && !isSpace(this.charAt(m.offset - 1))) {
        lastSingleCloser = i;
      }
    }
    return { lastDoubleCloser, lastSingleCloser };
  }

  private hasOpen(family: MarkFamily): boolean {
    return this.openCount[family] > 0;
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
          this.close(mark);
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
          this.close(mark);
        }
        return;
      }
      case '"': {
        if (wordBefore && wordAfter) {
          // a"b: inside a word, only a closer when a quote is open.
          if (this.hasOpen('double')) this.close(mark);
        } else if (isDigit(prev) && !this.hasOpen('double')) {
          // 12" — inches: role stays `other`.
        } else if (openingPlace && !closingPlace) {
          this.open(i);
        } else if (closingPlace && !openingPlace) {
          // that"...] — glued to the word before, but nothing is open and text follows: it opens.
          if (!this.hasOpen('double') && !isSpace(next)) this.open(i);
          else this.close(mark);
        } else if (this.hasOpen('double')) {
          this.close(mark);
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
          this.close(mark);
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
          this.close(mark);
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
          this.close(mark);
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
    this.openCount[mark.family]++;
  }

  /** Takes the innermost open mark off the stack: its index. */
  private pop(): number {
    const i = this.stack[--this.depth];
    this.openCount[this.marks[i].family]--;
    return i;
  }

  private close(mark: Mark): void {
    // Nothing of its family open: no walk down the stack (thousands of ‘ left open, then as many ”, would
    // walk it once per ”).
    let at = this.hasOpen(mark.family) ? this.depth - 1 : -1;
    while (at >= 0 && this.marks[this.stack[at]].family !== mark.family) at--;
    if (at < 0) {
      // Nothing to close: a stray double mark, or a single one that is an apostrophe after all.
      if (mark.family === 'double') {
        mark.role = 'close';
        this.unbalanced.push({ mark, kind: 'never-opened', paragraph: 0 });
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
    else this.unbalanced.push({ mark, kind: 'never-closed', paragraph: 0 });
  }

  /** The innermost open mark's quotation, closed by `closer` (or running on, with null). */
  private recordInnermost(closer: Mark | null): Quotation {
    const opener = this.pop();
    const open = this.marks[opener];
    const quotation: Quotation = {
      index: this.quotations.length,
      open: open.offset,
      close: closer ? closer.offset : null,
      start: open.offset,
      end: closer ? closer.offset + 1 : this.prose.length,
      family: open.family,
      depth: this.depth,
      parent: null,
      paragraph: 0,
      // Only the paragraph's first mark can continue the quotation the previous paragraph left running (AP).
      continuesFrom: this.continued && opener === 0 ? RUNNING : null,
      continuesTo: null,
      openMark: open,
      closeMark: closer,
    };
    this.quotations.push(quotation);
    this.quotationOf[opener] = quotation.index + 1;
    // A parent closes after its children: resolved when the paragraph is done.
    if (this.depth > 0) {
      this.children.push(quotation);
      this.childParents.push(this.stack[this.depth - 1]);
    }
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

function startsWithDoubleOpener(prose: string, offset: number): boolean {
  const ch = prose[offset];
  return ch === '“' || ch === '"' || ch === '«' || ch === '„';
}
