import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { InlayHint } from 'vscode-languageserver/node';
import { analyse } from '../../server/src/core/analyse';
import { relativeDateHints } from '../../server/src/core/dates/hints';
import { FactSheetRequest, type FactSheetResult } from '../../server/src/protocol';
import { PULL_CAPABILITIES, SEED, TestClient, fileUri } from './client';

const seedText = fs.readFileSync(SEED, 'utf8');
const seedUri = fileUri(SEED);

describe('lsp: fact sheet and inlay hints', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('answers copydesk/factSheet with Majed Al Ansari and his three quotations, as ranges of the current version', async () => {
    ({ client } = await TestClient.start());
    client.open(seedUri, seedText);
    const sheet = await client.connection.sendRequest<FactSheetResult | null>(FactSheetRequest.method, { textDocument: { uri: seedUri } });
    assert.ok(sheet);
    assert.equal(sheet.version, 1);
    const alAnsari = sheet.sources.find((source) => source.name === 'Majed Al Ansari');
    assert.ok(alAnsari, JSON.stringify(sheet.sources.map((s) => s.name)));
    assert.equal(alAnsari.quotes.length, 3);
    const first = alAnsari.quotes[0].location;
    const line = seedText.split('\n')[first.start.line];
    assert.ok(line.slice(first.start.character).startsWith('“This mediation'), line.slice(first.start.character, first.start.character + 20));
    assert.ok(sheet.findings.some((group) => group.rule === 'quote.misoriented'));
  });

  it('answers null for a document that is not open, or with no document named, without dying', async () => {
    ({ client } = await TestClient.start());
    assert.equal(await client.connection.sendRequest(FactSheetRequest.method, { textDocument: { uri: 'file:///nowhere.txt' } }), null);
    assert.equal(await client.connection.sendRequest(FactSheetRequest.method, {}), null);
    assert.ok(client.alive);
  });

  it('gives inlay hints only when their setting is on, and asks the client to refresh them on a settings change', async () => {
    let settings: Record<string, unknown> = {};
    const capabilities = { ...PULL_CAPABILITIES, workspace: { ...PULL_CAPABILITIES.workspace, inlayHint: { refreshSupport: true } } };
    ({ client } = await TestClient.start({ capabilities, configuration: () => settings }));
    let inlayRefreshes = 0;
    client.connection.onRequest('workspace/inlayHint/refresh', () => {
      inlayRefreshes++;
      return null;
    });
    const text = '---\ndate: 2024-09-26\n---\nThe ministry said yesterday that the talks would resume on Friday.\n';
    const uri = 'file:///tmp/copydesk-inlay.news';
    client.open(uri, text, 'news');
    const range = { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } };
    const ask = () => client!.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range });
    assert.deepEqual(await ask(), []);
    settings = { inlayHints: { relativeDates: true } };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until('an inlay hint refresh', () => inlayRefreshes > 0);
    // Exactly what the dates engine says, at its offsets (none until the engine resolves relative dates).
    const expected = relativeDateHints(analyse(text, { format: 'news' }));
    assert.ok(expected.length > 0, 'the dates engine resolves “yesterday” against the front matter date');
    const hints = await ask();
    assert.deepEqual(hints.map((hint) => hint.label), expected.map((hint) => hint.label));
    // Right after “yesterday”, on line 3 (0-based): UTF-16 offsets become LSP positions.
    const yesterday = text.indexOf('yesterday') + 'yesterday'.length;
    assert.deepEqual(hints[0].position, { line: 3, character: yesterday - text.lastIndexOf('\n', yesterday) - 1 });
    assert.equal(hints[0].position.character, expected[0].offset - text.lastIndexOf('\n', expected[0].offset) - 1);

    // Sums only: the relative dates go away, without a restart.
    settings = { inlayHints: { sums: true } };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until('the relative-date hints gone', async () => (await ask()).length === 0);
  });
});
