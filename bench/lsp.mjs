// A minimal LSP client over stdio for the benchmark: spawns the server (with bench/probe.cjs preloaded),
// frames messages, and collects the probe's timestamps from stderr.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export class LspClient {
  /** `pull`: announce pull diagnostics (the server answers textDocument/diagnostic) instead of push. */
  constructor(serverPath, { pull = false } = {}) {
    this.spawnedAt = performance.now();
    this.child = spawn(process.execPath, ['-r', join(here, 'probe.cjs'), serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.pull = pull;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    this.probe = [];
    this.probeWaiters = [];
    this.buffer = Buffer.alloc(0);
    this.child.stdout.on('data', (chunk) => this.onData(chunk));
    let err = '';
    this.child.stderr.on('data', (chunk) => {
      err += chunk.toString('utf8');
      let nl;
      while ((nl = err.indexOf('\n')) >= 0) {
        const line = err.slice(0, nl);
        err = err.slice(nl + 1);
        const m = /^@probe (in|out) ([\d.]+)(?: (.*))?$/.exec(line);
        if (m) this.probe.push({ dir: m[1], t: Number(m[2]), what: m[3] ?? '' });
        if (m?.[1] === 'out') for (const waiter of this.probeWaiters.filter((w) => w.what === m[3])) waiter.resolve();
      }
    });
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.toString('ascii', 0, headerEnd))[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = JSON.parse(this.buffer.toString('utf8', headerEnd + 4, headerEnd + 4 + length));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      const at = performance.now();
      if (body.id !== undefined && !body.method && this.pending.has(body.id)) {
        const resolve = this.pending.get(body.id);
        this.pending.delete(body.id);
        resolve({ result: body.result, error: body.error, at });
      } else if (body.method && body.id !== undefined) {
        // A request from the server (configuration, registration): answer with nothing.
        this.send({ jsonrpc: '2.0', id: body.id, result: body.method === 'workspace/configuration' ? [] : null });
      } else if (body.method) {
        for (const listener of [...this.listeners]) listener(body, at);
      }
    }
  }

  send(message) {
    const json = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${json.length}\r\n\r\n`);
    this.child.stdin.write(json);
  }

  request(method, params) {
    const id = this.nextId++;
    const sentAt = performance.now();
    const answer = new Promise((resolve) => this.pending.set(id, resolve));
    this.send({ jsonrpc: '2.0', id, method, params });
    return answer.then((a) => ({ ...a, id, ms: a.at - sentAt }));
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next notification `method` (for `uri`, when given) that `accept` takes. */
  next(method, accept = () => true) {
    return new Promise((resolve) => {
      const listener = (body, at) => {
        if (body.method !== method || !accept(body.params)) return;
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        resolve({ params: body.params, at });
      };
      this.listeners.push(listener);
    });
  }

  async initialize() {
    const capabilities = this.pull ? { textDocument: { diagnostic: { dynamicRegistration: false } } } : {};
    await this.request('initialize', { processId: process.pid, rootUri: null, capabilities });
    this.notify('initialized', {});
  }

  /** Resolves once the probe's line for the message `what` (from probe entry `from` on) has arrived (stderr lags stdout), or after 1 s. */
  probed(what, from = 0) {
    if (this.probe.slice(from).some((p) => p.dir === 'out' && p.what === what)) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = { what, resolve: () => { clearTimeout(timer); this.probeWaiters.splice(this.probeWaiters.indexOf(waiter), 1); resolve(); } };
      const timer = setTimeout(waiter.resolve, 1000);
      this.probeWaiters.push(waiter);
    });
  }

  /** The server's own time for the last exchange: its last read before `what` was written, to that write. */
  serverTime(what, after = 0) {
    for (let i = this.probe.length - 1; i >= 0; i--) {
      const out = this.probe[i];
      if (out.dir !== 'out' || out.what !== what || out.t < after) continue;
      for (let j = i - 1; j >= 0; j--) if (this.probe[j].dir === 'in') return { ms: out.t - this.probe[j].t, at: out.t };
      return null;
    }
    return null;
  }

  /** The server's peak resident set so far (VmHWM), in bytes. */
  peakRss() {
    return vmHwm(this.child.pid);
  }

  async close() {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch { /* gone already */ }
    await new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => { this.child.kill(); resolve(); }, 2000);
      this.child.on('exit', () => { clearTimeout(timer); resolve(); });
    });
  }
}

/** Peak resident set size of a live process, from /proc (Linux). */
export function vmHwm(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
