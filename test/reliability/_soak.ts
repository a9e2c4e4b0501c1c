import * as fs from 'fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEED, TestClient } from '../lsp/client';
const seedText = fs.readFileSync(SEED, 'utf8');
(async () => {
  const { client } = await TestClient.start();
  const uri = 'untitled:soak';
  let document = TextDocument.create(uri, 'plaintext', 1, seedText);
  client.open(uri, seedText);
  let version = 1; let state = 7;
  const rnd = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  for (let i = 1; i <= 40000; i++) {
    const text = document.getText(); const at = Math.floor(rnd() * text.length); const typing = i % 2 === 1;
    const range = typing ? { start: document.positionAt(at), end: document.positionAt(at) } : { start: document.positionAt(Math.max(0, at - 1)), end: document.positionAt(at) };
    const insert = typing ? ['a', '”', ' ', 'said', '\n'][i % 5] : '';
    version++; document = TextDocument.update(document, [{ range, text: insert }], version); client.edit(uri, version, range, insert);
    if (i % 50 === 0) await client.pull(uri);
    if (i % 4000 === 0) { const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${client.process.pid}/status`, 'utf8'))?.[1]); console.log(i, Math.round(kb / 1024), 'MB', document.getText().length); }
  }
  await client.stop();
})();
