// Problems of a `.copydesk.json` as diagnostics on that file, and the one-line window message.

import * as path from 'path';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { LineIndex } from '../core/positions';
import { DIAGNOSTIC_SOURCE } from '../protocol';
import type { ConfigProblem } from './configFiles';

export function configDiagnostics(problems: readonly ConfigProblem[], text: string): Diagnostic[] {
  const lines = new LineIndex(text);
  return problems.map((problem) => ({
    range: problemRange(problem, text, lines),
    severity: problem.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  }));
}

/** The offset and length are exact when the text is the one that was parsed; line/column (1-based) otherwise. */
function problemRange(problem: ConfigProblem, text: string, lines: LineIndex): Range {
  if (problem.offset >= 0 && problem.offset <= text.length) {
    const end = Math.min(text.length, problem.offset + Math.max(0, problem.length));
    return { start: lines.positionAt(problem.offset), end: lines.positionAt(end) };
  }
  const position = { line: Math.max(0, problem.line - 1), character: Math.max(0, problem.column - 1) };
  return { start: position, end: position };
}

/** The window message for a file with problems: where the first one is, and that defaults apply there. */
export function configMessage(configPath: string, problems: readonly ConfigProblem[]): { error: boolean; message: string } | null {
  const errors = problems.filter((problem) => problem.severity !== 'warning');
  const first = errors[0] ?? problems[0];
  if (!first) return null;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return {
    error: errors.length > 0,
    message: `Copydesk: ${path.basename(configPath)}:${first.line}:${first.column}: ${first.message}${more}; defaults apply where it is broken. (${configPath})`,
  };
}
