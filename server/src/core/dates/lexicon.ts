// Words of the dates engine: month names as written, number words, units.

/** A month name as news writes it: full, AP-abbreviated, or the other abbreviations ("Sep", "Sept."). */
export const MONTH_WORD = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)(?![A-Za-z])';

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

export function monthNumber(word: string): number {
  return MONTH_NUMBERS[word.toLowerCase().replace('.', '')] ?? 0;
}

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5,
};

/** The number words a duration may start with (regex alternation). */
export const NUMBER_WORD =
  '(?:an?|one|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)' +
  '(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';

/** "twenty-five" → 25, "18" → 18, "1.5" → 1.5; NaN when not a number. */
export function numberValue(word: string): number {
  const lower = word.toLowerCase().replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(lower)) return Number(lower);
  const parts = lower.split('-');
  let total = 0;
  for (const part of parts) {
    const value = SMALL[part];
    if (value === undefined) return NaN;
    total += value;
  }
  return total;
}

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'centurie' || w === 'century') return 'century';
  return (['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade'] as const)
    .find((u) => u === w) ?? null;
}

/** TIMEX3 duration value for n units: P18M, PT30M, P10Y for a decade; X for an unknown count. */
export function durationValue(n: number | 'X', unit: Unit): string {
  const count = (k: number) => (n === 'X' ? 'X' : String(+(n * k).toFixed(2)));
  switch (unit) {
    case 'second': return `PT${count(1)}S`;
    case 'minute': return `PT${count(1)}M`;
    case 'hour': return `PT${count(1)}H`;
    case 'day': return `P${count(1)}D`;
    case 'week': return `P${count(1)}W`;
    case 'month': return `P${count(1)}M`;
    case 'quarter': return `P${count(1)}Q`;
    case 'year': return `P${count(1)}Y`;
    case 'decade': return n === 'X' ? 'PXDE' : `P${count(10)}Y`;
    case 'century': return n === 'X' ? 'PXCE' : `P${count(100)}Y`;
  }
}

const UNIT_DAYS: Record<Unit, number> = {
  second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30.44, quarter: 91.31, year: 365.25,
  decade: 3652.5, century: 36525,
};

export function unitDays(unit: Unit): number {
  return UNIT_DAYS[unit];
}
