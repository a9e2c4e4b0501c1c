// Installs and starts code-server (a real VS Code 1.100.3 served to a browser) for the e2e suite.
// The recipe is ../../../shared/EDITOR_TESTING.md: these machines reach the npm registry and Debian's
// packages only, so @vscode/ripgrep's GitHub download is served from a seeded cache built from /usr/bin/rg.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
// The @vscode/ripgrep version code-server 4.100.3 depends on, and the archive name its postinstall looks for.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

/** The cache folder outside the repo: ${XDG_CACHE_HOME:-~/.cache}/copydesk-e2e (or $COPYDESK_E2E_CACHE). */
export function cacheRoot() {
  if (process.env.COPYDESK_E2E_CACHE) return path.resolve(process.env.COPYDESK_E2E_CACHE);
  const xdg = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(xdg, 'copydesk-e2e');
}

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0 || result.signal) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
  return result;
}

function which(command) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * Returns the path of the code-server launcher, installing code-server into the cache first if needed.
 * The install goes to a temporary sibling folder and is renamed into place only when complete, so an
 * interrupted install is never mistaken for a good one.
 */
export function ensureCodeServer(log = console.log) {
  const root = cacheRoot();
  const home = path.join(root, `code-server-${CODE_SERVER_VERSION}`);
  const bin = path.join(home, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const marker = path.join(home, '.installed');
  if (fs.existsSync(marker) && fs.existsSync(bin)) {
    log(`code-server ${CODE_SERVER_VERSION}: reusing ${home}`);
    return bin;
  }

  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (rg) is not on PATH: apt-get install -y ripgrep (see .ci/run)');
  fs.mkdirSync(root, { recursive: true });
  const staging = fs.mkdtempSync(path.join(root, `.install-${CODE_SERVER_VERSION}-`));
  const started = Date.now();
  log(`code-server ${CODE_SERVER_VERSION}: installing into ${home} (a few minutes without an npm cache) …`);
  try {
    // The ripgrep trick: @vscode/ripgrep's postinstall downloads rg from GitHub unless
    // $TMPDIR/vscode-ripgrep-cache-<version>/<archive> exists. Seed it with Debian's rg.
    const tmp = path.join(staging, 'tmp');
    const rgCache = path.join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
    const rgSeed = path.join(staging, 'rgseed');
    fs.mkdirSync(rgCache, { recursive: true });
    fs.mkdirSync(rgSeed, { recursive: true });
    fs.copyFileSync(rg, path.join(rgSeed, 'rg'));
    fs.chmodSync(path.join(rgSeed, 'rg'), 0o755);
    run('tar', ['czf', path.join(rgCache, RIPGREP_ARCHIVE), '-C', rgSeed, 'rg']);

    const prefix = path.join(staging, 'pkg');
    fs.mkdirSync(prefix, { recursive: true });
    fs.writeFileSync(path.join(prefix, 'package.json'), JSON.stringify({ name: 'copydesk-e2e-code-server', private: true }) + '\n');
    // Its install scripts print thousands of lines: they go to a log, shown only when the install fails.
    const logFile = path.join(root, `install-${CODE_SERVER_VERSION}.log`);
    const logFd = fs.openSync(logFile, 'w');
    try {
      run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--foreground-scripts', '--no-audit', '--no-fund', '--no-save', '--loglevel=warn'], {
        cwd: prefix,
        stdio: ['ignore', logFd, logFd],
        timeout: 30 * 60_000,
        env: {
          ...process.env,
          TMPDIR: tmp,
          npm_config_yes: 'true', // node-pty's install runs npx
          npm_config_unsafe_perm: 'true', // code-server's install script refuses root otherwise
        },
      });
    } catch (error) {
      const tail = fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-60).join('\n');
      throw new Error(`installing code-server ${CODE_SERVER_VERSION} failed: ${error.message}\n--- last lines of ${logFile} ---\n${tail}`);
    } finally {
      fs.closeSync(logFd);
    }
    log(`code-server ${CODE_SERVER_VERSION}: npm install log in ${logFile}`);
    const installedBin = path.join(prefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
    if (!fs.existsSync(installedBin)) throw new Error(`npm install finished but ${installedBin} is missing`);
    fs.writeFileSync(path.join(prefix, '.installed'), `${new Date().toISOString()}\n`);
    fs.rmSync(home, { recursive: true, force: true });
    try {
      fs.renameSync(prefix, home);
    } catch (error) {
      // Another run installed it at the same time: use theirs.
      if (!(fs.existsSync(marker) && fs.existsSync(bin))) throw error;
    }
    log(`code-server ${CODE_SERVER_VERSION}: installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return bin;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The environment for every code-server process: all editor state under `stateDir`, none in $HOME. */
export function editorEnv(stateDir) {
  const env = { ...process.env };
  for (const [name, sub] of [['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'data'], ['XDG_STATE_HOME', 'state'], ['XDG_CACHE_HOME', 'cache']]) {
    env[name] = path.join(stateDir, sub);
    fs.mkdirSync(env[name], { recursive: true });
  }
  // The extension host inherits this environment; ELECTRON_RUN_AS_NODE from a parent would confuse nothing
  // here, but VSCODE_* variables from an editor terminal the run was started in would.
  for (const name of Object.keys(env)) {
    if (name.startsWith('VSCODE_') || name === 'ELECTRON_RUN_AS_NODE') delete env[name];
  }
  return env;
}

/** Installs a .vsix into an extensions folder with code-server's own CLI. Returns its output. */
export function installVsix(entry, vsix, { extensionsDir, userDataDir, env }) {
  const result = spawnSync(process.execPath, [entry, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (${result.status}):\n${output}`);
  const list = spawnSync(process.execPath, [entry, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--list-extensions', '--show-versions'], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { output, list: (list.stdout ?? '').trim() };
}

/**
 * Starts code-server on a free loopback port and waits for /healthz. Returns { url, port, child, stop, output };
 * `onSpawn(child)` is called as soon as the process exists.
 * The child runs in its own process group so that stop() ends it and everything it spawned.
 */
export async function startCodeServer(entry, { folder, userDataDir, extensionsDir, configFile, env, timeoutMs = 60_000, log = console.log, onSpawn = () => {} }) {
  const port = await freePort();
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    entry,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    folder,
  ];
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  // The caller registers its cleanup now, not when code-server is ready: a run may be stopped while it starts.
  onSpawn(child);
  const output = [];
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (output.length > 2000) output.splice(0, output.length - 2000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const stop = () => stopProcessGroup(child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      throw new Error(`code-server exited (${exited.code ?? exited.signal}) before it was ready:\n${output.join('')}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  log(`code-server ${CODE_SERVER_VERSION} ready at ${url} (pid ${child.pid})`);
  return { url, port, child, stop, output };
}

/** Ends a detached child and its process group: SIGTERM, then SIGKILL after a grace period. */
export async function stopProcessGroup(child, graceMs = 3000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      try {
        child.kill(signal);
      } catch {
        // already gone
      }
    }
  };
  signalGroup('SIGTERM');
  const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), graceMs));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    signalGroup('SIGKILL');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 1000))]);
  }
}
