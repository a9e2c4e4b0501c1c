import { disjoint, intervalText, sameEntities } from '../figures';
import { lineOf, mentionText } from './figures.common';
import type { Draft, Rule } from './rule';

export const figuresConflict: Rule = {
  id: 'figures.conflict',
  title: 'Two figures for the same fact',
  severity: 'warning',
  fixable: true,
  summary: 'Two mentions of the same fact (what is counted, its event and its time) whose values cannot both be true.',
  check(analysis) {
    const drafts: Draft[] = [];
    const figures = analysis.figures.figures;
    const byKey = new Map<string, number[]>();
    figures.forEach((f, i) => {
      // A part of a breakdown is checked with its whole (figures.parts-total), not alone.
      if (!f.key || f.breakdown !== null) return;
      const list = byKey.get(f.key);
      if (list) list.push(i);
      else byKey.set(f.key, [i]);
    });
    for (const indices of byKey.values()) {
      for (let b = 1; b < indices.length; b++) {
        const later = figures[indices[b]];
        // Against the first earlier mention it contradicts; one finding per later mention.
        // Against the first few earlier mentions only: a document of a thousand mentions of one fact stays linear.
        const earlier = indices.slice(0, Math.min(b, 20)).map((i) => figures[i])
          .find((e) => e.sentence.start !== later.sentence.start && disjoint(e, later) && sameEntities(e.entities, later.entities) &&
            // Two sources giving two figures is reporting, not an error: "officials said 10; local media, 12".
            !(e.source && later.source && e.source !== later.source));
        if (!earlier) continue;
        const laterText = mentionText(analysis, later);
        const earlierText = mentionText(analysis, earlier);
        const earlierNumber = analysis.text.slice(earlier.numberStart, earlier.numberEnd);
        const laterNumber = analysis.text.slice(later.numberStart, later.numberEnd);
        const line = lineOf(analysis.text, earlier.start);
        const what = [later.modifiers.join(' '), later.counts, later.eventWord ? `(${later.eventWord})` : ''].filter(Boolean).join(' ');
        drafts.push({
          start: later.start,
          end: later.end,
          message: `“${laterText}” contradicts “${earlierText}” (line ${line}): both count ${what}, ` +
            `${intervalText(later)} vs ${intervalText(earlier)}.`,
          explanation: `Both mentions count the same thing (${later.counts}${later.modifiers.length ? ', ' + later.modifiers.join(', ') : ''}), ` +
            `for the same event (${later.event}) and time (${later.anchor ?? 'none stated'}), and their values cannot both be true: ` +
            `${intervalText(later)} and ${intervalText(earlier)} share no value. Check the source and make them agree, ` +
            `or say what differs (a date, a place, a subgroup).`,
          related: [{ start: earlier.start, end: earlier.end, message: `the other mention: “${earlierText}”` }],
          fixes: [
            { title: `Change to “${earlierNumber}” (as on line ${line})`, edits: [{ start: later.numberStart, end: later.numberEnd, newText: earlierNumber }] },
            { title: `Change line ${line} to “${laterNumber}”`, edits: [{ start: earlier.numberStart, end: earlier.numberEnd, newText: laterNumber }] },
          ],
        });
      }
    }
    return drafts;
  },
};
