// The name table: the people an article names, with the title or role it gives them, and every
// full-name and surname mention. Built from the article alone: a capitalised run becomes a person on
// evidence — a title before it ("Prime Minister Benjamin Netanyahu"), a role in apposition after it
// ("Maria Lvova-Belova, Russia’s commissioner…"), or a reporting verb it is the subject of ("Steve Jobs said").

import type { Analysis } from '../analyse';
import type { Span } from '../text';
import { quotationMask } from '../spans';
import { isCapitalized, tokenize, type Token } from '../tokens';
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
export interface SentenceTokens {
  span: Span;
  paragraph: number;
  tokens: Token[];
  inQuote: boolean[];
}

const MODIFIERS = new Set([
  'official', 'senior', 'former', 'acting', 'deputy', 'chief', 'presidential', 'assistant', 'associate', 'managing',
  'general', 'vice', 'then', 'top', 'lead', 'principal', 'interim', 'incoming', 'outgoing', 'longtime', 'veteran',
  'regional', 'national', 'foreign', 'defence', 'defense', 'military', 'government', 'ministry', 'company',
  'airline', 'industry', 'aerospace', 'aviation', 'market', 'financial', 'security', 'political', 'legal',
  'communications', 'press', 'public', 'affairs', 'state', 'federal', 'executive', 'research', 'policy',
]);

export function sentenceTokens(analysis: Analysis): SentenceTokens[] {
  const inQuotation = quotationMask(analysis);
  const result: SentenceTokens[] = [];
  for (const paragraph of analysis.article.paragraphs) {
    for (const span of paragraph.sentences) {
      const tokens = tokenize(analysis.prose, span);
      result.push({ span, paragraph: paragraph.index, tokens, inQuote: tokens.map((t) => inQuotation(t.start)) });
    }
  }
  return result;
}

