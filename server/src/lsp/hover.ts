// The hover over a finding: what rule (linked to its page), what is wrong, why, and what the fix does.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { Finding } from '../core/finding';
import { ruleById } from '../core/rules';
import type { CachedAnalysis } from './analysisCache';
import { offsetOfPosition, ruleDocUrl, toRange } from './convert';

export function findingsAt(findings: readonly Finding[], offset: number): Finding[] {
  return findings.filter((f) => (f.start === f.end ? offset === f.start : f.start <= offset && offset < f.end));
}

export function hoverAt(entry: CachedAnalysis, position: Position, docsRoot: string): Hover | null {
  const offset = offsetOfPosition(entry.lines, entry.analysis.text, position);
  if (offset === null) return null;
  const found = findingsAt(entry.analysis.findings, offset);
  if (found.length === 0) return null;
  const start = Math.min(...found.map((f) => f.start));
  const end = Math.max(...found.map((f) => f.end));
  return {
    contents: { kind: MarkupKind.Markdown, value: found.map((f) => explain(f, docsRoot)).join('\n\n---\n\n') },
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

/** Messages are plain text: quote the characters Markdown would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&');
}
