#!/usr/bin/env node
// `npm run test:electron`: the same editor suite (test/e2e/suite) in desktop VS Code, with the ecosystem's
// standard launcher, @vscode/test-electron. It downloads VS Code, so it needs a machine that reaches
// update.code.visualstudio.com; where only the npm registry is reachable, use `npm run test:e2e`
// (code-server in a browser), which runs the very same suite.
//
// Environment: VSCODE_TEST_VERSION (default `stable`; anything ≥ 1.91.0, the manifest's engines.vscode, e.g.
// `1.91.0` or `insiders`), VSCODE_EXECUTABLE (use an installed VS Code instead of downloading one),
// COPYDESK_E2E_GREP (run only the tests whose title matches). On Linux without a display run it under
// `xvfb-run -a npm run test:electron`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite, repoRoot } from './build-suite.mjs';
import { prepareSuiteWorkspace } from './workspace.mjs';

function build() {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'esbuild.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('building the extension (node esbuild.mjs) failed');
}

async function main() {
  build();
  const extensionTestsPath = await buildSuite();

  // A throwaway workspace holding copies of seeds/, and a throwaway profile: the suite edits documents and
  // user settings, and must never touch the repo or the developer's own VS Code.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-electron-'));
  const workspace = prepareSuiteWorkspace(path.join(tmp, 'workspace')); // multi-root: see workspace.mjs
  const userDataDir = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ 'files.autoSave': 'off', 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none' }, null, 2),
  );

  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.warn('[test:electron] no DISPLAY: desktop VS Code needs one; run `xvfb-run -a npm run test:electron`.');
  }

  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION || 'stable',
      ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      launchArgs: [
        workspace,
        '--disable-extensions', // every other installed extension: the one under development still loads
        '--user-data-dir', userDataDir,
        '--extensions-dir', path.join(tmp, 'extensions'),
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
      extensionTestsEnv: {
        ...(process.env.COPYDESK_E2E_GREP ? { COPYDESK_E2E_GREP: process.env.COPYDESK_E2E_GREP } : {}),
      },
    });
    console.log('[test:electron] PASSED');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[test:electron] FAILED: ${error?.message ?? error}`);
  process.exit(1);
});
