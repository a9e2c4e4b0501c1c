// `.copydesk.json`: JSON with comments (and trailing commas), parsed without the file system.
//
// A syntax error voids the whole file (defaults apply): half a config silently applied would be worse.
// A bad entry voids only itself, with a warning at its position, so one typo does not undo the rest.
// Never throws: a config is user input, and the language server reads it on every keystroke.

import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { SEVERITIES, type SeveritySetting } from './finding';
import { isIsoDate } from './pubdate';
import { LineIndex } from './positions';
import { RULES, ruleById } from './rules';
import type { QuoteStyle } from './rules/quote.mixed-style';
import type { PercentStyle } from './analyse';
import { CUSTOM_RULE_TYPES, patternProblem, type CustomRuleSpec, type CustomRuleType } from './style/custom';

export interface CopydeskConfig {
  rules: Record<string, SeveritySetting>;
  /** YYYY-MM-DD: the publication date when an article states none. */
  publicationDate?: string;
  quoteStyle?: QuoteStyle;
  /** Reporting verbs to add ("grumbled"), and the verbs attribution.loaded-verb reports, as lemmas. */
  attribution?: { cues?: string[]; loadedVerbs?: string[] };
  /** `%` or `percent` (house style for percentages). */
  percentStyle?: PercentStyle;
  /** Names, abbreviations and terms the house accepts as written: findings on them are dropped (core/suppress.ts). */
  accept?: { names?: string[]; abbreviations?: string[]; terms?: string[] };
  /** House style: preferred spellings, { "Kyiv": ["Kiev"] } (style.variant). */
  style?: { preferred?: Record<string, string[]> };
  /** A newsroom's own rules, `custom.<name>` (core/style/custom.ts). */
  custom?: CustomRuleSpec[];
}

export interface ConfigProblem {
  message: string;
  offset: number;
  length: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  severity: 'error' | 'warning';
}

export const CONFIG_KEYS = ['rules', 'publicationDate', 'quoteStyle', 'attribution', 'percentStyle', 'accept', 'style', 'custom'] as const;
const PERCENT_STYLES: readonly PercentStyle[] = ['%', 'percent'];
const QUOTE_STYLES: readonly QuoteStyle[] = ['auto', 'curly', 'straight'];
const SEVERITY_SETTINGS: readonly SeveritySetting[] = [...SEVERITIES, 'off'];

/** A real config is a few hundred bytes; past this it is a mistake or an attack, not a config. */
export const MAX_CONFIG_LENGTH = 1_000_000;
/** jsonc-parser recurses per level; a config needs two, so refuse long before the stack runs out. */
const MAX_DEPTH = 32;
/** One broken file should give a readable list, not a million lines. */
const MAX_PROBLEMS = 50;

export function parseConfig(text: string): { config: CopydeskConfig; problems: ConfigProblem[] } {
  const reporter = new Reporter(text);
  const config: CopydeskConfig = { rules: {} };
  try {
    readConfig(text, config, reporter);
  } catch (error) {
    // Defence in depth: nothing above should throw, but a config must never take the host down.
    reporter.error(0, 0, `could not read the configuration: ${error instanceof Error ? error.message : String(error)}`);
    return { config: { rules: {} }, problems: reporter.done() };
  }
  return { config: reporter.hasErrors ? { rules: {} } : config, problems: reporter.done() };
}

