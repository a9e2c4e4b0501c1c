// Organisations as speakers: the name an abbreviation stands for in this article ("Singapore Airlines
// (SIA)" → SIA; "General Motors" → GM by its initials), so "GM said" is credited to General Motors.
// One linear pass over the article's words, made only when an abbreviation speaks (no regular
// expression over the whole text: a long capitalised token must not cost quadratic time).

import { carried, carry, incremental, memo } from '../incremental';
import { isSpaceCode } from '../sentences';
import { lowerBound } from '../spans';

const SMALL = new Set(['of', 'the', 'and', 'for', '&']);
const ABBREVIATION = /^[A-Z][A-Za-z&.]{1,9}$/;
/** Words of a long form: at most 8 before "(ABBR)"; runs of at most 6 capitalised words. */
const DEFINITION_WORDS = 8;
const RUN_CAPITALS = 6;

interface Word {
  /** The word, or '' for words the table never reads. */
  text: string;
  start: number;
  end: number;
}

// A constant: the bundler turns a \p{…} literal into `new RegExp` at each evaluation.
const LETTER = /\p{L}/u;
/** Letters, digits and the marks inside names: ' ’ & . - _ */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
    code === 39 || code === 0x2019 || code === 38 || code === 46 || code === 45 || code === 95 ||
    (code > 127 && LETTER.test(String.fromCharCode(code)));
}

/**
 * The words the table reads: capitalised ones and the joiners (of, the, and, for, &), with one '' between
 * them for each stretch of other words (they only break a run). Line by line, memoised with what the
 * line yields: a keystroke scans one line again, and the table joins the lines' results.
 */
interface Line {
  /** Where the line stood in the prose it was scanned in: its offsets count from there. */
  origin: number;
  /** Its words as columns (the memo keeps every line of the document): each one's text, start and end at [2i] and [2i + 1]. */
  texts: string[];
  bounds: Int32Array;
  /** Only white space: runs and definitions reach across it. */
  blank: boolean;
  /** It may join the line before: its first word is read, with only white space (or "(") before it. */
  opens: boolean;
  /** It may join the line after: its last word is read, with only white space after it. */
  closes: boolean;
  /** A run may go on into the next line: its last word has no point ("Smith." ends any run). */
  runsOn: boolean;
  /** The index of its first bracketed word, "(MoD)" (-1 when none): a definition's long form may start lines before it. */
  bracketed: number;
  /** What the line yields on its own (unread when it joins a neighbour: the lines are read together then). */
  table: Table;
}

/** Definitions and capitalised runs, in order; offsets as in the words they were read from. */
interface Table {
  /** "Ministry of Foreign Affairs (MoFA)": the abbreviation and its long form. */
  definitions: Array<{ abbreviation: string; name: string }>;
  runs: Run[];
}

/** A run of two or more capitalised words ("General Motors"), with its initials. */
interface Run {
  text: string;
  start: number;
  initials: string;
  /** Without its "The", and its first and last words: worked out when first read (namedBefore). */
  words?: { text: string; first: string; last: string; many: boolean };
}

function scanLine(prose: string, from: number, to: number): Line {
  const words = lineWords(prose, from, to);
  let blank = words.length === 0;
  for (let i = from; i < to && blank; i++) blank = isSpaceCode(prose.charCodeAt(i));
  const first = words[0];
  const last = words[words.length - 1];
  let opens = first !== undefined && first.text !== '';
  for (let i = from; opens && i < (first?.start ?? from); i++) opens = isSpaceCode(prose.charCodeAt(i)) || prose[i] === '(';
  const closes = last !== undefined && last.text !== '' && (last.end === to || spaceBetween(prose, last.end, to));
  const runsOn = closes && !last.text.includes('.');
  const bracketed = words.findIndex((w) => prose[w.start - 1] === '(' && prose[w.end] === ')');
  const bounds = new Int32Array(2 * words.length);
  words.forEach((w, i) => {
    bounds[2 * i] = w.start;
    bounds[2 * i + 1] = w.end;
  });
  return { origin: from, texts: words.map((w) => w.text), bounds, blank, opens, closes, runsOn, bracketed, table: tableOf(prose, words) };
}

