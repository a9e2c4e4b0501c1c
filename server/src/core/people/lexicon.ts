// Word lists of the attribution engine: titles, roles, name particles, pronouns, organisation words.
// Lower case. They describe English news copy, not any one article.

/** Words that make a title before a name: "Prime Minister", "Ambassador Sheikh", "Gen.", "CEO". */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'ambassador', 'envoy', 'sheikh', 'sheik', 'emir', 'king',
  'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'chancellor',
  'governor', 'gov.', 'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'mayor',
  'judge', 'justice', 'attorney', 'general', 'gen.', 'lt.', 'col.', 'colonel', 'lieutenant', 'major', 'maj.',
  'captain', 'capt.', 'sgt.', 'sergeant', 'admiral', 'adm.', 'commander', 'marshal', 'brigadier', 'chief',
  'director', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'coo', 'cto', 'executive', 'officer', 'founder',
  'co-founder', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'dr.', 'professor', 'prof.',
  'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr', 'miss', 'sir', 'dame', 'lord', 'lady', 'deputy', 'foreign', 'defence', 'defense',
  'interior', 'finance', 'health', 'economy', 'undersecretary', 'under-secretary', 'head', 'leader', 'speaker',
  'analyst', 'manager', 'editor', 'coach', 'detective', 'inspector', 'superintendent', 'constable', 'officer',
  'rev.', 'father', 'sister', 'brother', 'dean', 'provost', 'principal', 'premier', 'sultan', 'crown',
  'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'alderwoman', 'assemblyman', 'assemblywoman',
]);

/** Role nouns: what a person is called on later reference ("the spokesman", "the analyst"). */
export const ROLE_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'ambassador', 'envoy', 'official',
  'officials', 'commissioner', 'secretary', 'governor', 'senator', 'mayor', 'judge', 'director', 'chairman',
  'chairwoman', 'chair', 'ceo', 'executive', 'chief', 'analyst', 'manager', 'commander', 'general', 'officer',
  'representative', 'lawmaker', 'leader', 'founder', 'head', 'professor', 'researcher', 'economist', 'expert',
  'lawyer', 'attorney', 'prosecutor', 'investigator', 'engineer', 'scientist', 'doctor', 'witness', 'resident',
  'chairperson', 'counsel', 'strategist', 'mediator', 'negotiator', 'diplomat', 'aide', 'adviser', 'advisor', 'coach', 'captain', 'editor', 'writer',
  'author', 'activist', 'campaigner', 'candidate', 'premier', 'emir', 'king', 'queen', 'prince', 'pope',
  'police', 'detective', 'inspector', 'chancellor', 'deputy', 'trader', 'vice-president', 'president-elect', 'owner',
  'founder', 'partner', 'employee', 'worker', 'member', 'cofounder', 'co-founder', 'strategist', 'consultant',
  'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'patron', 'customer', 'visitor', 'student',
  'teacher', 'parent', 'neighbour', 'neighbor', 'shopper', 'voter', 'driver', 'nurse', 'farmer', 'survivor',
]);

/** Roles that are one role: spokesman = spokeswoman = spokesperson. */
export function roleKey(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'spokesman' || lower === 'spokeswoman' || lower === 'spokesperson') return 'spokesperson';
  if (lower === 'chairman' || lower === 'chairwoman' || lower === 'chair') return 'chair';
  if (lower === 'advisor') return 'adviser';
  return lower;
}

/** Gender a role or courtesy title implies, for pronoun agreement. */
export function genderOfTitle(word: string): 'm' | 'f' | null {
  const lower = word.toLowerCase();
  if (/^(?:mr\.?|sir|lord|king|prince|spokesman|chairman|congressman|councilman|alderman|assemblyman|father|brother|sheikh|sheik|emir|sultan)$/.test(lower)) return 'm';
  if (/^(?:mrs\.?|ms\.?|miss|dame|lady|queen|princess|spokeswoman|chairwoman|congresswoman|councilwoman|alderwoman|assemblywoman|sister)$/.test(lower)) return 'f';
  return null;
}

/** Lower-case particles inside names: Ahmed bin Nasser, Ursula von der Leyen, Vincent van Gogh. */
export const NAME_PARTICLES = new Set([
  'bin', 'bint', 'ibn', 'al', 'el', 'al-', 'abu', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'das', 'du',
  'la', 'le', 'van', 'von', 'ter', 'ten', 'y', 'zu', 'st.', 'mac', 'ben',
]);

