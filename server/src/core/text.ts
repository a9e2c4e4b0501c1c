// The article: what of the document is prose, split into paragraphs and sentences.
//
// `prose` has exactly the length of `text`: everything that is not prose (front matter, code, HTML,
// link targets, Markdown markers) is blanked to spaces, line breaks kept. So every offset the engines
// compute on `prose` is already an offset into the original document: no offset map to get wrong.

import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { carried, carry, detached, incremental, memo } from './incremental';
import { isSpaceCode, splitSentences } from './sentences';

export type Format = 'markdown' | 'plaintext' | 'news';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
  /** A heading, or a short line without closing punctuation: headline style applies. */
  headline: boolean;
  sentences: Span[];
  /**
   * `prose.slice(start, end)`, the key of the engines' paragraph memos (core/incremental.ts). In an
   * incremental analysis an unchanged paragraph has the very string the last analysis had, so a
   * lookup by it is an identity check, not a fresh hash and a character-by-character comparison.
   */
  readonly text: string;
}

/**
 * A paragraph of `parseArticle`. Its text is a getter over a private field, not an own property: it is
 * the memo key, not data of the analysis, so JSON (the CLI's, the fingerprint's) does not carry it.
 */
class ArticleParagraph implements Paragraph {
  readonly #text: string;
  constructor(public start: number, public end: number, public index: number, public headline: boolean, public sentences: Span[], text: string) {
    this.#text = text;
  }

  get text(): string {
    return this.#text;
  }
}

export interface FrontMatter extends Span {
  /** The parsed YAML mapping, or null when it is not a mapping or does not parse. */
  data: Record<string, unknown> | null;
  error: string | null;
}

export interface Article {
  text: string;
  format: Format;
  prose: string;
  frontMatter: FrontMatter | null;
  paragraphs: Paragraph[];
  /** HTML comments in Markdown (kept for in-document directives). */
  comments: Span[];
}

export function formatFromPath(path: string): Format {
  const lower = path.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.news')) return 'news';
  return 'plaintext';
}

export function formatFromLanguageId(languageId: string): Format {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'news') return 'news';
  return 'plaintext';
}

export function parseArticle(text: string, format: Format): Article {
  const frontMatter = readFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.end : 0;
  const blocks = format === 'markdown' ? markdownBlocks(text, bodyStart) : lineBlocks(text, bodyStart);
  const prose = buildProse(text, blocks.kept, blocks.blanked);
  const paragraphs: Paragraph[] = [];
  const before = carried<LaidOut>('article');
  // Handed on only across the versions of an incremental analysis.
  const laid: LaidOut | null = incremental() ? { length: prose.length, blocks: [] } : null;
  const last = new PreviousBlocks(before, prose);
  for (const block of blocks.kept) {
    // Where the last version had this block's very prose (every block but the edited one, after a
    // keystroke), its layout and paragraph serve again: no slice of the block, no lookup by its text.
    const previous = last.same(block);
    let layout: Layout | null;
    if (previous) {
      layout = previous.layout;
    } else {
      // The paragraph's layout depends on its prose alone: the last analysis's, when it had the same.
      const blockText = prose.slice(block.start, block.end);
      layout = memo('paragraph', blockText, block.heading ? 'h' : '', () => layOut(blockText, block.heading));
    }
    let paragraph: Paragraph | null = null;
    if (layout) {
      const base = block.start;
      paragraph = previous?.paragraph && previous.paragraph.start === layout.start + base && previous.paragraph.index === paragraphs.length
        ? previous.paragraph
        : new ArticleParagraph(layout.start + base, layout.end + base, paragraphs.length, layout.headline,
          layout.sentences.map((s) => ({ start: s.start + base, end: s.end + base })), layout.text);
      paragraphs.push(paragraph);
    }
    laid?.blocks.push({ start: block.start, end: block.end, heading: block.heading, layout, paragraph });
  }
  if (laid) carry('article', laid);
  return { text, format, prose, frontMatter, paragraphs, comments: blocks.comments };
}

/** The article's blocks as the last analysis laid them out: handed on to the next (core/incremental.ts). */
interface LaidOut {
  /** The length of that version's prose. */
  length: number;
  blocks: Array<Block & { layout: Layout | null; paragraph: Paragraph | null }>;
}

