// Suppression: findings the desk has looked at and decided to keep as written.
//
// In-document directives, the same in every format (an HTML comment: Markdown hides it, a CMS strips it,
// and in plain text and `.news` it stands alone on its line as an editor's note):
//   <!-- copydesk-disable-next-line [rule-id …] -->   the next non-blank line
//   <!-- copydesk-disable [rule-id …] -->             from here on (to the end, or until enabled)
//   <!-- copydesk-enable [rule-id …] -->              ends it
// No id means every rule; several ids are separated by spaces or commas; ` -- ` starts a free-text reason.
// For a finding, the last directive before it that names its rule (or all rules) decides.
//
// And the accept list of `.copydesk.json`: names, abbreviations and terms the house accepts as written.
// Pure and linear: one pass over the directives, one over the (sorted) findings.

import type { Finding, TextEdit } from './finding';
import type { Article, Span } from './text';

export interface AcceptList {
  /** People and organisations spelled as the house spells them: attribution.* findings on them are dropped. */
  names?: readonly string[];
  /** Abbreviations the house uses without spelling out: style.abbreviation-* findings on them are dropped. */
  abbreviations?: readonly string[];
  /** Words and spellings the house accepts: style.variant and custom.* findings on them are dropped. */
  terms?: readonly string[];
}

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

export interface Directive extends Span {
  kind: DirectiveKind;
  /** The rule ids named, or null for every rule. */
  rules: string[] | null;
  /** For disable-next-line: the line it covers, or null when no line follows. */
  target: Span | null;
}

/** More directives than this in one article is not editing: the rest are ignored, so a pathological input stays cheap. */
export const MAX_DIRECTIVES = 10_000;

// Bounded quantifiers and literal anchors: no backtracking blow-up on a long comment.
const DIRECTIVE = /^<!--[ \t]*copydesk-(disable-next-line|disable|enable)(?=[\s,]|-->)([^]{0,2000}?)-->$/;
/** Plain text: a directive is a whole line (leading and trailing blanks allowed). */
const DIRECTIVE_LINE = /^[ \t]*(<!--[ \t]*copydesk-[^\r\n]{0,2000}?-->)[ \t]*$/gm;

/** The directives of an article, in document order. */
export function findDirectives(article: Article): Directive[] {
  const text = article.text;
  const candidates: Span[] = [];
  if (article.format === 'markdown') {
    candidates.push(...article.comments);
  } else {
    // Only when the text mentions it at all: most articles pay one indexOf.
    if (text.indexOf('copydesk-') >= 0) {
      DIRECTIVE_LINE.lastIndex = 0;
      for (let match = DIRECTIVE_LINE.exec(text); match; match = DIRECTIVE_LINE.exec(text)) {
        const start = match.index + match[0].indexOf('<!--');
        candidates.push({ start, end: start + match[1].length });
        if (candidates.length > MAX_DIRECTIVES) break;
      }
    }
  }
  const directives: Directive[] = [];
  candidates.sort((a, b) => a.start - b.start);
  for (const span of candidates) {
    if (directives.length >= MAX_DIRECTIVES) break;
    if (span.end - span.start > 2100) continue;
    const match = DIRECTIVE.exec(text.slice(span.start, span.end));
    if (!match) continue;
    directives.push({ ...span, kind: match[1] as DirectiveKind, rules: ruleIds(match[2]), target: null });
  }
  // From the last to the first, so stacked directives share the line after the stack without each
  // scanning past the others: linear however many there are.
  let after: Span | null = null;
  for (let i = directives.length - 1; i >= 0; i--) {
    after = lineAfter(text, directives[i].end, directives[i + 1] ?? null, after);
    if (directives[i].kind === 'disable-next-line') directives[i].target = after;
  }
  return directives;
}

function ruleIds(rest: string): string[] | null {
  const withoutReason = rest.split(/\s--\s|\s--$/)[0];
  const ids = withoutReason.split(/[\s,]+/).filter((id) => id.length > 0);
  return ids.length > 0 ? ids : null;
}

/**
 * The first non-blank line after the one `offset` is on. When that line holds the next directive, the
 * line after that directive (`afterNext`, already computed) instead: stacked directives share it.
 */
function lineAfter(text: string, offset: number, next: Directive | null, afterNext: Span | null): Span | null {
  let start = text.indexOf('\n', offset);
  while (start >= 0 && start < text.length) {
    start++;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (next && next.start >= start && next.start < end) return afterNext;
    const line = text.slice(start, end);
    if (/\S/.test(line)) return { start, end: line.endsWith('\r') ? end - 1 : end };
    start = end;
  }
  return null;
}

