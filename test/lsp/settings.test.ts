import { strict as assert } from 'assert';
import * as fs from 'fs';
import { CancellationTokenSource, DiagnosticSeverity, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { PUSH_CAPABILITIES, SEED, TestClient, fileUri } from './client';

const seedText = fs.readFileSync(SEED, 'utf8');
const seedUri = fileUri(SEED);
const codes = (diagnostics: { code?: unknown }[]) => diagnostics.map((d) => d.code);

describe('lsp: settings', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('asks workspace/configuration per resource, caches it, and re-asks after didChangeConfiguration', async () => {
    let rules: Record<string, unknown> = {};
    const asked: unknown[] = [];
    ({ client } = await TestClient.start({
      configuration: (item) => {
        asked.push(item);
        return { enable: true, publicationDate: '', quoteStyle: 'auto', rules };
      },
    }));
    client.open(seedUri, seedText);
    assert.ok(codes(await client.pull(seedUri)).includes('quote.misoriented'));
    await client.pull(seedUri);
    await client.hover(seedUri, { line: 0, character: 0 });
    assert.deepEqual(asked, [{ scopeUri: seedUri, section: 'copydesk' }], 'asked once, then cached');

    // VS Code nests dotted keys: copydesk.rules.quote.misoriented → { quote: { misoriented } }.
    rules = { quote: { misoriented: 'off', punctuation: 'error' } };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until('a diagnostics refresh', () => client!.refreshes > 0);
    const after = await client.pull(seedUri);
    assert.ok(!codes(after).includes('quote.misoriented'), JSON.stringify(codes(after)));
    assert.equal(after.find((d) => d.code === 'quote.punctuation')?.severity, DiagnosticSeverity.Error);
    assert.equal(asked.length, 2);
  });

  it('takes flat rule keys and `default` as no override, and `enable: false` as no diagnostics', async () => {
    let settings: Record<string, unknown> = { rules: { 'quote.misoriented': 'hint', 'quote.punctuation': 'default' } };
    ({ client } = await TestClient.start({ configuration: () => settings }));
    client.open(seedUri, seedText);
    const diagnostics = await client.pull(seedUri);
    assert.equal(diagnostics.find((d) => d.code === 'quote.misoriented')?.severity, DiagnosticSeverity.Hint);
    assert.equal(diagnostics.find((d) => d.code === 'quote.punctuation')?.severity, DiagnosticSeverity.Warning);
    settings = { enable: false };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until('diagnostics off', async () => (await client!.pull(seedUri)).length === 0);
  });

  it('still gives diagnostics to a client that never answers workspace/configuration', async () => {
    ({ client } = await TestClient.start({ configuration: 'never' }));
    client.open(seedUri, seedText);
    const started = Date.now();
    const diagnostics = await client.pull(seedUri);
    assert.ok(codes(diagnostics).includes('quote.misoriented'));
    assert.ok(Date.now() - started < 10000);
    assert.equal(client.configurationRequests, 1);
    // The defaults are cached too: the next request does not wait again.
    const again = Date.now();
    await client.pull(seedUri);
    assert.ok(Date.now() - again < 1000, 'no second wait');
  });

  it('answers a pull cancelled while the settings were on their way with RequestCancelled', async () => {
    ({ client } = await TestClient.start({ configuration: 'never' }));
    client.open(seedUri, seedText);
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: seedUri } }, source.token);
    await client.until('the settings request', () => client!.configurationRequests === 1);
    source.cancel();
    await assert.rejects(pending, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
    assert.ok(codes(await client.pull(seedUri)).includes('quote.misoriented'), 'the next pull is answered');
  });

  it('takes settings pushed with didChangeConfiguration from a client without workspace/configuration', async () => {
    ({ client } = await TestClient.start({ capabilities: PUSH_CAPABILITIES }));
    client.open(seedUri, seedText);
    await client.until('first push', () => codes(client!.lastPushed(seedUri)?.diagnostics ?? []).includes('quote.misoriented'));
    client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { copydesk: { rules: { 'quote.misoriented': 'off' } } },
    });
    await client.until('a push without quote.misoriented', () => {
      const last = client!.lastPushed(seedUri);
      return last && last.diagnostics.length > 0 && !codes(last.diagnostics).includes('quote.misoriented');
    });
    assert.equal(client.configurationRequests, 0);
  });
});
