import { matchCase, quoted, styleContext } from '../style/context';
import { styleScan } from '../style/scan';
import { variantProblems } from '../style/variant';
import type { Draft, Rule } from './rule';

export const styleVariant: Rule = {
  id: 'style.variant',
  title: 'One term written two ways',
  severity: 'information',
  fixable: true,
  summary: 'One term spelled two ways in an article (ceasefire / cease-fire, Kyiv / Kiev, email / e-mail): the first or majority form, or the house spelling, wins.',
  check(analysis) {
    const context = styleContext(analysis);
    const scan = styleScan(analysis);
    const problems = variantProblems(context.paragraphs, scan.paragraphs.map((paragraph) => paragraph.variants), scan.groups);
    const lines = lineNumbers(analysis.text, problems.flatMap((problem) => (!problem.preferred && problem.winnerUse ? [problem.winnerUse.start] : [])));
    return problems.map((problem): Draft => {
      const winner = matchCase(problem.winner, problem.text);
      let why: string;
      if (problem.preferred) why = `the house spelling is “${problem.winner}”`;
      else {
        const where = problem.winnerUse ? `, first on line ${lines.get(problem.winnerUse.start)}` : '';
        why = `this article writes “${problem.winnerUse?.text ?? problem.winner}” ${times(problem.winnerCount)}${where}`;
      }
      return {
        start: problem.start,
        end: problem.end,
        message: `“${problem.text}”: ${why}; use one spelling.`,
        explanation: 'One term, one spelling: the form the article uses first or most often wins, unless the ' +
          'house sets it (`style.preferred` in `.copydesk.json`).',
        fixes: [{ title: `Write “${winner}”`, edits: [{ start: problem.start, end: problem.end, newText: winner }] }],
        ...(problem.winnerUse ? { related: [{ start: problem.winnerUse.start, end: problem.winnerUse.end, message: `“${problem.winnerUse.text}”` }] } : {}),
        ...(context.inQuote(problem.start) ? quoted('information') : {}),
      };
    });
  },
};

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/**
 * The 1-based line of each offset, line breaks counted as core/positions' LineIndex does (\r\n, \r, \n),
 * in one pass that stops at the last offset: no index of the whole document for a few winners.
 */
function lineNumbers(text: string, offsets: readonly number[]): Map<number, number> {
  const lines = new Map<number, number>();
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  let line = 1;
  if (!text.includes('\r')) {
    // Most documents break lines with \n alone: jump from one to the next.
    let lineBreak = text.indexOf('\n');
    for (const offset of sorted) {
      while (lineBreak >= 0 && lineBreak < offset) {
        line++;
        lineBreak = text.indexOf('\n', lineBreak + 1);
      }
      lines.set(offset, line);
    }
    return lines;
  }
  const lineBreak = /\r\n?|\n/g;
  let lineBreakMatch = lineBreak.exec(text);
  for (const offset of sorted) {
    while (lineBreakMatch && lineBreakMatch.index + lineBreakMatch[0].length <= offset) {
      line++;
      lineBreakMatch = lineBreak.exec(text);
    }
    lines.set(offset, line);
  }
  return lines;
}