function readConfig(text: string, config: CopydeskConfig, report: Reporter): void {
  if (text.length > MAX_CONFIG_LENGTH) {
    report.error(0, 0, `the file is too large for a configuration (${text.length} characters; the limit is ${MAX_CONFIG_LENGTH})`);
    return;
  }
  // A byte order mark is not JSON, but editors write it: blank it, keeping every offset.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const tooDeep = firstTooDeep(source);
  if (tooDeep >= 0) {
    report.error(tooDeep, 1, `syntax error: nested more than ${MAX_DEPTH} levels deep`);
    return;
  }
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: true, allowEmptyContent: true });
  for (const error of errors) report.error(error.offset, error.length, `syntax error: ${describeParseError(error)}`);
  if (errors.length > 0 || !root) return;
  if (root.type !== 'object') {
    report.warning(root.offset, root.length, `expected an object ({ "rules": { … } }) at the top level, got ${describe(root)}`);
    return;
  }
  for (const property of properties(root, '', report)) {
    const { key, keyNode, value } = property;
    switch (key) {
      case '$schema':
        if (value.type !== 'string') report.warning(value.offset, value.length, `$schema: expected a string, got ${describe(value)}`);
        break;
      case 'rules':
        readRules(value, config, report);
        break;
      case 'publicationDate':
        if (value.type === 'string' && isIsoDate(value.value)) config.publicationDate = value.value;
        else if (value.type === 'string') {
          report.warning(value.offset, value.length, `publicationDate: ${quoted(value.value)} is not a valid date; use YYYY-MM-DD, e.g. "2024-09-26"`);
        } else report.warning(value.offset, value.length, `publicationDate: expected a date string (YYYY-MM-DD), got ${describe(value)}`);
        break;
      case 'quoteStyle':
        if (value.type === 'string' && (QUOTE_STYLES as readonly string[]).includes(value.value)) config.quoteStyle = value.value;
        else {
          const got = value.type === 'string' ? quoted(value.value) : describe(value);
          report.warning(value.offset, value.length, `quoteStyle: ${got} is not one of ${list(QUOTE_STYLES)}${suggest(value, QUOTE_STYLES)}`);
        }
        break;
      case 'attribution':
        readAttribution(value, config, report);
        break;
      case 'percentStyle':
        if (value.type === 'string' && (PERCENT_STYLES as readonly string[]).includes(value.value)) config.percentStyle = value.value as PercentStyle;
        else {
          const got = value.type === 'string' ? quoted(value.value) : describe(value);
          report.warning(value.offset, value.length, `percentStyle: ${got} is not one of "%" or "percent"${suggest(value, PERCENT_STYLES)}`);
        }
        break;
      case 'accept':
        readAccept(value, config, report);
        break;
      case 'style':
        readStyle(value, config, report);
        break;
      case 'custom':
        readCustom(value, config, report);
        break;
      default:
        report.warning(keyNode.offset, keyNode.length, () => {
          const hint = key.length <= 100 ? didYouMean(key, CONFIG_KEYS) : null;
          return `${printable(key)}: unknown setting, ignored${hint ? ` (did you mean ${hint}?)` : `; the settings are ${list(CONFIG_KEYS)}`}`;
        });
    }
  }
}

const ATTRIBUTION_KEYS = ['cues', 'loadedVerbs'] as const;

