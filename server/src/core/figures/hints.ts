// Inlay hints for the figures engine: the sum of each breakdown ("10 Ukrainian and four Russian children"
// → "= 14"), shown after its last part. The LSP provider and its setting live in the language server.

import type { Analysis } from '../analyse';
import { formatNumber } from './format';

export interface FigureSumHint {
  /** Where the hint goes: just after the last part of the breakdown. */
  offset: number;
  label: string;
  tooltip?: string;
}

export function figureSumHints(analysis: Analysis): FigureSumHint[] {
  const { figures, breakdowns } = analysis.figures;
  return breakdowns.map((b) => {
    const parts = b.parts.map((k) => formatNumber(figures[k].value));
    const sum = formatNumber(b.sum);
    return {
      offset: b.end,
      label: ` = ${sum}`,
      tooltip: `${parts.join(' + ')} = ${sum} ${b.counts}${b.event ? ` (${b.event})` : ''}`,
    };
  });
}
