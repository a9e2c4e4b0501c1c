// Loads a CommonJS bundle through a V8 code cache, as VS Code loads its own code: compiling the language
// server's bundle (1 MB) and, lazily, each function that the start and the first analysis run cost a
// fresh process about a hundred milliseconds that the cache skips. The cache is written once, after the
// bundle has done its first real work (so that it holds the bytecode of the functions that work compiled),
// to a folder of this user's alone. It is only ever an optimisation: a cache that is missing, unreadable,
// damaged, made for another bundle or another V8, or that V8 rejects, is ignored; a cache that cannot be
// written is not written. (Node 20 has no module.enableCompileCache() to do this for us.)

import { createHash } from 'crypto';
import * as fs from 'fs';
import Module from 'module';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';

export interface CachedBundle<T> {
  exports: T;
  /** How the bundle was compiled: from a cache V8 accepted, or from its text (no cache, or a rejected one). */
  cache: 'accepted' | 'rejected' | 'none';
  /** Writes the code cache, unless the bundle came from one V8 accepted; once at most. Never throws. */
  saveCodeCache(): void;
}

/** `<tmp>/copydesk-code-cache-<uid>`: os.tmpdir() is shared on Unix, the uid keeps users apart. */
export function defaultCacheDir(): string {
  const uid = process.getuid?.();
  return path.join(os.tmpdir(), `copydesk-code-cache${uid === undefined ? '' : `-${uid}`}`);
}

export function loadWithCodeCache<T>(bundlePath: string, cacheDir = defaultCacheDir()): CachedBundle<T> {
  const source = fs.readFileSync(bundlePath, 'utf8');
  const cacheFile = cacheFileFor(bundlePath, source, cacheDir);
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: bundlePath, cachedData });
  const bundle = new Module(bundlePath, module);
  bundle.filename = bundlePath;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(bundle.exports, bundle.exports, Module.createRequire(bundlePath), bundle, bundlePath, path.dirname(bundlePath));
  bundle.loaded = true;
  const cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  let pending = cacheFile !== null && cache !== 'accepted';
  return {
    exports: bundle.exports as T,
    cache,
    saveCodeCache() {
      if (!pending || !cacheFile) return;
      pending = false;
      try {
        writeCache(cacheFile, script.createCachedData());
      } catch {
        // Only an optimisation.
      }
    },
  };
}

/**
 * `<dir>/<bundle name>-<hash>.bin`, the hash of the bundle's text, V8's version and the architecture;
 * null when the folder is not this user's alone. V8 runs the bytecode in a cache as it finds it: a folder
 * that another user could write to would let them run code in this process.
 */
function cacheFileFor(bundlePath: string, source: string, dir: string): string | null {
  try {
    try {
      fs.mkdirSync(dir, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return null;
    }
    const stat = fs.lstatSync(dir);
    if (!stat.isDirectory()) return null;
    // Windows has no uids or mode bits to check here; its temporary directory is the user's own.
    const uid = process.getuid?.();
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o077) !== 0)) return null;
    const hash = createHash('sha256').update(source).update(process.versions.v8).update(process.arch).digest('hex').slice(0, 32);
    return path.join(dir, `${path.basename(bundlePath, '.js')}-${hash}.bin`);
  } catch {
    return null;
  }
}

/** A cache file is the SHA-256 of the data, then the data: V8 does not check a cache's payload itself. */
const DIGEST_BYTES = 32;

function readCache(file: string): Buffer | undefined {
  try {
    const content = fs.readFileSync(file);
    const data = content.subarray(DIGEST_BYTES);
    const digest = createHash('sha256').update(data).digest();
    return content.length > DIGEST_BYTES && digest.equals(content.subarray(0, DIGEST_BYTES)) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Readers see the old file or the whole new one, never a part: written beside it, then renamed. */
function writeCache(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, Buffer.concat([createHash('sha256').update(data).digest(), data]), { mode: 0o600, flag: 'wx' });
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
    return;
  }
  removeStaleCaches(file);
}

/** A cache of another version of the bundle that no start has rewritten for this long is removed. */
const STALE_MS = 7 * 24 * 3600 * 1000;

/** Each version of the bundle leaves its own 1 MB file behind: the old ones go when a new one is written. */
function removeStaleCaches(file: string): void {
  const dir = path.dirname(file);
  const name = path.basename(file);
  const prefix = name.slice(0, name.lastIndexOf('-') + 1);
  for (const other of fs.readdirSync(dir)) {
    if (other === name || !other.startsWith(prefix) || !other.endsWith('.bin')) continue;
    const otherPath = path.join(dir, other);
    // Another process may have removed it meanwhile.
    const stat = fs.statSync(otherPath, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > STALE_MS) fs.rmSync(otherPath, { force: true });
  }
}
