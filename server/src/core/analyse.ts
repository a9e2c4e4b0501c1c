// analyse(text, options) → Analysis: the article, what the engines understood, and the findings.
// Pure: no editor, no file system. The server caches one Analysis per document version.

import { extractDates, type DateResult } from './dates';
import { extractFigures, type FigureResult } from './figures';
import { formatNumber } from './figures/format';
import { withIncremental, type IncrementalState } from './incremental';
import { compareFindings, type Finding, type Severity, type SeveritySetting } from './finding';
import { buildNameTable, sentenceTokens, type NameTable, type SentenceTokens } from './people/names';
import { findPublicationDate, type PublicationDate } from './pubdate';
import { attributeQuotations, type AttributionResult } from './quotes/attribution';
import { CueLexicon, DEFAULT_LOADED_VERBS } from './quotes/cues';
import { scanQuotes, type QuoteScan } from './quotes/scanner';
import { RULES, type Rule } from './rules';
import { FINDINGS_PER_RULE, type DraftList } from './rules/rule';
import { customRules, type CustomRuleSpec } from './style/custom';
import type { StyleOptions } from './style/options';
import { suppressFindings, type AcceptList } from './suppress';
import type { QuoteStyle } from './rules/quote.mixed-style';
import { parseArticle, type Article, type Format } from './text';

export interface AnalysisOptions {
  format?: Format;
  /** The publication date to use when the article states none (setting / `--date`), YYYY-MM-DD. */
  publicationDate?: string | null;
  /** Per-rule severity, or off; rules not named keep their default. */
  rules?: Readonly<Record<string, SeveritySetting | undefined>>;
  /** House style for quotation marks: `auto` follows the document's majority. */
  quoteStyle?: QuoteStyle;
  /** Reporting verbs beyond the built-in lexicon ("grumbled"), in the past tense. */
  cues?: readonly string[];
  /** Attribution verbs that pass judgement (attribution.loaded-verb), as lemmas ("claim"). */
  loadedVerbs?: readonly string[];
  /** House style for percentages: `%` (AP since 2019) or the word `percent`. */
  percentStyle?: PercentStyle;
  /** Names, abbreviations and terms accepted as written (`.copydesk.json` `accept`): their findings are dropped. */
  accept?: AcceptList;
  /** House style: preferred spellings (style.variant). */
  style?: StyleOptions;
  /** A newsroom's own rules (`custom.<name>`), from `.copydesk.json` `custom`. */
  custom?: readonly CustomRuleSpec[];
}

export type PercentStyle = '%' | 'percent';

export interface ResolvedOptions {
  format: Format;
  publicationDate: string | null;
  rules: Readonly<Record<string, SeveritySetting | undefined>>;
  quoteStyle: QuoteStyle;
  cues: readonly string[];
  loadedVerbs: readonly string[];
  percentStyle: PercentStyle;
  accept: AcceptList;
  style: StyleOptions;
  custom: readonly CustomRuleSpec[];
}

export interface Analysis {
  text: string;
  /** `text` with everything that is not prose blanked (same length): what the engines read. */
  prose: string;
  options: ResolvedOptions;
  article: Article;
  publicationDate: PublicationDate | null;
  quotes: QuoteScan;
  /** Sentences as words, each marked inside or outside a quotation. */
  sentences: SentenceTokens[];
  /** The people the article names. */
  people: NameTable;
  /** Who said each quotation, and the reporting verbs of the article. */
  attribution: AttributionResult;
  /** Every temporal expression, resolved against the publication date; the timeline (core/dates). */
  dates: DateResult;
  /** Every number, what it counts, and the facts the article states (core/figures); reads `dates`. */
  figures: FigureResult;
  /** The reporting-verb lexicon of this configuration (built once per configuration, shared). */
  cues: CueLexicon;
  findings: Finding[];
  /** Milliseconds per stage and per rule, for the benchmark and the server's log. */
  timings?: Record<string, number>;
}

export function resolveOptions(options: AnalysisOptions = {}): ResolvedOptions {
  return {
    format: options.format ?? 'plaintext',
    publicationDate: options.publicationDate ?? null,
    rules: options.rules ?? {},
    quoteStyle: options.quoteStyle ?? 'auto',
    cues: options.cues ?? [],
    loadedVerbs: options.loadedVerbs ?? DEFAULT_LOADED_VERBS,
    percentStyle: options.percentStyle ?? '%',
    accept: options.accept ?? {},
    style: options.style ?? {},
    custom: options.custom ?? [],
  };
}

/**
 * The analysis of `text`. With `incremental` (one per document, kept across its versions), stages
 * that work paragraph by paragraph reuse what the previous version's analysis computed for the
 * paragraphs that did not change (core/incremental.ts); the result is the same either way.
 */
export function analyse(text: string, options: AnalysisOptions = {}, incremental?: IncrementalState): Analysis {
  return withIncremental(incremental, () => analyseText(text, options));
}

function analyseText(text: string, options: AnalysisOptions): Analysis {
  const timings: Record<string, number> = {};
  let clock = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = now - clock;
    clock = now;
  };
  const resolved = resolveOptions(options);
  const article = parseArticle(text, resolved.format);
  lap('article');
  const analysis: Analysis = {
    text,
    prose: article.prose,
    options: resolved,
    article,
    publicationDate: findPublicationDate(article, resolved.publicationDate),
    quotes: scanQuotes(article),
    sentences: [],
    people: { people: [], mentions: [] },
    attribution: { attributions: [], events: [], mentions: [] },
    dates: { dates: [] },
    figures: { figures: [], breakdowns: [] },
    cues: cueLexicon(resolved.cues, resolved.loadedVerbs),
    findings: [],
  };
  const cues = analysis.cues;
  lap('quotes');
  analysis.sentences = sentenceTokens(analysis);
  lap('tokens');
  analysis.people = buildNameTable(analysis, analysis.sentences, cues);
  lap('people');
  analysis.attribution = attributeQuotations(analysis, analysis.sentences, analysis.people, cues);
  lap('attribution');
  analysis.dates = extractDates(analysis);
  lap('dates');
  analysis.figures = extractFigures(analysis);
  lap('figures');
  analysis.timings = timings;
  analysis.findings = runRules(analysis);
  lap('rules');
  return analysis;
}