/** Words that end an organisation's or a place's name: never a person. */
export const ORGANISATION_WORDS = new Set([
  'ministry', 'department', 'office', 'agency', 'administration', 'council', 'committee', 'commission', 'court',
  'parliament', 'assembly', 'congress', 'senate', 'house', 'party', 'government', 'army', 'navy', 'force',
  'forces', 'command', 'corps', 'police', 'service', 'services', 'bank', 'fund', 'group', 'company', 'co.',
  'corp.', 'corporation', 'inc.', 'ltd', 'ltd.', 'plc', 'llc', 'holdings', 'airlines', 'airways', 'air',
  'motors', 'systems', 'technologies', 'university', 'college', 'school', 'institute', 'hospital', 'association',
  'union', 'federation', 'organisation', 'organization', 'foundation', 'society', 'club', 'league', 'times',
  'post', 'news', 'journal', 'network', 'television', 'radio', 'records', 'exchange', 'market',
  'markets', 'strip', 'bank', 'river', 'sea', 'ocean', 'mountains', 'island', 'islands', 'city', 'county',
  'state', 'states', 'province', 'region', 'republic', 'kingdom', 'emirates', 'nations', 'street', 'avenue',
  'square', 'airport', 'station', 'center', 'centre', 'museum', 'stadium', 'program', 'programme', 'project',
  'reserve', 'authority', 'board', 'bureau', 'tribunal', 'cabinet', 'church', 'mosque', 'embassy', 'consulate',
  'brigade', 'battalion', 'division', 'regiment', 'squadron', 'fleet', 'guard', 'coalition', 'alliance',
  'movement', 'council', 'conference', 'summit', 'talks', 'treaty', 'llc', 'ag', 'sa', 'nv', 'gmbh',
  'airplanes', 'aircraft', 'vehicles', 'products', 'solutions', 'devices', 'networks', 'brands', 'stores', 'foods',
  'affairs', 'partners', 'associates', 'capital', 'investments', 'securities', 'research', 'consulting', 'advisors',
  'management', 'trading', 'financial', 'media', 'communications', 'industries', 'enterprises', 'labs',
  'laboratories', 'pharmaceuticals', 'energy', 'oil', 'gas', 'electric', 'telecom', 'website', 'blog',
  'airbus', 'boeing', 'apple', 'microsoft', 'google',
]);

/** Words that start a sentence in capitals without being names. */
export const CAPITALIZED_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her',
  'its', 'their', 'our', 'my', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'of', 'to', 'as', 'but', 'and',
  'or', 'so', 'if', 'when', 'while', 'after', 'before', 'since', 'during', 'although', 'though', 'because',
  'however', 'meanwhile', 'separately', 'also', 'still', 'then', 'now', 'today', 'yesterday', 'earlier',
  'later', 'last', 'next', 'according', 'despite', 'under', 'over', 'about', 'there', 'here', 'some', 'many',
  'most', 'all', 'both', 'each', 'every', 'no', 'not', 'one', 'two', 'what', 'who', 'why', 'how', 'where',
  'mr.', 'mrs.', 'ms.', 'miss', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'among', 'until', 'unlike',
  'like', 'following', 'amid', 'without', 'within', 'through', 'into', 'once', 'even', 'only', 'just', 'yet',
]);

export const PRONOUNS: Record<string, 'm' | 'f' | 'plural' | 'neuter' | 'first'> = {
  he: 'm', she: 'f', they: 'plural', it: 'neuter', we: 'plural', i: 'first',
};

/** Connectors allowed inside a capitalised title-and-name run: "Secretary of the Air Force James Roche". */
export const TITLE_CONNECTORS = new Set(['of', 'the', 'for', 'and', '&']);

/** Adverbs and auxiliaries between a subject and its reporting verb: "he also said", "she has said". */
export const VERB_FILLERS = new Set([
  'also', 'later', 'then', 'previously', 'earlier', 'again', 'further', 'has', 'had', 'have', 'was', 'is',
  'were', 'are', 'would', 'will', 'could', 'did', 'does', 'had', 'recently', 'once', 'repeatedly', 'publicly',
  'reportedly', 'allegedly', 'simply', 'only', 'just', 'still', 'even', 'separately', 'quickly', 'angrily',
  'flatly', 'firmly', 'bluntly', 'openly', 'privately', 'subsequently', 'immediately', 'not',
]);
