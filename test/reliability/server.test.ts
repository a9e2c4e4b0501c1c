// The language server under abuse, over stdio as editors run it (`copydesk lsp --stdio`): malformed
// JSON-RPC, nonsense positions, a thousand rapid edits, cancellations, a soak of 10,000 edits with its
// memory watched. Each is answered with a proper LSP error or ignored, and the server keeps serving.

import { strict as assert } from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse } from '../../server/src/core/analyse';
import { ROOT, SEED, TestClient, editsFor, serverCommand } from '../lsp/client';
import { count } from './inputs';

const seedText = fs.readFileSync(SEED, 'utf8');

/** The server still answers: a fresh document gets its one diagnostic. */
async function stillServing(client: TestClient): Promise<void> {
  const uri = `untitled:alive-${Math.random()}`;
  client.open(uri, 'She said ” we will win.”');
  assert.deepEqual((await client.pull(uri)).map((d) => d.code), ['quote.misoriented']);
}

/** Resolves to the error of a rejected request, or to its result. */
async function settle<T>(promise: Promise<T>): Promise<{ result?: T; error?: ResponseError<unknown> }> {
  try {
    return { result: await promise };
  } catch (error) {
    assert.ok(error instanceof ResponseError, `not an LSP error: ${String(error)}`);
    return { error };
  }
}

/** A tiny deterministic generator, so a failing run replays. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The server's resident memory, from /proc (Linux), in MB; null elsewhere. */
function rssMb(pid: number | undefined): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return null;
  }
}

