// analyse(text, options) → Analysis: the article, what the engines understood, and the findings.
// Pure: no editor, no file system. The server caches one Analysis per document version.

import { compareFindings, type Finding, type SeveritySetting } from './finding';
import { findPublicationDate, type PublicationDate } from './pubdate';
import { scanQuotes, type QuoteScan } from './quotes/scanner';
import { RULES } from './rules';
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
}

export interface ResolvedOptions {
  format: Format;
  publicationDate: string | null;
  rules: Readonly<Record<string, SeveritySetting | undefined>>;
  quoteStyle: QuoteStyle;
}

export interface Analysis {
  text: string;
  /** `text` with everything that is not prose blanked (same length): what the engines read. */
  prose: string;
  options: ResolvedOptions;
  article: Article;
  publicationDate: PublicationDate | null;
  quotes: QuoteScan;
  findings: Finding[];
}

export function resolveOptions(options: AnalysisOptions = {}): ResolvedOptions {
  return {
    format: options.format ?? 'plaintext',
    publicationDate: options.publicationDate ?? null,
    rules: options.rules ?? {},
    quoteStyle: options.quoteStyle ?? 'auto',
  };
}

export function analyse(text: string, options: AnalysisOptions = {}): Analysis {
  const resolved = resolveOptions(options);
  const article = parseArticle(text, resolved.format);
  const analysis: Analysis = {
    text,
    prose: article.prose,
    options: resolved,
    article,
    publicationDate: findPublicationDate(article, resolved.publicationDate),
    quotes: scanQuotes(article),
    findings: [],
  };
  analysis.findings = runRules(analysis);
  return analysis;
}

/**
 * A degenerate input (thousands of stray marks) must not bury the editor: each rule lists at most
 * this many findings, then one more that says how many it left out.
 */
export const FINDINGS_PER_RULE = 500;

function runRules(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = analysis.options.rules[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    const drafts = rule.check(analysis);
    if (drafts.length > FINDINGS_PER_RULE) {
      drafts.sort((a, b) => a.start - b.start);
      const first = drafts[FINDINGS_PER_RULE];
      const left = drafts.length - FINDINGS_PER_RULE;
      drafts.length = FINDINGS_PER_RULE;
      drafts.push({
        start: first.start,
        end: first.end,
        message: `${left.toLocaleString('en-US')} more ${rule.id} problems from here on are not listed ` +
          `(at most ${FINDINGS_PER_RULE} per rule in one document).`,
      });
    }
    for (const draft of drafts) {
      findings.push({
        rule: rule.id,
        severity: draft.severity && lower(draft.severity, setting) ? draft.severity : setting,
        message: draft.message,
        start: draft.start,
        end: draft.end,
        fixes: draft.fixes ?? [],
        related: draft.related ?? [],
        ...(draft.explanation ? { explanation: draft.explanation } : {}),
      });
    }
  }
  return findings.sort(compareFindings);
}

const RANK = { error: 0, warning: 1, information: 2, hint: 3 } as const;

function lower(a: keyof typeof RANK, b: keyof typeof RANK): boolean {
  return RANK[a] > RANK[b];
}
