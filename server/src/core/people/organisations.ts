// Organisations as speakers: the name an abbreviation stands for in this article ("Singapore Airlines
// (SIA)" → SIA; "General Motors" → GM by its initials), so "GM said" is credited to General Motors.

const DEFINITION = /((?:[A-Z][\w'’&.-]*)(?:\s+(?:[A-Z][\w'’&.-]*|of|the|and|for|&)){1,7})\s+\(([A-Z][A-Za-z&.]{1,9})\)/g;
const RUN = /[A-Z][\w'’&-]*(?:\s+(?:(?:of|the|and|for|&)\s+)?[A-Z][\w'’&-]*){1,5}/g;
const SMALL = /^(?:of|the|and|for|&)$/;

export class OrganisationNames {
  private readonly byAbbreviation = new Map<string, string>();
  /** Capitalised runs of the article in order, for abbreviations that are not plain initials. */
  private readonly runs: string[] = [];

  constructor(prose: string) {
    for (const match of prose.matchAll(DEFINITION)) {
      const abbreviation = match[2].replace(/\./g, '');
      if (!this.byAbbreviation.has(abbreviation)) this.byAbbreviation.set(abbreviation, match[1]);
    }
    // Initials of capitalised runs: the first run that spells an abbreviation names it.
    for (const match of prose.matchAll(RUN)) {
      if (this.runs.length < 200) this.runs.push(match[0]);
      const words = match[0].split(/\s+/).filter((w) => !SMALL.test(w));
      const initials = words.map((w) => w[0]).join('');
      if (initials.length >= 2 && !this.byAbbreviation.has(initials)) this.byAbbreviation.set(initials, match[0]);
    }
  }

  /** The organisation a speaker mention names: its long form when it is an abbreviation, else itself. */
  canonical(mention: string): string {
    const text = mention.replace(/^(?:the|The)\s+/, '').replace(/['’]s?$/, '');
    const abbreviation = text.replace(/\./g, '');
    if (/^[A-Z][A-Za-z&]{1,8}$/.test(abbreviation) && abbreviation.toUpperCase() === abbreviation) {
      return this.byAbbreviation.get(abbreviation) ?? this.byLetters(abbreviation) ?? text;
    }
    return text;
  }

  /**
   * "SIA" for "Singapore Airlines": every word gives its initial, in order, and the other letters come
   * from inside the words. Only for runs of two or more words, and only when no run spells it by initials.
   */
  private byLetters(abbreviation: string): string | undefined {
    for (const run of this.runs) {
      const words = run.split(/\s+/).filter((w) => !SMALL.test(w));
      if (words.length >= 2 && words.length < abbreviation.length && spells(abbreviation, words)) return run;
    }
    return undefined;
  }
}

/** Whether the letters spell the words' initials in order, with extra letters taken from inside a word. */
function spells(letters: string, words: string[]): boolean {
  let w = 0;
  let inside = -1; // position inside words[w - 1] after its initial, or -1
  for (const letter of letters) {
    if (w < words.length && words[w][0] === letter) {
      w++;
      inside = 1;
      continue;
    }
    if (w === 0 || inside < 0) return false;
    const found = words[w - 1].toUpperCase().indexOf(letter, inside);
    if (found < 0) return false;
    inside = found + 1;
  }
  return w === words.length;
}