describe('reliability: the language server under abuse', function () {
  this.timeout(120000);

  describe('malformed JSON-RPC on the wire', () => {
    it('skips a body that is not JSON, a message that is no JSON-RPC, and a stray response, and answers the next request', async () => {
      const [script, ...args] = serverCommand();
      const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'pipe' });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      const send = (body: string) => child.stdin.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
      const answered = async (id: number) => {
        const deadline = Date.now() + 10000;
        while (!out.includes(`"id":${id}`)) {
          if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no answer to ${id}; exit ${child.exitCode}; got ${out.slice(-500)}`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      try {
        send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
        await answered(1);
        send(JSON.stringify({ jsonrpc: '2.0', method: 'initialized', params: {} }));
        const garbage = [
          '{"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {', // cut short
          'null',
          '[1, 2, 3]',
          '"just a string"',
          '{"jsonrpc": "2.0"}',
          '{"jsonrpc": "2.0", "id": 99, "result": {}}', // a response to a request never sent
          '{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": null}',
          '{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": 5}}',
          '{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "untitled:x"}, "contentChanges": "no"}}',
          '{"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": "nothing"}}',
          '\u0000\u0001\u0002',
        ];
        for (const body of garbage) send(body);
        count('malformed messages sent', garbage.length);
        // A request with nonsense params gets an error response, not silence.
        send(JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: { textDocument: 7, position: 'here' } }));
        await answered(3);
        assert.match(out, /"id":3,"error":\{"code":-32603/);
        send(JSON.stringify({ jsonrpc: '2.0', id: 4, method: 'textDocument/didNotExist', params: {} }));
        await answered(4);
        assert.match(out, /"id":4,"error":\{"code":-32601/);
        // And it still works: open a document and pull its diagnostics.
        send(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:ok', languageId: 'plaintext', version: 1, text: 'She said ” no.”' } } }));
        send(JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'textDocument/hover', params: { textDocument: { uri: 'untitled:ok' }, position: { line: 0, character: 9 } } }));
        await answered(5);
        assert.match(out, /"id":5,"result":\{"contents"/);
        assert.equal(child.exitCode, null, 'still running');
      } finally {
        child.kill();
      }
    });
  });

  describe('requests', () => {
    let client: TestClient;
    beforeEach(async () => {
      ({ client } = await TestClient.start());
    });
    afterEach(() => client.stop());

    it('answers positions far outside the document, negative or fractional, with nothing or an error', async () => {
      const uri = 'untitled:positions';
      client.open(uri, seedText);
      const positions = [
        { line: 1e9, character: 0 },
        { line: 0, character: 1e9 },
        { line: -1, character: -5 },
        { line: 2.5, character: 0.5 },
        { line: Number.MAX_SAFE_INTEGER, character: Number.MAX_SAFE_INTEGER },
      ];
      for (const position of positions) {
        const range: Range = { start: position, end: { line: position.line + 1, character: 0 } };
        const answers = await Promise.all([
          settle(client.hover(uri, position)),
          settle(client.definition(uri, position)),
          settle(client.references(uri, position)),
          settle(client.highlights(uri, position)),
          settle(client.codeActions(uri, range, { diagnostics: [] })),
          settle(client.codeActions(uri, { start: range.end, end: range.start }, { diagnostics: [], only: ['source.fixAll'] })),
        ]);
        count('out-of-range requests', answers.length);
        for (const answer of answers) {
          if (answer.error) assert.ok(([ErrorCodes.InvalidParams, ErrorCodes.InternalError] as number[]).includes(answer.error.code), answer.error.message);
        }
      }
      await stillServing(client);
    });

    it('a thousand rapid incremental edits: the last diagnostics are exactly those of the final text', async () => {
      const uri = 'untitled:rapid';
      let document = TextDocument.create(uri, 'plaintext', 1, seedText);
      client.open(uri, seedText);
      const next = random(1);
      const pieces = ['”', '“', ' said', '"', ' ', '\n', 'Smith ', '😀', '\r\n', 'on Monday ', '1,200 '];
      for (let version = 2; version <= 1001; version++) {
        const text = document.getText();
        const at = Math.floor(next() * text.length);
        const length = next() < 0.5 ? 0 : Math.floor(next() * 20);
        const range = { start: document.positionAt(at), end: document.positionAt(Math.min(text.length, at + length)) };
        const insert = pieces[Math.floor(next() * pieces.length)];
        document = TextDocument.update(document, [{ range, text: insert }], version);
        client.edit(uri, version, range, insert);
        // Some pulls race the edits, as an editor's do; each answers or is cancelled.
        if (version % 100 === 0) void client.pull(uri).catch(() => undefined);
      }
      count('rapid edits', 1000);
      const diagnostics = await client.pull(uri);
      const expected = analyse(document.getText()).findings;
      const key = (d: { code?: unknown; range: Range }) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
      const toKey = (f: { rule: string; start: number; end: number }) => key({ code: f.rule, range: { start: document.positionAt(f.start), end: document.positionAt(f.end) } });
      assert.deepEqual(diagnostics.map(key), expected.map(toKey));
      // Fix-all is for this version, and applying it is safe.
      const [fixAll] = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [], only: ['source.fixAll'] });
      if (fixAll) assert.equal(editsFor(fixAll.edit, uri).version, 1001);
    });

    it('a fix from an old version is refused: no edits for its diagnostics, the command declines', async () => {
      const uri = 'untitled:stale';
      client.open(uri, 'She said ” no.” He said ” yes.”');
      const old = await client.pull(uri);
      client.edit(uri, 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Then ');
      const actions = await client.codeActions(uri, old[0].range, { diagnostics: old });
      assert.deepEqual(actions.filter((action) => action.kind === 'quickfix' && action.diagnostics?.length), []);
      const applied = await client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.applyFixAll', arguments: [{ uri, version: 1 }] });
      assert.equal(applied, false);
      assert.equal(client.appliedEdits.length, 0);
    });

    it('requests cancelled mid-flight are answered (cancelled or done), and the server goes on', async () => {
      const uri = 'untitled:cancel';
      client.open(uri, seedText.repeat(20));
      const answers: Promise<{ error?: ResponseError<unknown> }>[] = [];
      for (let i = 0; i < 50; i++) {
        // The cancellation goes out with the request: vscode-jsonrpc's token sends $/cancelRequest.
        const source = new CancellationTokenSource();
        const method = ['textDocument/diagnostic', 'textDocument/hover', 'textDocument/documentSymbol', 'textDocument/codeAction'][i % 4];
        const params = method === 'textDocument/codeAction'
          ? { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }, context: { diagnostics: [] } }
          : { textDocument: { uri }, position: { line: 3, character: 4 } };
        answers.push(settle(client.connection.sendRequest(method, params, source.token)));
        if (i % 2 === 0) source.cancel();
        else setTimeout(() => source.cancel(), i);
        if (i % 5 === 0) client.edit(uri, i + 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'x');
      }
      for (const answer of await Promise.all(answers)) {
        if (answer.error) assert.equal(answer.error.code, LSPErrorCodes.RequestCancelled, answer.error.message);
      }
      count('cancelled requests', 50);
      await stillServing(client);
    });
  });

  it('a client that never answers workspace/configuration still gets diagnostics, hovers and fixes', async () => {
    const { client } = await TestClient.start({ configuration: 'never' });
    try {
      const uri = 'untitled:silent';
      client.open(uri, 'She said ” we will win.”');
      const started = Date.now();
      const diagnostics: Diagnostic[] = await client.pull(uri);
      assert.deepEqual(diagnostics.map((d) => d.code), ['quote.misoriented']);
      assert.ok(Date.now() - started < 5000);
      const actions = await client.codeActions(uri, diagnostics[0].range, { diagnostics });
      assert.ok(actions.length > 0);
      // Many documents waiting on the silent client at once: none hangs.
      const uris = Array.from({ length: 20 }, (_, i) => `untitled:silent-${i}`);
      for (const other of uris) client.open(other, 'He said ” no.”');
      const all = await Promise.all(uris.map((other) => client.pull(other)));
      assert.ok(all.every((list) => list.length === 1));
    } finally {
      await client.stop();
    }
  });

  it('soak: 10,000 edits (200 pulls, and 200 documents opened and closed) leave memory flat', async function () {
    const { client } = await TestClient.start();
    try {
      const uri = 'untitled:soak';
      let document = TextDocument.create(uri, 'plaintext', 1, seedText);
      client.open(uri, seedText);
      const next = random(2);
      const edits = 10_000;
      let version = 1;
      const samples: number[] = [];
      for (let i = 1; i <= edits; i++) {
        // Type a character, delete one: the document keeps the seed's size, so memory should too.
        const text = document.getText();
        const at = Math.floor(next() * text.length);
        const typing = i % 2 === 1;
        const range = typing
          ? { start: document.positionAt(at), end: document.positionAt(at) }
          : { start: document.positionAt(Math.max(0, at - 1)), end: document.positionAt(at) };
        const insert = typing ? ['a', '”', ' ', 's', '\n'][i % 5] : '';
        version++;
        document = TextDocument.update(document, [{ range, text: insert }], version);
        client.edit(uri, version, range, insert);
        if (i % 50 === 0) await client.pull(uri);
        if (i % 50 === 25) {
          const other = `untitled:soak-${i}`;
          client.open(other, seedText);
          await client.pull(other);
          client.close(other);
        }
        if (i % 1000 === 0) {
          const mb = rssMb(client.process.pid);
          if (mb !== null) samples.push(mb);
        }
      }
      const final = await client.pull(uri);
      assert.equal(final.length, analyse(document.getText()).findings.length);
      count('soak edits', edits);
      if (samples.length >= 4) {
        // After warm-up (the first 2,000 edits), resident memory may wander with the collector, not grow.
        const warm = Math.min(...samples.slice(1, 3));
        const last = Math.max(...samples.slice(-3));
        count('soak RSS MB after 2,000 edits', Math.round(warm));
        count('soak RSS MB after 10,000 edits', Math.round(last));
        assert.ok(last - warm < 60, `resident memory grew from ${warm.toFixed(0)} MB to ${last.toFixed(0)} MB: ${samples.map((s) => s.toFixed(0)).join(', ')}`);
      }
      await stillServing(client);
    } finally {
      await client.stop();
    }
  });
});
