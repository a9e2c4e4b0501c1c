// style.* (RULES.md). The engine is core/style/; a newsroom's own rules (custom.*) are core/style/custom.ts.

import type { Rule } from './rule';
import { styleAbbreviationPeriods } from './style.abbreviation-periods';
import { styleAbbreviationUndefined } from './style.abbreviation-undefined';
import { styleTime } from './style.time';
import { styleVariant } from './style.variant';

export const STYLE_RULES: readonly Rule[] = [styleAbbreviationUndefined, styleAbbreviationPeriods, styleVariant, styleTime];
