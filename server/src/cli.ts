// `copydesk`: check / extract / lsp, as /work/shared/CLI_CONTRACT.md defines them. The CLI has no rules
// of its own: it reads files, runs the core's analyse(), and prints. Exit status: 0 clean, 1 a finding
// reached --fail-on, 2 bad usage or a file or config that had to be refused.

import * as fs from 'fs';
import * as path from 'path';
import { version } from '../../package.json';
import { loadWithCodeCache } from './codeCache';
import { analyse, type AnalysisOptions } from './core/analyse';
import { didYouMean } from './core/config';
import { LineIndex } from './core/positions';
import { isIsoDate } from './core/pubdate';
import { SEVERITY_RANK, Stderr, UsageError, type CheckedFile } from './cli/common';
import { fixText } from './cli/fix';
import { formatCheckJson, formatExtractJson } from './cli/format-json';
import { formatSarif } from './cli/format-sarif';
import { formatText } from './cli/format-text';
import { ConfigResolver, collectInputs, readInput } from './cli/inputs';

// ---------------------------------------------------------------------------------------------
// Arguments

interface CommandSpec {
  usage: string;
  /** Options that take a value, with the values allowed (null: any). */
  values: Record<string, readonly string[] | null>;
  flags: readonly string[];
  paths: boolean;
}

const COMMANDS: Record<'check' | 'extract' | 'lsp', CommandSpec> = {
  check: {
    usage: `Usage: copydesk check [options] PATH...

Reports the problems in news articles: quotation marks, attribution, figures, dates, house style.

PATH is a file or a folder (every .md, .markdown, .txt and .news file below it, sorted; folders named
node_modules or starting with "." are skipped), or - to read stdin.

Options:
  --format text|json|sarif       output format (default: text)
  --fix                          write every safe fix back to the files, then report what is left
  --fail-on error|warning|never  exit 1 when a finding is at least this severe (default: error)
  --date YYYY-MM-DD              publication date for articles that state none
  --config FILE                  the .copydesk.json to use (default: the nearest one above each file)
  --stdin-filename NAME          the name of the text read from - (its format and config)
  -h, --help                     show this help

Exit status: 0 no finding reaches --fail-on, 1 one does, 2 bad usage, an unreadable file or a bad config.
`,
    values: {
      '--format': ['text', 'json', 'sarif'],
      '--fail-on': ['error', 'warning', 'never'],
      '--date': null,
      '--config': null,
      '--stdin-filename': null,
    },
    flags: ['--fix'],
    paths: true,
  },
  extract: {
    usage: `Usage: copydesk extract [options] PATH...

Prints what the analysis understood of each article, as JSON: its quotations (with their attribution),
people, figures and dates, and its publication date.

Options:
  --format json                  output format (json is the only one)
  --date YYYY-MM-DD              publication date for articles that state none
  --config FILE                  the .copydesk.json to use (default: the nearest one above each file)
  --stdin-filename NAME          the name of the text read from - (its format and config)
  -h, --help                     show this help
`,
    values: { '--format': ['json'], '--date': null, '--config': null, '--stdin-filename': null },
    flags: [],
    paths: true,
  },
  lsp: {
    usage: `Usage: copydesk lsp --stdio

Runs the Copydesk language server over stdin/stdout, for any LSP client.
`,
    values: {},
    flags: ['--stdio'],
    paths: false,
  },
};

const USAGE = `Copydesk ${version}: a copy desk for news articles.

Usage:
  copydesk check   [options] PATH...   report problems (text, json or sarif); --fix applies safe fixes
  copydesk extract [options] PATH...   what the analysis understood, as JSON
  copydesk lsp --stdio                 the language server, for any LSP client
  copydesk --help | --version

Run "copydesk <command> --help" for a command's options.
`;

type CommandName = keyof typeof COMMANDS;

interface Parsed {
  options: Map<string, string>;
  flags: Set<string>;
  paths: string[];
}

function parseArguments(command: CommandName, args: readonly string[]): Parsed {
  const spec = COMMANDS[command];
  const parsed: Parsed = { options: new Map(), flags: new Set(), paths: [] };
  const known = [...Object.keys(spec.values), ...spec.flags, '--help'];
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      if (!spec.paths) throw new UsageError(`${command}: unexpected argument ${arg}`);
      parsed.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      parsed.flags.add('--help');
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    if (name in spec.values) {
      const value = equals > 0 ? arg.slice(equals + 1) : args[++i];
      if (value === undefined) throw new UsageError(`${command}: ${name} needs a value`);
      const allowed = spec.values[name];
      if (allowed && !allowed.includes(value)) {
        const hint = didYouMean(value, allowed);
        throw new UsageError(`${command}: ${name} ${value}: expected ${allowed.join(', ')}${hint ? ` (did you mean ${hint}?)` : ''}`);
      }
      parsed.options.set(name, value);
    } else if (spec.flags.includes(name) && equals < 0) {
      parsed.flags.add(name);
    } else {
      const hint = didYouMean(name, known);
      throw new UsageError(`${command}: unknown option ${name}${hint ? ` (did you mean ${hint}?)` : ''}; see copydesk ${command} --help`);
    }
  }
  return parsed;
}

