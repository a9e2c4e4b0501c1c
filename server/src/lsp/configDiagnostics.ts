// Problems of a `.copydesk.json` as diagnostics on that file, and the one-line window message.
// The file's own diagnostics are the only ones pushed to a pull client: nothing else would show them.

import * as path from 'path';
import { pathToFileURL } from 'url';
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

export interface ConfigReporterOutput {
  publish(uri: string, diagnostics: Diagnostic[]): void;
  showMessage(error: boolean, message: string): void;
  /** The client pulls the diagnostics of this open document itself (from the text being edited). */
  pullsLive(uri: string): boolean;
}

/**
 * Publishes the problems of each config file as it is on disk, and says so once per content of the
 * file. While a pull client has the file open, its live problems are pulled instead; a push beside
 * them would show every problem twice, so the disk problems wait until the editor closes.
 */
export class ConfigReporter {
  private readonly onDisk = new Map<string, Diagnostic[]>();
  /** Path and content of every file already announced in a window message. */
  private readonly announced = new Set<string>();

  constructor(private readonly out: ConfigReporterOutput) {}

  loaded(configPath: string, problems: readonly ConfigProblem[], text: string): void {
    this.publish(pathToFileURL(configPath).href, configDiagnostics(problems, text));
    const shown = configMessage(configPath, problems);
    const key = `${configPath}\n${text}`;
    if (shown && !this.announced.has(key)) {
      this.announced.add(key);
      this.out.showMessage(shown.error, shown.message);
    }
  }

  gone(configPath: string): void {
    this.publish(pathToFileURL(configPath).href, []);
  }

  /** A config document was opened by a pull client: take back what was pushed for it. */
  opened(uri: string): void {
    if (this.out.pullsLive(uri)) this.out.publish(uri, []);
  }

  /** A config document was closed: its problems on disk outlive the editor. */
  closed(uri: string): void {
    this.out.publish(uri, this.onDisk.get(uri) ?? []);
  }

  private publish(uri: string, diagnostics: Diagnostic[]): void {
    this.onDisk.set(uri, diagnostics);
    if (!this.out.pullsLive(uri)) this.out.publish(uri, diagnostics);
  }
}
