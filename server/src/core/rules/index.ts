// The rule registry, alphabetical. Settings, package.json contributions, the JSON schema of
// `.copydesk.json`, SARIF rules and docs/rules/ all derive from this list.

import { attributionAnonymousSource } from './attribution.anonymous-source';
import { attributionCourtesyTitle } from './attribution.courtesy-title';
import { attributionLoadedVerb } from './attribution.loaded-verb';
import { attributionNameVariant } from './attribution.name-variant';
import { attributionRepeatedFullName } from './attribution.repeated-full-name';
import { attributionUnattributedQuote } from './attribution.unattributed-quote';
import { attributionUnintroducedName } from './attribution.unintroduced-name';
import { quoteMisoriented } from './quote.misoriented';
import { quoteMixedStyle } from './quote.mixed-style';
import { quoteNesting } from './quote.nesting';
import { quotePunctuation } from './quote.punctuation';
import { quoteUnbalanced } from './quote.unbalanced';
import type { Rule } from './rule';

export type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  attributionAnonymousSource,
  attributionCourtesyTitle,
  attributionLoadedVerb,
  attributionNameVariant,
  attributionRepeatedFullName,
  attributionUnattributedQuote,
  attributionUnintroducedName,
  quoteMisoriented,
  quoteMixedStyle,
  quoteNesting,
  quotePunctuation,
  quoteUnbalanced,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
