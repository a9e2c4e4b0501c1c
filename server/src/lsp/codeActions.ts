// Code actions over one cached analysis, as vscode-eslint offers them: each fix of a diagnostic,
// "fix all of this rule", and source.fixAll.copydesk. Every edit is a versioned TextDocumentEdit, so a
// client whose document moved on rejects it; diagnostics from another version get no actions at all.

import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { nonOverlappingEdits, type Finding, type TextEdit as CoreEdit } from '../core/finding';
import { consistentEdits } from '../core/figures/consistent';
import type { Quotation } from '../core/quotes/scanner';
import { ignoreRuleEdit } from '../core/suppress';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from '../protocol';
import type { CachedAnalysis } from './analysisCache';
import { isFindingData, toRange, toTextEdit } from './convert';

export interface CodeActionOptions {
  /** The client takes `documentChanges` (versioned edits); otherwise plain `changes`. */
  documentChanges: boolean;
}

/** LSP kinds are hierarchical: `source` asks for `source.fixAll.copydesk` too. */
export function wantsKind(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((requested) => requested === '' || kind === requested || kind.startsWith(requested + '.'));
}

export function codeActions(entry: CachedAnalysis, context: CodeActionContext, options: CodeActionOptions): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wantsKind(context.only, CodeActionKind.QuickFix)) {
    const rulesSeen = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const finding = findingOf(entry, diagnostic);
      if (!finding) continue;
      finding.fixes.forEach((fix, i) => {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: i === 0,
          edit: workspaceEdit(entry, fix.edits, options),
        });
      });
      // A figure that disagrees with another mention of the same fact: make them all say this one.
      if (finding.rule === 'figures.conflict' || finding.rule === 'figures.rounding-drift') {
        const consistent = consistentEdits(entry.analysis, finding.start);
        if (consistent) {
          actions.push({
            title: `Make all mentions of this figure consistent (“${consistent.value}”)`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: workspaceEdit(entry, consistent.edits, options),
          });
        }
      }
      if (rulesSeen.has(finding.rule)) continue;
      rulesSeen.add(finding.rule);
      const ofRule = entry.analysis.findings.filter((f) => f.rule === finding.rule && f.fixes.length > 0);
      if (ofRule.length > 1) {
        actions.push({
          title: `Fix all ${finding.rule} problems in this document`,
          kind: CodeActionKind.QuickFix,
          diagnostics: context.diagnostics.filter((d) => d.code === finding.rule),
          edit: workspaceEdit(entry, nonOverlappingEdits(ofRule), options),
        });
      }
      // A disable directive at the top (core/suppress.ts): the desk has decided, stop asking.
      actions.push({
        title: `Ignore ${finding.rule} in this document`,
        kind: CodeActionKind.QuickFix,
        diagnostics: context.diagnostics.filter((d) => d.code === finding.rule),
        edit: workspaceEdit(entry, [ignoreRuleEdit(entry.analysis.article, finding.rule)], options),
      });
    }
  }
  if (wantsKind(context.only, FIX_ALL_KIND)) {
    const edits = fixAllEdits(entry);
    if (edits.length > 0) {
      actions.push({ title: 'Fix all safe Copydesk problems', kind: FIX_ALL_KIND, edit: workspaceEdit(entry, edits, options) });
    }
  }
  return actions;
}

/**
 * The finding a diagnostic was made from, or undefined when it is not ours or is stale: computed for
 * another version, or no longer at that index with that rule and range (the settings changed).
 * A client that drops `data` (no publishDiagnostics.dataSupport) is matched by rule and range in the
 * current analysis: safe, since the edits then come from, and are versioned with, this very analysis.
 */
export function findingOf(entry: CachedAnalysis, diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  if (diagnostic.data === undefined || diagnostic.data === null) {
    return entry.analysis.findings.find((finding) => finding.rule === diagnostic.code && sameRange(entry, finding, diagnostic.range));
  }
  if (!isFindingData(diagnostic.data) || diagnostic.data.version !== entry.version) return undefined;
  const finding = entry.analysis.findings[diagnostic.data.index];
  if (!finding || finding.rule !== diagnostic.code) return undefined;
  return sameRange(entry, finding, diagnostic.range) ? finding : undefined;
}

function sameRange(entry: CachedAnalysis, finding: Finding, range: Range): boolean {
  const own = toRange(entry.lines, finding.start, finding.end);
  return (
    own.start.line === range.start.line &&
    own.start.character === range.start.character &&
    own.end.line === range.end.line &&
    own.end.character === range.end.character
  );
}

/**
 * Every safe fix of the document, overlaps skipped. Fixes that would change the words inside a direct
 * quotation are left to the editor unless the rule is about the quotation marks themselves.
 */
export function fixAllEdits(entry: CachedAnalysis): CoreEdit[] {
  const quotations = entry.analysis.quotes.quotations;
  const safe = entry.analysis.findings.filter(
    (finding) =>
      finding.fixes.length > 0 &&
      (finding.rule.startsWith('quote.') || !finding.fixes[0].edits.some((edit) => quotations.some((q) => touchesInside(edit, q)))),
  );
  return nonOverlappingEdits(safe);
}

function touchesInside(edit: CoreEdit, quotation: Quotation): boolean {
  if (edit.start === edit.end) return quotation.start < edit.start && edit.start < quotation.end;
  return edit.start < quotation.end && quotation.start < edit.end;
}

export function workspaceEdit(entry: CachedAnalysis, edits: readonly CoreEdit[], options: CodeActionOptions): WorkspaceEdit {
  const textEdits = edits.map((edit) => toTextEdit(entry.lines, edit));
  if (!options.documentChanges) return { changes: { [entry.uri]: textEdits } };
  return { documentChanges: [TextDocumentEdit.create({ uri: entry.uri, version: entry.version }, textEdits)] };
}
