import { daysBetween, parseIso } from '../dates/calendar';
import type { DateMention } from '../dates/types';
import { dct, describe } from './dates.common';
import type { Draft, Rule } from './rule';

/** How far an anniversary may be from the elapsed time, in days (precision of the dates aside). */
const SLACK = 45;

export const datesDurationMismatch: Rule = {
  id: 'dates.duration-mismatch',
  title: 'Elapsed time that does not fit its dates',
  severity: 'warning',
  fixable: false,
  summary: 'A stated elapsed time that does not fit its dates ("nearing its one-year mark" for a war that began 14 months before publication).',
  check(analysis) {
    const drafts: Draft[] = [];
    const published = dct(analysis);
    if (!published) return drafts;
    const { dates } = analysis.dates;
    const prose = analysis.prose;
    for (let at = 0; at < dates.length; at++) {
      const duration = dates[at];
      if (duration.type !== 'DURATION' || duration.days === null || duration.quoted) continue;
      // "the one-year mark", "its 10th anniversary": an elapsed time counted to the publication date.
      const after = prose.slice(duration.end, duration.end + 14);
      if (!/^\s+(?:mark|anniversary)\b/i.test(after)) continue;
      const before = prose.slice(Math.max(0, duration.start - 40), duration.start);
      const nearing = /\b(?:nearing|approaching|nears|approaches|near|close\s+to|almost|nearly|soon)\b[^.]*$/i.test(before);
      const start = startDate(analysis.article.paragraphs, dates, at);
      if (!start?.range) continue;
      const first = parseIso(start.range.first)!;
      const last = parseIso(start.range.last)!;
      const most = daysBetween(first, published);
      const least = daysBetween(last, published);
      if (least < 0) continue;
      const stated = duration.days;
      const tooLong = least > stated + SLACK;
      const tooShort = nearing ? most < stated * 0.75 : most < stated - SLACK;
      if (!tooLong && !tooShort) continue;
      const months = Math.round(((least + most) / 2) / 30.44);
      drafts.push({
        start: duration.start,
        end: duration.end + /^\s+(?:mark|anniversary)/i.exec(after)![0].length,
        message: `“${duration.text}” does not fit: from ${describe(start)} to the publication date (${analysis.publicationDate!.date}) is about ${months} months.`,
        explanation: `The elapsed time runs from the start date stated in the same sentence to the publication date: ${least === most ? `${least} days` : `${least}–${most} days`}, against ${Math.round(stated)} stated.`,
        related: [{ start: start.start, end: start.end, message: `The start: ${start.value}.` }],
      });
    }
    return drafts;
  },
};

/** The date in the duration's sentence that starts the span: "which began in October 2023", "since …". */
function startDate(paragraphs: { sentences: { start: number; end: number }[] }[], dates: readonly DateMention[], at: number): DateMention | null {
  const duration = dates[at];
  const sentence = paragraphs[duration.paragraph]?.sentences.find((s) => s.start <= duration.start && duration.start < s.end);
  if (!sentence) return null;
  // The dates of the sentence: from the duration outward (dates are in document order), not the whole list.
  const inSentence: DateMention[] = [];
  for (let k = at - 1; k >= 0 && dates[k].start >= sentence.start; k--) inSentence.push(dates[k]);
  for (let k = at + 1; k < dates.length && dates[k].end <= sentence.end; k++) inSentence.push(dates[k]);
  const candidates = inSentence.filter((d) => d.type === 'DATE' && d.range && !d.anchored &&
    (d.precision === 'day' || d.precision === 'month' || d.precision === 'year'));
  // One start only: two dates in the sentence leave it unclear which one the span counts from.
  return candidates.length === 1 ? candidates[0] : null;
}
