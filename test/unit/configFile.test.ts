import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findConfigFile, loadConfigFile, toAnalysisOptions } from '../../server/src/configFile';

describe('configFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-config-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds the nearest .copydesk.json in the folder or above, and null when there is none', () => {
    fs.mkdirSync(path.join(dir, 'a', 'b', 'c'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.copydesk.json'), '{}');
    fs.writeFileSync(path.join(dir, 'a', 'b', '.copydesk.json'), '{}');
    // A folder of that name is not a config.
    fs.mkdirSync(path.join(dir, 'a', 'b', 'c', '.copydesk.json'));
    assert.equal(findConfigFile(path.join(dir, 'a', 'b', 'c')), path.join(dir, 'a', 'b', '.copydesk.json'));
    assert.equal(findConfigFile(path.join(dir, 'a')), path.join(dir, '.copydesk.json'));
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-none-'));
    try {
      const found = findConfigFile(bare);
      // Only a config above the temp folder itself could be found.
      assert.ok(found === null || !found.startsWith(bare));
    } finally {
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });

  it('loads a config, and reads it again when it changes', () => {
    const file = path.join(dir, '.copydesk.json');
    fs.writeFileSync(file, '{ "quoteStyle": "curly" }');
    assert.deepEqual(loadConfigFile(file), { path: file, config: { rules: {}, quoteStyle: 'curly' }, problems: [] });
    fs.writeFileSync(file, '{ "quoteStyle": "straight", "rules": {} }');
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.equal(loadConfigFile(file).config.quoteStyle, 'straight');
  });

  it('turns an unreadable file into one error problem at 1:1', () => {
    for (const target of [path.join(dir, 'missing.json'), dir]) {
      const loaded = loadConfigFile(target);
      assert.deepEqual(loaded.config, { rules: {} });
      assert.equal(loaded.problems.length, 1);
      assert.deepEqual([loaded.problems[0].severity, loaded.problems[0].line, loaded.problems[0].column], ['error', 1, 1]);
      assert.match(loaded.problems[0].message, /^cannot read the configuration: /);
    }
  });

  it('merges into analysis options, the overrides winning and empty overrides ignored', () => {
    const config = { rules: { 'quote.nesting': 'off', 'quote.punctuation': 'error' } as const, publicationDate: '2024-09-26', quoteStyle: 'curly' as const };
    assert.deepEqual(toAnalysisOptions(config), {
      format: undefined, publicationDate: '2024-09-26', quoteStyle: 'curly',
      rules: { 'quote.nesting': 'off', 'quote.punctuation': 'error' },
    });
    assert.deepEqual(toAnalysisOptions(config, {
      format: 'markdown', publicationDate: '2023-10-16', quoteStyle: 'straight', rules: { 'quote.nesting': 'hint', 'quote.punctuation': undefined },
    }), {
      format: 'markdown', publicationDate: '2023-10-16', quoteStyle: 'straight',
      rules: { 'quote.nesting': 'hint', 'quote.punctuation': 'error' },
    });
    assert.equal(toAnalysisOptions(config, { publicationDate: '' }).publicationDate, '2024-09-26');
    assert.equal(toAnalysisOptions({ rules: {} }).publicationDate, null);
  });
});
