// The name table: the people an article names, with the title or role it gives them, and every
// full-name and surname mention. Built from the article alone: a capitalised run becomes a person on
// evidence — a title before it ("Prime Minister Benjamin Netanyahu"), a role in apposition after it
// ("Maria Lvova-Belova, Russia’s commissioner…"), or a reporting verb it is the subject of ("Steve Jobs said").

import type { Analysis } from '../analyse';
import { incremental, memo } from '../incremental';
import { asKept, NONE } from '../lists';
import type { Paragraph, Span } from '../text';
import { topLevelQuotations } from '../spans';
import { isCapitalized, scanTokens, type Token } from '../tokens';
import {
  CAPITALIZED_FUNCTION_WORDS, NAME_PARTICLES, ORGANISATION_WORDS, ROLE_NOUNS, TITLE_CONNECTORS, TITLE_WORDS,
  VERB_FILLERS, genderOfTitle,
} from './lexicon';
import type { CueLexicon } from '../quotes/cues';

export type MentionKind = 'full' | 'surname' | 'pronoun' | 'role' | 'organisation';

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
  person: number | null;
  /** Inside a direct quotation: the speaker's words, not the writer's reference. */
  inQuote: boolean;
}

export interface Person {
  index: number;
  /** As the article introduces it: "Majed Al Ansari". */
  name: string;
  /** "official spokesperson", "Russia’s presidential commissioner for children’s rights", or null. */
  title: string | null;
  surname: string;
  given: string | null;
  gender: 'm' | 'f' | null;
  /** The first full-name mention: where the person is introduced. */
  introduced: Span | null;
  /** Organisation words near the introduction ("Ministry of Foreign Affairs (MoFA)"), to match roles. */
  affiliation: string;
  mentions: Mention[];
}

export interface NameTable {
  people: Person[];
  /** Every full-name and surname mention, in document order. */
  mentions: Mention[];
}

/** A sentence's words, and whether each lies inside a quotation. */
export class SentenceTokens {
  /** The sentence's words as objects, made when first read (see `remember`). */
  private words: Token[] | null = null;

  constructor(
    readonly span: Span,
    readonly paragraph: number,
    /** The paragraph's scan this sentence is part of, and what to add to its offsets (people read them). */
    readonly scan: ParagraphScan,
    private readonly index: number,
    readonly shift: number,
    /** Its tokens as objects, when the scan was made for this analysis. */
    made?: Token[],
  ) {
    // Outside an incremental analysis nothing outlives the analysis: the objects stay with their sentence.
    if (made) this.words = incremental() ? this.remember(made) : made;
  }

  /** Moved to where the paragraph is now (a keystroke moves every paragraph after it). */
  get tokens(): Token[] {
    return this.words ?? this.remember(sentenceWords(this.scan, this.index, this.shift));
  }

  get inQuote(): boolean[] {
    return this.scan.inQuote[this.index];
  }

  /**
   * The memo keeps a paragraph's words compactly (ParagraphScan); their objects are made for the few
   * sentences read last, so that a reader's objects die young instead of living as long as the document.
   */
  private remember(words: Token[]): Token[] {
    const recent = SentenceTokens.recent;
    const evicted = recent[SentenceTokens.next];
    if (evicted) evicted.words = null;
    recent[SentenceTokens.next] = this;
    SentenceTokens.next = (SentenceTokens.next + 1) % recent.length;
    return (this.words = words);
  }

  private static recent: Array<SentenceTokens | undefined> = new Array(128);
  private static next = 0;

  toJSON(): { span: Span; paragraph: number; tokens: Token[]; inQuote: boolean[] } {
    return { span: this.span, paragraph: this.paragraph, tokens: this.tokens, inQuote: this.inQuote };
  }
}

/**
 * One paragraph's sentences as words, offsets counted as in the prose the paragraph stood at `origin`
 * in when it was scanned (memoised: the same paragraph text and quotations give the same scan).
 */
interface ParagraphScan {
  /** The paragraph's own text (no slice of the prose: the memo outlives this version of the document). */
  text: string;
  origin: number;
  /**
   * A memoised scan's words, as columns rather than objects (the memo holds every word of the document),
   * or null outside an incremental analysis: then `made` keeps the objects scanned.
   */
  columns: WordColumns | null;
  /** Sentence k's tokens as scanned, when nothing outlives the analysis (the paragraph never moves then). */
  made: Token[][] | null;
  /** Sentence k's: whether each of its words lies inside a quotation. */
  inQuote: boolean[][];
  /** What the people stage takes from the paragraph (for the lexicon it names). */
  names: ParagraphNames | null;
  /** Its sentences as last handed out: the same again while the paragraph keeps its place and number. */
  handed: { paragraph: number; shift: number; sentences: SentenceTokens[] } | null;
}

interface WordColumns {
  /** Each word's text; its start and end at [2i] and [2i + 1]; whether it is a word (1) or punctuation (0). */
  texts: string[];
  bounds: Int32Array;
  isWord: Uint8Array;
  /** Sentence k's words are first[k] up to first[k + 1]. */
  first: Int32Array;
}

/** A sentence's words as objects, and whether each lies inside a quotation. */
interface ScannedSentence {
  tokens: Token[];
  inQuote: boolean[];
}

