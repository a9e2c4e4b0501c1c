import { matchCase, quoted, styleContext } from '../style/context';
import { houseVariants } from '../style/options';
import { variantProblems, withHouse } from '../style/variant';
import type { Draft, Rule } from './rule';
import { LineIndex } from '../positions';

export const styleVariant: Rule = {
  id: 'style.variant',
  title: 'One term written two ways',
  severity: 'information',
  fixable: true,
  summary: 'One term spelled two ways in an article (ceasefire / cease-fire, Kyiv / Kiev, email / e-mail): the first or majority form, or the house spelling, wins.',
  check(analysis) {
    const context = styleContext(analysis);
    const groups = withHouse(houseVariants(analysis.options.style));
    const drafts: Draft[] = [];
    let lines: LineIndex | null = null;
    for (const problem of variantProblems(analysis.prose, context.words, groups, true)) {
      const winner = matchCase(problem.winner, problem.text);
      let why: string;
      if (problem.preferred) why = `the house spelling is “${problem.winner}”`;
      else {
        lines ??= new LineIndex(analysis.text);
        const where = problem.winnerUse ? `, first on line ${lines.lineColumnAt(problem.winnerUse.start).line}` : '';
        why = `this article writes “${problem.winnerUse?.text ?? problem.winner}” ${times(problem.winnerCount)}${where}`;
      }
      drafts.push({
        start: problem.start,
        end: problem.end,
        message: `“${problem.text}”: ${why}; use one spelling.`,
        explanation: 'One term, one spelling: the form the article uses first or most often wins, unless the ' +
          'house sets it (`style.preferred` in `.copydesk.json`).',
        fixes: [{ title: `Write “${winner}”`, edits: [{ start: problem.start, end: problem.end, newText: winner }] }],
        ...(problem.winnerUse ? { related: [{ start: problem.winnerUse.start, end: problem.winnerUse.end, message: `“${problem.winnerUse.text}”` }] } : {}),
        ...(context.inQuote(problem.start) ? quoted('information') : {}),
      });
    }
    return drafts;
  },
};

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}
