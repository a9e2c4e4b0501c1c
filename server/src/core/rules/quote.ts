// quote.* — quotation marks (RULES.md). The engine is core/quotes/scanner.ts.

import { quoteMisoriented } from './quote.misoriented';
import { quoteMixedStyle } from './quote.mixed-style';
import { quoteNesting } from './quote.nesting';
import { quotePunctuation } from './quote.punctuation';
import { quoteUnbalanced } from './quote.unbalanced';
import type { Rule } from './rule';

export const QUOTE_RULES: readonly Rule[] = [
  quoteMisoriented,
  quoteMixedStyle,
  quoteNesting,
  quotePunctuation,
  quoteUnbalanced,
];
