import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DiagnosticSeverity, MessageType } from 'vscode-languageserver/node';
import { PUSH_CAPABILITIES, SEED, TestClient, fileUri } from './client';

const seedText = fs.readFileSync(SEED, 'utf8');
const codes = (diagnostics: { code?: unknown }[]) => diagnostics.map((d) => d.code);

describe('lsp: .copydesk.json', () => {
  let dir: string;
  let client: TestClient | undefined;
  let configPath: string;
  /** A document two folders below the config: the nearest one above applies. */
  let docUri: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-'));
    configPath = path.join(dir, '.copydesk.json');
    fs.mkdirSync(path.join(dir, 'desk', 'today'), { recursive: true });
    docUri = fileUri(path.join(dir, 'desk', 'today', 'story.txt'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('honours a rule turned off in the nearest .copydesk.json above the file', async () => {
    fs.writeFileSync(configPath, JSON.stringify({ rules: { 'quote.misoriented': 'off', 'quote.punctuation': 'error' } }));
    ({ client } = await TestClient.start());
    client.open(docUri, seedText);
    const diagnostics = await client.pull(docUri);
    assert.ok(!codes(diagnostics).includes('quote.misoriented'), JSON.stringify(codes(diagnostics)));
    assert.equal(diagnostics.find((d) => d.code === 'quote.punctuation')?.severity, DiagnosticSeverity.Error);
    // No problems: an empty diagnostics list is published for the file, and no message.
    assert.deepEqual(client.lastPushed(fileUri(configPath))?.diagnostics, []);
    assert.deepEqual(client.messages, []);
  });

  it('lets the user settings override the file per rule, `default` leaving it to the file', async () => {
    fs.writeFileSync(configPath, JSON.stringify({ rules: { 'quote.misoriented': 'off', 'quote.punctuation': 'off' } }));
    ({ client } = await TestClient.start({
      configuration: () => ({ rules: { quote: { misoriented: 'information', punctuation: 'default' } } }),
    }));
    client.open(docUri, seedText);
    const diagnostics = await client.pull(docUri);
    assert.equal(diagnostics.find((d) => d.code === 'quote.misoriented')?.severity, DiagnosticSeverity.Information);
    assert.ok(!codes(diagnostics).includes('quote.punctuation'));
  });

  it('reports a broken file on the file itself, with its position, once, and applies the defaults', async () => {
    const broken = '{\n  "rules": { "quote.misoriented": "off", }\n  "quoteStyle": 3\n';
    fs.writeFileSync(configPath, broken);
    ({ client } = await TestClient.start());
    client.open(docUri, seedText);
    const diagnostics = await client.pull(docUri);
    assert.ok(codes(diagnostics).includes('quote.misoriented'), 'defaults apply');
    const published = await client.until('config diagnostics', () => client!.lastPushed(fileUri(configPath)));
    assert.ok(published.diagnostics.length >= 1);
    const [first] = published.diagnostics;
    assert.equal(first.source, 'copydesk');
    assert.equal(first.severity, DiagnosticSeverity.Error);
    assert.match(first.message as string, /syntax error/);
    // 0-based: line 3, column 3 of the file (1-based) where the comma is missing.
    assert.deepEqual(first.range.start, { line: 2, character: 2 });
    await client.until('a window message', () => client!.messages.length > 0);
    assert.equal(client.messages[0].type, MessageType.Error);
    assert.match(client.messages[0].message, /\.copydesk\.json:3:3: syntax error/);
    assert.ok(client.messages[0].message.includes(configPath));
    // Asking again does not announce it again.
    client.open(fileUri(path.join(dir, 'other.txt')), seedText);
    await client.pull(fileUri(path.join(dir, 'other.txt')));
    await client.pull(docUri);
    assert.equal(client.messages.length, 1);
  });

  it('follows changes to the file: a watched-file event refreshes, and a rewrite is re-read', async () => {
    fs.writeFileSync(configPath, JSON.stringify({ rules: {} }));
    ({ client } = await TestClient.start());
    client.open(docUri, seedText);
    assert.ok(codes(await client.pull(docUri)).includes('quote.misoriented'));
    fs.writeFileSync(configPath, JSON.stringify({ rules: { 'quote.misoriented': 'off' } }, null, 2));
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath), type: 2 }] });
    await client.until('a diagnostics refresh', () => client!.refreshes > 0);
    assert.ok(!codes(await client.pull(docUri)).includes('quote.misoriented'));
    // Without an event (a client that cannot watch files), the next request sees the new content.
    fs.writeFileSync(configPath, JSON.stringify({ rules: { 'quote.misoriented': 'hint' } }, null, 4));
    const diagnostics = await client.pull(docUri);
    assert.equal(diagnostics.find((d) => d.code === 'quote.misoriented')?.severity, DiagnosticSeverity.Hint);
    // Deleted: the defaults again, and a deleted broken file's problems are cleared.
    fs.writeFileSync(configPath, '{ broken');
    await client.pull(docUri);
    await client.until('problems published', () => (client!.lastPushed(fileUri(configPath))?.diagnostics.length ?? 0) > 0);
    fs.rmSync(configPath);
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath), type: 3 }] });
    await client.until('problems cleared', () => client!.lastPushed(fileUri(configPath))?.diagnostics.length === 0);
    assert.equal(diagnostics.length > 0, true);
    assert.equal((await client.pull(docUri)).find((d) => d.code === 'quote.misoriented')?.severity, DiagnosticSeverity.Warning);
  });

  it('re-pushes diagnostics after a watched-file event to a push client', async () => {
    fs.writeFileSync(configPath, JSON.stringify({ rules: {} }));
    ({ client } = await TestClient.start({ capabilities: PUSH_CAPABILITIES }));
    client.open(docUri, seedText);
    await client.until('first push', () => codes(client!.lastPushed(docUri)?.diagnostics ?? []).includes('quote.misoriented'));
    fs.writeFileSync(configPath, JSON.stringify({ rules: { 'quote.misoriented': 'off' } }));
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath), type: 2 }] });
    await client.until('a push without quote.misoriented', () => {
      const last = client!.lastPushed(docUri);
      return last && last.diagnostics.length > 0 && !codes(last.diagnostics).includes('quote.misoriented');
    });
  });

  it('reports the problems of an open .copydesk.json as it is being edited, and those on disk when it closes', async () => {
    fs.writeFileSync(configPath, '{ "rules": { "quote.misoriented": "of" } }');
    ({ client } = await TestClient.start());
    client.open(docUri, seedText);
    await client.pull(docUri);
    const configUri = fileUri(configPath);
    await client.until('disk problems pushed', () => client!.lastPushed(configUri)?.diagnostics.length === 1);
    // The client's document selector includes .copydesk.json: it is configuration, not an article.
    client.open(configUri, '{\n  "rules": {\n    "quote.nesting": "loud"\n  }\n}\n', 'json', 1);
    await client.until('pushed problems cleared while it is open', () => client!.lastPushed(configUri)?.diagnostics.length === 0);
    const live = await client.pull(configUri);
    assert.equal(live.length, 1);
    assert.match(live[0].message as string, /"loud" is not a severity/);
    assert.deepEqual(live[0].range.start, { line: 2, character: 21 }, 'at the value');
    assert.equal(live[0].source, 'copydesk');
    assert.equal(await client.hover(configUri, { line: 2, character: 22 }), null);
    assert.deepEqual(await client.codeActions(configUri, live[0].range, { diagnostics: live }), []);
    client.close(configUri);
    await client.until('disk problems pushed again', () => {
      const pushed = client!.lastPushed(configUri)?.diagnostics ?? [];
      return pushed.length === 1 && /"of" is not a severity/.test(pushed[0].message as string);
    });
  });

  it('uses no config file for untitled documents', async () => {
    fs.writeFileSync(configPath, JSON.stringify({ rules: { 'quote.misoriented': 'off' } }));
    ({ client } = await TestClient.start());
    client.open('untitled:Untitled-2', seedText);
    assert.ok(codes(await client.pull('untitled:Untitled-2')).includes('quote.misoriented'));
  });
});