function lineWords(prose: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    if (!isWordChar(prose.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < to && isWordChar(prose.charCodeAt(i))) i++;
    const first = prose.charCodeAt(start);
    const text = (first >= 65 && first <= 90) || i - start <= 3 ? prose.slice(start, i) : '';
    if (capitalized(text) || SMALL.has(text)) words.push({ text, start, end: i });
    else if (words.length === 0 || words[words.length - 1].text !== '') words.push({ text: '', start, end: i });
  }
  return words;
}

const capitalized = (word: string) => { const c = word.charCodeAt(0); return c >= 65 && c <= 90; };

/** Only white space between two words. */
function spaceBetween(prose: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(prose.charCodeAt(i))) return false;
  return true;
}

/** The definitions and runs of consecutive words (offsets in `prose`). */
function tableOf(prose: string, words: readonly Word[]): Table {
  const definitions: Table['definitions'] = [];
  // "Ministry of Foreign Affairs (MoFA)": the capitalised words right before a bracketed abbreviation.
  for (let w = 0; w + 1 < words.length; w++) {
    const next = words[w + 1];
    if (prose[next.end] !== ')' || prose[next.start - 1] !== '(' || !capitalized(words[w].text) || !ABBREVIATION.test(next.text) ||
      !spaceBetween(prose, words[w].end, next.start - 1)) continue;
    let first = w;
    while (first > 0 && w - first + 1 < DEFINITION_WORDS && spaceBetween(prose, words[first - 1].end, words[first].start) &&
      (capitalized(words[first - 1].text) || SMALL.has(words[first - 1].text))) first--;
    while (first < w && !capitalized(words[first].text)) first++;
    if (first === w || !capitalized(words[first].text)) continue;
    definitions.push({ abbreviation: next.text.replace(/\./g, ''), name: prose.slice(words[first].start, words[w].end) });
  }
  // Initials of capitalised runs ("General Motors" → GM).
  const runs: Run[] = [];
  let w = 0;
  while (w < words.length) {
    if (!capitalized(words[w].text)) { w++; continue; }
    let initials = words[w].text[0];
    let capitals = 1;
    let last = w;
    while (capitals < RUN_CAPITALS && !words[last].text.includes('.')) {
      const next = words[last + 1];
      if (next && capitalized(next.text) && spaceBetween(prose, words[last].end, next.start)) {
        initials += next.text[0];
        last++;
        capitals++;
        continue;
      }
      const after = words[last + 2];
      if (next && after && SMALL.has(next.text) && capitalized(after.text) && spaceBetween(prose, words[last].end, next.start) &&
        spaceBetween(prose, next.end, after.start)) {
        initials += after.text[0];
        last += 2;
        capitals++;
        continue;
      }
      break;
    }
    if (capitals >= 2) {
      let end = words[last].end;
      while (end > words[w].start && prose[end - 1] === '.') end--;
      runs.push({ text: prose.slice(words[w].start, end), start: words[w].start, initials });
      w = last + 1;
    } else {
      w++;
    }
  }
  return { definitions, runs };
}

/** Lines read together (one, or several that a run or a definition may cross), and how far they moved. */
interface Segment {
  /** Where its first line starts now. */
  start: number;
  table: Table;
  /** Add to the table's offsets for the prose now. */
  shift: number;
}

const segmentStart = (segment: Segment) => segment.start;
const runStart = (segment: Segment) => (run: Run) => run.start + segment.shift;

export class OrganisationNames {
  private segments: Segment[] | null = null;
  /** Long forms by abbreviation (definitions first), and the first 200 runs: made when an abbreviation first speaks. */
  private byAbbreviation: Map<string, string> | null = null;
  private runs: string[] = [];

  constructor(private readonly prose: string) {}

