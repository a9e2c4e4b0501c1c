import { daysBetween, parseIso } from '../dates/calendar';
import { firstStartingFrom, indexAt } from '../spans';
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
    const starts = new Map<Sentence, DateMention | null>();
    for (let at = 0; at < dates.length; at++) {
      const duration = dates[at];
      if (duration.type !== 'DURATION' || duration.days === null || duration.quoted) continue;
      // "the one-year mark", "its 10th anniversary": an elapsed time counted to the publication date.
      const after = prose.slice(duration.end, duration.end + 14);
      if (!/^\s+(?:mark|anniversary)\b/i.test(after)) continue;
      const before = prose.slice(Math.max(0, duration.start - 40), duration.start);
      const nearing = /\b(?:nearing|approaching|nears|approaches|near|close\s+to|almost|nearly|soon)\b[^.]*$/i.test(before);
      const start = startDate(analysis.article.paragraphs, dates, at, starts);
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

type Sentence = { start: number; end: number };

/**
 * The date in the duration's sentence that starts the span: "which began in October 2023", "since …".
 * The sentence by binary search and its candidates counted once per sentence: a sentence listing thousands
 * of "N-year mark"s must not rescan its dates for each of them.
 */
function startDate(paragraphs: { sentences: Sentence[] }[], dates: readonly DateMention[], at: number,
  cache: Map<Sentence, DateMention | null>): DateMention | null {
  const duration = dates[at];
  const sentences = paragraphs[duration.paragraph]?.sentences;
  const sentence = sentences ? sentences[indexAt(sentences, duration.start, (s) => s)] : undefined;
  if (!sentence) return null;
  const known = cache.get(sentence);
  if (known !== undefined) return known;
  // The dates inside the sentence (dates are in document order and do not overlap); the duration itself is
  // no candidate. One start only: two dates in the sentence leave it unclear which one the span counts from.
  const low = firstStartingFrom(dates, sentence.start);
  let found: DateMention | null = null;
  let count = 0;
  for (let k = low; k < dates.length && dates[k].end <= sentence.end && count < 2; k++) {
    const d = dates[k];
    if (d.type === 'DATE' && d.range && !d.anchored && (d.precision === 'day' || d.precision === 'month' || d.precision === 'year')) {
      found = d;
      count++;
    }
  }
  const result = count === 1 ? found : null;
  cache.set(sentence, result);
  return result;
}
