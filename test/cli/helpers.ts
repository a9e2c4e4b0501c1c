// Runs the built CLI (dist/cli.js, as `npm test` builds it first) in a child process.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const SEED = 'seeds/000_3c9c0e3ffba93949.txt';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function run(args: readonly string[], options: { cwd?: string; input?: string | Buffer; timeoutMs?: number } = {}): Run {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 15000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

/** A fresh temp folder, removed after the current test file. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));
  created.push(dir);
  return dir;
}

const created: string[] = [];
after(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function write(dir: string, relative: string, content: string | Buffer): string {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** 0-based LSP position of an offset, computed independently of the code under test. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: breaks.length, character: offset - (lastBreak + 1) };
}

/** A sentence with a misoriented opening mark (a warning with a fix) and nothing else. */
export const MISORIENTED = 'He vowed to fight until ” the goals of the war are achieved,” the minister said.\n';
/** A closing mark with no opener: an error. */
export const UNBALANCED = 'The minister said the talks had failed.” Nobody else spoke.\n';
