// Organisations as speakers: the name an abbreviation stands for in this article ("Singapore Airlines
// (SIA)" → SIA; "General Motors" → GM by its initials), so "GM said" is credited to General Motors.
// One linear pass over the article's words, made only when an abbreviation speaks (no regular
// expression over the whole text: a long capitalised token must not cost quadratic time).

import { memo } from '../incremental';
import { isSpaceCode } from '../sentences';
import { firstStartingFrom } from '../spans';

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
 * them for each stretch of other words (they only break a run). Line by line, memoised: a keystroke
 * scans one line again, and lines after it are moved, not scanned.
 */
function scanWords(prose: string): Word[] {
  const words: Word[] = [];
  for (let start = 0; start < prose.length;) {
    let end = prose.indexOf('\n', start);
    if (end < 0) end = prose.length;
    if (end > start) {
      const from = start;
      const line = memo('organisation words', prose.slice(start, end), '', () => ({ origin: from, words: lineWords(prose, from, end), moved: null }));
      for (const word of wordsAt(line, start - line.origin)) words.push(word);
    }
    start = end + 1;
  }
  return words;
}

/** A line's words, offsets as in the prose it was scanned in at `origin`; the last move of them, kept. */
interface LineWords {
  origin: number;
  words: Word[];
  moved: { shift: number; words: Word[] } | null;
}

function wordsAt(line: LineWords, shift: number): Word[] {
  if (shift === 0) return line.words;
  if (line.moved?.shift === shift) return line.moved.words;
  const words = line.words.map((w) => ({ text: w.text, start: w.start + shift, end: w.end + shift }));
  line.moved = { shift, words };
  return words;
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

export class OrganisationNames {
  private table: { byAbbreviation: Map<string, string>; runs: string[]; named: Array<{ text: string; start: number }> } | null = null;

  constructor(private readonly prose: string) {}

  /** The organisation a speaker mention names: its long form when it is an abbreviation, else itself. */
  canonical(mention: string): string {
    const text = mention.replace(/^(?:the|The)\s+/, '').replace(/['’]s?$/, '');
    const abbreviation = text.replace(/\./g, '');
    if (/^[A-Z][A-Za-z&]{1,8}$/.test(abbreviation) && abbreviation.toUpperCase() === abbreviation) {
      const table = this.build();
      return table.byAbbreviation.get(abbreviation) ?? byLetters(table.runs, abbreviation) ?? text;
    }
    return text;
  }

  /**
   * "the union" → "Library Workers Union": the latest capitalised run before `offset` that ends in the
   * noun, capitalised, or opens with it ("the ministry" → "Ministry of Defence"). Null when none does.
   */
  namedBefore(noun: string, offset: number): string | null {
    const head = noun[0].toUpperCase() + noun.slice(1);
    const named = this.build().named;
    // Binary search to the runs before `offset`, then a bounded look back: no scan of the article per call.
    const lo = firstStartingFrom(named, offset);
    for (let i = lo - 1; i >= 0 && i >= lo - 200; i--) {
      const run = this.runWords(i);
      if (run.many && (run.last === head || run.first === head)) return run.text;
    }
    return null;
  }

  /** A named run without its "The", and its first and last words: computed once per run, not per look back. */
  private readonly words: Array<{ text: string; first: string; last: string; many: boolean }> = [];
  private runWords(i: number): { text: string; first: string; last: string; many: boolean } {
    let run = this.words[i];
    if (!run) {
      const text = this.build().named[i].text.replace(/^The\s+/, '');
      const words = text.split(/\s+/);
      run = { text, first: words[0], last: words[words.length - 1], many: words.length >= 2 };
      this.words[i] = run;
    }
    return run;
  }

  private build(): { byAbbreviation: Map<string, string>; runs: string[]; named: Array<{ text: string; start: number }> } {
    if (this.table) return this.table;
    const prose = this.prose;
    const words = scanWords(prose);
    const byAbbreviation = new Map<string, string>();
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
      const abbreviation = next.text.replace(/\./g, '');
      if (!byAbbreviation.has(abbreviation)) byAbbreviation.set(abbreviation, prose.slice(words[first].start, words[w].end));
    }
    // Initials of capitalised runs ("General Motors" → GM): the first run that spells an abbreviation names it.
    const runs: string[] = [];
    const named: Array<{ text: string; start: number }> = [];
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
        const text = prose.slice(words[w].start, end);
        if (runs.length < 200) runs.push(text);
        named.push({ text, start: words[w].start });
        if (!byAbbreviation.has(initials)) byAbbreviation.set(initials, text);
        w = last + 1;
      } else {
        w++;
      }
    }
    this.table = { byAbbreviation, runs, named };
    return this.table;
  }
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
