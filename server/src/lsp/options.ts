// The user's settings as overrides of `.copydesk.json`: a rule set to `default`, an empty date and
// quoteStyle `auto` say nothing, so the file (or the rule's own severity) decides.

import type { PercentStyle } from '../core/analyse';
import type { SeveritySetting } from '../core/finding';
import { RULES } from '../core/rules';
import type { QuoteStyle } from '../core/rules/quote.mixed-style';
import { ruleSetting, type ClientSettings } from '../protocol';

export interface SettingsOverrides {
  rules: Record<string, SeveritySetting>;
  publicationDate?: string;
  quoteStyle?: QuoteStyle;
  percentStyle?: PercentStyle;
}

const SEVERITY_SETTINGS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

export function settingsOverrides(settings: ClientSettings): SettingsOverrides {
  const rules: Record<string, SeveritySetting> = {};
  for (const rule of RULES) {
    const value = ruleSetting(settings.rules, rule.id);
    if (value !== undefined && SEVERITY_SETTINGS.includes(value)) rules[rule.id] = value as SeveritySetting;
  }
  const overrides: SettingsOverrides = { rules };
  if (/^\d{4}-\d{2}-\d{2}$/.test(settings.publicationDate)) overrides.publicationDate = settings.publicationDate;
  if (settings.quoteStyle !== 'auto') overrides.quoteStyle = settings.quoteStyle;
  // '%' is the default: it says nothing, so `.copydesk.json` may still choose 'percent'.
  if (settings.percentStyle === 'percent') overrides.percentStyle = settings.percentStyle;
  return overrides;
}
