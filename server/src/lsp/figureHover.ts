// The figure card: on a number, its value and interval, what it counts, the breakdown it belongs to and
// its sum, and every other mention of the same fact with its line. Read from the cached analysis.

import { formatNumber } from '../core/figures/format';
import type { Analysis } from '../core/analyse';
import { intervalText, type Figure } from '../core/figures';
import type { LineIndex } from '../core/positions';
import { indexAt } from '../core/spans';
import type { Span } from '../core/text';
import { escapeMarkdown } from './convert';

export interface FigureCard {
  markdown: string;
  span: Span;
}

/** The figure under an offset, or null. */
export function figureAt(analysis: Analysis, offset: number): { figure: Figure; index: number } | null {
  // Figures are in document order and do not overlap.
  const index = indexAt(analysis.figures.figures, offset, (f) => f);
  return index < 0 ? null : { figure: analysis.figures.figures[index], index };
}

const KIND: Readonly<Record<Figure['kind'], string>> = {
  count: 'count', age: 'age', percent: 'percentage', money: 'money', ordinal: 'ordinal', year: 'year',
  score: 'score or vote', range: 'range', measure: 'measure',
};

export function figureCardAt(analysis: Analysis, lines: LineIndex, offset: number): FigureCard | null {
  const found = figureAt(analysis, offset);
  if (!found) return null;
  const { figure: f } = found;
  const line = (offset: number) => lines.positionAt(offset).line + 1;
  const quoted = (s: string) => `“${escapeMarkdown(s.replace(/\s+/g, ' '))}”`;
  const value = formatNumber(f.value);
  const parts: string[] = [];
  parts.push(`**${quoted(f.text)}** · ${KIND[f.kind]}${f.unit ? ` (${escapeMarkdown(f.unit)})` : ''}: ${value}` +
    (f.hedge || f.low !== f.high ? ` · interval ${intervalText(f)}${f.hedge ? ` (“${f.hedge}”)` : ''}` : ''));
  if (f.kind === 'count') {
    if (f.counts) {
      const what = [f.modifiers.length ? f.modifiers.join(', ') : null, f.counts].filter(Boolean).join(' ');
      const context = [f.event ? `event: ${f.event}${f.eventWord ? ` (“${f.eventWord}”)` : ''}` : null,
        f.anchor ? `time: ${f.anchor}` : null].filter(Boolean).join(' · ');
      parts.push(`Counts **${escapeMarkdown(what)}**${context ? ' · ' + escapeMarkdown(context) : ''}`);
    } else {
      parts.push('What it counts is not clear from the sentence.');
    }
  }
  if (f.breakdown !== null) {
    const b = analysis.figures.breakdowns[f.breakdown];
    const values = b.parts.map((k) => formatNumber(analysis.figures.figures[k].value));
    parts.push(`Part of a breakdown: ${values.join(' + ')} = **${formatNumber(b.sum)}** ${escapeMarkdown(b.counts)}`);
  }
  const key = f.key ?? (f.breakdown !== null ? analysis.figures.breakdowns[f.breakdown].key : null);
  if (key) {
    const others: string[] = [];
    analysis.figures.figures.forEach((g, i) => {
      if (i === found.index) return;
      const gKey = g.key ?? (g.breakdown !== null ? analysis.figures.breakdowns[g.breakdown].key : null);
      if (gKey !== key) return;
      if (g.breakdown !== null && g.breakdown === f.breakdown) return;
      const b = g.breakdown !== null ? analysis.figures.breakdowns[g.breakdown] : null;
      if (b && b.parts[0] !== i) return; // one line per breakdown
      const text = b ? analysis.text.slice(b.start, b.end) : g.text;
      const sum = b ? ` (= ${formatNumber(b.sum)})` : '';
      others.push(`- line ${line(g.start)}: ${quoted(text)}${sum}`);
    });
    parts.push(others.length ? `Other mentions of the same fact:\n${others.join('\n')}` : 'No other mention of the same fact.');
  }
  return { markdown: parts.join('\n\n'), span: { start: f.start, end: f.end } };
}