export { FINDINGS_PER_RULE } from './rules/rule';

/** The lexicon for one configuration, built once: the same settings serve every keystroke. */
let lastLexicon: { cues: readonly string[]; loadedVerbs: readonly string[]; lexicon: CueLexicon } | null = null;
function cueLexicon(cues: readonly string[], loadedVerbs: readonly string[]): CueLexicon {
  // Compared word by word (the server passes the same arrays while nothing changed): no serialisation per analysis.
  if (!lastLexicon || !sameWords(lastLexicon.cues, cues) || !sameWords(lastLexicon.loadedVerbs, loadedVerbs)) {
    lastLexicon = { cues: [...cues], loadedVerbs: [...loadedVerbs], lexicon: new CueLexicon(cues, loadedVerbs) };
  }
  return lastLexicon.lexicon;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function runRules(analysis: Analysis): Finding[] {
  const timings = analysis.timings;
  const reports: Array<{ rule: Rule; setting: Severity; drafts: DraftList }> = [];
  // Most configurations set no severity: then no look-up by id (a keyed read per rule) is needed.
  const configured = analysis.options.rules;
  const anyConfigured = Object.keys(configured).length > 0;
  // One clock reading per rule: each rule's end is the next one's start (findings are made after, untimed).
  let clock = performance.now();
  for (const rule of rulesFor(analysis.options.custom)) {
    const setting = (anyConfigured ? configured[rule.id] : undefined) ?? rule.severity;
    if (setting === 'off') continue;
    const drafts = rule.check(analysis);
    if (timings) {
      const now = performance.now();
      timings[timingKey(rule)] = now - clock;
      clock = now;
    }
    if (drafts.length > 0) reports.push({ rule, setting, drafts });
  }
  const findings: Finding[] = [];
  for (const { rule, setting, drafts } of reports) {
    // Drafts a rule only counted (`draftsInOrder`) lie past the cap: they count among those left out.
    const total = drafts.length + (drafts.unbuilt ?? 0);
    if (total > FINDINGS_PER_RULE) {
      drafts.sort((a, b) => a.start - b.start);
      const first = drafts[FINDINGS_PER_RULE];
      const left = total - FINDINGS_PER_RULE;
      drafts.length = FINDINGS_PER_RULE;
      drafts.push({
        start: first.start,
        end: first.end,
        message: `${formatNumber(left)} more ${rule.id} problems from here on are not listed ` +
          `(at most ${FINDINGS_PER_RULE} per rule in one document).`,
      });
    }
    for (const draft of drafts) {
      const finding: Finding = {
        rule: rule.id,
        severity: draft.severity && lower(draft.severity, setting) ? draft.severity : setting,
        message: draft.message,
        start: draft.start,
        end: draft.end,
        fixes: draft.fixes ?? [],
        related: draft.related ?? [],
      };
      if (draft.explanation) finding.explanation = draft.explanation;
      findings.push(finding);
    }
  }
  // Directives in the text and the accept list of `.copydesk.json` (core/suppress.ts).
  return capFindings(suppressFindings(findings.sort(compareFindings), analysis.article, analysis.options.accept));
}

/** The registry's rules, then the newsroom's own (core/style/custom.ts, compiled once per configuration): one list per configuration. */
let lastRules: { custom: readonly Rule[]; rules: readonly Rule[] } | null = null;
function rulesFor(specs: readonly CustomRuleSpec[]): readonly Rule[] {
  const custom = customRules(specs);
  if (custom.length === 0) return RULES;
  if (lastRules?.custom !== custom) lastRules = { custom, rules: [...RULES, ...custom] };
  return lastRules.rules;
}

/** `rule <id>`, the rule's entry in the timings, made once per rule rather than once per analysis. */
const timingKeys = new WeakMap<Rule, string>();
function timingKey(rule: Rule): string {
  let key = timingKeys.get(rule);
  if (key === undefined) timingKeys.set(rule, key = `rule ${rule.id}`);
  return key;
}

/** And the whole document at most this many, so a degenerate input stays a list an editor can use. */
export const FINDINGS_PER_DOCUMENT = 2000;

/** Past the cap, the first finding left out says how many follow (under its rule, so it renders like any other). */
function capFindings(findings: Finding[]): Finding[] {
  if (findings.length <= FINDINGS_PER_DOCUMENT) return findings;
  const first = findings[FINDINGS_PER_DOCUMENT];
  const left = findings.length - FINDINGS_PER_DOCUMENT;
  const kept = findings.slice(0, FINDINGS_PER_DOCUMENT);
  kept.push({
    rule: first.rule,
    severity: first.severity,
    message: `${formatNumber(left)} more problems from here on are not listed ` +
      `(at most ${formatNumber(FINDINGS_PER_DOCUMENT)} in one document).`,
    start: first.start,
    end: first.end,
    fixes: [],
    related: [],
  });
  return kept;
}

const RANK = { error: 0, warning: 1, information: 2, hint: 3 } as const;

function lower(a: keyof typeof RANK, b: keyof typeof RANK): boolean {
  return RANK[a] > RANK[b];
}
