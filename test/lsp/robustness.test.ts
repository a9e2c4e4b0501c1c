import { strict as assert } from 'assert';
import * as crypto from 'crypto';
import * as fs from 'fs';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { SEED, TestClient, applyTextEdits, editsFor } from './client';

const seedText = fs.readFileSync(SEED, 'utf8');

async function rejection(promise: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ResponseError, String(error));
    return error;
  }
  assert.fail('expected an error response');
}

describe('lsp: robustness', () => {
  let client: TestClient;
  beforeEach(async () => {
    ({ client } = await TestClient.start());
  });
  afterEach(() => client.stop());

  /** The server still answers a normal request correctly. */
  async function stillServing(): Promise<void> {
    const uri = `untitled:alive-${Math.random()}`;
    client.open(uri, 'She said ” we will win.”');
    assert.deepEqual((await client.pull(uri)).map((d) => d.code), ['quote.misoriented']);
  }

  it('answers an unknown method with MethodNotFound and keeps serving', async () => {
    const error = await rejection(client.connection.sendRequest('copydesk/noSuchThing', {}));
    assert.equal(error.code, ErrorCodes.MethodNotFound);
    client.connection.sendNotification('copydesk/noSuchNotification', {});
    await stillServing();
  });

  it('turns an exception in a handler into an InternalError, logs it, and keeps serving', async () => {
    client.open('untitled:x', seedText);
    // No position at all: the handler throws inside the guard.
    const error = await rejection(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'untitled:x' } }));
    assert.equal(error.code, ErrorCodes.InternalError);
    await client.until('the error logged', () => client.logs.some((line) => line.includes('textDocument/hover failed')));
    await stillServing();
  });

  it('ignores changes to a document that was never opened, and closing it', async () => {
    client.replace('file:///never/opened.txt', 2, 'text');
    client.edit('file:///never/opened.txt', 3, { start: { line: 5, character: 0 }, end: { line: 9, character: 0 } }, 'x');
    client.close('file:///never/opened.txt');
    await stillServing();
    assert.ok(client.logs.some((line) => line.includes('not open')));
    assert.deepEqual(await client.pull('file:///never/opened.txt'), []);
  });

  it('survives edits with ranges past the end of the document', async () => {
    const uri = 'untitled:ranges';
    client.open(uri, 'He said “no”.');
    client.edit(uri, 2, { start: { line: 40, character: 3 }, end: { line: 99, character: 0 } }, ' She said ” yes.”');
    const diagnostics = await client.pull(uri);
    assert.ok(diagnostics.some((d) => d.code === 'quote.misoriented'));
    await stillServing();
  });

  it('answers an empty document', async () => {
    client.open('untitled:empty', '');
    assert.deepEqual(await client.pull('untitled:empty'), []);
    assert.equal(await client.hover('untitled:empty', { line: 0, character: 0 }), null);
    assert.deepEqual(await client.codeActions('untitled:empty', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [] }), []);
  });

  it('answers a 200,000-character line: diagnostics, hover at its end, and fix-all', async () => {
    const uri = 'untitled:long-line';
    const unit = 'He vowed to fight until ” the goals are achieved.” ';
    const line = unit.repeat(Math.ceil(200000 / unit.length)).slice(0, 200000);
    assert.equal(line.length, 200000);
    client.open(uri, line);
    const diagnostics = await client.pull(uri);
    assert.ok(diagnostics.length > 100, `${diagnostics.length} diagnostics`);
    assert.equal(await client.hover(uri, { line: 0, character: 199999 }), null);
    const last = diagnostics[diagnostics.length - 1];
    assert.ok(await client.hover(uri, last.range.start));
    const [fixAll] = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 200000 } }, { diagnostics: [], only: ['source.fixAll'] });
    const fixed = applyTextEdits(line, editsFor(fixAll.edit, uri).edits);
    const count = (text: string, part: string) => text.split(part).length - 1;
    // The core lists at most 500 findings of a rule, so fix-all fixes those 500.
    assert.equal(count(fixed, 'until “the'), 500);
    assert.equal(count(fixed, 'until ” the'), count(line, 'until ” the') - 500);
  });

  it('answers a 5 MB document of random bytes', async () => {
    const uri = 'untitled:random';
    client.open(uri, crypto.randomBytes(5 * 1024 * 1024).toString('latin1'));
    const diagnostics = await client.pull(uri);
    assert.ok(Array.isArray(diagnostics));
    await stillServing();
  }).timeout(60000);
});
