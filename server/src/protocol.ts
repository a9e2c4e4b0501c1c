// The one contract between the client (client/src) and the server (server/src): settings shape,
// command ids, custom requests. Both sides import it; nothing else crosses the boundary.

import type { PercentStyle } from './core/analyse';
import type { FactSheet } from './core/factSheet';
import type { SeveritySetting } from './core/finding';
import type { QuoteStyle } from './core/rules/quote.mixed-style';

export const LANGUAGE_IDS = ['markdown', 'plaintext', 'news'] as const;

/** `copydesk.rules.<id>` values: `default` leaves the rule to `.copydesk.json` and its own severity. */
export type RuleSetting = SeveritySetting | 'default';

/** The `copydesk` section of the VS Code settings, as `workspace/configuration` returns it. */
export interface ClientSettings {
  enable: boolean;
  /** YYYY-MM-DD, or "" for none: used when the article has no front matter date or dateline. */
  publicationDate: string;
  quoteStyle: QuoteStyle;
  /** House style for percentages: `%` (AP since 2019) or `percent`. */
  percentStyle: PercentStyle;
  /** Inlay hints, both off by default: the sum of figures that should add up, and the date a relative one resolves to. */
  inlayHints: { sums: boolean; relativeDates: boolean };
  /** Nested as VS Code nests dotted keys: { quote: { unbalanced: 'off' } }. */
  rules: Record<string, unknown>;
}

export const DEFAULT_SETTINGS: ClientSettings = {
  enable: true,
  publicationDate: '',
  quoteStyle: 'auto',
  percentStyle: '%',
  inlayHints: { sums: false, relativeDates: false },
  rules: {},
};

/** Reads `copydesk.rules.<id>` out of VS Code's nested object (or a flat one, from other editors). */
export function ruleSetting(rules: Record<string, unknown> | undefined, id: string): RuleSetting | undefined {
  if (!rules || typeof rules !== 'object') return undefined;
  if (typeof rules[id] === 'string') return rules[id] as RuleSetting;
  let node: unknown = rules;
  for (const part of id.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? (node as RuleSetting) : undefined;
}

export const Commands = {
  restartServer: 'copydesk.restartServer',
  showOutput: 'copydesk.showOutput',
  fixAll: 'copydesk.fixAll',
  /** Writes front matter `date:` (Markdown, .news), else sets `copydesk.publicationDate`. */
  setPublicationDate: 'copydesk.setPublicationDate',
} as const;

/** Code action kind of "fix all safe problems": `editor.codeActionsOnSave: { "source.fixAll.copydesk": "explicit" }`. */
export const FIX_ALL_KIND = 'source.fixAll.copydesk';

/** The `workspace/configuration` section the server asks for, per resource (scopeUri). */
export const SETTINGS_SECTION = 'copydesk';

/** The diagnostic `source` of every Copydesk diagnostic (also on `.copydesk.json` problems). */
export const DIAGNOSTIC_SOURCE = 'copydesk';

/** The workspace configuration file. The server registers its own file watcher for it when the client allows. */
export const CONFIG_FILE_NAME = '.copydesk.json';

/**
 * Commands the server executes (`workspace/executeCommand`). vscode-languageclient registers each of
 * them as a VS Code command on its own, so they must not collide with `Commands` the client registers.
 */
export const ServerCommands = {
  /** Args: [{ uri: string, version?: number }]. Applies every safe fix via `workspace/applyEdit`;
   *  returns true when an edit was applied, false when there was nothing to do or the version was stale. */
  applyFixAll: 'copydesk.applyFixAll',
} as const;

export interface ApplyFixAllArgs {
  uri: string;
  /** The document version the client saw; the server answers nothing for another version. */
  version?: number;
}

/** `Diagnostic.data` of a finding: enough to find the finding again in the analysis of that version. */
export interface FindingDiagnosticData {
  /** The document version the finding was computed for. */
  version: number;
  /** Its index in the analysis' findings. */
  index: number;
}

/**
 * The fact sheet (`copydesk/factSheet` request): the article's sources, figures, timeline and findings, from
 * the analysis of the document's current version. Any LSP client can ask for it; VS Code shows it in the
 * Explorer (view `copydesk.factSheet`). Answers null for a document that is not open or not an article.
 */
export const FactSheetRequest = {
  method: 'copydesk/factSheet',
  view: 'copydesk.factSheet',
  /** Client commands of the view: refresh it, and reveal an item (args: uri, range). */
  refreshCommand: 'copydesk.factSheet.refresh',
  revealCommand: 'copydesk.factSheet.reveal',
} as const;

export interface FactSheetParams {
  textDocument: { uri: string };
}

/** An LSP range: zero-based lines, UTF-16 characters. */
export interface FactRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export type FactSheetResult = FactSheet<FactRange> & {
  uri: string;
  /** The document version it describes. */
  version: number;
};
