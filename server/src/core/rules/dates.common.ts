// Helpers shared by the dates.* rules (not a rule): AP spellings of dates, where a date sits.

import type { Analysis } from '../analyse';
import { AP_MONTHS, MONTH_NAMES, parseIso, type Day } from '../dates/calendar';
import { MONTH_WORD, monthNumber } from '../dates/lexicon';
import type { DateMention } from '../dates/types';

/** Whether a date lies in a headline (style rules skip them) or in the dateline the publication date came from. */
export function skipForStyle(analysis: Analysis, date: DateMention): boolean {
  if (analysis.article.paragraphs[date.paragraph]?.headline) return true;
  const span = analysis.publicationDate?.span;
  return !!span && span.start <= date.start && date.end <= span.end;
}

/** "Oct. 16, 2023" / "Oct. 16": AP's form of a day. */
export function apDate(month: number, day: number, year: number | null): string {
  return `${AP_MONTHS[month - 1]} ${day}${year === null ? '' : `, ${year}`}`;
}

/** "Monday, Oct. 16, 2023" */
export function apLong(iso: string): string {
  const d = parseIso(iso)!;
  return `${apDate(d.month, d.day, d.year)}`;
}

export function fullMonth(month: number): string {
  return MONTH_NAMES[month - 1];
}

/** The month-and-day core of a date's text: where it is, how it is written, what AP makes of it. */
export interface DayCore {
  start: number; // offsets into the document
  end: number;
  month: number;
  day: number;
  year: number | null;
  monthStart: number;
  monthEnd: number;
  monthText: string;
  dayFirst: boolean;
  ordinal: boolean;
}

const MONTH_FIRST = new RegExp(`(${MONTH_WORD})\\s+(\\d{1,2})(st|nd|rd|th)?(?:(,?\\s+)(\\d{4}))?`);
const DAY_FIRST = new RegExp(`(\\d{1,2})(st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_WORD})(?:(,?\\s+)(\\d{4}))?`);

export function dayCore(date: DateMention): DayCore | null {
  if (date.form !== 'full' && date.form !== 'month-day') return null;
  const a = MONTH_FIRST.exec(date.text);
  const b = DAY_FIRST.exec(date.text);
  if (a && (!b || a.index <= b.index)) {
    const start = date.start + a.index;
    return {
      start, end: start + a[0].length, month: monthNumber(a[1]), day: +a[2], year: a[5] ? +a[5] : null,
      monthStart: start, monthEnd: start + a[1].length, monthText: a[1], dayFirst: false, ordinal: !!a[3],
    };
  }
  if (b) {
    const start = date.start + b.index;
    const monthAt = b[0].indexOf(b[3], b[1].length);
    return {
      start, end: start + b[0].length, month: monthNumber(b[3]), day: +b[1], year: b[5] ? +b[5] : null,
      monthStart: start + monthAt, monthEnd: start + monthAt + b[3].length, monthText: b[3], dayFirst: true, ordinal: !!b[2],
    };
  }
  return null;
}

export function dct(analysis: Analysis): Day | null {
  return analysis.publicationDate ? parseIso(analysis.publicationDate.date) : null;
}

/** "Oct. 16, 2023" for a day, "July 2023" for a month, "2023" for a year: how a message names a date. */
export function describe(date: DateMention): string {
  const iso = date.value;
  if (date.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(iso)) return apLong(iso);
  if (date.precision === 'month' && /^\d{4}-\d{2}$/.test(iso)) return `${fullMonth(+iso.slice(5, 7))} ${iso.slice(0, 4)}`;
  return date.text;
}
