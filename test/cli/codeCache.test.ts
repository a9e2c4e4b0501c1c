// The CLI loads its bundle through a V8 code cache (server/src/cliMain.ts): written once a run is over,
// read by the next run of the same build, and never a cause of different output.

import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CLI, ROOT, SEED, tempDir } from './helpers';

describe('cli: the code cache of the CLI bundle', () => {
  it('check writes a cache for the next run, which prints the same', () => {
    const tmp = tempDir();
    const check = () => spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--fail-on', 'never', SEED], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp },
    });
    const cached = () => fs.readdirSync(tmp).filter((name) => name.startsWith('copydesk-code-cache'))
      .flatMap((dir) => fs.readdirSync(path.join(tmp, dir)).filter((file) => file.startsWith('cli-bundle-')));
    assert.deepEqual(cached(), []);
    const first = check();
    assert.equal(first.status, 0, first.stderr);
    assert.equal(cached().length, 1, 'the first run leaves one cache file');
    const second = check();
    assert.equal(second.status, 0, second.stderr);
    assert.equal(second.stdout, first.stdout);
    assert.equal(cached().length, 1, 'the second run reads it and writes no other');
  });

  it('--help writes no cache: only check and extract load the bundle through it', () => {
    const tmp = tempDir();
    const result = spawnSync(process.execPath, [CLI, '--help'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp } });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(fs.readdirSync(tmp), []);
  });
});
