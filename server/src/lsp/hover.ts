// The hover over a finding: what rule (linked to its page), what is wrong, why, and what the fix does;
// and over a quotation or a name, the speaker card (sourceHover.ts), below the findings when both apply;
// over a number, the figure card (figureHover.ts); over a date, the date card (dateHover.ts).

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { Finding } from '../core/finding';
import { ruleById } from '../core/rules';
import { sourcesOf, type CachedAnalysis } from './analysisCache';
import { escapeMarkdown, offsetOfPosition, ruleDocUrl, toRange } from './convert';
import { dateCardAt } from './dateHover';
import { figureCardAt } from './figureHover';
import { sourceCardAt } from './sourceHover';

export { escapeMarkdown };

export function findingsAt(findings: readonly Finding[], offset: number): Finding[] {
  return findings.filter((f) => (f.start === f.end ? offset === f.start : f.start <= offset && offset < f.end));
}

export function hoverAt(entry: CachedAnalysis, position: Position, docsRoot: string): Hover | null {
  const offset = offsetOfPosition(entry.lines, entry.analysis.text, position);
  if (offset === null) return null;
  const found = findingsAt(entry.analysis.findings, offset);
  let card = sourceCardAt(entry.analysis, entry.lines, sourcesOf(entry), offset);
  // The unattributed-quote finding already says there is no speaker and which routes were tried.
  if (card?.kind === 'none' && found.some((f) => f.rule === 'attribution.unattributed-quote')) card = null;
  const figure = figureCardAt(entry.analysis, entry.lines, offset);
  const date = figure ? null : dateCardAt(entry.analysis, offset);
  if (found.length === 0 && !card && !figure && !date) return null;
  const sections = found.map((f) => explain(f, docsRoot));
  if (figure) sections.push(figure.markdown);
  if (date) sections.push(date.markdown);
  // Under a finding, the card's first lines only (who, and how we know): the finding is what the
  // hover is about, and the full card is one move away inside the quotation.
  if (card) sections.push(found.length > 0 ? card.markdown.split('\n\n').slice(0, 2).join('\n\n') : card.markdown);
  // The range is what the hover is about: the findings when there are any, else the name or quotation.
  // (A finding alone has no card: `about` is read only when there is no finding.)
  const about = figure?.span ?? date?.span ?? card?.span;
  const start = found.length > 0 ? Math.min(...found.map((f) => f.start)) : about!.start;
  const end = found.length > 0 ? Math.max(...found.map((f) => f.end)) : about!.end;
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: toRange(entry.lines, start, end),
  };
}

export function explain(finding: Finding, docsRoot: string): string {
  const rule = ruleById(finding.rule);
  const heading = `**[${finding.rule}](${ruleDocUrl(docsRoot, finding.rule)})**` + (rule ? ` · ${escapeMarkdown(rule.title)}` : '');
  const parts = [heading, escapeMarkdown(finding.message)];
  if (finding.explanation) parts.push(finding.explanation);
  if (finding.fixes.length === 1) parts.push(`Fix: ${escapeMarkdown(finding.fixes[0].title)}`);
  else if (finding.fixes.length > 1) parts.push('Fixes:\n' + finding.fixes.map((fix) => `- ${escapeMarkdown(fix.title)}`).join('\n'));
  return parts.join('\n\n');
}
