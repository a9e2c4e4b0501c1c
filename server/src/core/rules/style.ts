// style.* (RULES.md). The engine is core/style/.

import type { Rule } from './rule';

export const STYLE_RULES: readonly Rule[] = [];