/** `"attribution": { "cues": ["grumbled"], "loadedVerbs": ["claim", "admit"] }`: lists of single words. */
function readAttribution(node: Node, config: CopydeskConfig, report: Reporter): void {
  if (node.type !== 'object') {
    report.warning(node.offset, node.length, `attribution: expected an object ({ "cues": [ … ], "loadedVerbs": [ … ] }), got ${describe(node)}`);
    return;
  }
  const attribution: NonNullable<CopydeskConfig['attribution']> = {};
  for (const { key, keyNode, value } of properties(node, 'attribution.', report)) {
    if (key !== 'cues' && key !== 'loadedVerbs') {
      report.warning(keyNode.offset, keyNode.length, `attribution.${printable(key)}: unknown setting, ignored; the settings are ${list(ATTRIBUTION_KEYS)}`);
      continue;
    }
    if (value.type !== 'array') {
      report.warning(value.offset, value.length, `attribution.${key}: expected a list of words, got ${describe(value)}`);
      continue;
    }
    const words: string[] = [];
    for (const item of value.children ?? []) {
      if (item.type === 'string' && /^[\p{L}][\p{L}'’-]{0,40}(?: [\p{L}]{1,20})?$/u.test(item.value)) words.push(item.value.toLowerCase());
      else report.warning(item.offset, item.length, `attribution.${key}: expected a word such as "grumbled", got ${item.type === 'string' ? quoted(item.value) : describe(item)}`);
    }
    attribution[key] = words;
  }
  config.attribution = attribution;
}

const ACCEPT_KEYS = ['names', 'abbreviations', 'terms'] as const;

/** `"accept": { "names": ["Majed al-Ansari"], "abbreviations": ["UNRWA"], "terms": ["per cent"] }`: lists of strings. */
function readAccept(node: Node, config: CopydeskConfig, report: Reporter): void {
  if (node.type !== 'object') {
    report.warning(node.offset, node.length, `accept: expected an object ({ "names": [ … ], "abbreviations": [ … ], "terms": [ … ] }), got ${describe(node)}`);
    return;
  }
  const accept: NonNullable<CopydeskConfig['accept']> = {};
  for (const { key, keyNode, value } of properties(node, 'accept.', report)) {
    if (key !== 'names' && key !== 'abbreviations' && key !== 'terms') {
      report.warning(keyNode.offset, keyNode.length, () => {
        const hint = key.length <= 100 ? didYouMean(key, ACCEPT_KEYS) : null;
        return `accept.${printable(key)}: unknown setting, ignored${hint ? ` (did you mean ${hint}?)` : `; the settings are ${list(ACCEPT_KEYS)}`}`;
      });
      continue;
    }
    if (value.type !== 'array') {
      report.warning(value.offset, value.length, `accept.${key}: expected a list of strings, got ${describe(value)}`);
      continue;
    }
    const entries: string[] = [];
    for (const item of value.children ?? []) {
      // A name or a term is a few words on one line, not a paragraph.
      if (item.type === 'string' && item.value.trim().length > 0 && item.value.length <= 200 && !/[\r\n]/.test(item.value)) entries.push(item.value.trim());
      else report.warning(item.offset, item.length, `accept.${key}: expected a name or word on one line (at most 200 characters), got ${item.type === 'string' ? quoted(item.value) : describe(item)}`);
    }
    accept[key] = entries;
  }
  config.accept = accept;
}

/** A word or phrase of a list: one line, not empty, at most 100 characters. */
function isTerm(node: Node): boolean {
  return node.type === 'string' && node.value.trim().length > 0 && node.value.length <= 100 && !/[\r\n]/.test(node.value);
}

/** `"style": { "preferred": { "Kyiv": ["Kiev"], "ceasefire": ["cease-fire", "cease fire"] } }`. */
function readStyle(node: Node, config: CopydeskConfig, report: Reporter): void {
  if (node.type !== 'object') {
    report.warning(node.offset, node.length, `style: expected an object ({ "preferred": { "Kyiv": ["Kiev"] } }), got ${describe(node)}`);
    return;
  }
  const style: NonNullable<CopydeskConfig['style']> = {};
  for (const { key, keyNode, value } of properties(node, 'style.', report)) {
    if (key !== 'preferred') {
      report.warning(keyNode.offset, keyNode.length, `style.${printable(key)}: unknown setting, ignored; the setting is "preferred"`);
      continue;
    }
    if (value.type !== 'object') {
      report.warning(value.offset, value.length, `style.preferred: expected an object of the house spelling and the forms it replaces ({ "Kyiv": ["Kiev"] }), got ${describe(value)}`);
      continue;
    }
    const preferred: Record<string, string[]> = {};
    for (const entry of properties(value, 'style.preferred.', report)) {
      const name = `style.preferred.${printable(entry.key)}`;
      if (entry.key.trim() === '' || entry.key.length > 100 || /[\r\n]/.test(entry.key)) {
        report.warning(entry.keyNode.offset, entry.keyNode.length, `${name}: expected a word or phrase on one line (at most 100 characters)`);
        continue;
      }
      const others = entry.value.type === 'string' ? [entry.value] : entry.value.type === 'array' ? entry.value.children ?? [] : null;
      if (!others) {
        report.warning(entry.value.offset, entry.value.length, `${name}: expected the forms it replaces, a list of strings ("Kiev" or ["Kiev"]), got ${describe(entry.value)}`);
        continue;
      }
      const forms: string[] = [];
      for (const item of others) {
        if (isTerm(item) && item.value.trim().split(/\s+/).length <= 2) forms.push(item.value.trim());
        else report.warning(item.offset, item.length, `${name}: expected a word or two-word phrase such as "cease fire", got ${item.type === 'string' ? quoted(item.value) : describe(item)}`);
      }
      if (forms.length > 0) preferred[entry.key.trim()] = forms;
    }
    style.preferred = preferred;
  }
  config.style = style;
}

const CUSTOM_KEYS = ['id', 'type', 'message', 'severity', 'pattern', 'words', 'replacement'] as const;
const CUSTOM_ID = /^custom\.[A-Za-z0-9][\w.-]*$/;
/** A config holds a few rules; a limit keeps a runaway file from costing every keystroke. */
const MAX_CUSTOM_RULES = 200;
const MAX_WORDS = 1000;

/**
 * `"custom": [{ "id": "custom.utilize", "type": "substitution", "words": ["utilize"], "replacement": "use",
 * "message": "Say “{replacement}”, not “{match}”." }]`. A bad rule is dropped with a warning at its position;
 * a pattern RE2 cannot run in linear time (lookaround, backreferences) is one of them.
 */
function readCustom(node: Node, config: CopydeskConfig, report: Reporter): void {
  if (node.type !== 'array') {
    report.warning(node.offset, node.length, `custom: expected a list of rules ([{ "id": "custom.…", "type": "existence", … }]), got ${describe(node)}`);
    return;
  }
  const rules: CustomRuleSpec[] = [];
  const seen = new Set<string>();
  (node.children ?? []).forEach((item, index) => {
    const where = `custom[${index}]`;
    if (index >= MAX_CUSTOM_RULES) {
      if (index === MAX_CUSTOM_RULES) report.warning(item.offset, item.length, `${where}: more than ${MAX_CUSTOM_RULES} custom rules; the rest are ignored`);
      return;
    }
    if (item.type !== 'object') {
      report.warning(item.offset, item.length, `${where}: expected a rule object ({ "id": "custom.…", "type": "existence", "message": "…", "words": [ … ] }), got ${describe(item)}`);
      return;
    }
    const fields = new Map<string, Property>();
    for (const property of properties(item, `${where}.`, report)) {
      if ((CUSTOM_KEYS as readonly string[]).includes(property.key)) fields.set(property.key, property);
      else {
        report.warning(property.keyNode.offset, property.keyNode.length, () => {
          const hint = property.key.length <= 100 ? didYouMean(property.key, CUSTOM_KEYS) : null;
          return `${where}.${printable(property.key)}: unknown field, ignored${hint ? ` (did you mean ${hint}?)` : `; the fields are ${list(CUSTOM_KEYS)}`}`;
        });
      }
    }
    const bad = (at: Node, message: string) => {
      report.warning(at.offset, at.length, `${where}${message}; the rule is ignored`);
      return undefined;
    };
    const string = (name: string): string | null | undefined => {
      const field = fields.get(name);
      if (!field) return null;
      if (field.value.type !== 'string' || field.value.value.trim() === '') return bad(field.value, `.${name}: expected a non-empty string, got ${describe(field.value)}`);
      return field.value.value;
    };
    const id = string('id');
    if (id === undefined) return;
    if (id === null) return void bad(item, ': a rule needs an "id" ("custom.<name>")');
    const idNode = fields.get('id')!.value;
    if (!CUSTOM_ID.test(id)) return void bad(idNode, `.id: ${quoted(id)} must start with "custom." followed by a name (letters, digits, "-", "_", ".")`);
    if (seen.has(id)) return void bad(idNode, `.id: ${quoted(id)} is already the id of an earlier rule`);
    const typeValue = string('type');
    if (typeValue === undefined) return;
    const type = (typeValue ?? (fields.has('replacement') ? 'substitution' : 'existence')) as CustomRuleType;
    if (!(CUSTOM_RULE_TYPES as readonly string[]).includes(type)) {
      const node = fields.get('type')!.value;
      return void bad(node, `.type: ${quoted(type)} is not one of ${list(CUSTOM_RULE_TYPES)}${suggest(node, CUSTOM_RULE_TYPES)}`);
    }
    const message = string('message');
    if (message === undefined) return;
    if (message === null) return void bad(item, ': a rule needs a "message" (it may use {match} and {replacement})');
    let severity: CustomRuleSpec['severity'] = 'warning';
    const severityField = fields.get('severity');
    if (severityField) {
      const value = severityField.value;
      if (value.type !== 'string' || !(SEVERITIES as readonly string[]).includes(value.value)) {
        return void bad(value, `.severity: ${value.type === 'string' ? quoted(value.value) : describe(value)} is not one of ${list(SEVERITIES)}${suggest(value, SEVERITIES)}`);
      }
      severity = value.value as CustomRuleSpec['severity'];
    }
    const pattern = string('pattern');
    if (pattern === undefined) return;
    const wordsField = fields.get('words');
    let words: string[] | undefined;
    if (wordsField) {
      const value = wordsField.value;
      if (value.type !== 'array' || (value.children ?? []).length === 0) return void bad(value, `.words: expected a non-empty list of words or phrases, got ${describe(value)}`);
      if ((value.children ?? []).length > MAX_WORDS) return void bad(value, `.words: more than ${MAX_WORDS} words`);
      words = [];
      for (const word of value.children ?? []) {
        if (!isTerm(word)) return void bad(word, `.words: expected a word or phrase on one line (at most 100 characters), got ${word.type === 'string' ? quoted(word.value) : describe(word)}`);
        words.push(word.value.trim());
      }
    }
    if (pattern !== null && words) return void bad(fields.get('pattern')!.keyNode, ': give "pattern" or "words", not both');
    if (type === 'consistency') {
      if (!words || words.length < 2) return void bad(wordsField?.value ?? item, ': a consistency rule needs "words", two or more forms of one term (["per cent", "percent"])');
      if (pattern !== null) return void bad(fields.get('pattern')!.keyNode, ': a consistency rule takes "words", not a pattern');
      const long = (wordsField!.value.children ?? []).find((w) => String(w.value).trim().split(/\s+/).length > 2);
      if (long) return void bad(long, `.words: a form of a consistency rule is one or two words, got ${quoted(String(long.value))}`);
    } else if (pattern === null && !words) {
      return void bad(item, ': a rule needs a "pattern" (RE2 syntax) or "words"');
    }
    if (pattern !== null) {
      const problem = patternProblem(pattern);
      if (problem) return void bad(fields.get('pattern')!.value, `.pattern: ${problem}`);
    }
    // An empty replacement is allowed: it deletes the match.
    const replacementField = fields.get('replacement');
    if (replacementField && replacementField.value.type !== 'string') return void bad(replacementField.value, `.replacement: expected a string, got ${describe(replacementField.value)}`);
    const replacementText = replacementField ? String(replacementField.value.value) : null;
    if (type === 'substitution' && replacementText === null) return void bad(item, ': a substitution rule needs a "replacement"');
    if (type !== 'substitution' && replacementText !== null) return void bad(replacementField!.keyNode, `: a ${type} rule takes no "replacement" (use "type": "substitution")`);
    seen.add(id);
    rules.push({
      id, type, message, severity,
      ...(pattern !== null ? { pattern } : {}),
      ...(words ? { words } : {}),
      ...(replacementText !== null ? { replacement: replacementText } : {}),
    });
  });
  config.custom = rules;
}

function readRules(node: Node, config: CopydeskConfig, report: Reporter): void {
  if (node.type !== 'object') {
    report.warning(node.offset, node.length, `rules: expected an object of rule ids and severities ({ "quote.nesting": "off" }), got ${describe(node)}`);
    return;
  }
  for (const { key, keyNode, value } of properties(node, 'rules.', report)) {
    const name = `rules.${printable(key)}`;
    if (value.type === 'object' && RULES.some((rule) => rule.id.startsWith(key + '.'))) {
      const example = RULES.find((rule) => rule.id.startsWith(key + '.'))!.id;
      report.warning(keyNode.offset, keyNode.length,
        `${name}: rule ids are flat keys here, not nested objects: write "${example}": "off"`);
      continue;
    }
    if (!isKnownRule(key)) {
      report.warning(keyNode.offset, keyNode.length, () => {
        const hint = key.length <= 100 ? didYouMean(key, RULES.map((rule) => rule.id)) : null;
        return `${name}: unknown rule id${hint ? ` (did you mean ${hint}?)` : '; custom rules start with "custom."'}`;
      });
      continue;
    }
    if (value.type === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value.value)) {
      config.rules[key] = value.value;
      continue;
    }
    report.warning(value.offset, value.length, () => {
      const got = value.type === 'string' ? `${quoted(value.value)} is not a severity` : `expected a severity string, got ${describe(value)}`;
      return `${name}: ${got}; use ${list(SEVERITY_SETTINGS)}${suggest(value, SEVERITY_SETTINGS)}`;
    });
  }
}

function isKnownRule(id: string): boolean {
  if (ruleById(id)) return true;
  return /^custom\.[A-Za-z0-9][\w.-]*$/.test(id);
}

interface Property {
  key: string;
  keyNode: Node;
  value: Node;
}

/** The object's properties, a duplicate key reported and the last one kept (as JSON.parse does). */
function properties(object: Node, prefix: string, report: Reporter): Property[] {
  const byKey = new Map<string, Property>();
  for (const child of object.children ?? []) {
    const [keyNode, value] = child.children ?? [];
    // With no syntax error every property has both; the guard keeps the types honest.
    if (!keyNode || !value || typeof keyNode.value !== 'string') continue;
    const key: string = keyNode.value;
    if (byKey.has(key)) {
      report.warning(keyNode.offset, keyNode.length, `${prefix}${printable(key)}: duplicate key; the last one wins`);
      byKey.delete(key);
    }
    byKey.set(key, { key, keyNode, value });
  }
  return [...byKey.values()];
}

/** The offset of the first `{` or `[` that opens level MAX_DEPTH + 1, or -1. Iterative, so any depth is safe. */
function firstTooDeep(text: string): number {
  const scanner = createScanner(text, true);
  let depth = 0;
  // SyntaxKind is an ambient const enum, out of reach under isolatedModules: its values are stable.
  const OPEN_BRACE = 1, CLOSE_BRACE = 2, OPEN_BRACKET = 3, CLOSE_BRACKET = 4, EOF = 17;
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (++depth > MAX_DEPTH) return scanner.getTokenOffset();
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) depth = Math.max(0, depth - 1);
  }
  return -1;
}

