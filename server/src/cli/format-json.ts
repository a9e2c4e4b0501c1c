// The JSON of `check` and `extract`, exactly the shapes of CLI_CONTRACT.md (`version: 1`).

import { compareFindings, type Finding } from '../core/finding';
import type { LineIndex } from '../core/positions';
import { buildSourceIndex } from '../core/sources';
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
 * `extract`: the quotations found, who said each and how we know, and the people the article names.
 * Only top-level quotations: a quote inside a quote is the speaker's words, not a quote of its own.
 * Route, cue, speaker and person are set for direct quotations (scare quotes and titles have none).
 * Figures: every number with its interval, kind, unit, what it counts and the fact it states (core/figures).
 * Dates: every temporal expression with its TIMEX3 type and value, "since" and weekday (core/dates).
 */
export function formatExtractJson(files: readonly CheckedFile[]): string {
  return JSON.stringify({
    version: 1,
    files: files.map(({ path, text, analysis }) => {
      const sources = buildSourceIndex(analysis);
      const personJson = (index: number | null) => {
        const person = index === null ? undefined : analysis.people.people[index];
        return person ? { name: person.name, title: person.title } : null;
      };
      const span = (s: { start: number; end: number } | null) => (s ? { start: s.start, end: s.end, text: text.slice(s.start, s.end) } : null);
      return {
        path,
        publicationDate: analysis.publicationDate?.date ?? null,
        quotes: sources.quotes.map(({ quotation, attribution }) => {
          const direct = attribution?.kind === 'direct' ? attribution : null;
          return {
            start: quotation.start,
            end: quotation.end,
            text: text.slice(quotation.start, quotation.end),
            route: direct?.route ?? null,
            cue: span(direct?.cue ?? null),
            speaker: span(direct?.speaker ?? null),
            person: personJson(direct?.person ?? null),
          };
        }),
        people: sources.people.map(({ person, mentions }) => ({
          name: person.name,
          title: person.title,
          mentions: mentions.map((mention) => span(mention)!),
        })),
        figures: analysis.figures.figures.map((figure) => ({
          start: figure.start,
          end: figure.end,
          text: figure.text,
          value: figure.value,
          low: figure.low,
          high: figure.high,
          kind: figure.kind,
          unit: figure.unit,
          counts: figure.kind === 'count' ? figure.counts : null,
          key: figure.key,
        })),
        dates: analysis.dates.dates.map((date) => ({
          start: date.start,
          end: date.end,
          text: date.text,
          type: date.type,
          value: date.value,
          since: date.since,
          weekday: date.weekday,
        })),
      };
    }),
  }, null, 2) + '\n';
}
