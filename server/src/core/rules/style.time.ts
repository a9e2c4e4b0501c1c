import { quoted, styleContext } from '../style/context';
import { styleScan } from '../style/scan';
import type { Draft, Rule } from './rule';

export const styleTime: Rule = {
  id: 'style.time',
  title: 'Time of day not in AP style',
  severity: 'warning',
  fixable: true,
  summary: 'AP times: "3 p.m." not "3:00 p.m.", "3pm" or "3 PM"; "noon" and "midnight" not "12 p.m." and "12 a.m."; "9 to 11 a.m.".',
  check(analysis) {
    const context = styleContext(analysis);
    const scans = styleScan(analysis).paragraphs;
    const drafts: Draft[] = [];
    // Headlines have none (headline style is its own). Offsets from the paragraph's start.
    context.paragraphs.forEach((paragraph, index) => {
      for (const problem of scans[index].times) {
        const start = paragraph.start + problem.start;
        const end = paragraph.start + problem.end;
        drafts.push({
          start,
          end,
          message: `“${problem.text}”: ${problem.reason}: “${problem.fix}”.`,
          explanation: 'AP: lower-case a.m. and p.m. with periods and a space after the figure; no “:00” on the ' +
            'hour; noon and midnight rather than 12 p.m. and 12 a.m.; one a.m. or p.m. for a range within it ' +
            '(9 to 11 a.m.).',
          fixes: [{ title: `Write “${problem.fix}”`, edits: [{ start, end, newText: problem.fix }] }],
          ...(context.inQuote(start) ? quoted('warning') : {}),
        });
      }
    });
    return drafts;
  },
};
