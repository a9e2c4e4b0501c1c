import { strict as assert } from 'assert';
import { spawn } from 'child_process';
import { CLI, ROOT, run } from './helpers';

function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

describe('copydesk lsp', () => {
  it('--stdio runs exactly one language server: initialize is answered once, exit ends it', async () => {
    const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { cwd: ROOT });
    let output = '';
    let sentShutdown = false;
    let sentExit = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      // A second server on the same stdin would answer initialize as well before it reads exit.
      if (output.includes('"id":1') && !output.includes('"id":2') && !sentShutdown) {
        sentShutdown = true;
        child.stdin.write(frame({ id: 2, method: 'shutdown' }));
      } else if (output.includes('"id":2') && !sentExit) {
        sentExit = true;
        child.stdin.write(frame({ method: 'exit' }));
      }
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } }));
    await closed;
    assert.equal(output.match(/"id":1,"result"/g)?.length, 1, output.slice(0, 500));
    assert.match(output, /"capabilities"/);
  });

  it('insists on --stdio', () => {
    const result = run(['lsp']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^copydesk: lsp: only --stdio is supported/);
  });
});
