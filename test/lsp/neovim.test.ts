// A real LSP client other than VS Code: headless Neovim (Debian's 0.7.2) drives `copydesk lsp --stdio`
// through test/editors/neovim.lua, with push diagnostics and settings it never sends. CI installs neovim
// (.ci/run); on a machine without it the test is skipped and says so.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, SEED } from './client';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const SCRIPT = path.join(ROOT, 'test', 'editors', 'neovim.lua');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

interface NeovimResult {
  error?: string;
  diagnostics?: { code: string; lnum: number; col: number; source: string; severity: number }[];
  hover?: string | null;
}

function runNeovim(file: string, hoverCode: string, settings?: unknown): NeovimResult {
  const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${SCRIPT}`, file], {
    cwd: path.dirname(file),
    encoding: 'utf8',
    timeout: 40_000,
    // Keep Neovim's state (shada, logs) out of the user's home.
    env: { ...process.env, COPYDESK_CLI: CLI, COPYDESK_HOVER_CODE: hoverCode,
      ...(settings ? { COPYDESK_SETTINGS: JSON.stringify(settings) } : {}), XDG_STATE_HOME: os.tmpdir(), XDG_DATA_HOME: os.tmpdir(), XDG_CONFIG_HOME: os.tmpdir() },
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
  assert.ok(line, `no result from nvim (status ${run.status}): ${run.stdout}\n${run.stderr}`);
  return JSON.parse(line) as NeovimResult;
}

describe('editors: headless Neovim over `copydesk lsp --stdio`', function () {
  before(function () {
    if (!hasNvim) {
      // eslint-disable-next-line no-console
      console.log('    nvim is not installed: skipping the Neovim test (apt-get install -y neovim; CI installs it)');
      this.skip();
    }
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
  });

  it('shows the seed article’s diagnostics and the explanation in a hover', () => {
    const result = runNeovim(SEED, 'attribution.loaded-verb');
    assert.equal(result.error, undefined);
    const codes = result.diagnostics!.map((d) => d.code);
    assert.ok(codes.includes('quote.misoriented') && codes.includes('quote.punctuation'), JSON.stringify(codes));
    const loaded = result.diagnostics!.find((d) => d.code === 'attribution.loaded-verb')!;
    // “Ukraine claims …” on line 9 (0-based 8), column 8: the word, as the CLI reports it (9:9).
    assert.deepEqual([loaded.lnum, loaded.col, loaded.source], [8, 8, 'copydesk']);
    assert.match(String(result.hover), /passes judgement/);
    assert.match(String(result.hover), /says/);
  });

  it('a directive in the article silences its line in Neovim too', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-nvim-'));
    const file = path.join(dir, 'article.md');
    fs.writeFileSync(file, '<!-- copydesk-disable-next-line attribution.loaded-verb -->\nUkraine claims that the children were taken.\n\n“We will go on”, she said.\n');
    try {
      const result = runNeovim(file, 'quote.punctuation');
      assert.deepEqual(result.diagnostics!.map((d) => d.code), ['quote.punctuation']);
      assert.match(String(result.hover), /inside the closing quotation mark/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('settings pushed with didChangeConfiguration (the README’s 0.7 configuration) apply', () => {
    const result = runNeovim(SEED, 'quote.punctuation', { rules: { 'quote.punctuation': 'error', 'attribution.loaded-verb': 'off' } });
    const codes = result.diagnostics!.map((d) => d.code);
    assert.ok(!codes.includes('attribution.loaded-verb'), JSON.stringify(codes));
    // vim.diagnostic.severity.ERROR is 1, WARN 2.
    assert.equal(result.diagnostics!.find((d) => d.code === 'quote.punctuation')?.severity, 1);
    assert.equal(result.diagnostics!.find((d) => d.code === 'quote.misoriented')?.severity, 2);
  });
});
