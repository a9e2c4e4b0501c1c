// The figures engine: every number of the article, what it counts, and the facts they state.

import type { Analysis } from '../analyse';

export interface FigureResult {
  figures: readonly unknown[];
}

export function extractFigures(_analysis: Analysis): FigureResult {
  return { figures: [] };
}
