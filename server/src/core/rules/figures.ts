// figures.* (RULES.md). The engine is core/figures/.

import type { Rule } from './rule';

export const FIGURES_RULES: readonly Rule[] = [];
