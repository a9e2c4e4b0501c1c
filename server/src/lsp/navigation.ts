// Go to definition, references and document highlights for people: on a name, a surname, a resolved
// pronoun or role ("he", "the foreign ministry spokesman"), or inside a quotation (its speaker). The
// definition is where the person is introduced by full name; references are every mention of them.

import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position } from 'vscode-languageserver/node';
import type { Span } from '../core/text';
import { sourcesOf, type CachedAnalysis } from './analysisCache';
import { offsetOfPosition, toRange } from './convert';
import { personAt, type SourcePerson } from '../core/sources';

function personAtPosition(entry: CachedAnalysis, position: Position, viaQuotation = true): SourcePerson | null {
  const offset = offsetOfPosition(entry.lines, entry.analysis.text, position);
  if (offset === null) return null;
  // A cursor right after a word ("he|") still means that word: F12 is pressed with the caret there.
  const found = personAt(sourcesOf(entry), offset, true);
  return found && (viaQuotation || found.mention) ? found.source : null;
}

/** Where the person is introduced by full name; the first mention when the article never names them in full. */
function declaration(source: SourcePerson): Span | null {
  return source.person.introduced ?? source.mentions[0] ?? null;
}

export function definitionAt(entry: CachedAnalysis, position: Position): Location | null {
  const source = personAtPosition(entry, position);
  const span = source && declaration(source);
  return span ? { uri: entry.uri, range: toRange(entry.lines, span.start, span.end) } : null;
}

export function referencesAt(entry: CachedAnalysis, position: Position, includeDeclaration: boolean): Location[] {
  const source = personAtPosition(entry, position);
  if (!source) return [];
  const declared = declaration(source);
  return source.mentions
    .filter((m) => includeDeclaration || !declared || m.start !== declared.start || m.end !== declared.end)
    .map((m) => ({ uri: entry.uri, range: toRange(entry.lines, m.start, m.end) }));
}

/** On a mention only: a caret inside a quotation highlights nothing (it moves there all the time). */
export function highlightsAt(entry: CachedAnalysis, position: Position): DocumentHighlight[] {
  const source = personAtPosition(entry, position, false);
  if (!source) return [];
  const declared = declaration(source);
  return source.mentions.map((m) => ({
    range: toRange(entry.lines, m.start, m.end),
    kind: declared && m.start === declared.start && m.end === declared.end ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
