import { disjoint, intervalText, sameEntities } from '../figures';
import { lineOf, mentionText } from './figures.common';
import type { Draft, Rule } from './rule';

export const figuresRoundingDrift: Rule = {
  id: 'figures.rounding-drift',
  title: 'The same figure rounded two ways',
  severity: 'information',
  fixable: false,
  summary: 'Two mentions of the same fact whose values differ but may both be true (“about 20,000” and “20,500”).',
  check(analysis) {
    const drafts: Draft[] = [];
    const figures = analysis.figures.figures;
    const seen = new Map<string, number>();
    figures.forEach((f, i) => {
      if (!f.key || f.breakdown !== null) return;
      const first = seen.get(f.key);
      if (first === undefined) { seen.set(f.key, i); return; }
      const e = figures[first];
      // Only close values both stated as points: "up to 48" and "14" overlap but are not one figure rounded.
      if (e.value === f.value || disjoint(e, f) || e.sentence.start === f.sentence.start || !sameEntities(e.entities, f.entities)) return;
      if (e.low === null || e.high === null || f.low === null || f.high === null) return;
      if (e.low === 0 || f.low === 0) return;
      if (Math.abs(e.value - f.value) > 0.1 * Math.max(e.value, f.value)) return;
      const line = lineOf(analysis.text, e.start);
      drafts.push({
        start: f.start,
        end: f.end,
        message: `“${mentionText(analysis, f)}” and “${mentionText(analysis, e)}” (line ${line}) give the same figure ` +
          `two ways (${intervalText(f)} vs ${intervalText(e)}): use one.`,
        related: [{ start: e.start, end: e.end, message: `the other mention: “${mentionText(analysis, e)}”` }],
      });
    });
    return drafts;
  },
};