/** Sentence k of the scan as objects, `shift` added to its offsets. */
function sentenceWords(scan: ParagraphScan, k: number, shift: number): Token[] {
  if (!scan.columns) return scan.made![k];
  const { texts, bounds, isWord, first } = scan.columns;
  const tokens: Token[] = [];
  for (let i = first[k]; i < first[k + 1]; i++) {
    tokens.push({ start: bounds[2 * i] + shift, end: bounds[2 * i + 1] + shift, text: texts[i], word: isWord[i] === 1 });
  }
  return tokens;
}

/** No tokens: shared, never to be changed. */
const NO_TOKENS: Token[] = [];

/** All false, one shared array per length: most sentences have no quoted word. Never to be changed. */
const unquoted: boolean[][] = [];
function noneQuoted(length: number): boolean[] {
  return (unquoted[length] ??= Object.freeze(new Array<boolean>(length).fill(false)) as boolean[]);
}

const MODIFIERS = new Set([
  'official', 'senior', 'former', 'acting', 'deputy', 'chief', 'presidential', 'assistant', 'associate', 'managing',
  'general', 'vice', 'then', 'top', 'lead', 'principal', 'interim', 'incoming', 'outgoing', 'longtime', 'veteran',
  'regional', 'national', 'foreign', 'defence', 'defense', 'military', 'government', 'ministry', 'company',
  'airline', 'industry', 'aerospace', 'aviation', 'market', 'financial', 'security', 'political', 'legal',
  'communications', 'press', 'public', 'affairs', 'state', 'federal', 'executive', 'research', 'policy',
]);

export function sentenceTokens(analysis: Analysis): SentenceTokens[] {
  const quotations = topLevelQuotations(analysis);
  const prose = analysis.prose;
  const result: SentenceTokens[] = [];
  const made: Token[][] = [];
  let q = 0;
  const memoised = incremental();
  for (const paragraph of analysis.article.paragraphs) {
    // The quotations over this paragraph: quotations[q] up to quotations[next].
    while (q < quotations.length && quotations[q].end <= paragraph.start) q++;
    let next = q;
    while (next < quotations.length && quotations[next].start < paragraph.end) next++;
    if (!memoised) {
      // Nothing outlives the analysis: the scan is made where the paragraph stands, and read once.
      const scan = scanParagraph(prose, paragraph, quotations, q, next, null);
      for (let k = 0; k < paragraph.sentences.length; k++) {
        result.push(new SentenceTokens(paragraph.sentences[k], paragraph.index, scan, k, 0, scan.made![k]));
      }
      continue;
    }
    // The objects of a scan made now are its first readers' (it is made where the paragraph stands).
    made.length = 0;
    const from = q;
    const scan = memo('sentences', paragraph.text, quotationContext(quotations, from, next, paragraph),
      () => scanParagraph(prose, paragraph, quotations, from, next, made));
    const shift = paragraph.start - scan.origin;
    if (scan.handed?.paragraph !== paragraph.index || scan.handed.shift !== shift) {
      scan.handed = { paragraph: paragraph.index, shift, sentences: paragraph.sentences.map((span, k) => new SentenceTokens(span, paragraph.index, scan, k, shift, made[k])) };
    }
    for (const sentence of scan.handed.sentences) result.push(sentence);
  }
  return result;
}

/** Where quotations[from] up to quotations[to] lie in the paragraph, from its start: all a scan reads beyond its text. */
function quotationContext(quotations: readonly Span[], from: number, to: number, paragraph: Span): string {
  let context = '';
  for (let k = from; k < to; k++) {
    const q = quotations[k];
    context += `${k > from ? ',' : ''}${Math.max(q.start, paragraph.start) - paragraph.start}-${Math.min(q.end, paragraph.end) - paragraph.start}`;
  }
  return context;
}

/**
 * The paragraph's scan, with quotations[from] up to quotations[to] over it. For the memo (`made` given) the
 * words become columns and each sentence's tokens as objects are pushed on `made`; else the scan keeps them.
 */
function scanParagraph(prose: string, paragraph: Paragraph, quotations: readonly Span[], from: number, to: number,
  made: Token[][] | null): ParagraphScan {
  // One walk along the sorted quotations for the whole paragraph (tokens come in order): a token is inside
  // one when its start is. A walk per sentence was quadratic on a long paragraph of short quoted sentences.
  let q = from;
  // Lists of the paragraph's length: a list grown by push keeps room for 17 (see core/lists.ts).
  const count = paragraph.sentences.length;
  const sentences: Token[][] = made ?? new Array<Token[]>(count);
  const inQuote: boolean[][] = new Array<boolean[]>(count);
  for (let k = 0; k < count; k++) {
    const span = paragraph.sentences[k];
    const tokens = scanTokens(prose, span.start, span.end);
    sentences[k] = tokens;
    let quoted: boolean[] | null = null;
    for (let i = 0; i < tokens.length && q < to; i++) {
      const start = tokens[i].start;
      while (q < to && quotations[q].end <= start) q++;
      if (q < to && quotations[q].start <= start) (quoted ??= new Array<boolean>(tokens.length).fill(false))[i] = true;
    }
    inQuote[k] = quoted ?? noneQuoted(tokens.length);
  }
  return {
    text: paragraph.text, origin: paragraph.start, columns: made ? wordColumns(made) : null,
    made: made ? null : sentences, inQuote, names: null, handed: null,
  };
}

