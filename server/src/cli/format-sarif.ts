// `check --format sarif`: SARIF 2.1.0, one run. Columns and char offsets are UTF-16 code units, as in
// the JSON output (`columnKind: utf16CodeUnits`); rules come from the registry with their doc pages.

import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Severity } from '../core/finding';
import type { LineIndex } from '../core/positions';
import { RULES } from '../core/rules';
import type { CheckedFile } from './common';

export interface SarifTool {
  version: string;
  /** Folder of the rule pages (docs/rules next to the package). */
  docsRoot: string;
}

export const INFORMATION_URI = 'https://github.com/copydesk/copydesk';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';
const LEVELS: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(files: readonly CheckedFile[], tool: SarifTool): string {
  const rules: object[] = RULES.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.summary },
    defaultConfiguration: { level: LEVELS[rule.severity] },
    helpUri: pathToFileURL(path.join(tool.docsRoot, `${rule.id}.md`)).href,
  }));
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const results: object[] = [];
  for (const file of files) {
    const artifact = artifactLocation(file.path);
    for (const finding of file.analysis.findings) {
      // custom.* rules come from a config, not the registry: described on first use.
      if (!ruleIndex.has(finding.rule)) {
        ruleIndex.set(finding.rule, rules.length);
        rules.push({ id: finding.rule, shortDescription: { text: finding.rule }, defaultConfiguration: { level: LEVELS[finding.severity] } });
      }
      results.push({
        ruleId: finding.rule,
        ruleIndex: ruleIndex.get(finding.rule),
        level: LEVELS[finding.severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: artifact, region: region(file.lines, finding.start, finding.end) } }],
        ...(finding.related.length > 0 ? {
          relatedLocations: finding.related.map((related, id) => ({
            id,
            message: { text: related.message },
            physicalLocation: { artifactLocation: artifact, region: region(file.lines, related.start, related.end) },
          })),
        } : {}),
        ...(finding.fixes.length > 0 ? {
          fixes: finding.fixes.map((fix) => ({
            description: { text: fix.title },
            artifactChanges: [{
              artifactLocation: artifact,
              replacements: fix.edits.map((edit) => ({
                deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
                insertedContent: { text: edit.newText },
              })),
            }],
          })),
        } : {}),
      });
    }
  }
  return JSON.stringify({
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Copydesk', version: tool.version, semanticVersion: tool.version, informationUri: INFORMATION_URI, rules } },
      originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(process.cwd() + path.sep).href } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  }, null, 2) + '\n';
}

/** 1-based lines and columns; endColumn is the column just after the span, as SARIF defines it. */
function region(lines: LineIndex, start: number, end: number) {
  const from = lines.lineColumnAt(start);
  const to = lines.lineColumnAt(end);
  return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column, charOffset: start, charLength: end - start };
}

/** Relative paths stay relative to the working folder (SRCROOT), as code-scanning services expect. */
function artifactLocation(displayPath: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(displayPath)) return { uri: pathToFileURL(displayPath).href };
  const uri = displayPath.split(/[\\/]+/).map(encodeURIComponent).join('/');
  return { uri, uriBaseId: 'SRCROOT' };
}
