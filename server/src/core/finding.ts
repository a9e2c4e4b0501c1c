// The one shape every rule reports, every front end (LSP, CLI) renders.
// Offsets are UTF-16 code units into the document text, end-exclusive.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Related {
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes: Fix[];
  related: Related[];
  /** Markdown shown in the hover: why this was reported, and the evidence. */
  explanation?: string;
}

/** Orders findings by position, then rule id, so every front end lists them alike. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * Picks the first fix of each finding whose edits overlap no edit already chosen.
 * Used by fix-all (editor and `copydesk check --fix`): overlapping fixes are skipped, never merged.
 */
export function nonOverlappingEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const sorted = [...findings].sort(compareFindings);
  for (const finding of sorted) {
    const fix = finding.fixes[0];
    if (!fix || fix.edits.length === 0) continue;
    const clashes = fix.edits.some((edit) => chosen.some((other) => editsOverlap(edit, other)));
    if (!clashes) chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at one point overlap too: their order would be arbitrary.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies non-overlapping edits (sorted or not) to a text, in one pass: re-slicing the whole text per
 * edit was quadratic (3,000 fixes in a 5 MB document copied 15 GB). Insertions at one point keep their order.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((edit, i) => ({ edit, i })).sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || b.i - a.i);
  const parts: string[] = [];
  let cursor = 0;
  for (const { edit } of sorted) {
    parts.push(text.slice(cursor, edit.start), edit.newText);
    cursor = Math.max(cursor, edit.end);
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
