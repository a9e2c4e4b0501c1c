// attribution.* — who said it (RULES.md). The engine is core/quotes/attribution.ts and core/people/.

import { attributionAnonymousSource } from './attribution.anonymous-source';
import { attributionCourtesyTitle } from './attribution.courtesy-title';
import { attributionLoadedVerb } from './attribution.loaded-verb';
import { attributionNameVariant } from './attribution.name-variant';
import { attributionRepeatedFullName } from './attribution.repeated-full-name';
import { attributionUnattributedQuote } from './attribution.unattributed-quote';
import { attributionUnintroducedName } from './attribution.unintroduced-name';
import type { Rule } from './rule';

export const ATTRIBUTION_RULES: readonly Rule[] = [
  attributionAnonymousSource,
  attributionCourtesyTitle,
  attributionLoadedVerb,
  attributionNameVariant,
  attributionRepeatedFullName,
  attributionUnattributedQuote,
  attributionUnintroducedName,
];
