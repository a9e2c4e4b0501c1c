// Core shapes (UTF-16 offsets, Finding) ↔ LSP shapes (positions, Diagnostic, TextEdit).
// The only place offsets become line/character, so every front end of the server agrees.

import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import type { Finding, Severity, TextEdit as CoreEdit } from '../core/finding';
import type { LineIndex } from '../core/positions';
import { DIAGNOSTIC_SOURCE, type FindingDiagnosticData } from '../protocol';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITY[severity];
}

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

export function toTextEdit(lines: LineIndex, edit: CoreEdit): TextEdit {
  return { range: toRange(lines, edit.start, edit.end), newText: edit.newText };
}

/** Where the rule pages live: docs/ ships beside dist/, the bundle's folder. */
export function defaultDocsRoot(): string {
  return path.join(__dirname, '..', 'docs', 'rules');
}

/**
 * Each rule's page, by docs root then rule id: every diagnostic of every keystroke links one, and
 * pathToFileURL takes microseconds (10–50 µs on a loaded machine, times ~100 findings at 10k words).
 */
const docUrls = new Map<string, Map<string, string>>();

export function ruleDocUrl(docsRoot: string, ruleId: string): string {
  let urls = docUrls.get(docsRoot);
  if (!urls) docUrls.set(docsRoot, (urls = new Map()));
  let url = urls.get(ruleId);
  if (url === undefined) {
    // A newsroom's own rules (custom.*) have no page of their own: the page on writing them explains them.
    const file = ruleId.startsWith('custom.') ? path.join(docsRoot, '..', 'custom-rules.md') : path.join(docsRoot, ruleId + '.md');
    urls.set(ruleId, (url = pathToFileURL(file).href));
  }
  return url;
}

export function toDiagnostic(
  finding: Finding,
  index: number,
  version: number,
  lines: LineIndex,
  uri: string,
  docsRoot: string,
): Diagnostic {
  const data: FindingDiagnosticData = { version, index };
  const diagnostic: Diagnostic = {
    range: toRange(lines, finding.start, finding.end),
    severity: toSeverity(finding.severity),
    code: finding.rule,
    codeDescription: { href: ruleDocUrl(docsRoot, finding.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map(
      (related): DiagnosticRelatedInformation => ({
        location: { uri, range: toRange(lines, related.start, related.end) },
        message: related.message,
      }),
    );
  }
  return diagnostic;
}

export function isFindingData(value: unknown): value is FindingDiagnosticData {
  if (!value || typeof value !== 'object') return false;
  const data = value as Record<string, unknown>;
  return Number.isInteger(data.version) && Number.isInteger(data.index) && (data.index as number) >= 0;
}

/**
 * The offset of an LSP position, or null when the position is not in the document: a line past the
 * last, a negative number, or a character past the end of its line (LSP would clamp; a hover there
 * has nothing under it anyway).
 */
export function offsetOfPosition(lines: LineIndex, text: string, position: Position): number | null {
  const { line, character } = position;
  if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || character < 0) return null;
  if (line >= lines.lineCount) return null;
  const lineStart = lines.offsetAt({ line, character: 0 });
  const offset = lines.offsetAt({ line, character });
  if (offset - lineStart !== character) return null;
  return Math.min(offset, text.length);
}

/** Messages are plain text: quote the characters Markdown would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&');
}
