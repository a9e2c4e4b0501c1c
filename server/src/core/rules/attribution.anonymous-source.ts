import { incremental, memo } from '../incremental';
import type { Paragraph as TextParagraph, Span } from '../text';
import type { Token } from '../tokens';
import { paragraphViews, type ParagraphViews } from './attribution.common';
import type { Draft, Rule } from './rule';

/** Reasons for anonymity: any of these in the article explains its unnamed sources. */
const REASONS = [
  /condition (?:of|that they not be|that he not be|that she not be) (?:anonymity|named|identified)/i,
  /not (?:authori[sz]ed|allowed|permitted|cleared) to (?:speak|talk|comment|discuss|brief|disclose|release|be (?:named|identified|quoted))/i,
  /declined to be (?:named|identified)/i,
  /(?:asked|requested|wished|preferred) not to be (?:named|identified)/i,
  /spoke (?:anonymously|on background|without being named)/i,
  /(?:requested|insisted on|asked for|granted|given|on) anonymity/i,
  /(?:without|for fear of) being (?:named|identified)/i,
  /(?:refused|declined) to give (?:his|her|their) (?:full )?names?/i,
];

/** Nouns of an unnamed source. */
const SOURCE_NOUNS = new Set(['source', 'sources', 'official', 'officials']);
const PEOPLE_NOUNS = new Set(['people', 'person', 'persons', 'individuals', 'sources', 'source', 'officials', 'official']);
/** What may stand before the noun without describing the source: "a source", "two officials", "sources". */
const COUNTING = new Set(['a', 'an', 'another', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'multiple', 'many', 'other', 'various', 'numerous']);
/** Words after which a noun phrase starts: nothing before the noun describes it. */
const BOUNDARY = new Set(['and', 'but', 'that', 'as', 'while', 'when', 'because', 'although', 'though', 'after', 'before', 'since', 'so', 'yet', 'where']);
/** Reporting verbs a bare source is the subject of. */
const CUES = /^(?:said|say|says|told|tell|tells|added|confirmed|confirm|confirms|stated|indicated|suggested|claimed|claim|claims|insisted|believe|believed|believes|warned|noted|revealed|disclosed|explained|acknowledged|cautioned|conceded)$/i;
/** Between the noun and its verb: "sources also said", "officials have said". */
const FILLERS = /^(?:also|have|has|had|previously|earlier|later|on|privately|separately|reportedly|were|was|quoted|would|could|did)$/i;

export const attributionAnonymousSource: Rule = {
  id: 'attribution.anonymous-source',
  title: 'Unnamed source with no description',
  severity: 'information',
  fixable: false,
  summary: 'A bare "a source said", "officials said" or "people familiar with the matter", with no description of the source and no reason for anonymity in the article.',
  check(analysis) {
    const drafts: Draft[] = [];
    const views = paragraphViews(analysis);
    const locals: Paragraph[] = [];
    for (let k = 0; k < views.length; k++) {
      // What a paragraph holds depends on it alone: the last analysis's list, when it had the same.
      const local = memo('attribution.anonymous-source', views.paragraphs[k].text, views.context(k), () => readParagraph(views, k));
      locals.push(local);
      const base = views.paragraphs[k].start;
      for (const source of local.sources) {
        drafts.push({ start: source.start + base, end: source.end + base, message: source.message, explanation: EXPLANATION });
      }
    }
    // A reason for anonymity anywhere in the article covers its bare sources: looked for only when there
    // are some: in a paragraph, or across the line breaks a phrase may straddle.
    if (drafts.length === 0) return drafts;
    const explained = locals.some((local, i) => local.reason ?? hasReason(views.paragraphs[i].text)) ||
      reasonAcrossParagraphs(analysis.prose, views.paragraphs);
    return explained ? [] : drafts;
  },
};

const EXPLANATION = 'AP: use anonymous sources only when the material is information, not opinion, is vital to the ' +
  'story and is available only under anonymity — and then say why the source was not named ("spoke on ' +
  'condition of anonymity because they were not authorized to discuss the talks") and describe the ' +
  'source as precisely as possible ("a senior State Department official", "a person who attended the ' +
  'meeting"). Here the source is bare and the article gives no reason.';

/** A bare source found in a paragraph, offsets from its start. */
interface BareSource extends Span {
  message: string;
}

/**
 * What a paragraph says about anonymity: its bare sources, and whether it gives a reason. The reason is
 * read ahead only for a result kept for the next keystroke; a full analysis reads it when it needs it.
 */
interface Paragraph {
  sources: BareSource[];
  reason: boolean | null;
}

function readParagraph(views: ParagraphViews, k: number): Paragraph {
  return { sources: bareSources(views, k), reason: incremental() ? hasReason(views.paragraphs[k].text) : null };
}

