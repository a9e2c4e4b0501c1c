import type { Analysis } from '../analyse';
import { disjoint, intervalText, sameEntities, type Breakdown, type Figure } from '../figures';
import { formatNumber } from '../figures/format';
import { arithmetic, breakdownText, lineOf, mentionText } from './figures.common';
import type { Draft, Rule } from './rule';

export const figuresPartsTotal: Rule = {
  id: 'figures.parts-total',
  title: 'Parts that do not add up to their total',
  severity: 'warning',
  fixable: false,
  summary: 'A breakdown (“10 Ukrainian and four Russian children”) whose sum does not fit the total given for the same group and event, or two breakdowns of one group that disagree.',
  check(analysis) {
    const drafts: Draft[] = [];
    const { figures, breakdowns } = analysis.figures;
    const reported = new Set<number>();
    // Totals by key, the first few of each: a breakdown is checked against those, not every figure.
    const totals = new Map<string, Figure[]>();
    for (const f of figures) {
      if (!f.key || f.breakdown !== null) continue;
      const list = totals.get(f.key) ?? [];
      if (list.length < 20) list.push(f);
      totals.set(f.key, list);
    }
    breakdowns.forEach((b, bi) => {
      if (!b.key) return;
      const point = { low: b.low, high: b.high, lowClosed: true, highClosed: true };
      // Two breakdowns of the same group: the later one is reported against the first.
      for (let ei = 0; ei < Math.min(bi, 20); ei++) {
        const e = breakdowns[ei];
        if (e.key !== b.key || sameSentence(analysis, e, b) || !sameEntities(e.entities, b.entities)) continue;
        if (!disjoint(point, { low: e.low, high: e.high, lowClosed: true, highClosed: true })) continue;
        reported.add(bi);
        const line = lineOf(analysis.text, e.start);
        drafts.push({
          start: b.start,
          end: b.end,
          message: `“${breakdownText(analysis, b)}” makes ${arithmetic(analysis, b)} ${b.counts}, but ` +
            `“${breakdownText(analysis, e)}” (line ${line}) makes ${arithmetic(analysis, e)}.`,
          explanation: explain(b, e.sum),
          related: [{ start: e.start, end: e.end, message: `the other breakdown: ${arithmetic(analysis, e)} ${e.counts}` }],
        });
        return;
      }
      // A breakdown against a total stated for the same group and event.
      const total = (totals.get(b.key) ?? []).find((f) => isTotal(f, b) && disjoint(point, f) && f.sentence.start !== figures[b.parts[0]].sentence.start);
      if (!total || reported.has(bi)) return;
      const line = lineOf(analysis.text, total.start);
      drafts.push({
        start: b.start,
        end: b.end,
        message: `“${breakdownText(analysis, b)}” makes ${arithmetic(analysis, b)} ${b.counts}, but ` +
          `“${mentionText(analysis, total)}” (line ${line}) gives ${intervalText(total)}.`,
        explanation: explain(b, total.value),
        related: [{ start: total.start, end: total.end, message: `the total: “${mentionText(analysis, total)}”` }],
      });
    });
    return drafts;
  },
};

function isTotal(f: Figure, b: Breakdown): boolean {
  return f.key !== null && f.breakdown === null && f.key === b.key && sameEntities(f.entities, b.entities);
}

function sameSentence(analysis: Analysis, a: Breakdown, b: Breakdown): boolean {
  return analysis.figures.figures[a.parts[0]].sentence.start === analysis.figures.figures[b.parts[0]].sentence.start;
}

function explain(b: Breakdown, other: number): string {
  return `The parts count the same group (${b.counts}${b.modifiers.length ? ', ' + b.modifiers.join(', ') : ''}) for the ` +
    `same event (${b.event}) and time (${b.anchor ?? 'none stated'}), so their sum should fit the other figure ` +
    `(${formatNumber(b.sum)} vs ${formatNumber(other)}). Either a part is missing or wrong, or the ` +
    `two figures are about different groups and the copy should say so.`;
}
