import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { MarkupContent } from 'vscode-languageserver/node';
import { SEED, TestClient, fileUri } from './client';

const seedText = fs.readFileSync(SEED, 'utf8');
const seedUri = fileUri(SEED);

describe('lsp: hover', () => {
  let client: TestClient;
  beforeEach(async () => {
    ({ client } = await TestClient.start());
  });
  afterEach(() => client.stop());

  it('explains the finding under the cursor: rule, doc link, message, why, and the fix', async () => {
    client.open(seedUri, seedText);
    const [diagnostic] = (await client.pull(seedUri)).filter((d) => d.code === 'quote.misoriented');
    const hover = await client.hover(seedUri, diagnostic.range.start);
    assert.ok(hover, 'a hover');
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /^\*\*\[quote\.misoriented\]\(file:\/\/[^)]*\/docs\/rules\/quote\.misoriented\.md\)\*\* · \S/);
    assert.ok(contents.value.includes('opens a quotation here'), contents.value);
    assert.match(contents.value, /sits where a quotation opens/, 'the explanation');
    assert.match(contents.value, /Fix: Change to “ and drop the space after it/);
    assert.deepEqual(hover.range, diagnostic.range);
  });

  it('returns null beside a finding, past the end of a line and past the end of the document', async () => {
    client.open(seedUri, seedText);
    await client.pull(seedUri);
    const lines = seedText.split('\n');
    // "Qatar has successfully facilitated…": no finding, no name, no quotation.
    assert.equal(await client.hover(seedUri, { line: 1, character: 12 }), null);
    assert.equal(await client.hover(seedUri, { line: 0, character: lines[0].length + 50 }), null);
    assert.equal(await client.hover(seedUri, { line: lines.length + 100, character: 3 }), null);
    assert.equal(await client.hover(seedUri, { line: 2 ** 31 - 1, character: 2 ** 31 - 1 }), null);
  });

  it('returns null for a document that is not open', async () => {
    assert.equal(await client.hover('file:///not/open.txt', { line: 0, character: 0 }), null);
  });

  it('survives a document with a lone surrogate, and hovers on it without error', async () => {
    const uri = 'untitled:surrogate';
    client.open(uri, 'a\uD800b and ” here is a quote.” Then \uDC00 more.');
    const diagnostics = await client.pull(uri);
    assert.ok(diagnostics.some((d) => d.code === 'quote.misoriented'), JSON.stringify(diagnostics));
    for (let character = 0; character < 4; character++) {
      assert.equal(await client.hover(uri, { line: 0, character }), null);
    }
    const misoriented = diagnostics.find((d) => d.code === 'quote.misoriented')!;
    assert.ok(await client.hover(uri, misoriented.range.start));
  });
});