/** The sentences' tokens as columns. */
function wordColumns(sentences: Token[][]): WordColumns {
  const texts: string[] = [];
  const bounds: number[] = [];
  const isWord: number[] = [];
  const first = new Int32Array(sentences.length + 1);
  sentences.forEach((tokens, k) => {
    first[k] = texts.length;
    for (const token of tokens) {
      texts.push(token.text);
      bounds.push(token.start, token.end);
      isWord.push(token.word ? 1 : 0);
    }
  });
  first[sentences.length] = texts.length;
  return { texts, bounds: new Int32Array(bounds), isWord: new Uint8Array(isWord), first };
}

/** The word without a possessive: "Qatar’s" → "Qatar", "parents’" → "parents". */
const bare = (word: string) => {
  const last = word[word.length - 1];
  if (last === '’' || last === "'") return word.slice(0, -1);
  const before = word[word.length - 2];
  return (last === 's' || last === 'S') && (before === '’' || before === "'") ? word.slice(0, -2) : word;
};
const lower = (word: string) => word.toLowerCase();
/** Ends in a possessive s: "Qatar’s" (as /['’]s$/, without a regular expression: this runs per capitalised word). */
const possessiveS = (word: string) => {
  const at = word.length - 1;
  if (at < 1 || word.charCodeAt(at) !== 115 /* s */) return false;
  const before = word.charCodeAt(at - 1);
  return before === 39 || before === 0x2019;
};
/** Has a lower-case letter (as /\p{Ll}/u; ASCII words answered without it). */
const hasLowercase = (word: string) => {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWER.test(word);
  }
  return false;
};
// Expressions with \p{…} are constants: the bundler turns such a literal into `new RegExp` at each evaluation.
const MARKS = /\p{M}/gu;
const INITIAL = /^\p{Lu}\.$/u;
const LOWER = /\p{Ll}/u;

/** Spelling-insensitive key: Al-Thani = Al Thani = al thani. */
export const nameKey = (name: string) => {
  // Most names are ASCII words with no space, hyphen, apostrophe or point: lower case is their key.
  let plain = true;
  for (let i = 0; i < name.length && plain; i++) {
    const code = name.charCodeAt(i);
    plain = code > 0x20 && code <= 0x7e && code !== 0x2d && code !== 0x27 && code !== 0x2e;
  }
  if (plain) return name.toLowerCase();
  // Others: skip Unicode normalisation for ASCII ones.
  return (/^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD').replace(MARKS, '')).toLowerCase().replace(/[\s\-‐‑'’.]+/g, '');
};

interface Run {
  tokens: Token[];
  /** Index in the sentence of the run's first token. */
  first: number;
}

/** Capitalised runs of words, with particles, initials and title connectors inside them. */
function capitalizedRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].word || !isCapitalized(tokens[i].text)) { i++; continue; }
    const first = i;
    let j = i;
    while (j < tokens.length) {
      const token = tokens[j];
      if (token.word && isCapitalized(token.text)) {
        j++;
        // A possessive ends the run unless a capitalised title follows: "Qatar’s Ambassador …".
        if (possessiveS(token.text) && !(tokens[j]?.word && TITLE_WORDS.has(lower(tokens[j].text)))) break;
        continue;
      }
      const next = tokens[j + 1];
      if (!token.word || !next?.word) break;
      // "President of the United States Barack Obama": connectors join a title to what follows it.
      const word = lower(token.text);
      if ((TITLE_CONNECTORS.has(word) && connectsTitle(tokens, first, j)) || (isCapitalized(next.text) && NAME_PARTICLES.has(word))) {
        j++;
        continue;
      }
      break;
    }
    runs.push({ tokens: tokens.slice(first, j), first });
    i = Math.max(j, i + 1);
  }
  return runs;
}

/** The connector at `j` ("of", "and") joins the run's title, from `first`, to the capitalised words after it. */
function connectsTitle(tokens: Token[], first: number, j: number): boolean {
  // "and" joins two titles ("Secretary and Director of …"), not a name to the next person
  // ("Minister Ian MacDonald and Mr Kowalczyk").
  const joinsTitles = lower(tokens[j].text) !== 'and' || TITLE_WORDS.has(lower(tokens[j - 1]?.text ?? '')) ||
    ORGANISATION_WORDS.has(lower(tokens[j - 1]?.text ?? ''));
  const next = tokens[j + 1];
  const nextNext = tokens[j + 2];
  return joinsTitles && runHasTitle(tokens, first, j) &&
    (isCapitalized(next?.text ?? '') || (TITLE_CONNECTORS.has(lower(next?.text ?? '')) && isCapitalized(nextNext?.text ?? '')));
}

function runHasTitle(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TITLE_WORDS.has(lower(tokens[k].text))) return true;
  return false;
}

interface NameCandidate {
  name: Token[];
  title: Token[];
  /** Lower-case title words before the run: "official spokesperson". */
  roleBefore: Token[];
  /** An age in apposition: "Barra, 51,". */
  aged: boolean;
  /** "Mr", "Dr." right before a surname. */
  courtesy: Token | null;
  /** Evidence in the sentence itself. */
  evidence: boolean;
  /** Without it, the word whose recurrence in the article would be evidence (a trimmed run's last word). */
  recurs: string | null;
  apposition: Span | null;
  inQuote: boolean;
  /** A surname with a title before it ("Secretary Wolfowitz"). */
  titled: boolean;
}

