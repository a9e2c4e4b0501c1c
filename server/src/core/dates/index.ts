// The dates engine: every temporal expression resolved against the publication date, and the timeline.

import type { Analysis } from '../analyse';

export interface DateResult {
  dates: readonly unknown[];
}

export function extractDates(_analysis: Analysis): DateResult {
  return { dates: [] };
}