  /** The organisation a speaker mention names: its long form when it is an abbreviation, else itself. */
  canonical(mention: string): string {
    const text = mention.replace(/^(?:the|The)\s+/, '').replace(/['’]s?$/, '');
    const abbreviation = text.replace(/\./g, '');
    if (/^[A-Z][A-Za-z&]{1,8}$/.test(abbreviation) && abbreviation.toUpperCase() === abbreviation) {
      return this.longForm(abbreviation) ?? text;
    }
    return text;
  }

  /**
   * The article's first definition of the abbreviation, else its first run with those initials, else
   * the first of its first 200 runs that spells it (see byLetters).
   */
  private longForm(abbreviation: string): string | undefined {
    if (!this.byAbbreviation) {
      const byAbbreviation = new Map<string, string>();
      const segments = this.build();
      for (const { table } of segments) {
        for (const { abbreviation, name } of table.definitions) if (!byAbbreviation.has(abbreviation)) byAbbreviation.set(abbreviation, name);
      }
      const runs: string[] = [];
      for (const { table } of segments) {
        for (const run of table.runs) {
          if (runs.length < 200) runs.push(run.text);
          if (!byAbbreviation.has(run.initials)) byAbbreviation.set(run.initials, run.text);
        }
      }
      this.byAbbreviation = byAbbreviation;
      this.runs = runs;
    }
    return this.byAbbreviation.get(abbreviation) ?? byLetters(this.runs, abbreviation);
  }

  /**
   * "the union" → "Library Workers Union": the latest capitalised run before `offset` that ends in the
   * noun, capitalised, or opens with it ("the ministry" → "Ministry of Defence"). Null when none does.
   */
  namedBefore(noun: string, offset: number): string | null {
    const head = noun[0].toUpperCase() + noun.slice(1);
    const segments = this.build();
    // Binary searches to the runs before `offset`, then a bounded look back (200 runs): no scan of the article per call.
    let looked = 0;
    for (let s = lowerBound(segments, offset, segmentStart) - 1; s >= 0 && looked < 200; s--) {
      const runs = segments[s].table.runs;
      for (let i = lowerBound(runs, offset, runStart(segments[s])) - 1; i >= 0 && looked < 200; i--, looked++) {
        const run = runWords(runs[i]);
        if (run.many && (run.last === head || run.first === head)) return run.text;
      }
    }
    return null;
  }

  /** The lines' tables, joined where a run or a definition may cross from one line to the next. */
  private build(): Segment[] {
    if (this.segments) return this.segments;
    const prose = this.prose;
    const segments: Segment[] = [];
    const lines: Array<{ line: Line; start: number }> = [];
    const last = new PreviousLines(carried<ScannedLines>('organisation lines'), prose);
    // Handed on only across the versions of an incremental analysis.
    const scanned: ScannedLines | null = incremental() ? { prose, lines: [] } : null;
    for (let start = 0; start < prose.length;) {
      let end = prose.indexOf('\n', start);
      if (end < 0) end = prose.length;
      if (end > start) {
        const from = start;
        // A line the last version had at the same place (or as far from the end) is taken back without a lookup.
        const line = last.same(start, end) ?? memo('organisation words', prose.slice(start, end), '', () => scanLine(prose, from, end));
        scanned?.lines.push({ start, end, line });
        if (!line.blank) lines.push({ line, start });
      }
      start = end + 1;
    }
    if (scanned) carry('organisation lines', scanned);
    // Lines that join, with where each stands now; a run of one line takes that line's own table.
    let joined: Array<{ line: Line; start: number }> = [];
    const close = () => {
      if (joined.length === 1) {
        const { line, start } = joined[0];
        segments.push({ start, table: line.table, shift: start - line.origin });
      } else if (joined.length > 1) {
        const words: Word[] = [];
        for (const { line, start } of joined) {
          const shift = start - line.origin;
          const { texts, bounds } = line;
          for (let i = 0; i < texts.length; i++) words.push({ text: texts[i], start: bounds[2 * i] + shift, end: bounds[2 * i + 1] + shift });
        }
        segments.push({ start: joined[0].start, table: tableOf(prose, words), shift: 0 });
      }
      joined = [];
    };
    lines.forEach((next, i) => {
      const before = joined[joined.length - 1]?.line;
      if (!(before?.closes && next.line.opens && (before.runsOn || definitionAhead(lines, i)))) close();
      joined.push(next);
    });
    close();
    return (this.segments = segments);
  }
}

/** The lines of the last analysis's prose, handed on to the next (core/incremental.ts). */
interface ScannedLines {
  prose: string;
  lines: Array<{ start: number; end: number; line: Line }>;
}

/**
 * The last version's lines, asked in document order for the one with the same text as a line now: at the
 * same place (before an edit) or as far from the end (after it).
 */
class PreviousLines {
  private atStart = 0;
  private atEnd = 0;
  private readonly shift: number;

  constructor(private readonly before: ScannedLines | undefined, private readonly prose: string) {
    this.shift = before ? prose.length - before.prose.length : 0;
  }

  same(start: number, end: number): Line | null {
    const lines = this.before?.lines;
    if (!lines) return null;
    while (this.atStart < lines.length && lines[this.atStart].start < start) this.atStart++;
    const here = lines[this.atStart];
    if (here && here.start === start && this.sameText(here, start, end)) return here.line;
    if (this.shift === 0) return null;
    while (this.atEnd < lines.length && lines[this.atEnd].start < start - this.shift) this.atEnd++;
    const there = lines[this.atEnd];
    return there && there.start === start - this.shift && this.sameText(there, start, end) ? there.line : null;
  }

  private sameText(previous: ScannedLines['lines'][number], start: number, end: number): boolean {
    return previous.end - previous.start === end - start &&
      this.prose.slice(start, end) === this.before!.prose.slice(previous.start, previous.end);
  }
}

/**
 * Whether a bracketed word stands among the first words from line `i` on: a definition whose long form
 * may reach back across the start of that line (it is at most DEFINITION_WORDS words long).
 */
function definitionAhead(lines: ReadonlyArray<{ line: Line }>, i: number): boolean {
  let words = 0;
  for (let k = i; k < lines.length && words <= DEFINITION_WORDS; k++) {
    const { bracketed, texts: here } = lines[k].line;
    if (bracketed >= 0 && words + bracketed <= DEFINITION_WORDS) return true;
    if (here.length === 0) return false;
    words += here.length;
  }
  return false;
}

/** A named run without its "The", and its first and last words: computed once per run, not per look back. */
function runWords(run: Run): NonNullable<Run['words']> {
  if (!run.words) {
    const text = run.text.replace(/^The\s+/, '');
    const words = text.split(/\s+/);
    run.words = { text, first: words[0], last: words[words.length - 1], many: words.length >= 2 };
  }
  return run.words;
}

/**
 * "SIA" for "Singapore Airlines": every word gives its initial, in order, and the other letters come
 * from inside the words. Only for runs of two or more words, and only when no run spells it by initials.
 */
function byLetters(runs: readonly string[], abbreviation: string): string | undefined {
  for (const run of runs) {
    const words = run.split(/\s+/).filter((w) => !SMALL.has(w));
    if (words.length >= 2 && words.length < abbreviation.length && spells(abbreviation, words)) return run;
  }
  return undefined;
}

/** Whether the letters spell the words' initials in order, with extra letters taken from inside a word. */
function spells(letters: string, words: string[]): boolean {
  let w = 0;
  let inside = -1; // position inside words[w - 1] after its initial, or -1
  for (const letter of letters) {
    if (w < words.length && words[w][0] === letter) {
      w++;
      inside = 1;
      continue;
    }
    if (w === 0 || inside < 0) return false;
    const found = words[w - 1].toUpperCase().indexOf(letter, inside);
    if (found < 0) return false;
    inside = found + 1;
  }
  return w === words.length;
}
