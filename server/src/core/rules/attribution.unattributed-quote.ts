import type { Analysis } from '../analyse';
import { CueLexicon } from '../quotes/cues';
import type { Quotation } from '../quotes/scanner';
import { isCapitalized, letterOrFigureAt, tokenize, type Token } from '../tokens';
import { isSpaceCode } from '../sentences';
import { firstStartingFrom, lowerBound } from '../spans';
import { excerpt, inHeadline, sentenceIndexAt } from './attribution.common';
import type { Draft, Rule } from './rule';

/** A direct quotation this long (in words, over all its parts) needs a speaker. */
export const MIN_WORDS = 4;

/** The words of a text quoted from a document, a sign or a chant, not from a speaker: "the sign read “…”". */
const NOT_SPOKEN = /^(?:reads?|reading|headlined|titled|entitled|inscribed|captioned|chanted|chanting|chants|slogan|banner|placard|sign|motto|caption|headline)$/i;
/** Verbs that attribute a quotation without being in the cue lexicon: "indicated that … “…”", "praised … as “…”". */
const ATTRIBUTING = /^(?:indicat(?:ed|es|ing)|prais(?:ed|es|ing)|hail(?:ed|s|ing)|assert(?:ed|s|ing)|express(?:ed|es|ing)|recount(?:ed|s|ing)|describ(?:ed|es|ing)|call(?:ed|s|ing)|term(?:ed|ing)|label(?:l?ed|s|l?ing)|brand(?:ed|ing)|quot(?:ed|es|ing)|according|cit(?:ed|es|ing)|writ(?:es|ing|ten)|wrote|tweet(?:ed|s|ing)|post(?:ed|ing)|stat(?:ed|es|ing)|dubb(?:ed|ing))$/i;
/** Written sources a partial quotation may come from: "the Act gives the Treasury permission “to deal in gold”". */
const DOCUMENT = /^(?:act|law|statute|statement|agreement|report|website|site|page|letter|treaty|ruling|bill|document|resolution|constitution|memo|memorandum|e-?mail|filing|complaint|lawsuit|suit|release|decision|verdict|judgment|judgement|contract|policy|guidelines|regulations?|code|charter|manifesto|advert|advertisement|label|sign|banner|poster|headline|tweet|post|blog|announcement|notice|order|directive|communiqué|communique|declaration|transcript|minutes|brochure|study|survey|paper|article|book|editorial)s?$/i;

export const attributionUnattributedQuote: Rule = {
  id: 'attribution.unattributed-quote',
  title: 'Direct quotation with no speaker',
  severity: 'warning',
  fixable: false,
  summary: 'A direct quotation of four or more words that names no speaker: no reporting verb with a subject, no "according to", no running quote.',
  check(analysis) {
    const { quotes, attribution } = analysis;
    const cues = analysis.cues;
    const drafts: Draft[] = [];
    // Both read the whole article: built at the first quotation that needs them (most quotations have a speaker).
    let doublesOutnumberSingles: boolean | undefined;
    let index: ArticleIndex | undefined;
    for (const quotation of quotes.quotations) {
      if (quotation.depth !== 0 || quotation.continuesFrom !== null) continue;
      const found = attribution.attributions[quotation.index];
      if (!found || found.kind !== 'direct' || found.speaker) continue;
      if (inHeadline(analysis, quotation.start)) continue;
      // An apostrophe read as an opening mark (O'Reilly): not a quotation at all.
      if (/[\p{L}\p{N}]/u.test(analysis.prose[quotation.open - 1] ?? '')) continue;
      // Single marks at the top level of copy that quotes in double marks: an apostrophe taken for a quote.
      if (quotation.family === 'single' && (doublesOutnumberSingles ??= doublesOutnumber(analysis))) continue;
      const chain = chainOf(analysis, quotation);
      // An unclosed quotation is quote.unbalanced's problem; where it ends is a guess.
      const last = chain[chain.length - 1];
      if (last.close === null) continue;
      if (chain.some((q) => attribution.attributions[q.index]?.speaker)) continue;
      const words = chain.reduce((sum, q) => sum + wordsIn(analysis, q), 0);
      if (words < MIN_WORDS) continue;
      const context = new QuoteContext(analysis, (index ??= new ArticleIndex(analysis)), quotation, last, cues);
      if (context.attributedNearby()) continue;
      const named = context.nameAfter();
      drafts.push({
        start: quotation.start,
        end: quotation.end,
        message: named
          ? `The quotation ${excerpt(analysis, quotation)} is followed by “${named}” but no reporting verb: add “said”.`
          : `No speaker for the quotation ${excerpt(analysis, quotation)}: say who said it (“…,” she said).`,
        explanation: [
          `A direct quotation of ${words} words needs a speaker. Tried, in order:`,
          '',
          '- **explicit**: a reporting verb and its subject in the quotation’s sentence (`“…,” X said` · `said X` · `X said: “…”`), or a partial quotation woven into a sentence whose subject is a person;',
          '- **according to**: `according to X` in the sentence;',
          '- **running quote**: a paragraph that is only a quotation, right after a paragraph whose quotation has a speaker.',
          '',
          'None of them found one, and no reporting verb stands next to the quotation. Scare quotes of one to three ' +
            'words, titles and nicknames are not reported, nor are quotations of a document named in the sentence.',
        ].join('\n'),
      });
    }
    return drafts;
  },
};