/** A candidate as the article-wide join reads it (offsets as in its paragraph's scan). */
interface Candidate extends NameCandidate {
  /** The spelling-insensitive key of each ending of the name: [0] the full name, then without its first word… */
  keys: string[];
  /** The end of the name without a possessive. */
  end: number;
  scan: ParagraphScan;
  /** Its sentence in the scan. */
  sentence: number;
  /** The person it names, worked out when it first does (most candidates never do). */
  person: Omit<Person, 'index' | 'introduced' | 'mentions'> | null;
}

/** The person a candidate with evidence names (from its paragraph alone: the same each time it is asked). */
function describe(c: Candidate): NonNullable<Candidate['person']> {
  if (c.person) return c.person;
  const slice = (from: number, to: number) => c.scan.text.slice(from - c.scan.origin, to - c.scan.origin);
  const titleWords = [...c.roleBefore, ...c.title];
  c.person = {
    name: joinName(slice, c.name),
    title: c.apposition ? slice(c.apposition.start, c.apposition.end).replace(/\s+/g, ' ')
      : titleWords.length ? joinName(slice, titleWords) : null,
    surname: surnameOf(c.name),
    // A surname alone ("Mr MacFarlane", "Secretary Wolfowitz") gives no first name.
    given: c.name.length > 1 ? c.name[0].text : null,
    gender: [...titleWords, ...(c.courtesy ? [c.courtesy] : [])].map((t) => genderOfTitle(t.text)).find((g) => g) ?? null,
    affiliation: affiliationOf(sentenceWords(c.scan, c.sentence, 0)),
  };
  return c.person;
}

/**
 * What the people stage takes from one paragraph (offsets as in its scan). Its lists are shared empty ones
 * when there is nothing in them (most paragraphs): never pushed into once made.
 */
interface ParagraphNames {
  /** The lexicon they were found with. */
  cues: CueLexicon;
  /** Every candidate, in order: each may be a mention. */
  candidates: readonly Candidate[];
  /** Those that may name a person. */
  possible: readonly Candidate[];
  /** Surnames alone that may prove themselves a person's: with an age or a title. */
  surnames: readonly Candidate[];
  /** The words whose recurrence would prove a candidate. */
  recurs: readonly string[];
  /** Each capitalised word (without a possessive), as often as it occurs here, to count across the article. */
  capitalized: readonly string[];
  /** The people's keys (joined, as buildNameTable makes them) its mentions were last found for, and those mentions. */
  knownFor: string | null;
  found: readonly FoundMention[];
}

/** A mention, offsets as in the paragraph's scan. */
type FoundMention = Omit<Mention, 'text' | 'person'> & { person: number };

/** The paragraph's names, computed once per scan and lexicon. */
function namesOf(scan: ParagraphScan, cues: CueLexicon): ParagraphNames {
  if (scan.names?.cues !== cues) scan.names = scanNames(scan, cues);
  return scan.names;
}

/** Scratch lists for scanNames, copied out at its end. */
const scratch = { candidates: [] as Candidate[], possible: [] as Candidate[], surnames: [] as Candidate[], recurs: [] as string[], capitalized: [] as string[] };

function scanNames(scan: ParagraphScan, cues: CueLexicon): ParagraphNames {
  const names = scratch;
  for (const list of Object.values(names)) list.length = 0;
  for (let k = 0; k < scan.inQuote.length; k++) {
    // Read through the sentences handed out where the paragraph was scanned: made once for their readers too.
    const tokens = scan.handed?.shift === 0 ? scan.handed.sentences[k].tokens : sentenceWords(scan, k, 0);
    const sentence: ScannedSentence = { tokens, inQuote: scan.inQuote[k] };
    // Indexed loops: for…of costs an iterator in V8's first tiers, and this runs for every word.
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token.word || !isCapitalized(token.text)) continue;
      names.capitalized.push(bare(token.text));
    }
    const runs = capitalizedRuns(tokens);
    for (let r = 0; r < runs.length; r++) {
      const c = splitRun(sentence, runs[r], cues);
      if (!c) continue;
      const bares = c.name.map((t) => bare(t.text));
      const keys = bares.map((word, k) => nameKey(k === bares.length - 1 ? word : bares.slice(k).join(' ')));
      const last = c.name[c.name.length - 1];
      const titled = c.titled;
      // One literal, so that every candidate has one shape (a spread makes slow, varied ones).
      const candidate: Candidate = {
        name: c.name, title: c.title, roleBefore: c.roleBefore, aged: c.aged, courtesy: c.courtesy, evidence: c.evidence,
        recurs: c.recurs, apposition: c.apposition, inQuote: c.inQuote, titled, keys,
        end: last.end - (last.text.length - bare(last.text).length), scan, sentence: k, person: null,
      };
      names.candidates.push(candidate);
      if (!opensWithParticle(c.name) && (c.name.length >= 2 || titled)) names.possible.push(candidate);
      if (c.name.length === 1 && (c.aged || titled)) names.surnames.push(candidate);
      if (c.recurs !== null) names.recurs.push(c.recurs);
    }
  }
  return {
    cues, candidates: asKept(names.candidates), possible: asKept(names.possible), surnames: asKept(names.surnames),
    recurs: asKept(names.recurs), capitalized: asKept(names.capitalized), knownFor: null, found: NONE,
  };
}

