// The quotation scanner: every quotation mark of the article, what it does (opens, closes, or is an
// apostrophe), and the quotations they delimit — nested quotes, AP running quotes across paragraphs,
// and the marks that face the wrong way or never close. The quote.* rules and the attribution engine
// both read this one scan.

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
const ELISIONS = /^(?:til|tis|twas|em|cause|n|bout|nuff|round|s)\b/i;

const isWordChar = (ch: string) => ch !== '' && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string) => ch === '' || /\s/.test(ch);
/** What may stand before an opening mark besides space: brackets, dashes, a slash, another opener. */
const isOpeningContext = (ch: string) => isSpace(ch) || /[([{\u2014\u2013\-/“‘«„‚‹"']/.test(ch);
/** What may follow a closing mark besides space. */
const isClosingContext = (ch: string) => isSpace(ch) || /[.,;:!?)\]}\u2014\u2013\-…”’»›"'/]/.test(ch);

interface Open {
  mark: Mark;
  /** Straight single quotes that open are only guesses: unclosed, they become apostrophes. */
  tentative: boolean;
  /** The quotation this one continues from the previous paragraph, if any. */
  continuesFrom: number | null;
}

export function scanQuotes(article: Article): QuoteScan {
  const marks: Mark[] = [];
  const quotations: Quotation[] = [];
  const unbalanced: UnbalancedMark[] = [];
  // Quotations left open at the end of the previous paragraph, waiting for a running-quote opener.
  let runningOn: Quotation[] = [];

  for (const paragraph of article.paragraphs) {
    const paragraphMarks = collectMarks(article.prose, paragraph);
    for (const mark of paragraphMarks) marks.push(mark);
    runningOn = scanParagraph(article, paragraph, paragraphMarks, runningOn, quotations, unbalanced);
  }
  for (const left of runningOn) {
    unbalanced.push({ mark: left.openMark, kind: 'never-closed', paragraph: left.paragraph });
  }
  unbalanced.sort((a, b) => a.mark.offset - b.mark.offset);
  return { marks, quotations, unbalanced };
}

function collectMarks(prose: string, paragraph: Paragraph): Mark[] {
  const found: Mark[] = [];
  const text = prose.slice(paragraph.start, paragraph.end);
  MARK_PATTERN.lastIndex = 0;
  for (let match = MARK_PATTERN.exec(text); match; match = MARK_PATTERN.exec(text)) {
    const char = match[0];
    const info = MARKS[char];
    found.push({ offset: paragraph.start + match.index, char, family: info.family, style: info.style, role: 'other' });
  }
  return found;
}

/**
 * Decides each mark's role from its neighbours and the open quotations, pairs openers with closers,
 * and returns the quotations still open at the paragraph's end when the next paragraph continues them.
 */
function scanParagraph(article: Article, paragraph: Paragraph, marks: Mark[], runningOn: Quotation[],
  quotations: Quotation[], unbalanced: UnbalancedMark[]): Quotation[] {
  const prose = article.prose;
  const charAt = (offset: number) => (offset >= paragraph.start && offset < paragraph.end ? prose[offset] : '');
  const stack: Open[] = [];
  const recorded = new Map<Open, number>();
  const children: Array<{ quotation: Quotation; parentOpen: Open }> = [];
  const hasOpen = (family: MarkFamily) => stack.some((entry) => entry.mark.family === family);

  // The last marks that could close a quotation: a misoriented opener needs one after it.
  let lastDoubleCloser = -1;
  let lastSingleCloser = -1;
  for (let i = marks.length - 1; i >= 0 && (lastDoubleCloser < 0 || lastSingleCloser < 0); i--) {
    const m = marks[i];
    if (lastDoubleCloser < 0 && (m.char === '”' || m.char === '"' || m.char === '»')) lastDoubleCloser = i;
    if (lastSingleCloser < 0 && m.char === '’' && !isWordChar(charAt(m.offset + 1)) && !isSpace(charAt(m.offset - 1))) {
      lastSingleCloser = i;
    }
  }

  // An AP running quote: the previous paragraph ended inside a quotation and this one opens with a mark.
  let continued: Quotation | null = null;
  if (runningOn.length > 0) {
    const first = marks[0];
    const startsWithOpener = first && first.offset === paragraph.start && first.family === 'double' &&
      (first.char === '“' || first.char === '"' || first.char === '«' || first.char === '„');
    if (startsWithOpener) {
      continued = runningOn[0];
    } else {
      for (const left of runningOn) unbalanced.push({ mark: left.openMark, kind: 'never-closed', paragraph: left.paragraph });
    }
    // Inner quotes do not run on across paragraphs: report them.
    for (const inner of runningOn.slice(1)) {
      if (startsWithOpener) unbalanced.push({ mark: inner.openMark, kind: 'never-closed', paragraph: inner.paragraph });
    }
  }

  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i];
    const prev = charAt(mark.offset - 1);
    const next = charAt(mark.offset + 1);
    const afterNext = charAt(mark.offset + 2);
    const wordBefore = isWordChar(prev);
    const wordAfter = isWordChar(next);
    const openingPlace = isOpeningContext(prev) && !isSpace(next);
    const closingPlace = !isSpace(prev) && !isOpeningContext(prev) && isClosingContext(next);
    const top = stack[stack.length - 1];

    const open = (tentative = false) => {
      mark.role = 'open';
      const continuesFrom = i === 0 && continued ? continued.index : null;
      stack.push({ mark, tentative, continuesFrom });
    };
    const close = () => {
      const at = findOpen(stack, mark.family);
      if (at < 0) {
        mark.role = 'close';
        if (mark.family === 'double') unbalanced.push({ mark, kind: 'never-opened', paragraph: paragraph.index });
        else mark.role = 'apostrophe';
        return;
      }
      // Quotes opened inside this one and never closed.
      for (const inner of stack.splice(at + 1)) abandonAtEnd(inner, paragraph, unbalanced);
      const opener = stack.pop()!;
      mark.role = 'close';
      record(opener, mark);
    };
    const record = (opener: Open, closer: Mark | null) => {
      const quotation: Quotation = {
        index: quotations.length,
        open: opener.mark.offset,
        close: closer ? closer.offset : null,
        start: opener.mark.offset,
        end: closer ? closer.offset + 1 : paragraph.end,
        family: opener.mark.family,
        depth: stack.length,
        parent: null,
        paragraph: paragraph.index,
        continuesFrom: opener.continuesFrom,
        continuesTo: null,
        openMark: opener.mark,
        closeMark: closer,
      };
      if (opener.continuesFrom !== null) quotations[opener.continuesFrom].continuesTo = quotation.index;
      quotations.push(quotation);
      recorded.set(opener, quotation.index);
      // A parent closes after its children: resolve it once the paragraph is done.
      if (stack.length > 0) children.push({ quotation, parentOpen: stack[stack.length - 1] });
    };

    switch (mark.char) {
      case '“':
      case '„':
      case '«': {
        // “ where a quotation closes: after a word or punctuation, before space or punctuation.
        const closesHere = mark.char === '“' && closingPlace && hasOpen('double');
        if (closesHere) {
          if (top?.mark.char === '„') { close(); break; } // „…“ is the German pair: not an error.
          mark.correct = '”';
          close();
        } else {
          open();
        }
        break;
      }
      case '”':
      case '»': {
        // ” where a quotation opens: after a space or bracket, before a word (or a stray space and a word),
        // with nothing open and a closing mark later on.
        const strayBeforeWord = next === ' ' && isWordChar(afterNext);
        const opensHere = mark.char === '”' && isOpeningContext(prev) && (wordAfter || strayBeforeWord) &&
          !hasOpen('double') && i < lastDoubleCloser;
        if (opensHere) {
          mark.correct = '“';
          mark.fixEnd = strayBeforeWord ? mark.offset + 2 : mark.offset + 1;
          open();
        } else {
          close();
        }
        break;
      }
      case '"': {
        if (wordBefore && wordAfter) {
          // a"b: inside a word, only a closer when a quote is open.
          if (hasOpen('double')) close();
          else mark.role = 'other';
        } else if (/\d/.test(prev) && !hasOpen('double')) {
          mark.role = 'other'; // 12" — inches
        } else if (openingPlace && !closingPlace) {
          open();
        } else if (closingPlace && !openingPlace) {
          // that"...] — glued to the word before, but nothing is open and text follows: it opens.
          if (!hasOpen('double') && !isSpace(next)) open();
          else close();
        } else if (hasOpen('double')) {
          close();
        } else {
          open();
        }
        break;
      }
      case '‘':
      case '‚':
      case '‹': {
        if (mark.char === '‘' && /\d/.test(next) && (isSpace(prev) || isOpeningContext(prev))) {
          // ‘90s: an apostrophe facing the wrong way.
          mark.role = 'apostrophe';
          mark.correct = '’';
        } else if (mark.char === '‘' && isOpeningContext(prev) && ELISIONS.test(prose.slice(mark.offset + 1, mark.offset + 8))) {
          mark.role = 'apostrophe';
          mark.correct = '’';
        } else if (mark.char === '‘' && closingPlace && hasOpen('single')) {
          mark.correct = '’';
          close();
        } else if (wordBefore && wordAfter) {
          mark.role = 'other';
        } else {
          open();
        }
        break;
      }
      case '’':
      case '›': {
        if (wordBefore && wordAfter) {
          mark.role = 'apostrophe'; // don’t, Ukraine’s, Qa’ida
        } else if (mark.char === '’' && isOpeningContext(prev) && (/\d/.test(next) ||
          ELISIONS.test(prose.slice(mark.offset + 1, mark.offset + 8)))) {
          mark.role = 'apostrophe'; // ’90s, ’til
        } else if (mark.char === '’' && isOpeningContext(prev) && wordAfter && !hasOpen('single') &&
          i < lastSingleCloser) {
          mark.correct = '‘';
          mark.fixEnd = mark.offset + 1;
          open();
        } else if (hasOpen('single') && !isOpeningContext(prev)) {
          close();
        } else {
          mark.role = wordBefore ? 'apostrophe' : 'other'; // the boys’ team
        }
        break;
      }
      case "'": {
        if (wordBefore && wordAfter) {
          mark.role = 'apostrophe';
        } else if (isOpeningContext(prev) && (/\d/.test(next) || ELISIONS.test(prose.slice(mark.offset + 1, mark.offset + 8)))) {
          mark.role = 'apostrophe';
        } else if (openingPlace && wordAfter) {
          open(true);
        } else if (hasOpen('single') && !isOpeningContext(prev)) {
          close();
        } else {
          mark.role = wordBefore ? 'apostrophe' : 'other';
        }
        break;
      }
    }
  }

  // The paragraph ends: what is still open either runs on (AP) or was never closed.
  const next = article.paragraphs[paragraph.index + 1];
  const leftOpen: Quotation[] = [];
  const bottom = stack[0];
  const runsOn = bottom && bottom.mark.family === 'double' && next && !paragraph.headline &&
    startsWithDoubleOpener(article.prose, next.start);
  if (runsOn) {
    // The outer quotation continues; an inner quote left open is an error all the same.
    for (const inner of stack.slice(1)) abandonAtEnd(inner, paragraph, unbalanced);
    const outer = stack[0];
    const quotation: Quotation = {
      index: quotations.length,
      open: outer.mark.offset,
      close: null,
      start: outer.mark.offset,
      end: paragraph.end,
      family: 'double',
      depth: 0,
      parent: null,
      paragraph: paragraph.index,
      continuesFrom: outer.continuesFrom,
      continuesTo: null,
      openMark: outer.mark,
      closeMark: null,
    };
    if (outer.continuesFrom !== null) quotations[outer.continuesFrom].continuesTo = quotation.index;
    quotations.push(quotation);
    recorded.set(outer, quotation.index);
    leftOpen.push(quotation);
  } else {
    for (const entry of stack) abandonAtEnd(entry, paragraph, unbalanced);
  }
  for (const { quotation, parentOpen } of children) quotation.parent = recorded.get(parentOpen) ?? null;
  return leftOpen;
}

/** A quotation never closed: a tentative straight single was an apostrophe after all. */
function abandonAtEnd(entry: Open, paragraph: Paragraph, unbalanced: UnbalancedMark[]): void {
  if (entry.tentative) entry.mark.role = 'apostrophe';
  else unbalanced.push({ mark: entry.mark, kind: 'never-closed', paragraph: paragraph.index });
}

function findOpen(stack: Open[], family: MarkFamily): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].mark.family === family) return i;
  return -1;
}

function startsWithDoubleOpener(prose: string, offset: number): boolean {
  const ch = prose[offset];
  return ch === '“' || ch === '"' || ch === '«' || ch === '„';
}
