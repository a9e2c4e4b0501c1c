// dates.* (RULES.md). The engine is core/dates/.

import { datesAgeBirth } from './dates.age-birth';
import { datesDurationMismatch } from './dates.duration-mismatch';
import { datesFirstAfterSince } from './dates.first-after-since';
import { datesFirstNotFirst } from './dates.first-not-first';
import { datesInvalid } from './dates.invalid';
import { datesMonthStyle } from './dates.month-style';
import { datesOrdinal } from './dates.ordinal';
import { datesRelativeWord } from './dates.relative-word';
import { datesWeekdayMismatch } from './dates.weekday-mismatch';
import type { Rule } from './rule';

export const DATES_RULES: readonly Rule[] = [
  datesAgeBirth,
  datesDurationMismatch,
  datesFirstAfterSince,
  datesFirstNotFirst,
  datesInvalid,
  datesMonthStyle,
  datesOrdinal,
  datesRelativeWord,
  datesWeekdayMismatch,
];
