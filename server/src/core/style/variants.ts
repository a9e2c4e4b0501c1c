// One term, several spellings: the forms of each group are interchangeable, so an article should use
// one. style.variant reports the forms that lose (the first or majority form wins, or the house choice
// from `.copydesk.json`). Only true variants belong here: words that differ in meaning (spokesman /
// spokesperson, everyday / every day) never share a group. Besides this list, the rule finds on its own
// a word written both hyphenated and closed (e-mail / email, re-elect / reelect) and -ise / -ize pairs.

export const VARIANT_GROUPS: readonly (readonly string[])[] = [
  ['ceasefire', 'cease-fire', 'cease fire'],
  ['Kyiv', 'Kiev'],
  ['Kharkiv', 'Kharkov'],
  ['Al-Qaida', 'al-Qaida', 'al-Qaeda', 'Al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qa’ida', 'al-Qa\'ida'],
  ['Gadhafi', 'Gaddafi', 'Qaddafi', 'Kadhafi'],
  ['Hezbollah', 'Hizbollah', 'Hizballah'],
  ['email', 'e-mail'],
  ['online', 'on-line'],
  ['website', 'web site', 'Web site'],
  ['webpage', 'web page', 'Web page'],
  ['smartphone', 'smart phone'],
  ['healthcare', 'health care'],
  ['nonprofit', 'non-profit'],
  ['toward', 'towards'],
  ['afterward', 'afterwards'],
  ['judgment', 'judgement'],
  ['OK', 'okay'],
  ['teenager', 'teen-ager'],
  ['cooperate', 'co-operate'],
  ['cooperation', 'co-operation'],
  ['coordinate', 'co-ordinate'],
  ['coordination', 'co-ordination'],
  ['preexisting', 'pre-existing'],
  ['reelect', 're-elect'],
  ['reelected', 're-elected'],
  ['reelection', 're-election'],
  ['nationwide', 'nation-wide'],
  ['worldwide', 'world-wide'],
  ['statewide', 'state-wide'],
];

/**
 * Closed and hyphenated forms that are different words: "re-sign" is not "resign", "re-cover" is not
 * "recover". The automatic check leaves these alone.
 */
export const NOT_VARIANTS: ReadonlySet<string> = new Set([
  'resign', 'recover', 'recreate', 'recreation', 'reform', 'repress', 'retreat', 'release', 'resort', 'reserve',
  'resent', 'restore', 'refuse', 'remark', 'represent', 'research', 'recount', 'redress', 'reside', 'relay',
  'coop', 'unionized', 'multiply', 'prelate', 'recollect', 'reprint', 'reed', 'refund', 'remit', 'recede',
  'preposition', 'bypass', 'overall', 'extra', 'antics', 'reenter',
]);
