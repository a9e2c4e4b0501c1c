// Character classes of Unicode for the hand-written scanners (tokens, figures' words, the timeline's
// words, quotation marks' neighbours): a pattern such as /^\p{L}$/u asked once per code point above
// ASCII, then answered from a cache.

/** A test of one non-ASCII code point against `pattern` (one code point, anchored), cached per code point. */
export function nonAsciiClass(pattern: RegExp): (cp: number) => boolean {
  // The Basic Multilingual Plane in a table (64 KB: 0 not asked yet, 1 no, 2 yes), read far faster than a
  // Map; the code points beyond it, rare, in a Map.
  const plane = new Uint8Array(0x10000);
  const beyond = new Map<number, boolean>();
  return (cp) => {
    if (cp < 0x10000) {
      let known = plane[cp];
      if (known === 0) plane[cp] = known = pattern.test(String.fromCodePoint(cp)) ? 2 : 1;
      return known === 2;
    }
    let value = beyond.get(cp);
    if (value === undefined) {
      value = pattern.test(String.fromCodePoint(cp));
      beyond.set(cp, value);
    }
    return value;
  };
}

/**
 * A string of one code unit, made once per code unit: V8 shares its own only for Latin-1, so a page of
 * curly quotes or dashes would otherwise be a fresh string per mark in every scanner that makes it a token.
 */
const unitStrings = new Map<number, string>();
export function unitString(code: number): string {
  let text = unitStrings.get(code);
  if (text === undefined) unitStrings.set(code, text = String.fromCharCode(code));
  return text;
}

/** Its lower case, made once the same way (Ⓐ → ⓐ; most symbols are their own). */
const lowerUnitStrings = new Map<number, string>();
export function lowerUnitString(code: number): string {
  let text = lowerUnitStrings.get(code);
  if (text === undefined) lowerUnitStrings.set(code, text = String.fromCharCode(code).toLowerCase());
  return text;
}