export function buildNameTable(analysis: Analysis, sentences: SentenceTokens[], cues: CueLexicon): NameTable {
  // Each paragraph's names, and what to add to their offsets.
  const paragraphs: ParagraphNames[] = [];
  const shifts: number[] = [];
  for (let s = 0; s < sentences.length; s += sentences[s].scan.inQuote.length) {
    paragraphs.push(namesOf(sentences[s].scan, cues));
    shifts.push(sentences[s].shift);
  }
  // A trimmed run's surname that recurs is a person's, not an organisation's tail: count the words asked about.
  const asked = new Set<string>();
  for (const names of paragraphs) for (const word of names.recurs) asked.add(word);
  const counts = new Map<string, number>();
  if (asked.size) {
    for (const { capitalized } of paragraphs) {
      for (const word of capitalized) if (asked.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const proven = (c: Candidate) => c.evidence || (c.recurs !== null && (counts.get(c.recurs) ?? 0) >= 2);

  // People: full names with evidence, merged by spelling-insensitive key. A shorter name that ends a
  // longer one ("Al Ansari" of "Majed Al Ansari") is a later reference, not another person.
  // A surname alone counts when a title stands before it: "Deputy Defense Secretary Wolfowitz".
  // A surname that proves itself a person's ("Barra, 51,", "Mr MacFarlane") proves the full name that
  // ends in it ("named Mary Barra as its chief executive").
  const personSurnames = new Set<string>();
  for (const names of paragraphs) {
    for (const c of names.surnames) if (c.aged || (proven(c) && c.titled)) personSurnames.add(c.keys[0]);
  }
  const evidenced: Candidate[] = [];
  for (const names of paragraphs) {
    for (const c of names.possible) {
      if ((proven(c) || (c.name.length >= 2 && personSurnames.has(c.keys[c.name.length - 1])))) evidenced.push(c);
    }
  }
  const longestFirst = [...evidenced].sort((a, b) => b.name.length - a.name.length);
  const tails = new Set<string>();
  const accepted = new Set<Candidate>();
  for (const c of longestFirst) {
    if (tails.has(c.keys[0])) continue;
    accepted.add(c);
    for (let k = 1; k < c.keys.length; k++) tails.add(c.keys[k]);
  }
  const people: Person[] = [];
  const byKey = new Map<string, Person>();
  for (const c of evidenced) {
    if (!accepted.has(c) || byKey.has(c.keys[0])) continue;
    const { name, title, surname, given, gender, affiliation } = describe(c);
    const person: Person = { index: people.length, name, title, surname, given, gender, introduced: null, affiliation, mentions: [] };
    people.push(person);
    byKey.set(c.keys[0], person);
  }

  // Mentions: every run that is a known full name, or a known surname.
  const bySurname = new Map<string, Person[]>();
  // Which candidates are mentions depends on the people's keys alone: a paragraph keeps its answer for them.
  const keys: string[] = [];
  for (const [fullKey, person] of byKey) {
    const key = nameKey(person.surname);
    const same = bySurname.get(key);
    if (same) same.push(person);
    else bySurname.set(key, [person]);
    keys.push(`${fullKey} ${key}`);
  }
  // The same people as the last analysis (most keystrokes): its very string, so that each paragraph's check
  // below is one identity test rather than a comparison of every key.
  const joined = keys.join('\n');
  const known = joined === lastKnown ? lastKnown : (lastKnown = joined);
  const prose = analysis.prose;
  const mentions: Mention[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const names = paragraphs[p];
    const shift = shifts[p];
    if (names.knownFor !== known) {
      names.knownFor = known;
      names.found = findMentions(names.candidates, byKey, bySurname);
    }
    for (const found of names.found) {
      const start = found.start + shift;
      const end = found.end + shift;
      const { kind, person, inQuote } = found;
      const mention: Mention = { start, end, text: prose.slice(start, end), kind, person, inQuote };
      mentions.push(mention);
      people[person].mentions.push(mention);
      if (kind === 'full' && !people[person].introduced && !inQuote) people[person].introduced = { start, end };
    }
  }
  sortByStart(mentions);
  for (const person of people) {
    sortByStart(person.mentions);
    if (!person.introduced) person.introduced = person.mentions.find((m) => m.kind === 'full') ?? null;
  }
  return { people, mentions };
}

/** The people's keys as the last name table joined them (see buildNameTable). */
let lastKnown = '';

/** Sorted by start (stable); the mentions come in document order, so most often only checked. */
function sortByStart(mentions: Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i].start < mentions[i - 1].start) {
      mentions.sort((a, b) => a.start - b.start);
      return;
    }
  }
}

/** The candidates that mention a known person: by full name, else by a surname that ends the run. */
function findMentions(candidates: readonly Candidate[], byKey: Map<string, Person>, bySurname: Map<string, Person[]>): readonly FoundMention[] {
  if (candidates.length === 0) return NONE;
  const found: FoundMention[] = [];
  for (const candidate of candidates) {
    const full = byKey.get(candidate.keys[0]);
    if (full) {
      found.push({ start: candidate.name[0].start, end: candidate.end, kind: 'full', person: full.index, inQuote: candidate.inQuote });
      continue;
    }
    // A surname alone ("Al Ansari", "Lvova-Belova"), or the end of a longer run ("Mr. Lewis").
    for (let k = 0; k < candidate.keys.length; k++) {
      const same = bySurname.get(candidate.keys[k]);
      if (same && same.length === 1) {
        found.push({ start: candidate.name[k].start, end: candidate.end, kind: 'surname', person: same[0].index, inQuote: candidate.inQuote });
        break;
      }
    }
  }
  return asKept(found);
}

