// The server's connection. Over stdio (`copydesk lsp --stdio`, `dist/server.js --stdio`) each message
// goes out in one synchronous write of its header and body. vscode-jsonrpc's own stream writer encodes
// behind a promise, waits a turn of the event loop (setImmediate) for its write lock, then writes the
// header and the body separately: on every keystroke, between the analysis and the diagnostics leaving,
// an event-loop turn, a second write and a second wake-up of the client. Over IPC (VS Code) and sockets
// the connection is vscode-languageserver's own.

import { Console } from 'console';
import {
  AbstractMessageWriter,
  ProposedFeatures,
  createConnection,
  type Connection,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';

export function createServerConnection(): Connection {
  // vscode-languageserver reads the transport from the first of these arguments.
  const transport = process.argv.slice(2).find((arg) => /^--(?:node-ipc|stdio|socket|pipe)(?:=|$)/.test(arg));
  if (transport !== '--stdio') return createConnection(ProposedFeatures.all);
  // stdout carries the protocol: a dependency's console.log must not land in it. (vscode-languageserver
  // redirects the console only for the stdio connections it sets up itself.)
  globalThis.console = new Console(process.stderr, process.stderr);
  // Given stdin as a stream (its typings name a reader, its code takes either), vscode-languageserver
  // still exits when the client closes it.
  return createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, new StdioMessageWriter(process.stdout));
}

/** Writes each message as `Content-Length: n\r\n\r\n{json}` in one write; writes leave in call order. */
export class StdioMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly output: NodeJS.WritableStream) {
    super();
    output.on('error', (error: Error) => this.fireError(error));
    output.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let body: string;
    try {
      body = JSON.stringify(message);
    } catch (error) {
      this.fireError(error);
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.output.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`, 'utf8', (error) => {
        if (!error) return resolve();
        this.fireError(error, message, ++this.errors);
        reject(error);
      });
    });
  }

  end(): void {
    this.output.end();
  }
}
