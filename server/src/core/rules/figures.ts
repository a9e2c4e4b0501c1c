// figures.* (RULES.md). The engine is core/figures/.

import { figuresConflict } from './figures.conflict';
import { figuresNumberStyle } from './figures.number-style';
import { figuresPartsTotal } from './figures.parts-total';
import { figuresPercentOver100 } from './figures.percent-over-100';
import { figuresPercentStyle } from './figures.percent-style';
import { figuresRangeStyle } from './figures.range-style';
import { figuresRoundingDrift } from './figures.rounding-drift';
import { figuresSentenceStart } from './figures.sentence-start';
import type { Rule } from './rule';

export const FIGURES_RULES: readonly Rule[] = [
  figuresConflict,
  figuresNumberStyle,
  figuresPartsTotal,
  figuresPercentOver100,
  figuresPercentStyle,
  figuresRangeStyle,
  figuresRoundingDrift,
  figuresSentenceStart,
];