/**
 * The last version's blocks, asked in document order whether one had the same prose as a block now: the
 * one at the same place (before an edit), or the one as far from the end (after it).
 */
class PreviousBlocks {
  private atStart = 0;
  private atEnd = 0;
  private readonly shift: number;

  constructor(private readonly before: LaidOut | undefined, private readonly prose: string) {
    this.shift = before ? prose.length - before.length : 0;
  }

  same(block: Block): LaidOut['blocks'][number] | null {
    const blocks = this.before?.blocks;
    if (!blocks) return null;
    while (this.atStart < blocks.length && blocks[this.atStart].start < block.start) this.atStart++;
    const here = blocks[this.atStart];
    if (here && here.start === block.start && this.sameProse(here, block)) return here;
    if (this.shift === 0) return null;
    const start = block.start - this.shift;
    while (this.atEnd < blocks.length && blocks[this.atEnd].start < start) this.atEnd++;
    const there = blocks[this.atEnd];
    return there && there.start === start && this.sameProse(there, block) ? there : null;
  }

  /**
   * Whether `block` has the prose `previous` had: the same length and kind, its paragraph's text where that
   * stood, white space around it. Then layOut would give the same layout: it reads the trimmed text alone.
   */
  private sameProse(previous: LaidOut['blocks'][number], block: Block): boolean {
    const layout = previous.layout;
    if (!layout || previous.end - previous.start !== block.end - block.start || previous.heading !== block.heading) return false;
    const prose = this.prose;
    // A slice compared: startsWith measured several times slower on the edited (two-byte) document.
    const at = block.start + layout.start;
    return prose.slice(at, at + layout.text.length) === layout.text &&
      isBlank(prose, block.start, block.start + layout.start) && isBlank(prose, block.start + layout.end, block.end);
  }
}

interface Layout extends Span {
  headline: boolean;
  sentences: Span[];
  /** The paragraph's text: kept with the layout, so the next analysis gets this same string for it. */
  text: string;
}

/** A block's paragraph, offsets from the block's start: trimmed, headline or not, its sentences. Null when blank. */
function layOut(blockText: string, heading: boolean): Layout | null {
  const span = trimSpan(blockText, 0, blockText.length);
  if (span.end <= span.start) return null;
  const text = blockText.slice(span.start, span.end);
  // Fields written out, not spread from `span`: a spread goes through the runtime, once per paragraph.
  return {
    start: span.start,
    end: span.end,
    headline: heading || looksLikeHeadline(blockText, span),
    sentences: splitSentences(blockText, span),
    // Kept across versions: a copy, not a slice that would keep this version's whole prose alive.
    text: incremental() ? detached(text) : text,
  };
}

// ---------------------------------------------------------------------------------------------
// Front matter: a leading `---` line, YAML, closed by `---` or `...`.

const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

