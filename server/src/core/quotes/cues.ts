// Reporting verbs ("cues") in every tense, and which of them pass judgement (attribution.loaded-verb).
// A newsroom extends the list in `.copydesk.json` (attribution cues).

export interface CueForm {
  lemma: string;
  tense: 'present' | 'past' | 'participle' | 'gerund' | 'base';
  /** The verb passes judgement on what was said: "claimed", "admitted". */
  loaded: boolean;
}

/** lemma → [base, 3rd person present, past, past participle, gerund]. */
const VERBS: Record<string, [string, string, string, string, string]> = {
  say: ['say', 'says', 'said', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'added', 'adding'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  post: ['post', 'posts', 'posted', 'posted', 'posting'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeted', 'tweeting'],
  ask: ['ask', 'asks', 'asked', 'asked', 'asking'],
  warn: ['warn', 'warns', 'warned', 'warned', 'warning'],
  state: ['state', 'states', 'stated', 'stated', 'stating'],
  declare: ['declare', 'declares', 'declared', 'declared', 'declaring'],
  explain: ['explain', 'explains', 'explained', 'explained', 'explaining'],
  announce: ['announce', 'announces', 'announced', 'announced', 'announcing'],
  reply: ['reply', 'replies', 'replied', 'replied', 'replying'],
  respond: ['respond', 'responds', 'responded', 'responded', 'responding'],
  continue: ['continue', 'continues', 'continued', 'continued', 'continuing'],
  comment: ['comment', 'comments', 'commented', 'commented', 'commenting'],
  remark: ['remark', 'remarks', 'remarked', 'remarked', 'remarking'],
  recall: ['recall', 'recalls', 'recalled', 'recalled', 'recalling'],
  argue: ['argue', 'argues', 'argued', 'argued', 'arguing'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledged', 'acknowledging'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirmed', 'confirming'],
  deny: ['deny', 'denies', 'denied', 'denied', 'denying'],
  urge: ['urge', 'urges', 'urged', 'urged', 'urging'],
  predict: ['predict', 'predicts', 'predicted', 'predicted', 'predicting'],
  conclude: ['conclude', 'concludes', 'concluded', 'concluded', 'concluding'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasized', 'emphasizing'],
  emphasise: ['emphasise', 'emphasises', 'emphasised', 'emphasised', 'emphasising'],
  stress: ['stress', 'stresses', 'stressed', 'stressed', 'stressing'],
  describe: ['describe', 'describes', 'described', 'described', 'describing'],
  call: ['call', 'calls', 'called', 'called', 'calling'],
  quote: ['quote', 'quotes', 'quoted', 'quoted', 'quoting'],
  report: ['report', 'reports', 'reported', 'reported', 'reporting'],
  promise: ['promise', 'promises', 'promised', 'promised', 'promising'],
  pledge: ['pledge', 'pledges', 'pledged', 'pledged', 'pledging'],
  vow: ['vow', 'vows', 'vowed', 'vowed', 'vowing'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggested', 'suggesting'],
  shout: ['shout', 'shouts', 'shouted', 'shouted', 'shouting'],
  exclaim: ['exclaim', 'exclaims', 'exclaimed', 'exclaimed', 'exclaiming'],
  joke: ['joke', 'jokes', 'joked', 'joked', 'joking'],
  enthuse: ['enthuse', 'enthuses', 'enthused', 'enthused', 'enthusing'],
  complain: ['complain', 'complains', 'complained', 'complained', 'complaining'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  remember: ['remember', 'remembers', 'remembered', 'remembered', 'remembering'],
  testify: ['testify', 'testifies', 'testified', 'testified', 'testifying'],
  indicate: ['indicate', 'indicates', 'indicated', 'indicated', 'indicating'],
  // Loaded: they pass judgement on the speaker or the words (AP: "said" is almost always enough).
  claim: ['claim', 'claims', 'claimed', 'claimed', 'claiming'],
  admit: ['admit', 'admits', 'admitted', 'admitted', 'admitting'],
  concede: ['concede', 'concedes', 'conceded', 'conceded', 'conceding'],
  confess: ['confess', 'confesses', 'confessed', 'confessed', 'confessing'],
  insist: ['insist', 'insists', 'insisted', 'insisted', 'insisting'],
  maintain: ['maintain', 'maintains', 'maintained', 'maintained', 'maintaining'],
  reveal: ['reveal', 'reveals', 'revealed', 'revealed', 'revealing'],
  disclose: ['disclose', 'discloses', 'disclosed', 'disclosed', 'disclosing'],
  note: ['note', 'notes', 'noted', 'noted', 'noting'],
  point: ['point out', 'points out', 'pointed out', 'pointed out', 'pointing out'],
  slam: ['slam', 'slams', 'slammed', 'slammed', 'slamming'],
  blast: ['blast', 'blasts', 'blasted', 'blasted', 'blasting'],
  smile: ['smile', 'smiles', 'smiled', 'smiled', 'smiling'],
  laugh: ['laugh', 'laughs', 'laughed', 'laughed', 'laughing'],
  sigh: ['sigh', 'sighs', 'sighed', 'sighed', 'sighing'],
  grin: ['grin', 'grins', 'grinned', 'grinned', 'grinning'],
};

export const DEFAULT_LOADED_VERBS = ['claim', 'admit', 'concede', 'confess', 'insist', 'maintain', 'reveal', 'disclose',
  'note', 'point', 'slam', 'blast', 'smile', 'laugh', 'sigh', 'grin'];

/** How many lexicons were made: each one's number tells its results apart in a memo's context. */
let lexicons = 0;

export class CueLexicon {
  readonly id = ++lexicons;
  private readonly forms = new Map<string, CueForm>();
  /** Two-word cues ("pointed out"), by their first word. */
  private readonly phrases = new Map<string, Map<string, CueForm>>();

  constructor(extraVerbs: readonly string[] = [], loadedVerbs: readonly string[] = DEFAULT_LOADED_VERBS) {
    const loaded = new Set(loadedVerbs);
    for (const [lemma, forms] of Object.entries(VERBS)) {
      if (!forms[0]) continue;
      const tenses: CueForm['tense'][] = ['base', 'present', 'past', 'participle', 'gerund'];
      forms.forEach((form, i) => this.add(form, { lemma, tense: tenses[i], loaded: loaded.has(lemma) }));
    }
    for (const verb of extraVerbs) this.add(verb.toLowerCase(), { lemma: verb.toLowerCase(), tense: 'past', loaded: loaded.has(verb) });
    for (const form of [...this.forms.keys(), ...this.phrases.keys()]) {
      if (!/^[\x00-\x7f]{1,31}$/.test(form)) {
        this.asciiForms = false;
      } else {
        this.openers[form.length * 128 + (form.charCodeAt(0) | 32)] = 1;
        this.closers[form.length * 128 + (form.charCodeAt(form.length - 1) | 32)] = 1;
      }
    }
  }

  private add(form: string, cue: CueForm): void {
    const [first, second] = form.split(' ');
    if (!second) {
      if (!this.forms.has(first) || cue.tense === 'past') this.forms.set(first, cue);
      return;
    }
    const byFirst = this.phrases.get(first) ?? new Map<string, CueForm>();
    byFirst.set(second, cue);
    this.phrases.set(first, byFirst);
  }

  /**
   * What each word, as written, may open (null: nothing). Every word of every sentence is asked about,
   * most of them many times: one lookup is cheaper than lower-casing each. Cleared when full, so a
   * long-running server's vocabulary stays bounded.
   */
  private readonly byWord = new Map<string, WordCues | null>();

  /**
   * The lengths and first letters (either case) of the forms, when all are ASCII: a word rules itself out
   * on these before any lookup. (A word that opens with an ASCII character lower-cases to one of the
   * same length and the same first letter, or to one with a non-ASCII character.)
   */
  private readonly openers = new Uint8Array(32 * 128);
  /** Their lengths and last letters, likewise (a phrase's first word counts as a form): "that" and "this" are no "told". */
  private readonly closers = new Uint8Array(32 * 128);
  private asciiForms = true;

  /** The cue at word `word` (and the next word, for phrasal cues), with how many words it takes. */
  match(word: string, next: string | undefined): CueMatch | null {
    const first = word.charCodeAt(0);
    if (this.asciiForms && first < 128) {
      if (word.length >= 32 || !this.openers[word.length * 128 + (first | 32)]) return null;
      const last = word.charCodeAt(word.length - 1);
      if (last < 128 && !this.closers[word.length * 128 + (last | 32)]) return null;
    }
    let cues = this.byWord.get(word);
    if (cues === undefined) {
      const lower = word.toLowerCase();
      const form = this.forms.get(lower);
      const phrases = this.phrases.get(lower) ?? null;
      cues = form || phrases ? { single: form ? { cue: form, words: 1 } : null, phrases } : null;
      if (this.byWord.size >= CACHED_WORDS) this.byWord.clear();
      this.byWord.set(word, cues);
    }
    if (!cues) return null;
    // The next word is lower-cased only after a phrasal cue's first word (most words open none).
    const phrase = next && cues.phrases ? cues.phrases.get(next.toLowerCase()) : undefined;
    return phrase ? { cue: phrase, words: 2 } : cues.single;
  }
}

export type CueMatch = Readonly<{ cue: CueForm; words: number }>;

interface WordCues {
  single: CueMatch | null;
  /** Two-word cues it opens, by their second word. */
  phrases: Map<string, CueForm> | null;
}

const CACHED_WORDS = 50_000;

/** said/says for a loaded verb, keeping its tense: claimed → said, claims → says. */
export function neutralFor(cue: CueForm): string {
  switch (cue.tense) {
    case 'present': return 'says';
    case 'gerund': return 'saying';
    case 'base': return 'say';
    default: return 'said';
  }
}