const PARSE_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon after the property name',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing brace }',
  CloseBracketExpected: 'expected a closing bracket ]',
  EndOfFileExpected: 'expected the end of the file after the top-level value',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'comment never closed (missing */)',
  UnexpectedEndOfString: 'string never closed (missing ")',
  UnexpectedEndOfNumber: 'number cut short',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character in a string',
  InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
};

function describeParseError(error: ParseError): string {
  return PARSE_ERRORS[printParseErrorCode(error.error)] ?? 'invalid JSON';
}

function describe(node: Node): string {
  switch (node.type) {
    case 'object': return 'an object';
    case 'array': return 'an array';
    case 'string': return `the string ${quoted(node.value)}`;
    case 'number': return `the number ${String(node.value).slice(0, 40)}`;
    case 'boolean': return String(node.value);
    default: return 'null';
  }
}

/** A key or value for a one-line message: control characters escaped, long ones cut. */
function printable(value: string): string {
  return JSON.stringify(value.length > 60 ? value.slice(0, 60) + '…' : value).slice(1, -1);
}

function quoted(value: string): string {
  return `"${printable(value)}"`;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function suggest(node: Node, choices: readonly string[]): string {
  if (node.type !== 'string' || node.value.length > 40) return '';
  const hint = didYouMean(node.value, choices);
  return hint ? ` (did you mean ${hint}?)` : '';
}

/** The closest choice by edit distance, case-insensitive; a bare name matches its family ("unbalanced"). */
export function didYouMean(input: string, choices: readonly string[]): string | null {
  const lower = input.toLowerCase();
  const exact = choices.find((choice) => choice.toLowerCase() === lower);
  if (exact) return exact;
  const bySuffix = choices.filter((choice) => choice.toLowerCase().endsWith('.' + lower));
  if (bySuffix.length === 1) return bySuffix[0];
  // An abbreviation: "warn", "info", "err".
  const byPrefix = lower.length >= 3 ? choices.filter((choice) => choice.toLowerCase().startsWith(lower)) : [];
  if (byPrefix.length === 1) return byPrefix[0];
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const choice of choices) {
    const distance = editDistance(lower, choice.toLowerCase());
    if (distance < bestDistance) {
      best = choice;
      bestDistance = distance;
    }
  }
  // A third of the word may be wrong ("warn" → warning, "quote.unbalancd" → quote.unbalanced).
  return best && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Built only when it will be shown: "did you mean" costs an edit distance per rule id. */
type Message = string | (() => string);

class Reporter {
  private readonly problems: ConfigProblem[] = [];
  private dropped = 0;
  private lines: LineIndex | null = null;
  hasErrors = false;

  constructor(private readonly text: string) {}

  error(offset: number, length: number, message: Message): void {
    this.hasErrors = true;
    this.add(offset, length, message, 'error');
  }

  warning(offset: number, length: number, message: Message): void {
    this.add(offset, length, message, 'warning');
  }

  done(): ConfigProblem[] {
    if (this.dropped > 0) {
      const last = this.problems[this.problems.length - 1];
      this.problems.push({ ...last, message: `… and ${this.dropped} more problem${this.dropped === 1 ? '' : 's'}` });
    }
    return this.problems;
  }

  private add(offset: number, length: number, message: Message, severity: ConfigProblem['severity']): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.dropped++;
      return;
    }
    this.lines ??= new LineIndex(this.text);
    const { line, column } = this.lines.lineColumnAt(offset);
    this.problems.push({ message: typeof message === 'string' ? message : message(), offset, length, line, column, severity });
  }
}
