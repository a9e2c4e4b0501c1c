import { parseIso, type Day } from '../dates/calendar';
import type { DateMention } from '../dates/types';
import { dct, describe } from './dates.common';
import type { Draft, Rule } from './rule';

/** "41-year-old", "aged 41", "41 years old", and "Al Ansari, 41," (a name, then the age between commas). */
const AGE = /\b(\d{1,3})-year-old\b|\baged?\s+(\d{1,3})\b|\b(\d{1,3})\s+years\s+old\b|(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+,\s(\d{1,2}),/gu;
const BORN_BEFORE = /\bborn\s+(?:on\s+|in\s+)?$/i;

export const datesAgeBirth: Rule = {
  id: 'dates.age-birth',
  title: 'Age that does not fit the birth date',
  severity: 'warning',
  fixable: false,
  summary: 'An age that does not fit a stated birth date or year.',
  check(analysis) {
    const drafts: Draft[] = [];
    const published = dct(analysis);
    if (!published) return drafts;
    const { dates } = analysis.dates;
    const prose = analysis.prose;
    // Dates by paragraph, once: the loop below is then linear.
    const byParagraph = new Map<number, typeof dates>();
    for (const d of dates) {
      const list = byParagraph.get(d.paragraph);
      if (list) list.push(d);
      else byParagraph.set(d.paragraph, [d]);
    }
    for (const paragraph of analysis.article.paragraphs) {
      const here = byParagraph.get(paragraph.index);
      if (!here) continue;
      const births = here.filter((d) => d.range && !d.anchored &&
        (d.precision === 'day' || d.precision === 'year' || d.precision === 'month') &&
        BORN_BEFORE.test(prose.slice(Math.max(paragraph.start, d.start - 12), d.start)));
      // One birth date in the paragraph, so the age and the birth are the same person's.
      if (births.length !== 1) continue;
      const birth = births[0];
      const text = prose.slice(paragraph.start, paragraph.end);
      // At most two matches are needed (one age or not), and exec spares matchAll's clone of the pattern.
      const ages: RegExpExecArray[] = [];
      AGE.lastIndex = 0;
      for (let a = AGE.exec(text); a && ages.length < 2; a = AGE.exec(text)) ages.push(a);
      AGE.lastIndex = 0;
      if (ages.length !== 1) continue;
      const m = ages[0];
      const age = +(m[1] ?? m[2] ?? m[3] ?? m[4]);
      // "died", "was 45 when": an age at another time than publication.
      const sentence = paragraph.sentences.find((s) => s.start <= paragraph.start + m.index && paragraph.start + m.index < s.end);
      if (sentence && /\b(?:died|dies|death|when|was\s+killed|at\s+the\s+time)\b/i.test(prose.slice(sentence.start, sentence.end))) continue;
      const possible = agesFor(birth, published);
      if (possible.includes(age)) continue;
      // The age itself: the digits of "Al Ansari, 41,".
      const start = paragraph.start + m.index + (m[4] ? m[0].lastIndexOf(m[4]) : 0);
      drafts.push({
        start,
        end: m[4] ? start + m[4].length : start + m[0].length,
        message: `Born ${describe(birth)}, the person would be ${possible.join(' or ')} on the publication date (${analysis.publicationDate!.date}), not ${age}.`,
        explanation: 'Ages are counted to the publication date. If the age is at another time, say when.',
        related: [{ start: birth.start, end: birth.end, message: `Birth: ${birth.value}.` }],
      });
    }
    return drafts;
  },
};

function agesFor(birth: DateMention, on: Day): number[] {
  const first = parseIso(birth.range!.first)!;
  const last = parseIso(birth.range!.last)!;
  const ages = new Set([ageOn(first, on), ageOn(last, on)]);
  return [...ages].filter((a) => a >= 0).sort((a, b) => a - b);
}

function ageOn(birth: Day, on: Day): number {
  return on.year - birth.year - (on.month < birth.month || (on.month === birth.month && on.day < birth.day) ? 1 : 0);
}
