// Event families: the verbs and nouns that name what happened, grouped so that different words for
// the same kind of event meet ("reunite", "returned", "repatriation", "reunification" → `return`).
// Shared by the figures engine (which fact a count states) and the dates engine (its timeline).
// Reporting verbs (said, wrote, accused, claimed…) are never events: they are not in this lexicon, and
// `eventFamily` answers null for them even when a newsroom adds a word that collides.

export type EventFamily =
  | 'return'      // reunite, return, repatriate, reunification, bring home
  | 'abduct'      // abduct, deport, kidnap, relocate (forcibly), transfer
  | 'kill'        // kill, die, death, dead, fatality
  | 'injure'      // injure, wound, hurt, injury
  | 'casualty'    // casualties: killed and injured together
  | 'displace'    // displace, flee, refugee
  | 'evacuate'    // evacuate, evacuation
  | 'arrest'      // arrest, detain, jail, imprison
  | 'release'     // release, free (captives)
  | 'rescue'      // rescue, save
  | 'attack'      // attack, strike, bomb, shell
  | 'vote'        // vote, elect, ballot
  | 'employ'      // hire, employ, lay off, layoffs, jobs cut
  | 'infect'      // infect, infection, case (of a disease)
  | 'trade'       // sell, buy, sale, purchase, order
  | 'change';     // rise, fall, increase, drop: a change, not a state ("rose 150%")

export interface EventEntry {
  family: EventFamily;
  /** The dictionary form ("reunite" for "reunited", "reunification"). */
  lemma: string;
  /** A verb form or a noun. */
  pos: 'verb' | 'noun' | 'adjective';
}

/** Verbs as lemmas; regular inflections (-s, -ed, -ing) are derived, irregular ones listed. */
const VERBS: Readonly<Record<EventFamily, readonly string[]>> = {
  return: ['reunite', 'reunify', 'return', 'repatriate', 'restore'],
  abduct: ['abduct', 'deport', 'kidnap', 'relocate', 'transfer', 'remove', 'seize'],
  kill: ['kill', 'die', 'murder', 'slay', 'perish', 'execute', 'massacre'],
  injure: ['injure', 'wound', 'hurt', 'maim'],
  casualty: [],
  displace: ['displace', 'flee', 'uproot'],
  evacuate: ['evacuate'],
  arrest: ['arrest', 'detain', 'jail', 'imprison', 'capture', 'apprehend', 'convict', 'charge', 'sentence'],
  release: ['release', 'free', 'exchange', 'swap'],
  rescue: ['rescue', 'save'],
  attack: ['attack', 'strike', 'bomb', 'shell', 'shoot', 'raid', 'launch', 'fire'],
  vote: ['vote', 'elect', 'ballot', 'poll'],
  employ: ['hire', 'employ', 'fire', 'cut', 'shed', 'recruit'],
  infect: ['infect', 'diagnose'],
  trade: ['sell', 'buy', 'purchase', 'order', 'acquire', 'export', 'import'],
  change: ['rise', 'fall', 'increase', 'decrease', 'drop', 'grow', 'climb', 'jump', 'decline', 'soar',
    'plunge', 'surge', 'slump', 'tumble', 'gain', 'lose', 'shrink', 'double', 'triple', 'halve', 'raise',
    'lower', 'reduce', 'boost', 'slash'],
};

const NOUNS: Readonly<Record<EventFamily, readonly string[]>> = {
  return: ['reunification', 'reunion', 'return', 'repatriation', 'homecoming', 'restoration'],
  abduct: ['abduction', 'deportation', 'kidnapping', 'kidnaping', 'relocation', 'transfer', 'removal',
    'seizure', 'abductee', 'deportee'],
  kill: ['death', 'killing', 'fatality', 'murder', 'execution', 'massacre', 'toll', 'dead'],
  injure: ['injury', 'wound', 'wounded', 'injured'],
  casualty: ['casualty'],
  displace: ['displacement', 'refugee', 'exodus', 'displaced'],
  evacuate: ['evacuation', 'evacuee'],
  arrest: ['arrest', 'detention', 'detainee', 'imprisonment', 'capture', 'conviction', 'prisoner'],
  release: ['release', 'exchange', 'swap'],
  rescue: ['rescue'],
  attack: ['attack', 'strike', 'airstrike', 'bombing', 'shelling', 'shooting', 'raid', 'assault'],
  vote: ['vote', 'election', 'ballot', 'poll', 'referendum'],
  employ: ['layoff', 'hiring', 'employment', 'redundancy'],
  infect: ['infection', 'case', 'diagnosis', 'outbreak'],
  trade: ['sale', 'purchase', 'order', 'acquisition', 'export', 'import', 'deal'],
  change: ['rise', 'fall', 'increase', 'decrease', 'drop', 'growth', 'decline', 'jump', 'gain', 'loss',
    'cut', 'reduction', 'surge', 'slump'],
};

/** Irregular verb forms → lemma. */
const IRREGULAR: Readonly<Record<string, string>> = {
  fled: 'flee', slain: 'slay', slew: 'slay', struck: 'strike', stricken: 'strike', shot: 'shoot',
  hurt: 'hurt', sold: 'sell', bought: 'buy', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall',
  grew: 'grow', grown: 'grow', lost: 'lose', shrank: 'shrink', shrunk: 'shrink', cut: 'cut',
  shed: 'shed', freed: 'free', died: 'die', dying: 'die', dies: 'die', kidnapped: 'kidnap',
  kidnapping: 'kidnap', kidnaped: 'kidnap', jailed: 'jail', transferred: 'transfer',
  transferring: 'transfer', dropped: 'drop', dropping: 'drop', slashed: 'slash', reunified: 'reunify',
  reunifies: 'reunify', slumped: 'slump', swapped: 'swap', swapping: 'swap', plunged: 'plunge',
};