/** Whether the article's top-level quotations outside headlines are more often in double marks than in single. */
function doublesOutnumber(analysis: Analysis): boolean {
  const topLevel = analysis.quotes.quotations.filter((q) => q.depth === 0 && !inHeadline(analysis, q.start));
  const doubles = topLevel.filter((q) => q.family === 'double').length;
  return doubles > topLevel.length - doubles;
}

/** The quotation and the running-quote parts that continue it in the next paragraphs. */
function chainOf(analysis: Analysis, first: Quotation): Quotation[] {
  const chain: Quotation[] = [];
  const all = analysis.quotes.quotations;
  for (let q: Quotation | undefined = first; q && chain.length < 100; q = q.continuesTo !== null ? all[q.continuesTo] : undefined) {
    chain.push(q);
  }
  return chain;
}

/**
 * The quotation's words: runs between white space with a letter or a figure in them. Counted in place, not
 * split into strings: a quotation left running can be a page long.
 */
function wordsIn(analysis: Analysis, quotation: Quotation): number {
  const prose = analysis.prose;
  const end = quotation.close ?? quotation.end;
  let words = 0;
  let inWord = false;
  for (let i = quotation.start + 1; i < end; i++) {
    const c = prose.charCodeAt(i);
    if (isSpaceCode(c)) inWord = false;
    else if (!inWord && letterOrFigureAt(prose, i, end)) {
      words++;
      inWord = true;
    }
  }
  return words;
}

const QUOTE_MARK = /^["“”‘’'«»„]$/;
const BE = /^(?:is|are|was|were|be|been|being)$/i;

/** "sales are predicted to…": a passive is no speaker. */
function passive(tokens: Token[], cue: number): boolean {
  return BE.test(tokens[cue - 1]?.text ?? '') || (BE.test(tokens[cue - 2]?.text ?? '') && /ly$/i.test(tokens[cue - 1]?.text ?? ''));
}

/**
 * Per-sentence facts, answered for the few sentences around unattributed quotations by binary searches
 * over the article's events, mentions and quotations (all in document order) rather than read for all.
 */
class ArticleIndex {
  /** Top-level quotations in document order. */
  readonly topLevel: Quotation[];

  constructor(private readonly analysis: Analysis) {
    this.topLevel = analysis.quotes.quotations.filter((q) => q.depth === 0).sort((a, b) => a.start - b.start);
  }

  /** Whether a sentence has a reporting verb that has a subject (passives aside). */
  speaking(sentence: number): boolean {
    const { events } = this.analysis.attribution;
    for (let e = lowerBound(events, sentence, (event) => event.sentence); e < events.length && events[e].sentence === sentence; e++) {
      if (events[e].subject && !passive(this.analysis.sentences[sentence].tokens, events[e].cueToken)) return true;
    }
    return false;
  }

  /** Whether a sentence names a person of the name table outside quotations. */
  naming(sentence: number): boolean {
    const { mentions } = this.analysis.people;
    const { start, end } = this.analysis.sentences[sentence].span;
    for (let m = firstStartingFrom(mentions, start); m < mentions.length && mentions[m].start < end; m++) {
      if (!mentions[m].inQuote) return true;
    }
    return false;
  }

  /** Whether a quotation with a speaker opens in a sentence. */
  quoting(sentence: number): boolean {
    const { start, end } = this.analysis.sentences[sentence].span;
    for (let q = firstStartingFrom(this.topLevel, start); q < this.topLevel.length && this.topLevel[q].start < end; q++) {
      if (this.analysis.attribution.attributions[this.topLevel[q].index]?.speaker) return true;
    }
    return false;
  }

  /** The top-level quotation that ends last before an offset. */
  previousQuotation(offset: number): Quotation | undefined {
    let low = 0;
    let high = this.topLevel.length - 1;
    let found: Quotation | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.topLevel[middle].end <= offset) { found = this.topLevel[middle]; low = middle + 1; } else high = middle - 1;
    }
    return found;
  }
}

/**
 * What surrounds an unattributed quotation. The engine may miss a speaker an editor sees at once; these
 * are the signs that the writer did attribute it, so that the rule stays quiet (precision first).
 */
class QuoteContext {
  private readonly sentenceIndex: number;

  constructor(private readonly analysis: Analysis, private readonly index: ArticleIndex, private readonly quotation: Quotation,
    private readonly last: Quotation,
    private readonly cues: CueLexicon) {
    this.sentenceIndex = sentenceIndexAt(analysis, quotation.start);
  }

  attributedNearby(): boolean {
    return this.verbBefore() || this.verbAfter() || this.wovenWithSource() || this.followsSpeaker() || this.precedesSpeaker();
  }

  private get sentence() {
    return this.sentenceIndex >= 0 ? this.analysis.sentences[this.sentenceIndex] : undefined;
  }