/** Words of a title that only qualify it: "Foreign" in "Ministry of Foreign Affairs" is no title. */
const TITLE_QUALIFIERS = new Set(['foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'economy', 'vice',
  'prime', 'deputy', 'chief', 'executive', 'crown', 'head', 'leader', 'officer', 'general', 'attorney', 'justice',
  'miss', 'sir', 'lady', 'lord']);

/** Courtesy titles go before a surname ("Mr MacFarlane"); Sir, Lady and Lord before a first name. */
const COURTESY = /^(?:mr|mrs|ms|dr)\.?$/i;

/**
 * "Deputy Defense Secretary Wolfowitz", "Sen. McCain", "Mr MacFarlane" (outside quotations): a surname
 * with a title noun right before it.
 */
function titledSurname(name: Token[], title: Token[], courtesy: Token | null, inQuote: boolean): boolean {
  const last = title[title.length - 1] ?? courtesy;
  if (name.length !== 1 || !last || ORGANISATION_WORDS.has(lower(bare(name[0].text)))) return false;
  if (COURTESY.test(last.text)) return !inQuote;
  return !TITLE_QUALIFIERS.has(lower(last.text));
}

/**
 * A name does not open with a particle ("al-Thani", "bin Nasser" are the ends of names). "Ben" is an
 * English first name (Ben Bernanke): the Hebrew particle is written in lower case (Eliezer ben Yehuda).
 */
function opensWithParticle(name: Token[]): boolean {
  const word = lower(name[0].text);
  return NAME_PARTICLES.has(word) && !(word === 'ben' && isCapitalized(name[0].text));
}

/** The most words a person's name has, particles and initials included ("José María Álvarez del Manzano y López del Hierro": 9). */
const LONGEST_NAME = 12;

/** Title and name of a capitalised run, and whether the text gives evidence that it names a person. */
function splitRun(sentence: ScannedSentence, run: Run, cues: CueLexicon): NameCandidate | null {
  // Past the capitalised function words that open the run ("On Monday Jones said"), with one slice.
  let skip = 0;
  while (skip < run.tokens.length && CAPITALIZED_FUNCTION_WORDS.has(lower(run.tokens[skip].text))) skip++;
  const tokens = skip === 0 ? run.tokens : run.tokens.slice(skip);
  const first = run.first + skip;
  if (tokens.length === 0) return null;
  let lastTitle = -1;
  for (let k = 0; k < tokens.length; k++) {
    const text = tokens[k].text;
    const noPossessive = bare(text);
    if (TITLE_WORDS.has(lower(text)) || (noPossessive !== text && TITLE_WORDS.has(lower(noPossessive)))) lastTitle = k;
  }
  // "Chrysler LLC Jim Press": an organisation's name ends where its last organisation word does.
  let organisationEnd = -1;
  for (let k = lastTitle + 1; k < tokens.length - 2; k++) if (ORGANISATION_WORDS.has(lower(bare(tokens[k].text)))) organisationEnd = k;
  // Then the organisation is no title: only a role before it or a reporting verb makes the rest a person.
  // ("President of the United States Barack Obama": with a title before it, the organisation is the title's.)
  const afterOrganisation = organisationEnd > lastTitle && lastTitle < 0;
  if (organisationEnd > lastTitle) lastTitle = organisationEnd;
  let name = tokens.slice(lastTitle + 1);
  const title = tokens.slice(0, lastTitle + 1);
  // "of the Air Force James Roche": a name is its last words, with particles and initials before them.
  // "CEO of Boeing Commercial Airplanes": after "of", an organisation; a name may follow it
  // ("Secretary of the Air Force James Roche"), but then it must prove itself elsewhere.
  let trimmed = false;
  if (name.some((t) => !isCapitalized(t.text) && !NAME_PARTICLES.has(lower(t.text))) || name.length > 4) {
    trimmed = true;
    let k = name.length - 2;
    while (k > 0 && (NAME_PARTICLES.has(lower(name[k].text)) || INITIAL.test(name[k].text) ||
      (k > 0 && NAME_PARTICLES.has(lower(name[k - 1].text))))) k--;
    name = name.slice(Math.max(0, k));
    if (!isCapitalized(name[0]?.text ?? '')) return null;
  }
  // "EADS N.V.": capitals and initials only are an abbreviation, not a name. Nor is a run of initials
  // longer than any name ("Lee A. A. A. …": its keys, one per ending, would cost the square of its length).
  if (name.length === 0 || name.length > LONGEST_NAME || !name.some((t) => hasLowercase(t.text))) return null;
  const last = name[name.length - 1];
  if (ORGANISATION_WORDS.has(lower(bare(last.text))) || possessiveS(name[0].text) && name.length === 1) {
    return null;
  }
  // A possessive at the end ("Netanyahu’s") still names the person.
  const inQuote = sentence.inQuote[first] ?? false;
  const afterIndex = run.first + run.tokens.length;
  // "Barra, 51, will be the first woman…": an age in apposition is said of people.
  const age = sentence.tokens[afterIndex]?.text === ',' && /^\d{1,2}$/.test(sentence.tokens[afterIndex + 1]?.text ?? '') &&
    (sentence.tokens[afterIndex + 2]?.text === ',' || (sentence.tokens[afterIndex + 2]?.text === '.' && afterIndex + 3 === sentence.tokens.length));
  const courtesy = title.length === 0 && first > run.first && COURTESY.test(run.tokens[first - run.first - 1].text) ? run.tokens[first - run.first - 1] : null;
  const aged = age && !inQuote;
  const titled = titledSurname(name, title, courtesy, inQuote);
  // A lone word with no title or age can only be a mention of someone named elsewhere: the evidence
  // that would make it a person is never read (scanNames), so it is not looked for.
  if (name.length === 1 && !titled && !aged) {
    return { name, title, courtesy, roleBefore: NO_TOKENS, evidence: false, recurs: null, aged, apposition: null, inQuote, titled };
  }
  // "chairman of Chrysler LLC Jim Press": the role stands before "of" and the organisation.
  const ofRole = organisationEnd >= 0 && lower(sentence.tokens[run.first - 1]?.text ?? '') === 'of' ? rolesBefore(sentence.tokens, run.first - 1, cues) : [];
  const roleBefore = ofRole.length ? ofRole : rolesBefore(sentence.tokens, first, cues, sentence.tokens[afterIndex]?.text === ',');
  const apposition = appositionAfter(sentence, afterIndex, cues);
  // "of North Rhine-Westphalia remarked": the object of a preposition is not the verb's subject.
  const object = !afterOrganisation && PREPOSITIONS.has(lower(sentence.tokens[run.first - 1]?.text ?? ''));
  const speaks = (!object && (subjectOfCue(sentence.tokens, afterIndex, cues) || subjectOfCue(sentence.tokens, pastAffiliation(sentence.tokens, afterIndex), cues))) ||
    objectOfCue(sentence.tokens, first, cues) || sentence.tokens[afterIndex]?.text === ':';
  const evidence = afterOrganisation ? speaks || roleBefore.length > 0 : trimmed ? speaks : title.length > 0 || roleBefore.length > 0 || apposition !== null || speaks;
  // "The US Treasury described": a person's name takes no article (a titled one may: "the Prime Minister X").
  const article = title.length === 0 && roleBefore.length === 0 && lower(sentence.tokens[first - 1]?.text ?? '') === 'the';
  const proven = !article && (evidence || age || (courtesy !== null && !inQuote));
  // A trimmed run with no other evidence may still prove itself by recurring in the article (counted there).
  const recurs = !proven && !article && !afterOrganisation && trimmed ? bare(last.text) : null;
  return { name, title, courtesy, roleBefore, evidence: proven, recurs, aged, apposition, inQuote, titled };
}

