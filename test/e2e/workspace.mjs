// The workspace the editor suite opens, shared by both launchers: a multi-root workspace of two folders,
//   articles/  a copy of seeds/ (no .copydesk.json: the rules' own severities apply)
//   wire/      the user's article again, under a .copydesk.json that makes quote.misoriented an error
// so the suite can check that each folder's nearest .copydesk.json applies (test/e2e/suite/extension.test.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './build-suite.mjs';

export const SEED = '000_3c9c0e3ffba93949.txt';

/** Creates the workspace under `dir`; returns the path of its .code-workspace file. */
export function prepareSuiteWorkspace(dir) {
  const articles = path.join(dir, 'articles');
  const wire = path.join(dir, 'wire');
  fs.cpSync(path.join(repoRoot, 'seeds'), articles, { recursive: true });
  fs.mkdirSync(wire, { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'seeds', SEED), path.join(wire, SEED));
  fs.writeFileSync(path.join(wire, '.copydesk.json'), JSON.stringify({ rules: { 'quote.misoriented': 'error' } }, null, 2) + '\n');
  const workspaceFile = path.join(dir, 'copydesk-e2e.code-workspace');
  fs.writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: 'articles' }, { path: 'wire' }], settings: {} }, null, 2) + '\n');
  return workspaceFile;
}
