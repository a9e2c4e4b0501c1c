// Bundles the editor suite (test/e2e/suite/*.ts) to out/e2e/suite/*.js: one CommonJS bundle per file,
// `vscode` provided by the extension host and `mocha` loaded from node_modules at run time.
// Usage: node test/e2e/build-suite.mjs   (also imported by run-code-server.mjs and run-electron.mjs)
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const suiteOutDir = path.join(repoRoot, 'out', 'e2e', 'suite');
export const suiteIndex = path.join(suiteOutDir, 'index.js');

export async function buildSuite() {
  const sourceDir = path.join(repoRoot, 'test', 'e2e', 'suite');
  const entryPoints = fs
    .readdirSync(sourceDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(sourceDir, name));
  fs.rmSync(suiteOutDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: suiteOutDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return suiteIndex;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildSuite();
  console.log(`built ${path.relative(repoRoot, suiteIndex)}`);
}