const PREPOSITIONS = new Set(['of', 'in', 'at', 'for', 'from', 'with', 'to', 'by', 'on', 'about', 'against', 'into']);

/** "David Buik of BGC Partners commented": past an affiliation to the verb. Returns where the verb would be. */
function pastAffiliation(tokens: Token[], after: number): number {
  const word = lower(tokens[after]?.text ?? '');
  if (word !== 'of' && word !== 'at' && word !== 'from') return after;
  let k = after + 1;
  if (lower(tokens[k]?.text ?? '') === 'the') k++;
  const start = k;
  while (k < tokens.length && k - start < 6 && tokens[k].word && (isCapitalized(tokens[k].text) || TITLE_CONNECTORS.has(lower(tokens[k].text)))) k++;
  return k > start && isCapitalized(tokens[k - 1].text) ? k : after;
}

/** "official spokesperson" before "Majed Al Ansari"; "UBS analyst" before "David Strauss". */
function rolesBefore(tokens: Token[], first: number, cues: CueLexicon, closed = false): Token[] {
  let k = first - 1;
  // "Ryanair CEO, Michael O'Leary,": the role may stand before a comma. A phrase that opens its clause
  // ("The vice president of Dacia, Constantin Stroe"), or any role when a second comma closes the
  // apposition ("the brainchild of Ford's Chief Executive Officer, William Clay Ford Jr., is").
  if (tokens[k]?.text === ',') {
    const phrase = roleOfBefore(tokens, k, cues);
    if (phrase.length || !closed || !tokens[k - 1]?.word || !(ROLE_NOUNS.has(lower(tokens[k - 1].text)) || TITLE_WORDS.has(lower(tokens[k - 1].text)))) return phrase;
    return rolesBefore(tokens, k, cues);
  }
  let sawRole = false;
  while (k >= 0 && tokens[k].word) {
    const word = lower(tokens[k].text);
    if (ROLE_NOUNS.has(word) || TITLE_WORDS.has(word)) sawRole = true;
    else if (!(MODIFIERS.has(word) || (sawRole && isCapitalized(tokens[k].text) && !CAPITALIZED_FUNCTION_WORDS.has(word)))) break;
    k--;
  }
  if (!sawRole) return [];
  return tokens.slice(k + 1, first);
}

