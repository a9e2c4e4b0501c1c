// The shapes of the dates engine (core/dates). Offsets are UTF-16 code units into the document, end-exclusive.

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How precisely a date is known: what its value names. */
export type Precision =
  | 'decade' | 'year' | 'quarter' | 'season' | 'month' | 'week' | 'day' | 'time'
  | 'reference' // PRESENT_REF, PAST_REF, FUTURE_REF
  | 'duration' | 'set';

/** The written form, for the rules that care how a date is spelled. */
export type DateForm =
  | 'full'        // Oct. 16, 2023 / 16 October 2023 / 10/16/2023
  | 'month-day'   // Oct. 16
  | 'month-year'  // October 2023
  | 'month'       // October
  | 'year'        // 2023, '82
  | 'decade'      // the 1990s
  | 'quarter'     // the third quarter of 2009
  | 'season'      // spring
  | 'weekday'     // Tuesday
  | 'relative'    // yesterday, last week, two days ago, this year
  | 'reference'   // now, recently
  | 'time'        // 3 p.m., 18:00 UTC
  | 'duration'    // 18 months, a 21-day halt, the one-year mark
  | 'set';        // weekly, annual

export type Modifier = 'early' | 'mid' | 'late' | null;

export interface DateMention {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2023-10-16, 2023-07, 2023, 199, 2023-W42, 2023-Q3, P1Y, PRESENT_REF, XXXX-10-16 when unresolved. */
  value: string;
  /** "since D": an open interval from D to the publication date. */
  since: boolean;
  /** The weekday of the resolved day (day precision only). */
  weekday: string | null;
  precision: Precision;
  form: DateForm;
  modifier: Modifier;
  /** Whether the value came from the publication date (relative words, a year left out). */
  anchored: boolean;
  /** The weekday written in the text next to the date ("Tuesday, Oct. 16, 2023"), with its span. */
  statedWeekday: { name: string; start: number; end: number } | null;
  /** The first and last day the value covers (YYYY-MM-DD), for comparisons; null for durations and references. */
  range: { first: string; last: string } | null;
  /** A duration's length in days (approximate for months and years), else null. */
  days: number | null;
  /** Inside a direct quotation. */
  quoted: boolean;
  /** Index of the paragraph. */
  paragraph: number;
}

/** A date that cannot exist ("Feb. 30", "Feb. 29, 2023"): chrono drops these, we report them. */
export interface InvalidDate {
  start: number;
  end: number;
  text: string;
  year: number | null;
  month: number;
  day: number;
  /** Days in that month (29 for February without a year). */
  limit: number;
}

/** An event of the article anchored to a date ("On October 16, 2023, Qatar facilitated the first repatriation"). */
export interface TimelineEvent {
  /** The event family (core/events.ts), e.g. "return". */
  family: string;
  /** The trigger word's span. */
  start: number;
  end: number;
  trigger: string;
  /** Stated as the first of its kind ("the first repatriation"). */
  first: boolean;
  /** The trigger is a noun ("repatriation"), not a verb ("returned"). */
  noun: boolean;
  /** Index into `dates` of the anchoring date. */
  date: number;
  /** The sentence's span. */
  sentence: { start: number; end: number };
}

export interface DateResult {
  /** Every temporal expression, in document order. */
  dates: DateMention[];
  /** Impossible dates (absent only in the placeholder analyse() starts from). */
  invalid?: InvalidDate[];
  /** Events anchored to dates (absent only in the placeholder analyse() starts from). */
  timeline?: TimelineEvent[];
}
