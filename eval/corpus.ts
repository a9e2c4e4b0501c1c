// The MEANTIME Wikinews corpus (../shared/corpus, outside the project) as every evaluation reads it, and
// the two measures they share: words as counted for "per 1,000 words", and a firing shown in its context.

import { readFileSync } from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..');

/** Every article of the corpus, one JSON object a line, typed by the caller's needs. */
export function loadCorpus<Doc = { id: string; text: string; dct: string }>(): Doc[] {
  return readFileSync(path.join(ROOT, '../shared/corpus/meantime_en.jsonl'), 'utf8').trim().split('\n')
    .map((line) => JSON.parse(line) as Doc);
}

/** Words: whitespace-separated runs with a letter or a digit (a lone dash or quotation mark is no word). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** `…before ⟦the span⟧ after…` on one line, `width` characters either side. */
export function inContext(text: string, start: number, end: number, width = 60): string {
  return (text.slice(Math.max(0, start - width), start) + '⟦' + text.slice(start, end) + '⟧' + text.slice(end, end + width))
    .replace(/\s+/g, ' ');
}
