// The dates engine: every temporal expression resolved against the publication date, and the timeline.
// Extraction is per paragraph (a pure function of its text, offset and the publication date).

import type { Analysis } from '../analyse';
import { quotationMask } from '../spans';
import { parseIso } from './calendar';
import { extractParagraph } from './extract';
import { buildTimeline } from './timeline';
import type { DateMention, DateResult, InvalidDate } from './types';

export type { DateMention, DateResult, DateForm, InvalidDate, Modifier, Precision, TimelineEvent, TimexType } from './types';

export function extractDates(analysis: Pick<Analysis, 'article' | 'prose' | 'publicationDate' | 'quotes'>): DateResult {
  const dct = analysis.publicationDate ? parseIso(analysis.publicationDate.date) : null;
  const inQuotation = quotationMask(analysis);
  const dates: DateMention[] = [];
  const invalid: InvalidDate[] = [];
  for (const paragraph of analysis.article.paragraphs) {
    const text = analysis.prose.slice(paragraph.start, paragraph.end);
    const found = extractParagraph(text, paragraph.start, dct, paragraph.index);
    for (const date of found.dates) {
      date.quoted = inQuotation(date.start);
      dates.push(date);
    }
    invalid.push(...found.invalid);
  }
  const sentences = analysis.article.paragraphs.flatMap((p) => p.sentences);
  return { dates, invalid, timeline: buildTimeline(analysis.prose, sentences, dates) };
}

/** The date mention covering an offset, or null. */
export function dateAt(result: DateResult, offset: number): DateMention | null {
  return result.dates.find((d) => d.start <= offset && offset < d.end) ?? null;
}
