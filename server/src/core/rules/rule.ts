// What a rule is. One rule, one file, one id: the id is the diagnostic code, the setting
// (`copydesk.rules.<id>`), the key in `.copydesk.json` and the name of its page in docs/rules/.

import type { Analysis } from '../analyse';
import type { Finding, Severity } from '../finding';

/** A finding as a rule reports it: the registry fills in the id and the configured severity. */
export type Draft = Omit<Finding, 'rule' | 'severity' | 'fixes' | 'related'> & {
  fixes?: Finding['fixes'];
  related?: Finding['related'];
  /** Lower than the configured severity, e.g. a style rule inside a direct quotation. */
  severity?: Severity;
};

export interface Rule {
  id: string;
  /** A short title, for settings and documentation. */
  title: string;
  /** The severity of RULES.md; settings and `.copydesk.json` may change it or turn the rule off. */
  severity: Severity;
  /** Whether the rule offers fixes (shown in docs and settings). */
  fixable: boolean;
  /** One sentence on what it checks: the settings description and the hover's first line. */
  summary: string;
  check(analysis: Analysis): Draft[];
}

/**
 * A degenerate input (thousands of stray marks) must not bury the editor: each rule lists at most
 * this many findings, then one more that says how many it left out.
 */
export const FINDINGS_PER_RULE = 500;

/** A rule's drafts, and how many more it counted but did not build (`draftsInOrder`). */
export type DraftList = Draft[] & { unbuilt?: number };

/**
 * One draft per item, for items in document order (`startOf` is the draft's start): past the first
 * FINDINGS_PER_RULE + 1 — those listed, and the one the "more" finding starts at — the rest are only
 * counted. A page of stray marks would otherwise build thousands of messages and fixes to drop them.
 */
export function draftsInOrder<T>(items: readonly T[], startOf: (item: T) => number, draft: (item: T) => Draft,
  drafts: DraftList = []): DraftList {
  // Out of order, every draft is built: the registry's sort decides which are listed.
  let ordered = true;
  for (let i = 1; i < items.length && ordered; i++) ordered = startOf(items[i]) >= startOf(items[i - 1]);
  // Those left unbuilt each have as many built before them: none would be listed, even among `drafts` already made.
  const built = ordered ? Math.min(items.length, FINDINGS_PER_RULE + 1) : items.length;
  for (let i = 0; i < built; i++) drafts.push(draft(items[i]));
  if (items.length > built) drafts.unbuilt = (drafts.unbuilt ?? 0) + items.length - built;
  return drafts;
}
