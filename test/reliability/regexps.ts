// Every regular expression in server/src, found by reading the sources (TypeScript's parser), so a pattern
// added tomorrow is checked tomorrow: literals as written, `new RegExp(…)` as built when its module loads
// or the core runs. And adversarial strings made from each pattern's own characters.

import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ROOT } from './inputs';

export interface FoundRegExp {
  /** file:line in server/src. */
  site: string;
  regexp: RegExp;
}

export interface RegExpScan {
  found: FoundRegExp[];
  /** `new RegExp(…)` sites whose pattern is computed: found only if observed at run time. */
  dynamicSites: string[];
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(file, out);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(file);
  }
  return out.sort();
}

/** The literals of server/src, and where `new RegExp` / `RegExp(…)` is called. */
export function scanSources(root = path.join(ROOT, 'server', 'src')): { literals: FoundRegExp[]; dynamicSites: string[] } {
  const literals: FoundRegExp[] = [];
  const dynamicSites: string[] = [];
  for (const file of sourceFiles(root)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const site = (node: ts.Node) => `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        literals.push({ site: site(node), regexp: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          literals.push({ site: site(node), regexp: new RegExp(pattern.text, flags && ts.isStringLiteralLike(flags) ? flags.text : '') });
        } else dynamicSites.push(site(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, dynamicSites };
}

/**
 * Runs `work` with the global RegExp constructor watched, reporting each pattern built and the first
 * server/src frame that built it. `reload` modules run again (module-level patterns).
 */
export function observeConstructed(reload: readonly string[], work: () => void): FoundRegExp[] {
  const seen: FoundRegExp[] = [];
  const Original = RegExp;
  const watched = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const made = new target(...args);
      const frame = (new Error().stack ?? '').split('\n').find((line) => line.includes(`${path.sep}server${path.sep}src${path.sep}`));
      const match = frame && /\((.*):(\d+):\d+\)$|at (.*):(\d+):\d+$/.exec(frame.trim());
      if (match) seen.push({ site: `${path.relative(ROOT, match[1] ?? match[3])}:${match[2] ?? match[4]}`, regexp: new target(made.source, made.flags) });
      return made;
    },
    apply(_target, _this, args: [string | RegExp, string?]) {
      return Reflect.construct(watched, args) as RegExp;
    },
  });
  globalThis.RegExp = watched;
  try {
    for (const file of reload) {
      const resolved = require.resolve(file);
      delete require.cache[resolved];
      require(resolved);
    }
    work();
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

/** Representative characters for each escape and class of a pattern, and its literal characters. */
export function alphabetOf(regexp: RegExp): string[] {
  const chars = new Set<string>();
  const source = regexp.source;
  const escapes: Record<string, string[]> = {
    s: [' ', '\n', '\u00a0', '\t'], S: ['x'], d: ['1', '0'], D: ['x'], w: ['a', '_', '1'], W: [' ', '-'], b: [], B: [],
    n: ['\n'], r: ['\r'], t: ['\t'], f: ['\f'], v: ['\v'],
  };
  const properties: Record<string, string[]> = {
    Lu: ['A', 'É'], Ll: ['a', 'é'], L: ['a', 'A', 'é'], Lt: ['ǅ'], Lo: ['ש'], Lm: ['ʰ'], M: ['\u0301'], Mn: ['\u0301'], N: ['1', '½'], Nd: ['1'],
    P: ['.', ',', '“'], Pd: ['-', '—'], Pi: ['“', '‘'], Pf: ['”', '’'], Ps: ['('], Pe: [')'], Z: [' ', '\u00a0'], Zs: [' '], S: ['$', '€'], Sc: ['$'],
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (next === 'p' || next === 'P') {
        const close = source.indexOf('}', i);
        const name = source.slice(i + 2, close).replace(/^(General_Category|gc|Script|sc)=/, '');
        for (const rep of properties[name] ?? ['a', 'A']) chars.add(rep);
        i = close;
      } else if (next === 'u' && source[i + 1] === '{') {
        const close = source.indexOf('}', i);
        chars.add(String.fromCodePoint(parseInt(source.slice(i + 2, close), 16)));
        i = close;
      } else if (next === 'u') {
        chars.add(String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16)));
        i += 4;
      } else if (next === 'x') {
        chars.add(String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16)));
        i += 2;
      } else if (escapes[next]) for (const rep of escapes[next]) chars.add(rep);
      else if (!/\d/.test(next)) chars.add(next);
    } else if (!'()[]{}|^$?*+'.includes(c) || (c === '-' && source[i - 1] !== '[')) {
      if (c === '.') chars.add('x');
      chars.add(c);
    }
  }
  return [...chars];
}

/** The pattern's literal start after `^` (a prefix the adversarial pump must follow), or ''. */
function literalPrefix(regexp: RegExp): string {
  const match = /^\^?((?:[^\\()[\]{}|^$?*+.]|\\[^\w\s])*)/.exec(regexp.source);
  let prefix = (match?.[1] ?? '').replace(/\\(.)/g, '$1');
  // A quantifier after the last literal applies to it alone: leave that one out.
  if (/^[?*+{]/.test(regexp.source.slice((match?.[0] ?? '').length))) prefix = prefix.slice(0, -1);
  return prefix;
}

const EVERYDAY = [' ', 'a', 'A', '1', '.', ',', '\n', '"', '“', '”', "'", '’', '-'];
const UNITS = ['Ab ', 'A. ', 'a, ', '1, ', 'Mr. ', '“a ', 'a” ', 'aA', '1.', 'a.', 'A ', ' \n'];

/** Strings of about `length` code units that pump the pattern's own characters, with a mismatch at the end. */
export function adversarialStrings(regexp: RegExp, length: number): string[] {
  const alphabet = [...new Set([...alphabetOf(regexp), ...EVERYDAY])].slice(0, 22);
  const units = new Set<string>(UNITS);
  for (const a of alphabet) {
    units.add(a);
    for (const b of alphabet.slice(0, 10)) if (a !== b) units.add(a + b);
  }
  const prefix = literalPrefix(regexp);
  const strings: string[] = [];
  for (const unit of units) {
    const pump = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    strings.push(pump + '\u0000');
    if (prefix) strings.push(prefix + pump + '\u0000');
  }
  return strings;
}

/** Runs the pattern over the whole string as the code would: every match of a global one, else one exec. */
export function scan(regexp: RegExp, text: string): number {
  const copy = new RegExp(regexp.source, regexp.flags);
  if (!copy.global && !copy.sticky) return copy.exec(text) ? 1 : 0;
  let matches = 0;
  copy.lastIndex = 0;
  for (let match = copy.exec(text); match; match = copy.exec(text)) {
    matches++;
    if (match[0].length === 0) copy.lastIndex++;
    if (copy.sticky && !copy.global) break;
  }
  return matches;
}