  /** Word tokens of the sentence before the opening mark, outside quotations. */
  private wordsBefore(): Token[] {
    const sentence = this.sentence;
    if (!sentence) return [];
    return sentence.tokens.filter((t, i) => t.end <= this.quotation.start && t.word && !sentence.inQuote[i]);
  }

  private isCue(tokens: Token[], i: number): boolean {
    const token = tokens[i];
    return !!this.cues.match(token.text, tokens[i + 1]?.text) || ATTRIBUTING.test(token.text) || NOT_SPOKEN.test(token.text);
  }

  /** "…, saying, “…”", "commented: “…”", "described him as “…”": a reporting verb up to three words before. */
  private verbBefore(): boolean {
    const sentence = this.sentence;
    if (!sentence) return false;
    const before = sentence.tokens.filter((t) => t.end <= this.quotation.start);
    let words = 0;
    for (let i = before.length - 1; i >= 0 && words < 3; i--) {
      const token = before[i];
      if (QUOTE_MARK.test(token.text) || /^[.!?;]$/.test(token.text)) break;
      if (!token.word) continue;
      words++;
      if (this.isCue(before, i)) return true;
    }
    return false;
  }

  /** "“…,” Alan Mulally remembered asking", "“…” as stated on the website": a verb up to four words after. */
  private verbAfter(): boolean {
    const tokens = this.tokensAfter();
    let words = 0;
    for (let i = 0; i < tokens.length && words < 4; i++) {
      if (!tokens[i].word) continue;
      words++;
      if (this.isCue(tokens, i)) return true;
    }
    return false;
  }

  /** Tokens after the closing mark, to the end of the sentence, the next quotation or 120 characters. */
  private tokensAfter(): Token[] {
    const paragraph = this.analysis.article.paragraphs[this.last.paragraph];
    const end = Math.min(paragraph.end, this.last.end + 120);
    const tokens = tokenize(this.analysis.prose, { start: this.last.end, end });
    const stop = tokens.findIndex((t) => QUOTE_MARK.test(t.text) || /^[.!?;]$/.test(t.text));
    return stop >= 0 ? tokens.slice(0, stop) : tokens;
  }

  /** "“…,” Jesse Toprak, an analyst": a capitalised name right after the quotation, for the message. */
  nameAfter(): string | null {
    const tokens = this.tokensAfter();
    let k = 0;
    while (k < tokens.length && !tokens[k].word) k++;
    const name: Token[] = [];
    while (k < tokens.length && tokens[k].word && isCapitalized(tokens[k].text)) name.push(tokens[k++]);
    if (name.length < 2) return null;
    return this.analysis.prose.slice(name[0].start, name[name.length - 1].end);
  }

  /**
   * A partial quotation woven into a sentence that names a person or speaker, or a document it comes
   * from: "Greg Joswiak indicated that it is for people who want “an easy-to-use option…”".
   */
  private wovenWithSource(): boolean {
    const before = this.wordsBefore();
    if (before.length === 0) return false;
    const named = this.index.naming(this.sentenceIndex);
    const speaking = this.index.speaking(this.sentenceIndex);
    const document = before.some((t) => DOCUMENT.test(t.text));
    return named || speaking || document || before.some((_, i) => this.isCue(before, i));
  }

  /**
   * A quotation that ends its sentence right before a sentence of the same paragraph that names a person or
   * has a speaker: "“We will fight for every school.” That was the message from Mayor Dana Whitfield."
   */
  private precedesSpeaker(): boolean {
    const endsSentence = /[.!?…]/.test(this.analysis.prose[(this.last.close ?? this.last.end) - 1] ?? '');
    if (!endsSentence && this.tokensAfter().some((t) => t.word)) return false;
    const s = sentenceIndexAt(this.analysis, this.last.end - 1);
    const next = s >= 0 ? this.analysis.sentences[s + 1] : undefined;
    if (!next || next.paragraph !== this.last.paragraph) return false;
    return this.index.naming(s + 1) || this.index.speaking(s + 1);
  }

  /**
   * A quotation that opens its sentence right after a sentence of the same paragraph with a speaker ("Dieter
   * Zetsche denied allegations. “We do not exclude…”"), after another attributed quotation with nothing but
   * punctuation between, or after a paragraph that ends with a colon.
   */
  private followsSpeaker(): boolean {
    if (this.wordsBefore().length > 0) return false;
    const { analysis, quotation } = this;
    const previous = this.index.previousQuotation(quotation.start);
    if (previous && previous.paragraph === quotation.paragraph && analysis.attribution.attributions[previous.index]?.speaker &&
      !/[\p{L}\p{N}]/u.test(analysis.prose.slice(previous.end, quotation.start))) return true;
    const s = this.sentenceIndex;
    const prior = s > 0 ? analysis.sentences[s - 1] : undefined;
    if (!prior) return false;
    if (prior.paragraph === this.sentence!.paragraph) {
      if (this.index.speaking(s - 1) || this.index.quoting(s - 1)) return true;
    }
    return /:\s*$/.test(analysis.prose.slice(prior.span.start, prior.span.end));
  }
}