/** True when the rule is among the ids (null: all). */
function names(rules: string[] | null, rule: string): boolean {
  return rules === null || rules.includes(rule);
}

/**
 * The findings that survive the directives and the accept list, in their order. Findings inside a
 * directive itself are dropped too: the note to the desk is not copy.
 */
export function suppressFindings(findings: readonly Finding[], article: Article, accept?: AcceptList): Finding[] {
  const directives = findDirectives(article);
  const accepted = acceptMatcher(accept);
  if (directives.length === 0 && !accepted) return [...findings];
  const nextLines = directives.filter((d) => d.kind === 'disable-next-line' && d.target);
  const targets = nextLines.map((d) => d.target!);
  const ranges = directives.filter((d) => d.kind !== 'disable-next-line');
  // Findings come sorted by start (compareFindings); sort a copy anyway so the sweep is correct whatever the caller did.
  const order = findings.map((finding, index) => ({ finding, index })).sort((a, b) => a.finding.start - b.finding.start || a.index - b.index);
  const keep = new Array<boolean>(findings.length).fill(true);
  // The sweep's state: every rule off (`all`), with per-rule exceptions since the last all-rules directive.
  let all = false;
  let perRule = new Map<string, boolean>();
  let next = 0;
  for (const { finding, index } of order) {
    while (next < ranges.length && ranges[next].end <= finding.start) {
      const directive = ranges[next++];
      const disabled = directive.kind === 'disable';
      if (directive.rules === null) {
        all = disabled;
        perRule = new Map();
      } else for (const rule of directive.rules) perRule.set(rule, disabled);
    }
    const off = perRule.get(finding.rule) ?? all;
    if (off || insideDirective(directives, finding) || onSuppressedLine(nextLines, targets, finding) || accepted?.(finding, article.text)) keep[index] = false;
  }
  return findings.filter((_, index) => keep[index]);
}

/** Binary search: the last directive starting at or before the offset. */
function lastAtOrBefore<T extends Span>(spans: readonly T[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function insideDirective(directives: readonly Directive[], finding: Finding): boolean {
  const i = lastAtOrBefore(directives, finding.start);
  return i >= 0 && finding.start < directives[i].end;
}

function onSuppressedLine(nextLines: readonly Directive[], targets: readonly Span[], finding: Finding): boolean {
  // Lines are identical or disjoint, and in document order: only those sharing the last start can hold it.
  const last = lastAtOrBefore(targets, finding.start);
  if (last < 0 || finding.start >= targets[last].end) return false;
  for (let i = last; i >= 0 && targets[i].start === targets[last].start; i--) {
    if (names(nextLines[i].rules, finding.rule)) return true;
  }
  return false;
}

/** Curly and straight apostrophes alike, blanks collapsed, a possessive dropped: "Al Ansari’s" is "Al Ansari". */
export function normaliseAccepted(value: string): string {
  return value.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().replace(/'s$/, '');
}

type Matcher = (finding: Finding, text: string) => boolean;

function acceptMatcher(accept: AcceptList | undefined): Matcher | null {
  if (!accept) return null;
  // Names and abbreviations are matched as written (NATO is not "nato"); terms ignore case.
  const names = new Set((accept.names ?? []).map(normaliseAccepted));
  const abbreviations = new Set((accept.abbreviations ?? []).map(normaliseAccepted));
  const terms = new Set((accept.terms ?? []).map((term) => normaliseAccepted(term).toLowerCase()));
  if (names.size + abbreviations.size + terms.size === 0) return null;
  return (finding, text) => {
    // A finding spans a name or a word, not a paragraph: longer spans cannot be a listed entry.
    if (finding.end - finding.start > 200) return false;
    const span = normaliseAccepted(text.slice(finding.start, finding.end));
    if (finding.rule.startsWith('attribution.')) return names.has(span);
    if (finding.rule.startsWith('style.abbreviation')) return abbreviations.has(span);
    if (finding.rule === 'style.variant' || finding.rule.startsWith('custom.')) return terms.has(span.toLowerCase());
    return false;
  };
}

/**
 * The edit of the quick fix "Ignore <rule> in this document": a disable directive at the top of the
 * body (after any front matter), on its own line so that plain text keeps one paragraph a line.
 */
export function ignoreRuleEdit(article: Article, rule: string): TextEdit {
  const at = article.frontMatter ? article.frontMatter.end : 0;
  const newline = article.text.includes('\r\n') ? '\r\n' : '\n';
  // Markdown: a blank line after it, so the comment is its own HTML block and the first paragraph stays one.
  const after = article.format === 'markdown' ? newline + newline : newline;
  return { start: at, end: at, newText: `<!-- copydesk-disable ${rule} -->${after}` };
}