// ---------------------------------------------------------------------------------------------
// Commands

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === '--version' || command === '-v' || command === '-V') return print(`${version}\n`);
  if (command === '--help' || command === '-h' || command === 'help') return print(USAGE);
  if (command === undefined) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (!(command in COMMANDS)) {
    const hint = didYouMean(command, Object.keys(COMMANDS));
    throw new UsageError(`unknown command ${command}${hint ? ` (did you mean ${hint}?)` : ''}; see copydesk --help`);
  }
  const name = command as CommandName;
  const parsed = parseArguments(name, args);
  if (parsed.flags.has('--help')) return print(COMMANDS[name].usage);
  if (name === 'lsp') return runLsp(parsed);
  return runAnalysis(name, parsed);
}

async function runLsp(parsed: Parsed): Promise<number> {
  if (!parsed.flags.has('--stdio')) throw new UsageError('lsp: only --stdio is supported: copydesk lsp --stdio');
  // The server's own bundle beside this one (dist/server-bundle.js), as dist/server.js loads it: check and
  // extract neither read nor compile the LSP library, and both servers share one code cache.
  const server = loadWithCodeCache<typeof import('./server')>(path.join(__dirname, 'server-bundle.js'));
  server.exports.startServer({ afterFirstAnalysis: server.saveCodeCache });
  return 0;
}

/** `check` and `extract`: the same reading and analysis, different output. */
async function runAnalysis(command: 'check' | 'extract', parsed: Parsed): Promise<number> {
  const format = parsed.options.get('--format') ?? (command === 'check' ? 'text' : 'json');
  const failOn = parsed.options.get('--fail-on') ?? 'error';
  const date = parsed.options.get('--date');
  const fixing = parsed.flags.has('--fix');
  const stdinFilename = parsed.options.get('--stdin-filename');
  if (parsed.paths.length === 0) throw new UsageError(`${command}: no PATH given (a file, a folder, or - for stdin); see copydesk ${command} --help`);
  if (date !== undefined && !isIsoDate(date)) throw new UsageError(`${command}: --date ${date}: expected a date as YYYY-MM-DD, e.g. 2024-09-26`);
  if (fixing && parsed.paths.includes('-')) throw new UsageError(`${command}: --fix cannot write back to stdin (-)`);

  const stderr = new Stderr();
  const overrides: AnalysisOptions = date ? { publicationDate: date } : {};
  const configs = new ConfigResolver(parsed.options.get('--config'), overrides, stderr);
  if (!configs.checkExplicit()) return 2;

  const files: CheckedFile[] = [];
  for (const input of collectInputs(parsed.paths, stdinFilename, stderr)) {
    const options = configs.optionsFor(input);
    if (!options) continue;
    const original = await readInput(input, stderr);
    if (original === null) continue;
    let text = original;
    let analysis = analyse(text, options);
    let fixed = 0;
    if (fixing && input.file !== null) {
      ({ text, analysis, fixed } = fixText(text, options, analysis));
      if (text !== original && !writeBack(input.file, input.display, text, stderr)) continue;
    }
    const display = input.file === null && stdinFilename ? stdinFilename : input.display;
    files.push({ path: display, file: input.file, text, analysis, lines: new LineIndex(text), fixed });
  }

  const output = command === 'extract'
    ? formatExtractJson(files)
    : format === 'json'
      ? formatCheckJson(files)
      : format === 'sarif'
        ? formatSarif(files, { version, docsRoot: docsRoot() })
        : formatText(files, fixing);
  // `copydesk check … | head`: the reader left; stop quietly instead of dying on an unhandled EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  // Nothing checked because everything was refused: the stderr lines say it all, no "0 files" summary.
  if (files.length > 0 || !stderr.failed || format !== 'text') process.stdout.write(output);
  if (stderr.failed) return 2;
  if (command === 'extract' || failOn === 'never') return 0;
  const threshold = SEVERITY_RANK[failOn as 'error' | 'warning'];
  return files.some((file) => file.analysis.findings.some((finding) => SEVERITY_RANK[finding.severity] <= threshold)) ? 1 : 0;
}

function writeBack(file: string, display: string, text: string, stderr: Stderr): boolean {
  try {
    fs.writeFileSync(file, text, 'utf8');
    return true;
  } catch (error) {
    stderr.fail(`${display}: cannot write the fixes: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/** docs/rules next to the package: dist/../docs/rules in the bundle, server/src/../../docs/rules from source. */
function docsRoot(): string {
  for (let dir = __dirname, i = 0; i < 4; i++, dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'docs', 'rules');
  }
  return path.join(__dirname, '..', 'docs', 'rules');
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

// ---------------------------------------------------------------------------------------------

// The exit status is set, never forced with process.exit(): a large report written to a pipe must
// drain first. And `lsp` keeps running on its connection.
main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`copydesk: ${error.message}\n`);
    else process.stderr.write(`copydesk: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
