// One Analysis per (uri, version, options): computed when first asked for, then shared by
// diagnostics, hover and code actions, which therefore never analyse the same version twice.
// Each document keeps its incremental memo (core/incremental.ts) from one version to the next, so a
// keystroke re-analyses only the paragraph it changed plus the document-wide passes.

import { analyse, type Analysis, type AnalysisOptions } from '../core/analyse';
import { IncrementalState } from '../core/incremental';
import { LineIndex } from '../core/positions';
import { buildSourceIndex, type SourceIndex } from '../core/sources';

export interface CachedAnalysis {
  uri: string;
  version: number;
  /** The options it was computed with, serialised: a settings change makes a new entry. */
  key: string;
  analysis: Analysis;
  lines: LineIndex;
  /** Who is quoted where: built on the first hover, outline or lookup of this version, then kept. */
  sources?: SourceIndex;
  /** The paragraph-level results shared with the next version's analysis. */
  incremental?: IncrementalState;
  /** How long the analysis took, in milliseconds (for the log and the benchmark). */
  ms?: number;
}

/** The entry's source index, built once per analysis. */
export function sourcesOf(entry: CachedAnalysis): SourceIndex {
  return (entry.sources ??= buildSourceIndex(entry.analysis));
}

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

export class AnalysisCache {
  private readonly entries = new Map<string, CachedAnalysis>();
  /** How many analyses ran: tests and the log read it to see the cache work. */
  computed = 0;

  /** Each options object's key, serialised once: the server passes the same object while nothing changed. */
  private readonly keys = new WeakMap<AnalysisOptions, string>();

  get(document: VersionedText, options: AnalysisOptions): CachedAnalysis {
    let key = this.keys.get(options);
    if (key === undefined) this.keys.set(options, (key = optionsKey(options)));
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.key === key) return cached;
    const text = document.getText();
    // New settings start a new memo: a stage's context need not name every option.
    const incremental = (cached?.key === key ? cached.incremental : undefined) ?? new IncrementalState();
    const started = performance.now();
    const analysis = analyse(text, options, incremental);
    const entry: CachedAnalysis = {
      uri: document.uri,
      version: document.version,
      key,
      analysis,
      lines: new LineIndex(text),
      incremental,
      ms: performance.now() - started,
    };
    this.computed++;
    this.entries.set(document.uri, entry);
    return entry;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

/** A stable serialisation: the same options in another key order are the same analysis. */
export function optionsKey(options: AnalysisOptions): string {
  return JSON.stringify(options, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const sorted: Record<string, unknown> = {};
      for (const name of Object.keys(value).sort()) sorted[name] = (value as Record<string, unknown>)[name];
      return sorted;
    }
    return value;
  });
}
