// From PATH arguments to article texts and their options: folders expanded, binary files refused,
// the right `.copydesk.json` found (and its problems reported once) for each file.

import * as fs from 'fs';
import * as path from 'path';
import type { AnalysisOptions } from '../core/analyse';
import type { ConfigProblem } from '../core/config';
import { formatFromPath } from '../core/text';
import { findConfigFile, loadConfigFile, toAnalysisOptions, type LoadedConfig } from '../configFile';
import type { Stderr } from './common';

export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt', '.news'];
/** Folders never worth walking into: version control, dependencies, editor state. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface Input {
  /** The path to print: as given, or the folder given joined with the path below it. */
  display: string;
  /** Absolute path; null for stdin. */
  file: string | null;
  /** Decides the format and where the config is looked for: the file, or `--stdin-filename`. */
  nameForOptions: string | null;
}

/** Every file the PATH arguments name, in argument order, each folder's files sorted; duplicates once. */
export function collectInputs(paths: readonly string[], stdinFilename: string | undefined, stderr: Stderr): Input[] {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const add = (display: string, file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    inputs.push({ display, file, nameForOptions: file });
  };
  for (const given of paths) {
    if (given === '-') {
      if (seen.has('-')) continue;
      seen.add('-');
      inputs.push({ display: '-', file: null, nameForOptions: stdinFilename ? path.resolve(stdinFilename) : null });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (error) {
      stderr.fail(`${given}: ${errorReason(error)}`);
      continue;
    }
    if (!stat.isDirectory()) {
      // A file named explicitly is checked whatever its extension.
      add(given, path.resolve(given));
      continue;
    }
    for (const relative of articlesBelow(given, stderr)) add(path.join(given, relative), path.resolve(given, relative));
  }
  return inputs;
}

/** Article files below a folder, as sorted relative paths. Symlinked folders are not followed (no cycles). */
function articlesBelow(root: string, stderr: Stderr): string[] {
  const found: string[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const relativeDir = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, relativeDir), { withFileTypes: true });
    } catch (error) {
      stderr.fail(`${path.join(root, relativeDir)}: ${errorReason(error)}`);
      continue;
    }
    for (const entry of entries) {
      const relative = relativeDir ? path.join(relativeDir, entry.name) : entry.name;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) pending.push(relative);
      } else if (isArticleName(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(path.join(root, relative))))) {
        found.push(relative);
      }
    }
  }
  // Code-unit order, not locale order: the same on every machine.
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export function errorReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'not a folder';
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** The text of an input, or null (reported) when it cannot be read or is not text. */
export async function readInput(input: Input, stderr: Stderr): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = input.file === null ? await readStdin() : fs.readFileSync(input.file);
  } catch (error) {
    stderr.fail(`${input.display}: cannot read: ${errorReason(error)}`);
    return null;
  }
  const text = bytes.toString('utf8');
  if (looksBinary(bytes, text)) {
    stderr.fail(`${input.display}: looks like a binary file; skipped`);
    return null;
  }
  return text;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * A NUL byte, or more than a tenth of the text invalid UTF-8 or control characters. Articles in a
 * legacy encoding (a few stray é) still pass: their findings are right, only those letters show as �.
 */
export function looksBinary(bytes: Buffer, text: string): boolean {
  if (bytes.includes(0)) return true;
  // Found by a regular expression rather than a loop over every character: a text has few or none, and
  // the CLI's one run reads a megabyte before its code is compiled.
  const most = text.length / 10;
  let suspicious = 0;
  SUSPICIOUS.lastIndex = 0;
  while (SUSPICIOUS.test(text)) if (++suspicious > most) return true;
  return false;
}

/** U+FFFD (what invalid UTF-8 decodes to), and C0 controls other than tab, line feed, form feed, CR. */
const SUSPICIOUS = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g;

/**
 * The options for each input: `--config` for all, else the nearest `.copydesk.json`. Each config's
 * problems are reported once; a config with errors (bad JSON, unreadable) means its files are skipped.
 */
export class ConfigResolver {
  private readonly reported = new Set<string>();
  private readonly nearest = new Map<string, string | null>();

  constructor(
    private readonly explicit: string | undefined,
    private readonly overrides: AnalysisOptions,
    private readonly stderr: Stderr,
  ) {}

  /** The options for an input, or null when its config is broken (already reported). */
  optionsFor(input: Input): AnalysisOptions | null {
    const configPath = this.explicit !== undefined ? path.resolve(this.explicit) : this.find(input);
    const format = formatFromPath(input.nameForOptions ?? '');
    if (configPath === null) return toAnalysisOptions({ rules: {} }, { ...this.overrides, format });
    const loaded = loadConfigFile(configPath);
    this.report(loaded, this.explicit ?? displayPath(configPath), '; files using it were not checked');
    if (loaded.problems.some((problem) => problem.severity === 'error')) return null;
    return toAnalysisOptions(loaded.config, { ...this.overrides, format });
  }

  /** A broken `--config` is bad usage: checked before any file is read. */
  checkExplicit(): boolean {
    if (this.explicit === undefined) return true;
    const loaded = loadConfigFile(path.resolve(this.explicit));
    this.report(loaded, this.explicit, '');
    return !loaded.problems.some((problem) => problem.severity === 'error');
  }

  private find(input: Input): string | null {
    const dir = input.nameForOptions ? path.dirname(input.nameForOptions) : process.cwd();
    let found = this.nearest.get(dir);
    if (found === undefined) {
      found = findConfigFile(dir);
      this.nearest.set(dir, found);
    }
    return found;
  }

  private report(loaded: LoadedConfig, shown: string, consequence: string): void {
    if (this.reported.has(loaded.path)) return;
    this.reported.add(loaded.path);
    const errors = loaded.problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) {
      // The first error is the one to fix; later syntax errors are mostly its echoes.
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : '';
      this.stderr.fail(`${locate(shown, errors[0])}: error: ${errors[0].message}${more}${consequence}`);
    }
    for (const warning of loaded.problems.filter((problem) => problem.severity === 'warning')) {
      this.stderr.note(`${locate(shown, warning)}: warning: ${warning.message}`);
    }
  }
}

function locate(shown: string, problem: ConfigProblem): string {
  return `${shown}:${problem.line}:${problem.column}`;
}

/** A path below the working folder relative to it (as a user would type it), others absolute. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
