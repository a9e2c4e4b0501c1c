// Organisations as speakers: the name an abbreviation stands for in this article ("Singapore Airlines
// (SIA)" → SIA; "General Motors" → GM by its initials), so "GM said" is credited to General Motors.

const DEFINITION = /((?:[A-Z][\w'’&.-]*)(?:\s+(?:[A-Z][\w'’&.-]*|of|the|and|for|&)){1,7})\s+\(([A-Z][A-Za-z&.]{1,9})\)/g;
const RUN = /[A-Z][\w'’&-]*(?:\s+(?:(?:of|the|and|for|&)\s+)?[A-Z][\w'’&-]*){1,5}/g;
const SMALL = /^(?:of|the|and|for|&)$/;

export class OrganisationNames {
  private readonly byAbbreviation = new Map<string, string>();

  constructor(prose: string) {
    for (const match of prose.matchAll(DEFINITION)) {
      const abbreviation = match[2].replace(/\./g, '');
      if (!this.byAbbreviation.has(abbreviation)) this.byAbbreviation.set(abbreviation, match[1]);
    }
    // Initials of capitalised runs: the first run that spells an abbreviation names it.
    for (const match of prose.matchAll(RUN)) {
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
      return this.byAbbreviation.get(abbreviation) ?? text;
    }
    return text;
  }
}
