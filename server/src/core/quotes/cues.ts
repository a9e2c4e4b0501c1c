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

  /** The cue at word `word` (and the next word, for phrasal cues), with how many words it takes. */
  match(word: string, next: string | undefined): { cue: CueForm; words: number } | null {
    const lower = word.toLowerCase();
    // The next word is lower-cased only after a phrasal cue's first word (most words open none).
    const byFirst = next ? this.phrases.get(lower) : undefined;
    const phrase = byFirst && next ? byFirst.get(next.toLowerCase()) : undefined;
    if (phrase) return { cue: phrase, words: 2 };
    const cue = this.forms.get(lower);
    return cue ? { cue, words: 1 } : null;
  }

}

/** said/says for a loaded verb, keeping its tense: claimed → said, claims → says. */
export function neutralFor(cue: CueForm): string {
  switch (cue.tense) {
    case 'present': return 'says';
    case 'gerund': return 'saying';
    case 'base': return 'say';
    default: return 'said';
  }
}