function readFrontMatter(text: string): FrontMatter | null {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length);
  const close = FRONT_MATTER_CLOSE.exec(rest);
  if (!close) return null;
  const yamlText = rest.slice(0, close.index);
  let end = open[0].length + close.index + close[0].length;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  let data: Record<string, unknown> | null = null;
  let error: string | null = null;
  try {
    // Dates stay strings: `date: 2024-09-26` is a calendar day, not an instant in some time zone.
    const parsed: unknown = parseYaml(yamlText, { schema: 'core', maxAliasCount: 50 });
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch (e) {
    error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
  return { start: 0, end, data, error };
}

// ---------------------------------------------------------------------------------------------
// Blocks: the spans of the text that hold prose, and the spans inside them that do not.

interface Block extends Span {
  heading: boolean;
}

export interface Blocks {
  kept: Block[];
  blanked: Span[];
  comments: Span[];
}

/** Plain text and `.news`: every non-empty line is a paragraph, as wire copy has it. */
function lineBlocks(text: string, bodyStart: number): Blocks {
  const kept: Block[] = [];
  // Lines end at \r\n, \r or \n: found with indexOf (a document without \r looks for one once).
  let cr = text.indexOf('\r', bodyStart);
  for (let start = bodyStart; ;) {
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (cr >= 0 && cr < end) end = cr;
    if (!isBlank(text, start, end)) kept.push({ start, end, heading: false });
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return { kept, blanked: [], comments: [] };
}

const markdown = new MarkdownIt('default', { html: true });

/**
 * Markdown: paragraphs and headings as CommonMark (GFM tables included) has them. The document is
 * parsed section by section (markdownSections), each section's blocks memoised by its text, so a
 * keystroke re-parses one section, not the whole document.
 */
export function markdownBlocks(text: string, bodyStart: number): Blocks {
  // Blank the front matter so markdown-it's line numbers are the document's.
  const source = bodyStart > 0 ? text.slice(0, bodyStart).replace(/[^\r\n]/g, ' ') + text.slice(bodyStart) : text;
  const blocks: Blocks = { kept: [], blanked: [], comments: [] };
  const sections = markdownSections(source);
  for (let s = 0; s < sections.length; s++) {
    // A section that leaves a fenced code or HTML block open runs on into the next: parse them as one.
    let start = sections[s];
    let end = s + 1 < sections.length ? sections[s + 1] : source.length;
    let local = memo('markdown', source.slice(start, end), '', () => parseMarkdown(source.slice(start, end)));
    while (local.open && s + 1 < sections.length) {
      s++;
      end = s + 1 < sections.length ? sections[s + 1] : source.length;
      local = memo('markdown', source.slice(start, end), '', () => parseMarkdown(source.slice(start, end)));
    }
    for (const block of local.blocks.kept) blocks.kept.push({ start: block.start + start, end: block.end + start, heading: block.heading });
    for (const span of local.blocks.blanked) blocks.blanked.push({ start: span.start + start, end: span.end + start });
    for (const span of local.blocks.comments) blocks.comments.push({ start: span.start + start, end: span.end + start });
  }
  return blocks;
}

/**
 * Where the document can be cut into sections that parse alone as they parse together: before a line
 * that follows a blank line and starts, at its first column, with a letter or a quotation mark. Such a
 * line can only start a paragraph, and it closes every list and block quote before it; what can still
 * run across it — a fenced code block, an HTML block waiting for its end marker — is caught after
 * parsing (`open`) and the sections joined.
 */
function markdownSections(source: string): number[] {
  const starts = [0];
  const lines = lineStarts(source);
  let blankBefore = false;
  for (const start of lines) {
    let i = start;
    while (i < source.length && (source[i] === ' ' || source[i] === '\t')) i++;
    const blank = i >= source.length || source[i] === '\n' || source[i] === '\r';
    PARAGRAPH_ONLY.lastIndex = start;
    if (blankBefore && start > 0 && PARAGRAPH_ONLY.test(source)) starts.push(start);
    blankBefore = blank;
  }
  return starts;
}

/** What a line that can only start a paragraph starts with. */
const PARAGRAPH_ONLY = /[\p{L}“‘"']/uy;

/**
 * One section's blocks (offsets from its start); `open`: a fenced code or HTML block runs to its end.
 * Exported, with markdownBlocks, for the test that holds the sections to the whole document's parse.
 */
export function parseMarkdown(source: string): { blocks: Blocks; open: boolean } {
  const lines = lineStarts(source);
  const lineEnd = (line: number) => {
    let end = line + 1 < lines.length ? lines[line + 1] : source.length;
    while (end > lines[line] && (source[end - 1] === '\n' || source[end - 1] === '\r')) end--;
    return end;
  };
  const kept: Block[] = [];
  const blanked: Span[] = [];
  const comments: Span[] = [];
  const tokens = markdown.parse(source, {});
  let inListItem = false;
  let open = false;
  // markdown-it's line count: a final line break does not start another line.
  const lineCount = lines.length - (/[\r\n]$/.test(source) ? 1 : 0);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // Outside any container, only an unclosed fence or HTML block reaches the section's last line (the
    // section ends with the blank line before the next one's first).
    if (token.level === 0 && (token.type === 'fence' || token.type === 'html_block') && token.map && token.map[1] >= lineCount) open = true;
    if (token.type === 'list_item_open') inListItem = true;
    else if (token.type === 'html_block' && token.map) {
      const start = lines[token.map[0]];
      for (const comment of findComments(source.slice(start, lineEnd(token.map[1] - 1)), start)) comments.push(comment);
    } else if ((token.type === 'paragraph_open' || token.type === 'heading_open') && tokens[i + 1]?.map) {
      if (token.hidden && tokens[i - 1]?.type !== 'list_item_open') continue;
      const [first, last] = tokens[i + 1].map!;
      const heading = token.type === 'heading_open';
      const start = lines[first];
      const end = lineEnd(last - 1);
      kept.push({ start, end, heading });
      blankMarkers(source, lines, first, last, heading, inListItem, blanked);
      blankInline(source, start, end, blanked, comments);
      inListItem = false;
    } else if (token.type === 'table_open') {
      // Tables are data, not sentences: skip to the end of the table.
      while (i < tokens.length && tokens[i].type !== 'table_close') i++;
    }
  }
  return { blocks: { kept, blanked, comments }, open };
}

// What follows the block quote markers on a list item's first line, and on a heading's.
const LIST_MARKER = /(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?[ \t]+/y;
const HEADING_MARKER = /#{1,6}(?=[ \t]|$)/y;

/**
 * The length of `^[ \t]*(?:>[ \t]?)*[ \t]*` + `after` at the start of `line`, or 0. The blanks-and-`>`
 * prefix is read by hand: as a regular expression its blanks can be split two ways, which is
 * quadratic on a line of blanks. `after` starts with neither, so the prefix must reach the first
 * other character, with at most one blank between two `>`.
 */
function markerLength(line: string, after: RegExp): number {
  let p = 0;
  let lastQuote = -1;
  for (; p < line.length; p++) {
    const c = line.charCodeAt(p);
    if (c === 62 /* > */) {
      if (lastQuote >= 0 && p - lastQuote > 2) return 0;
      lastQuote = p;
    } else if (c !== 32 && c !== 9) {
      break;
    }
  }
  after.lastIndex = p;
  const match = after.exec(line);
  return match ? p + match[0].length : 0;
}

/** Block quote markers on every line, a list marker on an item's first line, heading hashes. */
function blankMarkers(source: string, lines: number[], first: number, last: number, heading: boolean,
  listItem: boolean, blanked: Span[]): void {
  for (let line = first; line < last; line++) {
    const start = lines[line];
    const rest = source.slice(start, start + 200);
    const length = line === first && listItem
      ? markerLength(rest, LIST_MARKER)
      : heading && line === first
        ? markerLength(rest, HEADING_MARKER)
        : (/^[ \t]*(?:>[ \t]?)*/.exec(rest)?.[0].length ?? 0);
    if (length > 0) blanked.push({ start, end: start + length });
  }
  if (heading) {
    // Closing hashes of an ATX heading; a setext heading's underline lies outside the inline map.
    const lineText = source.slice(lines[first], lines[first] + 10000).split(/\r?\n|\r/)[0];
    const closing = closingHashes(lineText);
    if (closing) blanked.push({ start: lines[first] + closing.start, end: lines[first] + closing.end });
  }
}

/**
 * `[ \t]+#+[ \t]*$` of a heading line, found from its end: a regular expression retries at every blank
 * and takes quadratic time on a line of spaces.
 */
function closingHashes(line: string): Span | null {
  const blank = (i: number) => line[i - 1] === ' ' || line[i - 1] === '\t';
  let i = line.length;
  while (i > 0 && blank(i)) i--;
  const hashesEnd = i;
  while (i > 0 && line[i - 1] === '#') i--;
  const hashesStart = i;
  while (i > 0 && blank(i)) i--;
  return hashesStart < hashesEnd && i < hashesStart ? { start: i, end: line.length } : null;
}

/** Code spans, HTML comments and tags, autolinks, link and image targets. Linear in the paragraph. */
function blankInline(source: string, start: number, end: number, blanked: Span[], comments: Span[]): void {
  const slice = source.slice(start, end);
  blankCodeSpans(slice, start, blanked);
  // Each alternative stops at a character it cannot cross (`<`, `>`, `(`, `)`, whitespace), so no
  // match attempt scans past the next such character: the scan is linear.
  const inline = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<(?:https?|mailto|ftp):[^\s<>]*>|!\[[^\]\n]*\]\([^()\s]*\)|\]\([^()\s]*\)/g;
  for (let match = inline.exec(slice); match; match = inline.exec(slice)) {
    let from = start + match.index;
    const to = from + match[0].length;
    // Keep the `]` of a link: only its target goes.
    if (match[0].startsWith('](')) from++;
    blanked.push({ start: from, end: to });
  }
  for (const comment of findComments(slice, start)) {
    comments.push(comment);
    blanked.push(comment);
  }
}

/** `<!-- … -->` spans; found with indexOf, so an unclosed `<!--` costs one search, not one per opener. */
function findComments(slice: string, offset: number): Span[] {
  const found: Span[] = [];
  let cursor = 0;
  for (;;) {
    const open = slice.indexOf('<!--', cursor);
    if (open < 0) break;
    const close = slice.indexOf('-->', open + 4);
    if (close < 0) break;
    found.push({ start: offset + open, end: offset + close + 3 });
    cursor = close + 3;
  }
  return found;
}

/** A run of n backticks opens a code span closed by the next run of exactly n backticks. */
function blankCodeSpans(slice: string, offset: number, blanked: Span[]): void {
  const runs: Span[] = [];
  // indexOf, within the paragraph's own text, finds the next backtick faster than a test of every character.
  for (let i = slice.indexOf('`'); i >= 0; i = slice.indexOf('`', i + 1)) {
    let j = i;
    while (j < slice.length && slice.charCodeAt(j) === 96) j++;
    runs.push({ start: offset + i, end: offset + j });
    i = j - 1;
  }
  // For each run, the index of the next run of the same length (one pass from the right).
  const nextSameLength = new Array<number>(runs.length).fill(-1);
  const lastSeen = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    const length = runs[r].end - runs[r].start;
    nextSameLength[r] = lastSeen.get(length) ?? -1;
    lastSeen.set(length, r);
  }
  for (let r = 0; r < runs.length; r++) {
    const closer = nextSameLength[r];
    if (closer < 0) continue;
    blanked.push({ start: runs[r].start, end: runs[closer].end });
    r = closer;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

// ---------------------------------------------------------------------------------------------

/** Everything outside the kept blocks, and the blanked spans inside them, become spaces. */
function buildProse(text: string, kept: readonly Span[], blanked: readonly Span[]): string {
  const blank = (from: number, to: number) => {
    const gap = text.slice(from, to);
    // Between plain-text paragraphs the gap is mostly bare line breaks: nothing to blank.
    return /[^\r\n]/.test(gap) ? gap.replace(/[^\r\n]/g, ' ') : gap;
  };
  const keep: Span[] = [];
  const holes = [...blanked].sort((a, b) => a.start - b.start);
  let h = 0;
  for (const block of kept) {
    let cursor = block.start;
    while (h < holes.length && holes[h].end <= block.start) h++;
    for (let j = h; j < holes.length && holes[j].start < block.end; j++) {
      if (holes[j].start > cursor) keep.push({ start: cursor, end: holes[j].start });
      cursor = Math.max(cursor, holes[j].end);
    }
    if (cursor < block.end) keep.push({ start: cursor, end: block.end });
  }
  if (onlyLineBreaksBetween(text, keep)) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const span of keep) {
    if (span.start > cursor) parts.push(blank(cursor, span.start));
    parts.push(text.slice(span.start, span.end));
    cursor = span.end;
  }
  parts.push(blank(cursor, text.length));
  return parts.join('');
}

/**
 * Whether nothing outside the kept spans needs blanking: only line breaks and spaces there (plain text, most
 * often). Then the prose is the text itself, not a copy made of slices.
 */
function onlyLineBreaksBetween(text: string, keep: readonly Span[]): boolean {
  let cursor = 0;
  for (let k = 0; k <= keep.length; k++) {
    const to = k < keep.length ? keep[k].start : text.length;
    for (let i = cursor; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13 && c !== 32) return false;
    }
    if (k < keep.length) cursor = keep[k].end;
  }
  return true;
}

/** Whether text[start, end) holds only white space (no slice: every line of the document is asked). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

function trimSpan(prose: string, start: number, end: number): Span {
  while (start < end && isSpaceCode(prose.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(prose.charCodeAt(end - 1))) end--;
  return { start, end };
}

const CLOSING_PUNCTUATION = /[.?!:;…"”’'»)\]]$/;

/** "No link between Gaza and Israel-Hezbollah ceasefire talks": short, one line, no closing mark. */
function looksLikeHeadline(prose: string, span: Span): boolean {
  const text = prose.slice(span.start, span.end);
  if (text.length > 160 || /[\r\n]/.test(text) || CLOSING_PUNCTUATION.test(text)) return false;
  const words = text.split(/\s+/).length;
  return words <= 20;
}
