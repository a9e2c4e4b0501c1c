// The JSON of `check` and `extract`, exactly the shapes of CLI_CONTRACT.md (`version: 1`).

import { compareFindings, type Finding } from '../core/finding';
import type { LineIndex } from '../core/positions';
import type { CheckedFile } from './common';

export function formatCheckJson(files: readonly CheckedFile[]): string {
  return JSON.stringify({
    version: 1,
    files: files.map((file) => ({
      path: file.path,
      publicationDate: file.analysis.publicationDate?.date ?? null,
      findings: [...file.analysis.findings].sort(compareFindings).map((finding) => findingJson(finding, file.lines)),
    })),
  }, null, 2) + '\n';
}

function findingJson(finding: Finding, lines: LineIndex) {
  // Fields listed one by one: the contract's shape, nothing internal (explanation) leaking out.
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    start: finding.start,
    end: finding.end,
    range: { start: lines.positionAt(finding.start), end: lines.positionAt(finding.end) },
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((edit) => ({ start: edit.start, end: edit.end, newText: edit.newText })),
    })),
    related: finding.related.map((related) => ({ start: related.start, end: related.end, message: related.message })),
  };
}

/**
 * `extract`: the quotations found. Only top-level ones: a quote inside a quote is the speaker's words,
 * not a quote of its own. Attribution, people, figures and dates come with their engines; until then
 * route, cue, speaker and person are null and the lists empty, in the contract's shape.
 */
export function formatExtractJson(files: readonly CheckedFile[]): string {
  return JSON.stringify({
    version: 1,
    files: files.map(({ path, text, analysis }) => ({
      path,
      publicationDate: analysis.publicationDate?.date ?? null,
      quotes: analysis.quotes.quotations
        .filter((quotation) => quotation.depth === 0)
        .sort((a, b) => a.start - b.start)
        .map((quotation) => ({
          start: quotation.start,
          end: quotation.end,
          text: text.slice(quotation.start, quotation.end),
          route: null,
          cue: null,
          speaker: null,
          person: null,
        })),
      people: [],
      figures: [],
      dates: [],
    })),
  }, null, 2) + '\n';
}
