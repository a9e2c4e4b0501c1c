// What a rule is. One rule, one file, one id: the id is the diagnostic code, the setting
// (`copydesk.rules.<id>`), the key in `.copydesk.json` and the name of its page in docs/rules/.

import type { Analysis } from '../analyse';
import type { Finding, Severity } from '../finding';

/** A finding as a rule reports it: the registry fills in the id and the configured severity. */
export type Draft = Omit<Finding, 'rule' | 'severity' | 'fixes' | 'related'> & {
  fixes?: Finding['fixes'];
  related?: Finding['related'];
  /** Lower than the configured severity, e.g. a style rule inside a direct quotation. */
  severity?: Severity;
};

export interface Rule {
  id: string;
  /** A short title, for settings and documentation. */
  title: string;
  /** The severity of RULES.md; settings and `.copydesk.json` may change it or turn the rule off. */
  severity: Severity;
  /** Whether the rule offers fixes (shown in docs and settings). */
  fixable: boolean;
  /** One sentence on what it checks: the settings description and the hover's first line. */
  summary: string;
  check(analysis: Analysis): Draft[];
}