const ROLE_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'in', 'from']);
const PHRASE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/**
 * "said the general secretary of the British union Unite, Tony Woodley", "The vice president of Dacia,
 * Constantin Stroe, said": a whole phrase headed by a role stands before the comma and the name. The
 * phrase must open its clause (the sentence, a comma, or the reporting verb before it) so that an object
 * ("Asked about the president, Smith said") is not read as the name's title.
 */
function roleOfBefore(tokens: Token[], comma: number, cues: CueLexicon): Token[] {
  let open = comma - 1;
  while (open >= 0 && comma - open <= 16 && tokens[open].word && !cues.match(tokens[open].text, tokens[open + 1]?.text)) open--;
  if (comma - open > 16 || open === comma - 1) return [];
  const start = open + 1;
  // The phrase opens with a determiner, a possessive or a capitalised word that is not a function word.
  const opener = tokens[start];
  const openerWord = lower(opener.text);
  // After the verb ("said chief investment officer at …, Tim Ghriskey") the phrase needs no determiner.
  const afterVerb = open >= 0 && tokens[open].word;
  if (!afterVerb && !PHRASE_DETERMINERS.has(openerWord) && !/['’]s$/.test(opener.text) &&
    !(isCapitalized(opener.text) && !CAPITALIZED_FUNCTION_WORDS.has(openerWord))) return [];
  // Its head: the last word before the first preposition (or the comma), a role noun, within six words.
  let head = start;
  while (head < comma && !ROLE_PREPOSITIONS.has(lower(tokens[head].text))) head++;
  head--;
  if (head < start || head - start > 6 || !(ROLE_NOUNS.has(lower(tokens[head].text)) || TITLE_WORDS.has(lower(tokens[head].text)))) return [];
  for (let k = start + 1; k < head; k++) if (CAPITALIZED_FUNCTION_WORDS.has(lower(tokens[k].text)) && lower(tokens[k].text) !== 'and') return [];
  let from = PHRASE_DETERMINERS.has(openerWord) ? start + 1 : start;
  // "the firm's chief executive officer": the title is "chief executive officer".
  if (from < head && /['’]s$/.test(tokens[from].text) && !isCapitalized(tokens[from].text)) from++;
  return tokens.slice(from, comma);
}

/** ", Russia’s presidential commissioner for children’s rights," — a role noun in the apposition. */
function appositionAfter(sentence: ScannedSentence, after: number, cues: CueLexicon): Span | null {
  const tokens = sentence.tokens;
  // "Peter Boockvar an equity strategist for Miller Tabak, commented": the opening comma left out, when
  // an indefinite article opens the apposition and a comma closes it.
  const unopened = tokens[after]?.word && /^(?:a|an)$/.test(tokens[after].text);
  if (tokens[after]?.text !== ',' && !unopened) return null;
  if (unopened) after--;
  let end = after + 1;
  let role = false;
  while (end < tokens.length && end - after <= 14 && tokens[end].text !== ',' && tokens[end].text !== '.' &&
    tokens[end].text !== ';' && !/^["“”]$/.test(tokens[end].text) && !cues.match(tokens[end].text, tokens[end + 1]?.text)) {
    const word = lower(tokens[end].text);
    if (ROLE_NOUNS.has(word) || TITLE_WORDS.has(word) || word === 'counsel') role = true;
    end++;
  }
  if (!role || end === after + 1 || (unopened && tokens[end]?.text !== ',')) return null;
  let from = after + 1;
  if (/^(?:a|an|the)$/i.test(tokens[from].text)) from++;
  if (from >= end) return null;
  return { start: tokens[from].start, end: tokens[end - 1].end };
}

/** "Steve Jobs said", "Ortega has also said". */
function subjectOfCue(tokens: Token[], after: number, cues: CueLexicon): boolean {
  let k = after;
  while (k < tokens.length && tokens[k].word && VERB_FILLERS.has(lower(tokens[k].text))) k++;
  const token = tokens[k];
  return !!token?.word && !!cues.match(token.text, tokens[k + 1]?.text);
}

/** "said Joe Leonard". */
function objectOfCue(tokens: Token[], first: number, cues: CueLexicon): boolean {
  const before = tokens[first - 1];
  return !!before?.word && !!cues.match(before.text, tokens[first]?.text) && tokens[first - 2]?.text !== 'to';
}

/** The surname: the last word, with a particle before it ("Al Ansari", "van Gogh"). */
function surnameOf(name: Token[]): string {
  const last = bare(name[name.length - 1].text);
  const before = name[name.length - 2];
  if (before && name.length > 2 && NAME_PARTICLES.has(lower(before.text))) return `${before.text} ${last}`;
  if (before && name.length === 3 && NAME_PARTICLES.has(lower(before.text))) return `${before.text} ${last}`;
  return last;
}

/** Capitalised words of the introduction sentence that name an organisation, for matching roles later. */
function affiliationOf(tokens: Token[]): string {
  return tokens.filter((t) => t.word && (isCapitalized(t.text) || ORGANISATION_WORDS.has(lower(t.text))))
    .map((t) => bare(t.text)).join(' ');
}

/** The words as written, without a final possessive: "Netanyahu’s" → "Netanyahu". */
function joinName(slice: (from: number, to: number) => string, tokens: Token[]): string {
  const last = tokens[tokens.length - 1];
  const end = last.end - (last.text.length - bare(last.text).length);
  return slice(tokens[0].start, end).replace(/\s+/g, ' ');
}
