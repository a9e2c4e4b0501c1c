// The rule registry: every family's list, sorted by id. Settings, package.json contributions, the JSON
// schema of `.copydesk.json`, SARIF rules and docs/rules/ all derive from it. A new rule goes in its
// family's list (rules/<family>.ts), one file per rule beside it.

import { ATTRIBUTION_RULES } from './attribution';
import { DATES_RULES } from './dates';
import { FIGURES_RULES } from './figures';
import { QUOTE_RULES } from './quote';
import type { Rule } from './rule';
import { STYLE_RULES } from './style';

export type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  ...QUOTE_RULES,
  ...ATTRIBUTION_RULES,
  ...FIGURES_RULES,
  ...DATES_RULES,
  ...STYLE_RULES,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
