// The dates engine: every temporal expression resolved against the publication date, and the timeline.

import type { Analysis } from '../analyse';
import type { DateResult } from './types';

export type { DateMention, DateResult, DateForm, InvalidDate, Modifier, Precision, TimelineEvent, TimexType } from './types';

export function extractDates(_analysis: Analysis): DateResult {
  return { dates: [], invalid: [], timeline: [] };
}
