// The V8 code cache that dist/server.js loads the server's bundle through (server/src/codeCache.ts):
// written once, used when valid, and otherwise only ever ignored, never a failure.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadWithCodeCache } from '../../server/src/codeCache';

interface Bundle {
  answer(): number;
  dir: string;
}

describe('lsp: the code cache of the server bundle', () => {
  let root: string;
  let bundlePath: string;
  let cacheDir: string;
  const cacheFiles = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []);
  // Each start loads its own copy of the bundle (same name and text, another folder): V8 keeps the scripts
  // it compiled in memory, and a script it finds there never reaches the code cache.
  let starts = 0;
  function load(): ReturnType<typeof loadWithCodeCache<Bundle>> {
    const copy = path.join(root, `start-${++starts}`, 'bundle.js');
    fs.mkdirSync(path.dirname(copy));
    fs.copyFileSync(bundlePath, copy);
    return loadWithCodeCache<Bundle>(copy, cacheDir);
  }

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-code-cache-test-'));
    bundlePath = path.join(root, 'bundle.js');
    // Enough functions for V8 to have something to cache, and a require() relative to the bundle.
    fs.writeFileSync(bundlePath, `const path = require('path');
      function twice(x) { return 2 * x; }
      exports.answer = () => twice(21);
      exports.dir = path.basename(__dirname);`);
    cacheDir = path.join(root, 'cache');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('runs the bundle, writes the cache once asked, and uses it on the next start', () => {
    const first = load();
    assert.equal(first.exports.answer(), 42);
    assert.equal(first.exports.dir, 'start-1');
    assert.equal(first.cache, 'none');
    first.saveCodeCache();
    const files = cacheFiles();
    assert.equal(files.length, 1);
    assert.match(files[0], /^bundle-[0-9a-f]{32}\.bin$/);
    if (process.platform !== 'win32') {
      assert.equal(fs.statSync(cacheDir).mode & 0o777, 0o700);
      assert.equal(fs.statSync(path.join(cacheDir, files[0])).mode & 0o777, 0o600);
    }
    const second = load();
    assert.equal(second.cache, 'accepted');
    assert.equal(second.exports.answer(), 42);
  });

  it('ignores a damaged cache, and one V8 rejects, then writes a good one', () => {
    load().saveCodeCache();
    const file = path.join(cacheDir, cacheFiles()[0]);
    const good = fs.readFileSync(file);
    const damaged = Buffer.from(good);
    damaged[damaged.length - 10] ^= 0xff;
    fs.writeFileSync(file, damaged);
    const afterDamage = load();
    assert.equal(afterDamage.cache, 'none');
    assert.equal(afterDamage.exports.answer(), 42);

    // Right checksum, but not V8's data.
    const crypto = require('crypto') as typeof import('crypto');
    const junk = Buffer.alloc(good.length - 32, 7);
    fs.writeFileSync(file, Buffer.concat([crypto.createHash('sha256').update(junk).digest(), junk]));
    const rejected = load();
    assert.equal(rejected.cache, 'rejected');
    assert.equal(rejected.exports.answer(), 42);
    rejected.saveCodeCache();
    assert.equal(load().cache, 'accepted');
  });

  it('keeps a cache per bundle text: a changed bundle does not use the old one', () => {
    load().saveCodeCache();
    fs.appendFileSync(bundlePath, '\nexports.more = 1;');
    const changed = load();
    assert.equal(changed.cache, 'none');
    changed.saveCodeCache();
    assert.equal(cacheFiles().length, 2);
  });

  it('removes the cache of another version of the bundle once it is a week old, when it writes its own', () => {
    fs.mkdirSync(cacheDir, { mode: 0o700 });
    const stale = path.join(cacheDir, `bundle-${'0'.repeat(32)}.bin`);
    const recent = path.join(cacheDir, `bundle-${'1'.repeat(32)}.bin`);
    const otherBundle = path.join(cacheDir, `other-${'2'.repeat(32)}.bin`);
    for (const file of [stale, recent, otherBundle]) fs.writeFileSync(file, 'old');
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    fs.utimesSync(stale, eightDaysAgo, eightDaysAgo);
    fs.utimesSync(otherBundle, eightDaysAgo, eightDaysAgo);
    load().saveCodeCache();
    const files = cacheFiles();
    assert.equal(files.length, 3);
    assert.ok(!files.includes(path.basename(stale)));
    assert.ok(files.includes(path.basename(recent)) && files.includes(path.basename(otherBundle)));
  });

  it('neither reads nor writes a folder that others can write to', function () {
    if (process.platform === 'win32') this.skip();
    fs.mkdirSync(cacheDir, { mode: 0o700 });
    fs.chmodSync(cacheDir, 0o777);
    const loaded = load();
    loaded.saveCodeCache();
    assert.equal(loaded.exports.answer(), 42);
    assert.deepEqual(cacheFiles(), []);
  });

  it('runs without a cache when the folder cannot be made', () => {
    const blocked = path.join(root, 'a-file');
    fs.writeFileSync(blocked, '');
    const loaded = loadWithCodeCache<Bundle>(bundlePath, path.join(blocked, 'cache'));
    assert.doesNotThrow(() => loaded.saveCodeCache());
    assert.equal(loaded.cache, 'none');
    assert.equal(loaded.exports.answer(), 42);
  });
});