/**
 * Reporting verbs and other words that look like events but only frame them: "accused Moscow of
 * abducting…" is an abduction, not an accusation; "said", "wrote", "claimed" never state the event.
 */
const NEVER_EVENTS: ReadonlySet<string> = new Set([
  'say', 'said', 'says', 'saying', 'write', 'wrote', 'written', 'writes', 'accuse', 'accused', 'accuses',
  'accusing', 'claim', 'claimed', 'claims', 'claiming', 'report', 'reported', 'reports', 'reporting',
  'tell', 'told', 'tells', 'announce', 'announced', 'announces', 'confirm', 'confirmed', 'confirms',
  'state', 'stated', 'states', 'add', 'added', 'adds', 'note', 'noted', 'notes', 'deny', 'denied',
  'denies', 'estimate', 'estimated', 'estimates', 'allege', 'alleged', 'alleges', 'believe', 'believed',
  'according', 'warn', 'warned', 'warns', 'insist', 'insisted', 'explain', 'explained', 'argue', 'argued',
  'thank', 'thanked', 'thanking', 'praise', 'praised', 'welcome', 'welcomed', 'welcomes',
]);

const LEXICON: ReadonlyMap<string, EventEntry> = build();

function build(): Map<string, EventEntry> {
  const map = new Map<string, EventEntry>();
  const put = (form: string, entry: EventEntry): void => {
    // The first family listed for a form wins; nouns never override a verb reading.
    if (!map.has(form)) map.set(form, entry);
  };
  const lemmaFamily = new Map<string, EventFamily>();
  for (const family of Object.keys(VERBS) as EventFamily[]) {
    for (const lemma of VERBS[family]) {
      if (!lemmaFamily.has(lemma)) lemmaFamily.set(lemma, family);
      const entry: EventEntry = { family, lemma, pos: 'verb' };
      for (const form of inflect(lemma)) put(form, entry);
    }
  }
  for (const [form, lemma] of Object.entries(IRREGULAR)) {
    const family = lemmaFamily.get(lemma);
    if (family) map.set(form, { family, lemma, pos: 'verb' });
  }
  for (const family of Object.keys(NOUNS) as EventFamily[]) {
    for (const noun of NOUNS[family]) {
      const entry: EventEntry = { family, lemma: noun, pos: 'noun' };
      put(noun, entry);
      put(plural(noun), entry);
    }
  }
  for (const word of NEVER_EVENTS) map.delete(word);
  return map;
}

function inflect(lemma: string): string[] {
  const forms = [lemma];
  if (lemma.endsWith('e')) {
    forms.push(lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.push(lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing');
  } else if (/(?:s|sh|ch|x|z)$/.test(lemma)) {
    forms.push(lemma + 'es', lemma + 'ed', lemma + 'ing');
  } else {
    forms.push(lemma + 's', lemma + 'ed', lemma + 'ing');
  }
  return forms;
}

function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return noun + 'es';
  return noun + 's';
}

/** The first three letters of a lower-case word as an index (a–z, or the end of a short word); 0 when one is anything else. */
function prefixKey(lower: string): number {
  let key = 0;
  for (let k = 0; k < 3; k++) {
    const c = lower.charCodeAt(k);
    if (c >= 97 && c <= 122) key = key * 27 + c - 96;
    else if (k >= lower.length) key *= 27;
    else return 0;
  }
  return key;
}

/** Which first three letters start a word of `words`: most words are turned away without hashing them. */
function prefixes(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(27 * 27 * 27);
  for (const word of words) table[prefixKey(word)] = 1;
  return table;
}
const LEXICON_PREFIXES = prefixes(LEXICON.keys());
const FRAMING_PREFIXES = prefixes(NEVER_EVENTS);

/** `eventOf` for a word already in lower case (the figures engine asks it of every word): no case mapping. */
export function lowerEventOf(lower: string): EventEntry | null {
  return LEXICON_PREFIXES[prefixKey(lower)] === 1 ? LEXICON.get(lower) ?? null : null;
}

/** The event a word names, or null (reporting verbs and unknown words). Case-insensitive. */
export function eventOf(word: string): EventEntry | null {
  return lowerEventOf(word.toLowerCase());
}

/** The family of the event a word names, or null. */
export function eventFamily(word: string): EventFamily | null {
  return lowerEventOf(word.toLowerCase())?.family ?? null;
}

/** `isFramingVerb` for a word already in lower case. */
export function isLowerFramingVerb(lower: string): boolean {
  return FRAMING_PREFIXES[prefixKey(lower)] === 1 && NEVER_EVENTS.has(lower);
}

/** Whether a word only frames an event (said, wrote, accused, claimed): never an event itself. */
export function isFramingVerb(word: string): boolean {
  return isLowerFramingVerb(word.toLowerCase());
}

/** Every family, for hovers and documentation. */
export const EVENT_FAMILIES: readonly EventFamily[] = Object.keys(VERBS) as EventFamily[];
