// Clock times in AP style: "3 p.m." (not "3:00 p.m.", "3pm", "3 PM"), "3:30 a.m.", "noon" and "midnight"
// (not "12 p.m.", "12 a.m.", "12 noon"), and a range within one half of the day as "9 to 11 a.m.".
// A pure function of the prose: each time that is not in AP form, with its AP form.

import type { Span } from '../text';
import { asKept, NONE } from '../lists';

export interface TimeProblem extends Span {
  text: string;
  /** The AP form. */
  fix: string;
  /** For the message: what is wrong. */
  reason: string;
}

interface ClockTime extends Span {
  hour: number;
  minutes: string | null;
  /** 'a.m.' | 'p.m.' | 'noon' | 'midnight' */
  meridiem: string;
  canonical: string;
  /** The original ends without the final period and a sentence period follows: the fix takes it in. */
  absorbsPeriod: boolean;
}

// One pass, no nested quantifiers: an hour, optional minutes, optional space, a.m./p.m. in any spelling.
const TIME = /(?<![\p{L}\p{N}.:,])(\d{1,2})(?:([:.])(\d{2}))?[ \u00a0]?(a\.?[ ]?m\b\.?|p\.?[ ]?m\b\.?|A\.?M\b\.?|P\.?M\b\.?|noon\b|midnight\b)(?![\p{L}\p{N}/])/gu;

/** The clock times of one paragraph; `text` is the paragraph alone (a search never runs past it), `base` its offset. */
function clockTimes(text: string, base: number): ClockTime[] {
  const times: ClockTime[] = [];
  const prose = text;
  TIME.lastIndex = 0;
  for (let m = TIME.exec(prose); m; m = TIME.exec(prose)) {
    const hour = Number(m[1]);
    const minutes = m[3] ?? null;
    const word = m[4];
    if (m[2] === '.' && !/[ap]/i.test(word.charAt(0))) continue; // "2.30 noon" is not a time
    if (hour < 1 || hour > 12 || (minutes !== null && Number(minutes) > 59)) continue;
    if (m[1].length === 2 && m[1].charAt(0) === '0') continue; // "09 am": a 24-hour clock's habit; leave it
    const lower = word.toLowerCase();
    let meridiem = lower.startsWith('a') ? 'a.m.' : lower.startsWith('p') ? 'p.m.' : lower;
    // "AM"/"PM" in capitals after a bare number could be a name ("3 PM" is a time; "Radio 4 AM" is not likely): keep.
    if ((meridiem === 'noon' || meridiem === 'midnight') && (hour !== 12 || minutes !== null)) continue;
    let canonical = `${hour}${minutes && minutes !== '00' ? ':' + minutes : ''} ${meridiem}`;
    if (hour === 12 && (minutes === null || minutes === '00')) {
      if (meridiem === 'p.m.') meridiem = 'noon';
      else if (meridiem === 'a.m.') meridiem = 'midnight';
      canonical = meridiem;
    }
    const end = m.index + m[0].length;
    // "a.m" before a period: the sentence's period, unless a word or figure follows it ("10 a.m.30" is no time).
    const periodAfter = !m[0].endsWith('.') && prose.charAt(end) === '.';
    if (periodAfter && /[\p{L}\p{N}]/u.test(prose.charAt(end + 1))) continue;
    const absorbsPeriod = periodAfter && canonical.endsWith('.');
    times.push({ start: base + m.index, end: base + end, hour, minutes, meridiem, canonical, absorbsPeriod });
  }
  return times;
}

/** What is wrong with a written time, in words, or null when it is AP style. */
function reasonFor(text: string, time: ClockTime): string | null {
  if (text === time.canonical) return null;
  if (time.meridiem === 'noon' || time.meridiem === 'midnight') {
    return /^12\s*(noon|midnight)/i.test(text) ? `“${time.meridiem}” needs no “12”` : `AP writes “${time.meridiem}”, not “${text}”`;
  }
  if (time.minutes === '00') return 'AP drops “:00” on the hour';
  if (/[AP]/.test(text)) return 'AP writes “a.m.” and “p.m.” in lower case with periods';
  if (!/\d[ \u00a0]/.test(text)) return /[ap]\.m/i.test(text) ? 'AP puts a space between the figure and “a.m.” or “p.m.”' : 'AP writes “a.m.” and “p.m.” with periods, after a space';
  if (time.minutes !== null && text.includes('.') && /\d\.\d/.test(text)) return 'AP separates hours and minutes with a colon';
  return 'AP writes “a.m.” and “p.m.” with periods';
}

/** Each time in the span that is not in AP form. Ranges within one half of the day become "9 to 11 a.m.". */
export function timeProblems(prose: string, span: Span): readonly TimeProblem[] {
  // Most paragraphs have no figure at all: no slice, no search.
  const text = prose.slice(span.start, span.end);
  if (!/\d/.test(text)) return NONE;
  const times = clockTimes(text, span.start);
  const problems: TimeProblem[] = [];
  for (let i = 0; i < times.length; i++) {
    const time = times[i];
    const next = times[i + 1];
    // "9 a.m. to 11 a.m.", "9am-11am": one meridiem at the end. Not across noon ("noon to 2 p.m." stays).
    if (next && time.meridiem === next.meridiem && (time.meridiem === 'a.m.' || time.meridiem === 'p.m.')) {
      const between = prose.slice(time.end, next.start);
      const joiner = /^[ \u00a0]*(?:to|until|till)[ \u00a0]+$/.exec(between) ? ' to ' : /^[ \u00a0]*[-–][ \u00a0]*$/.test(between) ? '-' : null;
      if (joiner) {
        const from = time.canonical.replace(/ [ap]\.m\.$/, '');
        const fix = `${from}${joiner === ' to ' ? ` ${between.trim()} ` : '-'}${next.canonical}`;
        const end = next.end + (next.absorbsPeriod ? 1 : 0);
        problems.push({ start: time.start, end, text: prose.slice(time.start, end), fix,
          reason: `AP gives a range within the ${time.meridiem === 'a.m.' ? 'morning' : 'afternoon or evening'} one “${time.meridiem}”` });
        i++;
        continue;
      }
    }
    const end = time.end + (time.absorbsPeriod ? 1 : 0);
    const text = prose.slice(time.start, end);
    const reason = reasonFor(text, time);
    if (!reason) continue;
    problems.push({ start: time.start, end, text: prose.slice(time.start, end), fix: time.canonical, reason });
  }
  // Kept per paragraph by the memo (core/style/scan.ts): most paragraphs with figures have no time.
  return asKept(problems);
}
