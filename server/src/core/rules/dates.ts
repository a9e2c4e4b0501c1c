// dates.* (RULES.md). The engine is core/dates/.

import type { Rule } from './rule';

export const DATES_RULES: readonly Rule[] = [];
