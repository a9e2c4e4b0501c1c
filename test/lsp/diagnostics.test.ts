import { strict as assert } from 'assert';
import * as fs from 'fs';
import { fileURLToPath } from 'url';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { PUSH_CAPABILITIES, ROOT, SEED, TestClient, editsFor, fileUri, serverCommand } from './client';

const seedText = fs.readFileSync(SEED, 'utf8');
const seedUri = fileUri(SEED);
/** The ” that opens `until ” the goals of the war are achieved”`. */
const misorientedOffset = seedText.indexOf('until ” the goals') + 'until '.length;

function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('lsp: initialize and diagnostics', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('declares sync, hover, code actions, the fix-all command and pull diagnostics', async () => {
    const started = await TestClient.start();
    client = started.client;
    const caps = started.initialize.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.copydesk'], resolveProvider: false });
    assert.deepEqual(caps.executeCommandProvider, { commands: ['copydesk.applyFixAll'] });
    assert.deepEqual(caps.diagnosticProvider, { identifier: 'copydesk', interFileDependencies: false, workspaceDiagnostics: false });
    // It watches .copydesk.json and listens to settings changes itself.
    await client.until('registrations', () => client!.registrations.length >= 2);
    assert.deepEqual([...client.registrations].sort(), ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']);
  });

  it('is the CLI: `copydesk lsp --stdio`, reporting its name and version', async () => {
    assert.deepEqual(serverCommand().slice(1), ['lsp', '--stdio'], 'dist/cli.js is built and used');
    const started = await TestClient.start();
    client = started.client;
    const { version } = JSON.parse(fs.readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string };
    assert.deepEqual(started.initialize.serverInfo, { name: 'copydesk', version });
  });

  it('starts itself from dist/server.js over node IPC, as the VS Code client runs it', async () => {
    ({ client } = await TestClient.start({ transport: 'server-ipc' }));
    client.open(seedUri, seedText);
    assert.ok((await client.pull(seedUri)).some((d) => d.code === 'quote.misoriented'));
  });

  it('pulls quote.misoriented on the seed article with code, source, documentation and data', async () => {
    ({ client } = await TestClient.start());
    client.open(seedUri, seedText, 'plaintext', 7);
    const diagnostics = await client.pull(seedUri);
    const found = diagnostics.filter((d) => d.code === 'quote.misoriented');
    assert.equal(found.length, 1);
    const [diagnostic] = found;
    assert.deepEqual(diagnostic.range.start, positionOf(seedText, misorientedOffset));
    assert.deepEqual(diagnostic.range.end, positionOf(seedText, misorientedOffset + 1));
    assert.equal(diagnostic.source, 'copydesk');
    assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
    assert.equal(typeof diagnostic.message, 'string');
    assert.match(diagnostic.message as string, /opens a quotation/);
    const href = diagnostic.codeDescription?.href ?? '';
    assert.match(href, /^file:\/\/.*\/docs\/rules\/quote\.misoriented\.md$/);
    assert.equal(fileURLToPath(href), `${ROOT}/docs/rules/quote.misoriented.md`);
    assert.ok(fs.existsSync(fileURLToPath(href)), 'the page ships beside dist/');
    assert.deepEqual(diagnostic.data, { version: 7, index: diagnostics.indexOf(diagnostic) });
    // A pull client gets no pushes for documents.
    assert.equal(client.pushed.get(seedUri), undefined);
  });

  it('answers a pull for a document that is not open with an empty report', async () => {
    ({ client } = await TestClient.start());
    assert.deepEqual(await client.pull('file:///nowhere/never-opened.txt'), []);
  });

  it('pushes diagnostics, versioned, to a client without pull support, and follows changes', async () => {
    const started = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    client = started.client;
    assert.equal(started.initialize.capabilities.diagnosticProvider, undefined);
    client.open(seedUri, seedText, 'plaintext', 1);
    const first = await client.until('pushed diagnostics', () => client!.lastPushed(seedUri));
    assert.equal(first.version, 1);
    assert.ok(first.diagnostics.some((d) => d.code === 'quote.misoriented' && d.source === 'copydesk'));
    const fixed = seedText.replace('until ” the goals', 'until “the goals');
    client.replace(seedUri, 2, fixed);
    const second = await client.until('diagnostics of version 2', () => client!.lastPushed(seedUri)?.version === 2 && client!.lastPushed(seedUri));
    assert.ok(!second.diagnostics.some((d) => d.code === 'quote.misoriented'));
    client.close(seedUri);
    await client.until('diagnostics cleared on close', () => client!.lastPushed(seedUri)?.diagnostics.length === 0);
  });

  it('places ranges in UTF-16 units on CRLF lines after emoji and combining marks', async () => {
    ({ client } = await TestClient.start());
    const uri = 'untitled:crlf';
    client.open(uri, 'Line one 🎉.\r\nCafe\u0301 👩‍👩‍👧 owner said ” we will win.”\r\n');
    const [diagnostic] = await client.pull(uri);
    assert.equal(diagnostic.code, 'quote.misoriented');
    const line = 'Cafe\u0301 👩‍👩‍👧 owner said ';
    assert.deepEqual(diagnostic.range, { start: { line: 1, character: line.length }, end: { line: 1, character: line.length + 1 } });
    assert.ok(await client.hover(uri, diagnostic.range.start));
    const [fix] = await client.codeActions(uri, diagnostic.range, { diagnostics: [diagnostic], only: ['quickfix'] });
    assert.deepEqual(editsFor(fix.edit, uri).edits, [{ range: { start: diagnostic.range.start, end: { line: 1, character: line.length + 2 } }, newText: '“' }]);
  });

  it('applies incremental changes', async () => {
    ({ client } = await TestClient.start());
    const uri = 'untitled:Untitled-1';
    client.open(uri, 'He said “fine.”\n', 'plaintext', 1);
    assert.deepEqual(await client.pull(uri), []);
    // Turn the opening “ into a misoriented ” and add a space after it.
    client.edit(uri, 2, { start: { line: 0, character: 8 }, end: { line: 0, character: 9 } }, '” ');
    const diagnostics = await client.pull(uri);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.character, (d.data as { version: number }).version]),
      [['quote.misoriented', 8, 2]],
    );
  });
});
