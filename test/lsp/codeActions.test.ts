import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { CodeAction, Diagnostic } from 'vscode-languageserver/node';
import { PULL_CAPABILITIES, SEED, TestClient, applyTextEdits, editsFor, fileUri } from './client';

const uri = 'untitled:actions';
const TEXT = 'He vowed to fight until ” the goals are achieved.”\nShe said ” we will win.”\nHe said “no”.\n';
const FIXED = 'He vowed to fight until “the goals are achieved.”\nShe said “we will win.”\nHe said “no.”\n';
const whole = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };

describe('lsp: code actions', () => {
  let client: TestClient;
  let diagnostics: Diagnostic[];
  beforeEach(async () => {
    ({ client } = await TestClient.start());
    client.open(uri, TEXT, 'plaintext', 3);
    diagnostics = await client.pull(uri);
  });
  afterEach(() => client.stop());

  const titles = (actions: CodeAction[]) => actions.map((a) => `${a.kind}: ${a.title}${a.isPreferred ? ' (preferred)' : ''}`);

  it('offers the fix of a diagnostic, preferred, and fix-all of its rule when it has more than one', async () => {
    const first = diagnostics.find((d) => d.code === 'quote.misoriented')!;
    const actions = await client.codeActions(uri, first.range, { diagnostics: [first] });
    assert.deepEqual(titles(actions), [
      'quickfix: Change to “ and drop the space after it (preferred)',
      'quickfix: Fix all quote.misoriented problems in this document',
      'quickfix: Ignore quote.misoriented in this document',
      'source.fixAll.copydesk: Fix all safe Copydesk problems',
    ]);
    const fix = editsFor(actions[0].edit, uri);
    assert.equal(fix.version, 3);
    assert.equal(applyTextEdits(TEXT, fix.edits), TEXT.replace('until ” the', 'until “the'));
    assert.deepEqual(actions[0].diagnostics, [first]);
    const ofRule = editsFor(actions[1].edit, uri);
    assert.equal(ofRule.version, 3);
    assert.equal(applyTextEdits(TEXT, ofRule.edits), TEXT.replace('until ” the', 'until “the').replace('said ” we', 'said “we'));
  });

  it('offers no fix-all of a rule with a single fixable finding', async () => {
    const punctuation = diagnostics.find((d) => d.code === 'quote.punctuation')!;
    const actions = await client.codeActions(uri, punctuation.range, { diagnostics: [punctuation], only: ['quickfix'] });
    assert.deepEqual(titles(actions), ['quickfix: Move the period inside: .” (preferred)', 'quickfix: Ignore quote.punctuation in this document']);
  });

  it('applies every safe fix with source.fixAll.copydesk, asked for as source, source.fixAll or itself', async () => {
    for (const only of [['source'], ['source.fixAll'], ['source.fixAll.copydesk']]) {
      const actions = await client.codeActions(uri, whole, { diagnostics: [], only });
      assert.deepEqual(titles(actions), ['source.fixAll.copydesk: Fix all safe Copydesk problems'], String(only));
      const { version, edits } = editsFor(actions[0].edit, uri);
      assert.equal(version, 3);
      assert.equal(applyTextEdits(TEXT, edits), FIXED);
    }
    assert.deepEqual(await client.codeActions(uri, whole, { diagnostics: [], only: ['refactor'] }), []);
    assert.deepEqual(await client.codeActions(uri, whole, { diagnostics: [], only: ['source.organizeImports'] }), []);
  });

  it('fixes the seed article with source.fixAll', async () => {
    const text = fs.readFileSync(SEED, 'utf8');
    const seedUri = fileUri(SEED);
    client.open(seedUri, text, 'plaintext', 1);
    const [action] = await client.codeActions(seedUri, whole, { diagnostics: [], only: ['source.fixAll.copydesk'] });
    const fixed = applyTextEdits(text, editsFor(action.edit, seedUri).edits);
    assert.ok(fixed.includes('until “the goals of the war are achieved.”\n'), 'the misoriented mark and the period are both fixed');
    client.replace(seedUri, 2, fixed);
    const left = await client.pull(seedUri);
    assert.deepEqual(left.filter((d) => d.code === 'quote.misoriented' || d.code === 'quote.punctuation'), []);
  });

  it('gives stale diagnostics no edits once the document moved on', async () => {
    const stale = diagnostics.find((d) => d.code === 'quote.misoriented')!;
    client.replace(uri, 4, 'X' + TEXT);
    const actions = await client.codeActions(uri, stale.range, { diagnostics: [stale], only: ['quickfix'] });
    assert.deepEqual(actions, []);
    // The fix-all of the new version carries the new version.
    const [fixAll] = await client.codeActions(uri, whole, { diagnostics: [], only: ['source.fixAll'] });
    assert.equal(editsFor(fixAll.edit, uri).version, 4);
    // A diagnostic that is not ours, or whose data is forged, gets nothing either.
    const foreign = { ...stale, source: 'other' };
    const forged = { ...stale, data: { version: 4, index: 99 } };
    assert.deepEqual(await client.codeActions(uri, stale.range, { diagnostics: [foreign, forged], only: ['quickfix'] }), []);
  });

  it('matches a diagnostic whose data the client dropped by rule and range in the current version', async () => {
    const punctuation = diagnostics.find((d) => d.code === 'quote.punctuation')!;
    const { data: _dropped, ...withoutData } = punctuation;
    const [fix] = await client.codeActions(uri, punctuation.range, { diagnostics: [withoutData], only: ['quickfix'] });
    assert.equal(fix.title, 'Move the period inside: .”');
    assert.equal(editsFor(fix.edit, uri).version, 3);
    // Another line changed: the finding is still there, and its fix is made for the new version.
    client.replace(uri, 4, 'X' + TEXT);
    const [again] = await client.codeActions(uri, punctuation.range, { diagnostics: [withoutData], only: ['quickfix'] });
    assert.equal(editsFor(again.edit, uri).version, 4);
    // Its own line changed: that range no longer holds the finding, so nothing is offered.
    client.replace(uri, 5, TEXT.replace('He said “no”.', 'He also said “no”.'));
    assert.deepEqual(await client.codeActions(uri, punctuation.range, { diagnostics: [withoutData], only: ['quickfix'] }), []);
  });

  it('applies fix-all through the copydesk.applyFixAll command, and not for another version', async () => {
    const refused = await client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.applyFixAll', arguments: [{ uri, version: 2 }] });
    assert.equal(refused, false);
    assert.equal(client.appliedEdits.length, 0);
    const applied = await client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.applyFixAll', arguments: [{ uri, version: 3 }] });
    assert.equal(applied, true);
    const { version, edits } = editsFor(client.appliedEdits[0], uri);
    assert.equal(version, 3);
    assert.equal(applyTextEdits(TEXT, edits), FIXED);
  });
});

describe('lsp: code actions for a client without versioned edits', () => {
  it('falls back to plain changes', async () => {
    const capabilities = { ...PULL_CAPABILITIES, workspace: { ...PULL_CAPABILITIES.workspace, workspaceEdit: {} } };
    const { client } = await TestClient.start({ capabilities });
    try {
      client.open(uri, TEXT, 'plaintext', 1);
      const [action] = await client.codeActions(uri, whole, { diagnostics: [], only: ['source.fixAll'] });
      assert.equal(action.edit?.documentChanges, undefined);
      assert.equal(applyTextEdits(TEXT, editsFor(action.edit, uri).edits), FIXED);
    } finally {
      await client.stop();
    }
  });
});
