// A newsroom's own rules, as data in `.copydesk.json` (`custom`): no code, and no pattern that can take
// more than linear time. Patterns are RE2 syntax run by re2js (a pure-JS RE2: no backtracking, so no
// lookaround and no backreferences — such patterns are rejected when the config is read, with the reason).
//
//   existence     report every match of `pattern` or of a word in `words`
//   substitution  the same, with `replacement` as the fix ($1… in a pattern's replacement)
//   consistency   `words` are forms of one term: the first or majority form wins, the others are fixed to it
//
// Like every style rule: headlines are skipped, and inside a quotation a finding is information at most
// and has no fix.

import { RE2JS } from 're2js';
import type { Analysis } from '../analyse';
import type { Severity } from '../finding';
import { memo } from '../incremental';
import type { Draft, Rule } from '../rules/rule';
import { matchCase, quoted, styleContext } from './context';
import { lexiconKey, scanVariants, variantProblems, type VariantGroup } from './variant';

export const CUSTOM_RULE_TYPES = ['existence', 'substitution', 'consistency'] as const;
export type CustomRuleType = (typeof CUSTOM_RULE_TYPES)[number];

export interface CustomRuleSpec {
  /** `custom.<name>`. */
  id: string;
  type: CustomRuleType;
  /** Shown for each finding; `{match}` and `{replacement}` are filled in. */
  message: string;
  severity: Severity;
  /** An RE2 pattern (existence, substitution). */
  pattern?: string;
  /** Words or phrases, matched whole and case-insensitively. */
  words?: string[];
  /** The fix (substitution). */
  replacement?: string;
}

/** The longest pattern a config may hold: RE2 is linear in the text, but its program grows with this. */
export const MAX_PATTERN_LENGTH = 1000;

/** Why a user pattern cannot be used, or null when it compiles in RE2 and cannot match the empty string. */
export function patternProblem(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(pattern);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    const unsupported = /\(\?[=!<]|\\[1-9]/.test(pattern)
      ? ': lookahead, lookbehind and backreferences are not supported (Copydesk matches patterns in linear time, RE2 syntax)'
      : ' (RE2 syntax: https://github.com/google/re2/wiki/Syntax)';
    return `not a valid pattern — ${reason}${unsupported}`;
  }
  if (compiled.matches('')) return 'the pattern matches an empty string, so it would match everywhere';
  return null;
}

interface CompiledRule {
  spec: CustomRuleSpec;
  /** consistency: the one group of forms (kept, so the variant lexicon is built once). */
  groups?: readonly VariantGroup[];
  matcher: RE2JS | null;
  /** Words: a match must not be part of a longer word. */
  whole: boolean;
}

function compile(spec: CustomRuleSpec): CompiledRule | null {
  try {
    if (spec.type === 'consistency') return { spec, matcher: null, whole: true, groups: [{ forms: spec.words ?? [] }] };
    if (spec.pattern !== undefined) {
      if (patternProblem(spec.pattern)) return null;
      return { spec, matcher: RE2JS.compile(spec.pattern), whole: false };
    }
    const words = (spec.words ?? []).filter((w) => w.trim() !== '').sort((a, b) => b.length - a.length);
    if (words.length === 0) return null;
    return { spec, matcher: RE2JS.compile(words.map((w) => RE2JS.quote(w)).join('|'), RE2JS.CASE_INSENSITIVE), whole: true };
  } catch {
    return null; // the config parser rejects what does not compile; a hand-made option must not throw either
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function check(rule: CompiledRule, analysis: Analysis): Draft[] {
  const { spec } = rule;
  const context = styleContext(analysis);
  const drafts: Draft[] = [];
  const push = (start: number, end: number, text: string, replacement: string | null) => {
    const message = spec.message.replace(/\{match\}/g, text).replace(/\{replacement\}/g, replacement ?? '');
    const fix = replacement !== null && replacement !== text
      ? [{ title: `Replace with “${replacement}”`, edits: [{ start, end, newText: replacement }] }] : [];
    drafts.push({ start, end, message, fixes: fix, ...(context.inQuote(start) ? quoted(spec.severity) : {}) });
  };
  if (spec.type === 'consistency') {
    // Each paragraph's forms from the memo (core/incremental.ts); headlines are skipped.
    const groups = rule.groups ?? [];
    const key = lexiconKey(groups);
    const scans = context.paragraphs.map((paragraph) =>
      paragraph.headline ? null : memo('style.consistency', paragraph.text, key, () => scanVariants(paragraph.text, context.words(paragraph), groups, false)));
    for (const problem of variantProblems(context.paragraphs, scans, groups)) {
      push(problem.start, problem.end, problem.text, matchCase(problem.winner, problem.text));
    }
    return drafts;
  }
  const matcher = rule.matcher!.matcher(analysis.prose);
  const prose = analysis.prose;
  while (matcher.find()) {
    const start = matcher.start();
    const end = matcher.end();
    if (end <= start) continue;
    if (rule.whole && (LETTER_OR_DIGIT.test(prose.charAt(start - 1)) && LETTER_OR_DIGIT.test(prose.charAt(start)) ||
      LETTER_OR_DIGIT.test(prose.charAt(end)) && LETTER_OR_DIGIT.test(prose.charAt(end - 1)))) continue;
    if (context.inHeadline(start) || prose.slice(start, end).includes('\n')) continue;
    const text = prose.slice(start, end);
    let replacement: string | null = null;
    if (spec.type === 'substitution' && spec.replacement !== undefined) {
      replacement = rule.whole ? matchCase(spec.replacement, text) : expand(spec.replacement, (n) => matcher.group(n) ?? '', matcher.groupCount());
    }
    push(start, end, text, replacement);
  }
  return drafts;
}

/** `$1`…`$9` in a replacement: the pattern's groups; `$$` a dollar sign. */
function expand(replacement: string, group: (n: number) => string, count: number): string {
  return replacement.replace(/\$(\$|\d)/g, (whole, what: string) => {
    if (what === '$') return '$';
    const n = Number(what);
    return n <= count ? group(n) : whole;
  });
}

let last: { key: string; rules: Rule[] } | null = null;

/** The configured custom rules as registry-shaped rules; compiled once per configuration. */
export function customRules(specs: readonly CustomRuleSpec[]): readonly Rule[] {
  if (specs.length === 0) return [];
  const key = JSON.stringify(specs);
  if (last?.key === key) return last.rules;
  const rules: Rule[] = [];
  for (const spec of specs) {
    const compiled = compile(spec);
    if (!compiled) continue;
    rules.push({
      id: spec.id,
      title: spec.id,
      severity: spec.severity,
      fixable: spec.type !== 'existence',
      summary: spec.message,
      check: (analysis) => check(compiled, analysis),
    });
  }
  last = { key, rules };
  return rules;
}
