// The entry point VS Code's extension host calls for `extensionTestsPath` — under @vscode/test-electron
// (run-electron.mjs) and under code-server driven by a browser (run-code-server.mjs) alike.
// Bundled by test/e2e/build-suite.mjs to out/e2e/suite/index.js; each *.test.ts beside it becomes its own
// bundle in the same folder, which this file hands to mocha. mocha itself stays external (node_modules).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    // `spec` writes through console.log, which the extension host forwards to the launcher
    // (codeAutomationLog in the browser, stdout under Electron); `dot` would write to process.stdout.
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.COPYDESK_E2E_TEST_TIMEOUT_MS) || 60_000,
    grep: process.env.COPYDESK_E2E_GREP || undefined,
  });
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of files) mocha.addFile(path.join(__dirname, name));

  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} of the Copydesk editor tests failed.`));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
}
