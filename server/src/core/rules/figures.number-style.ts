import type { Figure } from '../figures';
import { formatNumber } from '../figures/format';
import { figureOrdinal, matchCase, spellOrdinal, spellOut } from './figures.common';
import type { Draft, Rule } from './rule';

/** Words before a figure that make it a name or a label, which keeps its figure: "No. 5", "Flight 7", "Windows 7". */
const LABEL_BEFORE = /^(?:no|nos|number|flight|page|chapter|room|route|gate|level|phase|version|grade|category|game|stage|round|step|section|article|channel|act|apollo|class|division|pier|platform|terminal|unit|ward|district|highway|interstate|size|type|vol|volume|rule|item|exhibit|paragraph|verse|band|formula|series|tier|generation|gen|year|grade|track|lane|runway|seat|row|block|floor|building|mark|model|boeing|airbus|top)$/i;

export const figuresNumberStyle: Rule = {
  id: 'figures.number-style',
  title: 'Number written in the wrong style',
  severity: 'warning',
  fixable: true,
  summary: 'AP: spell out one to nine, figures for 10 and up; ordinals first to ninth, then 10th. Ages, percentages, money, measures, dates and scores always take figures.',
  check(analysis) {
    const drafts: Draft[] = [];
    const text = analysis.text;
    for (const f of analysis.figures.figures) {
      if (f.headline || f.sentenceStart || f.vague) continue;
      const number = text.slice(f.numberStart, f.numberEnd);
      let wanted: string | null = null;
      if (f.kind === 'count' && Number.isInteger(f.value)) {
        if (!f.spelled && f.value >= 1 && f.value <= 9 && /^\d$/.test(number) && !isLabel(text, f)) wanted = spellOut(f.value);
        else if (f.spelled && f.value >= 10 && !/dozen|^an? /i.test(number)) wanted = figures(f.value, number);
      } else if (f.kind === 'ordinal' && Number.isInteger(f.value)) {
        if (!f.spelled && f.value <= 9 && !nearMonth(text, f)) wanted = spellOrdinal(f.value);
        else if (f.spelled && f.value >= 10) wanted = figureOrdinal(f.value);
      } else if (f.spelled && (f.kind === 'age' || f.kind === 'money' || (f.kind === 'measure' && !/^(?:times|points?)$/.test(f.unit ?? '')))) {
        // "a five-year-old", "five dollars", "six kilometres": always figures.
        wanted = Number.isInteger(f.value) && f.value >= 1 ? String(f.value) : null;
      }
      if (!wanted || wanted === number) continue;
      const fix = matchCase(wanted, number);
      const quoted = f.inQuote;
      drafts.push({
        start: f.numberStart,
        end: f.numberEnd,
        message: `AP style: “${fix}”, not “${number}”${quoted ? ' (in a quotation: left to the editor)' : ''}.`,
        explanation: 'AP: spell out whole numbers below 10 and use figures for 10 and above; ordinals first to ninth are ' +
          'spelled, 10th and above are figures. Ages, percentages, money, measures and dimensions, times, dates, years, ' +
          'scores and votes, ratios and decimals always take figures.',
        ...(quoted ? { severity: 'information' as const } : { fixes: [{ title: `Write “${fix}”`, edits: [{ start: f.numberStart, end: f.numberEnd, newText: fix }] }] }),
      });
    }
    return drafts;
  },
};

/** AP figures: “3,000”; millions and up keep the word: “8 million”, “1.5 billion”. */
function figures(value: number, written: string): string {
  const scale = /\b(million|billion|trillion)$/i.exec(written);
  if (scale) {
    const unit = scale[1].toLowerCase();
    const divisor = unit === 'million' ? 1e6 : unit === 'billion' ? 1e9 : 1e12;
    return `${formatNumber(value / divisor)} ${unit}`;
  }
  return formatNumber(value);
}

function isLabel(text: string, f: Figure): boolean {
  const before = wordBefore(text, f.numberStart);
  if (before && (LABEL_BEFORE.test(before) || /^\p{Lu}/u.test(before) && !/^(?:The|A|An|And|But|In|On|At|By|For|Of|To|With|About|Over|Under|Some|Only|All|Just|Nearly|Almost|Around|Approximately|Roughly|Than|From|Up)$/.test(before))) return true;
  // "5 to 1" (a ratio), "1 in 5", "3-D", "4x4", "2/3": not counts.
  const after = text.slice(f.numberEnd, f.numberEnd + 8);
  if (/^(?:[-\/x×:]\d|\s+(?:to|in|out of)\s+\d)/.test(after)) return true;
  if (/^\s*[-\/x×:]\s*\d|^\s+(?:to|in|out of)\s+\d/.test(after)) return true;
  const prev = text.slice(Math.max(0, f.numberStart - 8), f.numberStart);
  if (/(?:\d\s+(?:to|in|of|out of)|[\/:x×-])\s*$/.test(prev)) return true;
  return false;
}

/** The word before an offset (skipping spaces and one period: “No. 5”), scanned by hand: no backtracking. */
function wordBefore(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && end > offset - 4 && /\s/.test(text[end - 1])) end--;
  if (text[end - 1] === '.') end--;
  let start = end;
  while (start > 0 && end - start < 20 && /\p{L}/u.test(text[start - 1])) start--;
  return text.slice(start, end);
}

function nearMonth(text: string, f: Figure): boolean {
  const around = text.slice(Math.max(0, f.numberStart - 12), f.numberEnd + 12);
  return /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b/.test(around);
}
