// "Make all mentions of this figure consistent": every other mention of the same fact takes this one's
// number. Mentions inside direct quotations are left alone: a quote is what was said.

import type { Analysis } from '../analyse';
import type { TextEdit } from '../finding';
import { quotationMask } from '../spans';

/** The figure whose number covers an offset and that states a fact, or null. */
function keyedFigureAt(analysis: Analysis, offset: number) {
  return analysis.figures.figures.find((f) => f.key !== null && f.start <= offset && offset < f.end) ?? null;
}

export function consistentEdits(analysis: Analysis, offset: number): { value: string; edits: TextEdit[] } | null {
  const figure = keyedFigureAt(analysis, offset);
  if (!figure) return null;
  const value = analysis.text.slice(figure.numberStart, figure.numberEnd);
  const inQuote = quotationMask(analysis);
  const edits: TextEdit[] = [];
  for (const other of analysis.figures.figures) {
    if (other === figure || other.key !== figure.key || other.value === figure.value) continue;
    if (inQuote(other.numberStart)) continue;
    edits.push({ start: other.numberStart, end: other.numberEnd, newText: value });
  }
  return edits.length ? { value, edits } : null;
}
