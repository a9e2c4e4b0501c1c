// What the CLI's commands and formatters share: a checked file, and the stderr channel that also
// decides the exit status (2 as soon as any file, config or argument had to be refused).

import type { Analysis } from '../core/analyse';
import type { Severity } from '../core/finding';
import type { LineIndex } from '../core/positions';

export interface CheckedFile {
  /** As given on the command line, or the folder given joined with the path below it; `-` for stdin. */
  path: string;
  /** Absolute path on disk, null for stdin. */
  file: string | null;
  text: string;
  analysis: Analysis;
  lines: LineIndex;
  /** Problems fixed by `--fix` (0 without it). */
  fixed: number;
}

/** Bad usage: reported as one line on stderr, exit status 2. */
export class UsageError extends Error {}

export class Stderr {
  failed = false;

  /** A refusal: a file skipped, a config rejected. The run goes on; the exit status becomes 2. */
  fail(line: string): void {
    this.failed = true;
    this.note(line);
  }

  /** Worth telling, not fatal (a config warning). */
  note(line: string): void {
    process.stderr.write(`copydesk: ${oneLine(line)}\n`);
  }
}

/** Messages are printed one a line, whatever a rule put in them. */
export function oneLine(text: string): string {
  // Each run of white space once: `\s*[\r\n]+\s*` would retry at every blank of a long run without a break.
  return text.replace(/\s+/g, (run) => (/[\r\n\u2028\u2029]/.test(run) ? ' ' : run));
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
