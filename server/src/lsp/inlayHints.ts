// textDocument/inlayHint: the sum of a breakdown of figures, and the day a relative date resolves to.
// Both come from the cached analysis (core/figures/hints.ts, core/dates/hints.ts); each is behind its
// own setting (`copydesk.inlayHints.sums`, `copydesk.inlayHints.relativeDates`), both off by default.

import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver/node';
import { relativeDateHints } from '../core/dates/hints';
import { figureSumHints } from '../core/figures/hints';
import type { ClientSettings } from '../protocol';
import type { CachedAnalysis } from './analysisCache';

interface CoreHint {
  offset: number;
  label: string;
  tooltip?: string;
}

export function inlayHints(entry: CachedAnalysis, settings: ClientSettings['inlayHints'], range: Range): InlayHint[] {
  const core: CoreHint[] = [];
  if (settings.sums) core.push(...figureSumHints(entry.analysis));
  if (settings.relativeDates) core.push(...relativeDateHints(entry.analysis));
  const first = entry.lines.offsetAt(range.start);
  const last = entry.lines.offsetAt(range.end);
  return core
    // The client asks for the visible range only; a hint at its very end still shows.
    .filter((hint) => hint.offset >= first && hint.offset <= last)
    .sort((a, b) => a.offset - b.offset)
    .map((hint) => ({
      position: entry.lines.positionAt(hint.offset),
      label: hint.label,
      kind: InlayHintKind.Parameter,
      paddingLeft: !hint.label.startsWith(' '),
      ...(hint.tooltip ? { tooltip: hint.tooltip } : {}),
    }));
}
