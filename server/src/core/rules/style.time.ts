import { quoted, styleContext } from '../style/context';
import { timeProblems } from '../style/time';
import type { Draft, Rule } from './rule';

export const styleTime: Rule = {
  id: 'style.time',
  title: 'Time of day not in AP style',
  severity: 'warning',
  fixable: true,
  summary: 'AP times: "3 p.m." not "3:00 p.m.", "3pm" or "3 PM"; "noon" and "midnight" not "12 p.m." and "12 a.m."; "9 to 11 a.m.".',
  check(analysis) {
    const context = styleContext(analysis);
    const drafts: Draft[] = [];
    for (const paragraph of analysis.article.paragraphs) {
      if (paragraph.headline) continue;
      for (const problem of timeProblems(analysis.prose, paragraph)) {
        drafts.push({
          start: problem.start,
          end: problem.end,
          message: `“${problem.text}”: ${problem.reason}: “${problem.fix}”.`,
          explanation: 'AP: lower-case a.m. and p.m. with periods and a space after the figure; no “:00” on the ' +
            'hour; noon and midnight rather than 12 p.m. and 12 a.m.; one a.m. or p.m. for a range within it ' +
            '(9 to 11 a.m.).',
          fixes: [{ title: `Write “${problem.fix}”`, edits: [{ start: problem.start, end: problem.end, newText: problem.fix }] }],
          ...(context.inQuote(problem.start) ? quoted('warning') : {}),
        });
      }
    }
    return drafts;
  },
};