/** The word without a possessive: "Qatar’s" → "Qatar", "parents’" → "parents". */
const bare = (word: string) => {
  const last = word[word.length - 1];
  if (last === '’' || last === "'") return word.slice(0, -1);
  const before = word[word.length - 2];
  return (last === 's' || last === 'S') && (before === '’' || before === "'") ? word.slice(0, -2) : word;
};
const lower = (word: string) => word.toLowerCase();
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
  return (/^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase().replace(/[\s\-‐‑'’.]+/g, '');
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
        if (/['’]s$/.test(token.text) && !(tokens[j]?.word && TITLE_WORDS.has(lower(tokens[j].text)))) break;
        continue;
      }
      const next = tokens[j + 1];
      // "President of the United States Barack Obama": connectors join a title to what follows it.
      const nextNext = tokens[j + 2];
      // "and" joins two titles ("Secretary and Director of …"), not a name to the next person
      // ("Minister Ian MacDonald and Mr Kowalczyk").
      const joinsTitles = lower(token.text) !== 'and' || TITLE_WORDS.has(lower(tokens[j - 1]?.text ?? '')) ||
        ORGANISATION_WORDS.has(lower(tokens[j - 1]?.text ?? ''));
      const connects = TITLE_CONNECTORS.has(lower(token.text)) && joinsTitles && runHasTitle(tokens, first, j) &&
        (isCapitalized(next?.text ?? '') || (TITLE_CONNECTORS.has(lower(next?.text ?? '')) && isCapitalized(nextNext?.text ?? '')));
      const joins = token.word && next?.word && (connects || (isCapitalized(next.text) && NAME_PARTICLES.has(lower(token.text))));
      if (joins) { j++; continue; }
      break;
    }
    runs.push({ tokens: tokens.slice(first, j), first });
    i = Math.max(j, i + 1);
  }
  return runs;
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
  evidence: boolean;
  apposition: Span | null;
  sentence: number;
  inQuote: boolean;
}

export function buildNameTable(analysis: Analysis, sentences: SentenceTokens[], cues: CueLexicon): NameTable {
  // How often each capitalised word occurs: a surname that recurs is a person's, not an organisation's tail.
  const wordCounts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      if (!token.word || !isCapitalized(token.text)) continue;
      const word = bare(token.text);
      wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
    }
  }
  const candidates: NameCandidate[] = [];
  sentences.forEach((sentence, s) => {
    for (const run of capitalizedRuns(sentence.tokens)) {
      const candidate = splitRun(sentence, run, cues, s, wordCounts);
      if (candidate) candidates.push(candidate);
    }
  });

  // People: full names with evidence, merged by spelling-insensitive key. A shorter name that ends a
  // longer one ("Al Ansari" of "Majed Al Ansari") is a later reference, not another person.
  // A surname alone counts when a title stands before it: "Deputy Defense Secretary Wolfowitz".
  // A surname that proves itself a person's ("Barra, 51,", "Mr MacFarlane") proves the full name that
  // ends in it ("named Mary Barra as its chief executive").
  const personSurnames = new Set(candidates.filter((c) => c.name.length === 1 && (c.aged || (c.evidence && titledSurname(c))))
    .map((c) => nameKey(bare(c.name[0].text))));
  if (personSurnames.size) {
    for (const c of candidates) if (c.name.length >= 2 && personSurnames.has(nameKey(bare(c.name[c.name.length - 1].text)))) c.evidence = true;
  }
  const evidenced = candidates.filter((c) => c.evidence && !opensWithParticle(c.name) &&
    (c.name.length >= 2 || titledSurname(c)));
  // Each candidate's name key, computed once (it is asked for up to three times).
  const fullKeys = new Map<NameCandidate, string>();
  const fullKeyOf = (c: NameCandidate) => {
    let key = fullKeys.get(c);
    if (key === undefined) {
      key = nameKey(c.name.map((t) => bare(t.text)).join(' '));
      fullKeys.set(c, key);
    }
    return key;
  };
  const longestFirst = [...evidenced].sort((a, b) => b.name.length - a.name.length);
  const tails = new Set<string>();
  const accepted = new Set<NameCandidate>();
  for (const c of longestFirst) {
    const key = fullKeyOf(c);
    if (tails.has(key)) continue;
    accepted.add(c);
    for (let k = 1; k < c.name.length; k++) tails.add(nameKey(c.name.slice(k).map((t) => bare(t.text)).join(' ')));
  }
  const people: Person[] = [];
  const byKey = new Map<string, Person>();
  for (const c of evidenced) {
    if (!accepted.has(c)) continue;
    const key = fullKeyOf(c);
    if (byKey.has(key)) continue;
    const name = joinName(analysis.prose, c.name);
    const titleWords = [...c.roleBefore, ...c.title];
    const title = c.apposition ? analysis.prose.slice(c.apposition.start, c.apposition.end).replace(/\s+/g, ' ')
      : titleWords.length ? joinName(analysis.prose, titleWords) : null;
    const person: Person = {
      index: people.length,
      name,
      title,
      surname: surnameOf(c.name),
      // A surname alone ("Mr MacFarlane", "Secretary Wolfowitz") gives no first name.
      given: c.name.length > 1 ? c.name[0].text : null,
      gender: [...titleWords, ...(c.courtesy ? [c.courtesy] : [])].map((t) => genderOfTitle(t.text)).find((g) => g) ?? null,
      introduced: null,
      affiliation: affiliationOf(sentences[c.sentence]),
      mentions: [],
    };
    people.push(person);
    byKey.set(key, person);
  }

  // Mentions: every run that is a known full name, or a known surname.
  const bySurname = new Map<string, Person[]>();
  for (const person of people) {
    const key = nameKey(person.surname);
    bySurname.set(key, [...(bySurname.get(key) ?? []), person]);
  }
  const mentions: Mention[] = [];
  for (const c of candidates) {
    const fullKey = fullKeyOf(c);
    const full = byKey.get(fullKey);
    const lastWord = c.name[c.name.length - 1];
    const span = { start: c.name[0].start, end: lastWord.end - (lastWord.text.length - bare(lastWord.text).length) };
    if (full) {
      const mention: Mention = { start: span.start, end: span.end, text: analysis.prose.slice(span.start, span.end), kind: 'full', person: full.index, inQuote: c.inQuote };
      mentions.push(mention);
      full.mentions.push(mention);
      if (!full.introduced && !c.inQuote) full.introduced = span;
      continue;
    }
    // A surname alone ("Al Ansari", "Lvova-Belova"), or the end of a longer run ("Mr. Lewis").
    for (let k = 0; k < c.name.length; k++) {
      const rest = c.name.slice(k);
      const found = bySurname.get(nameKey(rest.map((t) => bare(t.text)).join(' ')));
      if (found && found.length === 1) {
        const start = rest[0].start;
        const last = rest[rest.length - 1];
        const end = last.end - (last.text.length - bare(last.text).length);
        const mention: Mention = { start, end, text: analysis.prose.slice(start, end), kind: 'surname', person: found[0].index, inQuote: c.inQuote };
        mentions.push(mention);
        found[0].mentions.push(mention);
        break;
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const person of people) {
    person.mentions.sort((a, b) => a.start - b.start);
    if (!person.introduced) person.introduced = person.mentions.find((m) => m.kind === 'full') ?? null;
  }
  return { people, mentions };
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
function titledSurname(c: NameCandidate): boolean {
  const last = c.title[c.title.length - 1] ?? c.courtesy;
  if (c.name.length !== 1 || !last || ORGANISATION_WORDS.has(lower(bare(c.name[0].text)))) return false;
  if (COURTESY.test(last.text)) return !c.inQuote;
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

/** Title and name of a capitalised run, and whether the text gives evidence that it names a person. */
function splitRun(sentence: SentenceTokens, run: Run, cues: CueLexicon, index: number, wordCounts: Map<string, number>): NameCandidate | null {
  let tokens = run.tokens;
  let first = run.first;
  while (tokens.length && CAPITALIZED_FUNCTION_WORDS.has(lower(tokens[0].text))) {
    tokens = tokens.slice(1);
    first++;
  }
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
    while (k > 0 && (NAME_PARTICLES.has(lower(name[k].text)) || /^\p{Lu}\.$/u.test(name[k].text) ||
      (k > 0 && NAME_PARTICLES.has(lower(name[k - 1].text))))) k--;
    name = name.slice(Math.max(0, k));
    if (!isCapitalized(name[0]?.text ?? '')) return null;
  }
  // "EADS N.V.": capitals and initials only are an abbreviation, not a name.
  if (name.length === 0 || name.every((t) => !/\p{Ll}/u.test(t.text))) return null;
  const last = name[name.length - 1];
  if (ORGANISATION_WORDS.has(lower(bare(last.text))) || /['’]s$/.test(name[0].text) && name.length === 1) {
    return null;
  }
  // A possessive at the end ("Netanyahu’s") still names the person.
  const inQuote = sentence.inQuote[first] ?? false;
  // "chairman of Chrysler LLC Jim Press": the role stands before "of" and the organisation.
  const ofRole = organisationEnd >= 0 && lower(sentence.tokens[run.first - 1]?.text ?? '') === 'of' ? rolesBefore(sentence.tokens, run.first - 1, cues) : [];
  const afterIndex = run.first + run.tokens.length;
  const roleBefore = ofRole.length ? ofRole : rolesBefore(sentence.tokens, first, cues, sentence.tokens[afterIndex]?.text === ',');
  const apposition = appositionAfter(sentence, afterIndex, cues);
  // "of North Rhine-Westphalia remarked": the object of a preposition is not the verb's subject.
  const object = !afterOrganisation && PREPOSITIONS.has(lower(sentence.tokens[run.first - 1]?.text ?? ''));
  const speaks = (!object && (subjectOfCue(sentence.tokens, afterIndex, cues) || subjectOfCue(sentence.tokens, pastAffiliation(sentence.tokens, afterIndex), cues))) ||
    objectOfCue(sentence.tokens, first, cues) || sentence.tokens[afterIndex]?.text === ':';
  const recurs = (wordCounts.get(bare(last.text)) ?? 0) >= 2;
  const evidence = afterOrganisation ? speaks || roleBefore.length > 0 : trimmed ? speaks || recurs : title.length > 0 || roleBefore.length > 0 || apposition !== null || speaks;
  // "The US Treasury described": a person's name takes no article (a titled one may: "the Prime Minister X").
  const article = title.length === 0 && roleBefore.length === 0 && lower(sentence.tokens[first - 1]?.text ?? '') === 'the';
  // "Barra, 51, will be the first woman…": an age in apposition is said of people.
  const age = sentence.tokens[afterIndex]?.text === ',' && /^\d{1,2}$/.test(sentence.tokens[afterIndex + 1]?.text ?? '') &&
    (sentence.tokens[afterIndex + 2]?.text === ',' || (sentence.tokens[afterIndex + 2]?.text === '.' && afterIndex + 3 === sentence.tokens.length));
  const courtesy = title.length === 0 && first > run.first && COURTESY.test(run.tokens[first - run.first - 1].text) ? run.tokens[first - run.first - 1] : null;
  return { name, title, courtesy, roleBefore, evidence: !article && (evidence || age || (courtesy !== null && !inQuote)), aged: age && !inQuote, apposition, sentence: index, inQuote };
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
function appositionAfter(sentence: SentenceTokens, after: number, cues: CueLexicon): Span | null {
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
function affiliationOf(sentence: SentenceTokens): string {
  return sentence.tokens.filter((t) => t.word && (isCapitalized(t.text) || ORGANISATION_WORDS.has(lower(t.text))))
    .map((t) => bare(t.text)).join(' ');
}

/** The words as written, without a final possessive: "Netanyahu’s" → "Netanyahu". */
function joinName(prose: string, tokens: Token[]): string {
  const last = tokens[tokens.length - 1];
  const end = last.end - (last.text.length - bare(last.text).length);
  return prose.slice(tokens[0].start, end).replace(/\s+/g, ' ');
}
