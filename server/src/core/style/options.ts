// The house-style part of the options: what `.copydesk.json` `style` gives the style rules.

import { abbreviationKey, KNOWN_ABBREVIATIONS } from './abbreviations';
import type { VariantGroup } from './variant';

export interface StyleOptions {
  /** House spellings: the preferred form → the forms it replaces ({ "Kyiv": ["Kiev"] }). */
  preferred?: Readonly<Record<string, readonly string[]>>;
}

const exemptCache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The built-in abbreviations with the house's (`.copydesk.json` `accept.abbreviations`). */
export function exemptAbbreviations(house: readonly string[] | undefined): ReadonlySet<string> {
  if (!house || house.length === 0) return KNOWN_ABBREVIATIONS;
  let set = exemptCache.get(house);
  if (!set) exemptCache.set(house, set = new Set([...KNOWN_ABBREVIATIONS, ...house.map(abbreviationKey)]));
  return set;
}

const houseCache = new WeakMap<object, readonly VariantGroup[]>();

/** The house's preferred spellings as variant groups. */
export function houseVariants(style: StyleOptions): readonly VariantGroup[] {
  const preferred = style.preferred;
  if (!preferred) return [];
  let groups = houseCache.get(preferred);
  if (!groups) {
    groups = Object.entries(preferred).map(([form, others]) => ({ forms: [form, ...others], preferred: form }));
    houseCache.set(preferred, groups);
  }
  return groups;
}
