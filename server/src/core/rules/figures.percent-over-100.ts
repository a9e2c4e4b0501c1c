import type { Draft, Rule } from './rule';

/** Words that make a percentage a change, which may exceed 100: "rose 150%", "a 200% increase". */
const CHANGE = /\b(?:rose|rise|rises|rising|risen|increase[sd]?|increasing|grew|grow|grows|growth|gain(?:s|ed)?|jump(?:s|ed)?|climb(?:s|ed)?|soar(?:s|ed)?|surge[sd]?|up|down|fell|fall|falls|drop(?:s|ped)?|decline[sd]?|higher|lower|more|increase|boost(?:ed)?|by|return|returns|markup|profit|year-on-year|yoy)\b/i;
/** Words that make it a share of a whole. */
const SHARE_BEFORE = /\b(?:accounts? for|accounted for|makes? up|made up|represents?|represented|comprises?|own(?:s|ed)?|holds?|held|stake of|share of)\s*$/i;

export const figuresPercentOver100: Rule = {
  id: 'figures.percent-over-100',
  title: 'A share over 100%',
  severity: 'warning',
  fixable: false,
  summary: 'A share of a whole over 100% (“110% of voters”); a change may exceed 100% (“rose 150%”) and is not reported.',
  check(analysis) {
    const drafts: Draft[] = [];
    for (const f of analysis.figures.figures) {
      if (f.kind !== 'percent' || f.unit !== '%' || f.value <= 100) continue;
      const before = analysis.prose.slice(Math.max(f.sentence.start, f.start - 40), f.start);
      const after = analysis.prose.slice(f.end, Math.min(f.sentence.end, f.end + 30));
      if (CHANGE.test(before.split(/\s+/).slice(-3).join(' ')) || /^\s*(?:increase|rise|jump|gain|growth|hike|markup|return|more|higher|above|over|up)\b/i.test(after)) continue;
      const share = /^\s+of\s+(?:the|its|their|all|a|an|his|her|our)?\s*\p{L}/u.test(after) || SHARE_BEFORE.test(before) ||
        /^\s+(?:stake|share|majority|turnout)\b/i.test(after);
      if (!share) continue;
      drafts.push({
        start: f.start,
        end: f.end,
        message: `“${f.text}” is a share of a whole, which cannot be over 100%.`,
        explanation: 'A part of something is at most all of it. Check the figure; if it is a change (rose 150%), say so.',
      });
    }
    return drafts;
  },
};
