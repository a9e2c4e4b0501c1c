import { memo } from '../incremental';
import { quotationMask } from '../spans';
import type { Draft, Rule } from './rule';

/** "between 10-20", "from 10–20": the preposition asks for words. Linear: no nested quantifiers. */
const PREPOSITION_RANGE = /\b(between|from) ([$£€]?\d[\d,.]*)\s?[-–]\s?([$£€]?\d[\d,.]*)(?![\d-])/gi;
/** "$12 to $20 million", "$12-20 million": the scale belongs to both ends. */
const MONEY_RANGE = /([$£€])(\d[\d,.]*)(\s?[-–]\s?|\s+to\s+|\s+and\s+)([$£€]?)(\d[\d,.]*) (million|billion|trillion)\b/g;

export const figuresRangeStyle: Rule = {
  id: 'figures.range-style',
  title: 'Range written against style',
  severity: 'information',
  fixable: true,
  summary: '“between 10 and 20” and “from 10 to 20”, not “between 10-20”; money ranges repeat the unit (“$12 million to $20 million”).',
  check(analysis) {
    const drafts: Draft[] = [];
    const inQuote = quotationMask(analysis);
    for (const paragraph of analysis.article.paragraphs) {
      if (paragraph.headline) continue;
      const text = paragraph.text;
      // What the patterns find depends on the paragraph's text alone: the last analysis's, when it had the same.
      for (const range of memo('figures.range-style', text, '', () => rangesIn(text))) {
        const start = paragraph.start + range.start;
        drafts.push(draft(start, start + range.written.length, range.written, range.wanted, inQuote(start), range.why));
      }
    }
    return drafts;
  },
};

/** A range written against style, offsets from its paragraph's start. */
interface Range {
  start: number;
  written: string;
  wanted: string;
  why: string;
}

const NO_RANGES: readonly Range[] = [];

/** The ranges of one paragraph's text. */
function rangesIn(text: string): readonly Range[] {
  let ranges: Range[] | null = null;
  PREPOSITION_RANGE.lastIndex = 0;
  for (let m = PREPOSITION_RANGE.exec(text); m; m = PREPOSITION_RANGE.exec(text)) {
    const joiner = m[1].toLowerCase() === 'between' ? 'and' : 'to';
    (ranges ??= []).push({ start: m.index, written: m[0], wanted: `${m[1]} ${m[2]} ${joiner} ${m[3]}`,
      why: `“${m[1]} … ${joiner} …”, not a hyphen: the preposition already says it is a range.` });
  }
  MONEY_RANGE.lastIndex = 0;
  for (let m = MONEY_RANGE.exec(text); m; m = MONEY_RANGE.exec(text)) {
    const joinerWord = m[3].trim();
    if (joinerWord === 'and' && !/\bbetween\s*$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) continue;
    const joiner = joinerWord === 'and' ? 'and' : 'to';
    (ranges ??= []).push({ start: m.index, written: m[0], wanted: `${m[1]}${m[2]} ${m[6]} ${joiner} ${m[1]}${m[5]} ${m[6]}`,
      why: 'In a money range, repeat the sign and the unit on both ends.' });
  }
  return ranges ?? NO_RANGES;
}

function draft(start: number, end: number, written: string, wanted: string, quoted: boolean, why: string): Draft {
  return {
    start,
    end,
    message: `Write “${wanted}”, not “${written}”.`,
    explanation: `AP: ${why}`,
    ...(quoted ? { severity: 'information' as const } : { fixes: [{ title: `Write “${wanted}”`, edits: [{ start, end, newText: wanted }] }] }),
  };
}
