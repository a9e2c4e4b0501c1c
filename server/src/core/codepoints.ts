// Character classes of Unicode for the hand-written scanners (tokens, figures' words, the timeline's
// words): a pattern such as /^\p{L}$/u asked once per code point above ASCII, then answered from a cache.

/** A test of one non-ASCII code point against `pattern` (one code point, anchored), cached per code point. */
export function nonAsciiClass(pattern: RegExp): (cp: number) => boolean {
  const cache = new Map<number, boolean>();
  return (cp) => {
    let value = cache.get(cp);
    if (value === undefined) {
      value = pattern.test(String.fromCodePoint(cp));
      cache.set(cp, value);
    }
    return value;
  };
}
