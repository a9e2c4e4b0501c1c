// The publication date (the document creation time, DCT) against which relative dates resolve.
// Order: front matter `date:`, then a dateline at the top of the article, then the setting/option.

import type { Article, Span } from './text';

export type PublicationDateSource = 'front-matter' | 'dateline' | 'option';

export interface PublicationDate {
  /** YYYY-MM-DD */
  date: string;
  source: PublicationDateSource;
  /** Where in the document it was read (absent for the option). */
  span: Span | null;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
/** "Sept. 26, 2024" / "Thursday, September 26, 2024" / "26 September 2024" / "2024-09-26", alone on a line. */
const DATELINE_ALONE = new RegExp(`^${WEEKDAY}(?:${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))$`);
/** "DOHA, Sept. 26 (Agency) —" / "WASHINGTON, Sept. 26, 2024 —": a place in capitals, then the date. */
const DATELINE_PLACE = new RegExp(`^[\\p{Lu}][\\p{Lu}\\p{M} .'’-]+(?:,\\s*[\\p{L} .]+)?,\\s+${MONTH}\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?\\b`, 'u');

export function findPublicationDate(article: Article, option?: string | null): PublicationDate | null {
  const fromFrontMatter = frontMatterDate(article);
  if (fromFrontMatter) return fromFrontMatter;
  const optionDate = option && isIsoDate(option) ? option : null;
  const fromDateline = datelineDate(article, optionDate);
  if (fromDateline) return fromDateline;
  return optionDate ? { date: optionDate, source: 'option', span: null } : null;
}

function frontMatterDate(article: Article): PublicationDate | null {
  const data = article.frontMatter?.data;
  if (!data) return null;
  const value = data.date ?? data.published ?? data.publicationDate;
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : null;
  const match = text ? /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim()) : null;
  if (!match || !isValidDay(+match[1], +match[2], +match[3])) return null;
  const key = /^(date|published|publicationDate)[ \t]*:/m.exec(article.text.slice(0, article.frontMatter!.end));
  const span = key ? { start: key.index, end: key.index + key[1].length } : null;
  return { date: match[0], source: 'front-matter', span };
}

/** Looks at the first three paragraphs: a date alone on its line, or a place-and-date dateline. */
function datelineDate(article: Article, option: string | null): PublicationDate | null {
  for (const paragraph of article.paragraphs.slice(0, 3)) {
    const line = article.prose.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120));
    const alone = DATELINE_ALONE.exec(line.trim());
    if (alone && paragraph.end - paragraph.start <= 60) {
      const [year, month, day] = alone[1]
        ? [+alone[3], monthNumber(alone[1]), +alone[2]]
        : alone[5]
          ? [+alone[6], monthNumber(alone[5]), +alone[4]]
          : [+alone[7], +alone[8], +alone[9]];
      if (isValidDay(year, month, day)) {
        return { date: iso(year, month, day), source: 'dateline', span: { start: paragraph.start, end: paragraph.end } };
      }
    }
    const place = DATELINE_PLACE.exec(line);
    if (place) {
      const month = monthNumber(place[1]);
      const day = +place[2];
      // Without a year the dateline needs one from the option; it then fixes the day.
      const year = place[3] ? +place[3] : option ? +option.slice(0, 4) : NaN;
      if (isValidDay(year, month, day)) {
        const span = { start: paragraph.start, end: paragraph.start + place[0].length };
        return { date: iso(year, month, day), source: 'dateline', span };
      }
    }
  }
  return null;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '')] ?? NaN;
}

export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return !!match && isValidDay(+match[1], +match[2], +match[3]);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