/** The bare sources of one paragraph (none in a headline). */
function bareSources(views: ParagraphViews, k: number): BareSource[] {
  const found: BareSource[] = [];
  const paragraph = views.paragraphs[k];
  if (paragraph.headline) return found;
  const base = paragraph.start;
  for (let s = views.firstSentence(k); s < views.endSentence(k); s++) {
    const sentence = views.sentence(s);
    const tokens = sentence.tokens;
    const inQuote = sentence.inQuote;
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i].word || inQuote[i]) continue;
      // The nouns are 6 to 11 letters and start with i, o, p or s: most words are not, and need no lower-casing.
      const length = tokens[i].text.length;
      if (length < 6 || length > 11 || !NOUN_INITIALS.has(tokens[i].text.charCodeAt(0) | 0x20)) continue;
      const noun = tokens[i].text.toLowerCase();
      if (!SOURCE_NOUNS.has(noun) && !PEOPLE_NOUNS.has(noun)) continue;
      const familiar = PEOPLE_NOUNS.has(noun) && tokens[i + 1]?.text.toLowerCase() === 'familiar' &&
        tokens[i + 2]?.text.toLowerCase() === 'with' && (speaksAfter(tokens, phraseEnd(tokens, i + 2)) || attributedBefore(tokens, i));
      const saying = SOURCE_NOUNS.has(noun) && (speaksAfter(tokens, i) || accordingTo(tokens, i));
      if (!familiar && !saying) continue;
      const start = bareStart(tokens, i);
      if (start === null) continue;
      const end = familiar ? phraseEnd(tokens, i + 2) : i;
      const span = { start: tokens[start].start - base, end: tokens[end].end - base };
      const phrase = paragraph.text.slice(span.start, span.end).replace(/\s+/g, ' ');
      found.push({ ...span, message: `“${phrase}” does not say who the source is or why they are not named.` });
      i = end;
    }
  }
  return found;
}

/** First letters (lower-cased by `| 0x20`) of the nouns above. */
const NOUN_INITIALS = new Set([...SOURCE_NOUNS, ...PEOPLE_NOUNS].map((noun) => noun.charCodeAt(0)));

/**
 * Any of the reasons: one pass over a text instead of one per reason. Their spaces (always between two
 * letters) match any run of white space, as the text's line breaks folded would: no folded copy of it.
 */
const ANY_REASON = new RegExp(REASONS.map((reason) => reason.source.replace(/ /g, '\\s+')).join('|'), 'i');

/**
 * A piece every reason above has (in the order of REASONS: condition, not authorized, declined, not to be,
 * spoke, anonymity, being, to give): a text without any has no reason, found by a cheaper pass. Rarer in
 * prose than the reasons' last words ("name", "comment", "talk"), so the full pattern runs less often.
 */
const REASON_WORD = /condition|not\s+(?:authori|allowed|permitted|cleared)|declined|not\s+to\s+be|spoke|anonymity|being|to\s+give/i;

/** Whether a text (a paragraph, or paragraphs and the breaks between them) gives a reason. */
const hasReason = (text: string) => REASON_WORD.test(text) && ANY_REASON.test(text);

/**
 * A reason that runs from one paragraph into the next ("…on condition of" / "anonymity…"): the reasons'
 * words meet at a space, so only a paragraph that ends in a letter before one that starts with a letter
 * can hold one. Such runs of paragraphs are read together, with the breaks between them folded as
 * the article's prose would be.
 */
function reasonAcrossParagraphs(prose: string, paragraphs: readonly TextParagraph[]): boolean {
  const letter = (offset: number) => {
    const code = prose.charCodeAt(offset) | 0x20;
    return code >= 0x61 && code <= 0x7a;
  };
  const joined = (i: number) => i + 1 < paragraphs.length && letter(paragraphs[i].end - 1) && letter(paragraphs[i + 1].start);
  for (let i = 0; i < paragraphs.length; i++) {
    if (!joined(i)) continue;
    let last = i + 1;
    while (joined(last)) last++;
    const text = prose.slice(paragraphs[i].start, paragraphs[last].end);
    if (memo('attribution.anonymity-reason', text, '', () => hasReason(text))) return true;
    i = last;
  }
  return false;
}

/** "sources said", "officials have said". */
function speaksAfter(tokens: Token[], i: number): boolean {
  let k = i + 1;
  while (k < tokens.length && k - i <= 3 && FILLERS.test(tokens[k].text)) k++;
  return k < tokens.length && CUES.test(tokens[k].text);
}

/** "according to people familiar with…", "…, said two people familiar with…": the source of a statement. */
function attributedBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && COUNTING.has(tokens[k].text.toLowerCase())) k--;
  const before = tokens[k];
  return !!before && (CUES.test(before.text) || (before.text.toLowerCase() === 'to' && tokens[k - 1]?.text.toLowerCase() === 'according'));
}

/** "according to sources", "according to two officials" — and nothing after that describes them. */
function accordingTo(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && COUNTING.has(tokens[k].text.toLowerCase())) k--;
  if (!(tokens[k]?.text.toLowerCase() === 'to' && tokens[k - 1]?.text.toLowerCase() === 'according')) return false;
  const next = tokens[i + 1];
  return !next || !next.word;
}

/**
 * Where the bare noun phrase starts, or null when something before the noun describes the source ("a
 * senior U.S. official", "State Department officials") or refers back to one ("the officials", "those
 * sources"). Only counting words may stand before it.
 */
function bareStart(tokens: Token[], i: number): number | null {
  let k = i - 1;
  while (k >= 0 && COUNTING.has(tokens[k].text.toLowerCase())) k--;
  const before = tokens[k];
  if (!before) return k + 1;
  if (!before.word) return /^[,;:(—–-]$/.test(before.text) ? k + 1 : null;
  const word = before.text.toLowerCase();
  if (BOUNDARY.has(word) || (word === 'to' && tokens[k - 1]?.text.toLowerCase() === 'according')) return k + 1;
  // "…, said people familiar with the matter": an inverted attribution.
  if (CUES.test(before.text) && k + 1 <= i) return k + 1;
  return null;
}

/** "familiar with the matter": up to the end of the prepositional phrase (a few words, to punctuation). */
function phraseEnd(tokens: Token[], with_: number): number {
  let k = with_;
  while (k + 1 < tokens.length && k - with_ < 5 && tokens[k + 1].word && !CUES.test(tokens[k + 1].text) &&
    !FILLERS.test(tokens[k + 1].text) && !BOUNDARY.has(tokens[k + 1].text.toLowerCase())) k++;
  return k;
}
