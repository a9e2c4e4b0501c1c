// Day arithmetic on the proleptic Gregorian calendar, in UTC: no time zones, no locale.

export interface Day {
  year: number;
  month: number; // 1–12
  day: number;
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
/** AP's forms with a day: Jan. Feb. Aug. Sept. Oct. Nov. Dec.; March–July spelled out. */
export const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValid(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// Days from and to the civil calendar by arithmetic (H. Hinnant's algorithms), not through Date objects:
// the dates engine converts for every date it resolves.

/** Days since 1970-01-01 of a valid day. */
export function toNumber(d: Day): number {
  const m = d.month;
  const y = m <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468 + d.day - 1;
}

export function fromNumber(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(d: Day, days: number): Day {
  return fromNumber(toNumber(d) + days);
}

/** 0 = Sunday. */
export function weekdayOf(d: Day): number {
  return ((toNumber(d) % 7) + 7 + 4) % 7; // 1970-01-01 was a Thursday
}

export function pad(n: number, width = 2): string {
  // The usual cases without padStart: this runs several times for every date resolved.
  if (width === 2 && n >= 10 && n < 100) return String(n);
  if (width === 2 && n >= 0 && n < 10) return '0' + n;
  return String(n).padStart(width, '0');
}

export function isoDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function parseIso(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return m && isValid(+m[1], +m[2], +m[3]) ? { year: +m[1], month: +m[2], day: +m[3] } : null;
}

/** ISO 8601 week: [week-year, week]. */
export function isoWeek(d: Day): [number, number] {
  const n = toNumber(d);
  const weekday = (weekdayOf(d) + 6) % 7; // Monday = 0
  const thursday = fromNumber(n - weekday + 3);
  const jan1 = toNumber({ year: thursday.year, month: 1, day: 1 });
  return [thursday.year, Math.floor((toNumber(thursday) - jan1) / 7) + 1];
}

export function isoWeekValue(d: Day): string {
  const [year, week] = isoWeek(d);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Monday of the ISO week holding d. */
export function mondayOf(d: Day): Day {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

export function lastDayOfMonth(year: number, month: number): Day {
  return { year, month, day: daysInMonth(year, month) };
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
  return toNumber(b) - toNumber(a);
}

/** Whole months from a to b, counting a month only when its day is reached. */
export function monthsBetween(a: Day, b: Day): number {
  return (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
}
