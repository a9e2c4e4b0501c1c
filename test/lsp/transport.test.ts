import { strict as assert } from 'assert';
import { PassThrough, Writable } from 'stream';
import { StdioMessageWriter } from '../../server/src/lsp/transport';

describe('StdioMessageWriter: one write per message over stdio', () => {
  it('frames each message with its length in bytes (UTF-8), header and body in one write, in call order', async () => {
    const chunks: string[] = [];
    const output = new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk.toString('utf8')), done()) });
    const writer = new StdioMessageWriter(output);
    const first = { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: '“quoted” — 😀' } };
    const second = { jsonrpc: '2.0', id: 7, result: null };
    await Promise.all([writer.write(first), writer.write(second)]);
    assert.equal(chunks.length, 2);
    for (const [chunk, message] of [[chunks[0], first], [chunks[1], second]] as const) {
      const body = JSON.stringify(message);
      assert.equal(chunk, `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
    }
  });

  it('reports a failed write to the connection and rejects', async () => {
    const output = new Writable({ write: (_chunk, _encoding, done) => done(new Error('EPIPE')) });
    output.on('error', () => undefined);
    const writer = new StdioMessageWriter(output);
    const errors: unknown[] = [];
    writer.onError((error) => errors.push(error));
    const response = { jsonrpc: '2.0', id: 1, result: null };
    await assert.rejects(writer.write(response), /EPIPE/);
    assert.ok(errors.length >= 1);
  });

  it('says when its stream closes', async () => {
    const output = new PassThrough();
    const writer = new StdioMessageWriter(output);
    const closed = new Promise<void>((resolve) => writer.onClose(() => resolve()));
    output.destroy();
    await closed;
  });
});
