// A small LSP test client: spawns the built server (`copydesk lsp --stdio`, or dist/server.js --stdio
// until the CLI exists), speaks JSON-RPC to it, records what it pushes, and polls instead of sleeping.

import { fork, spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type DocumentHighlight,
  type DocumentSymbol,
  type Location,
  type DocumentDiagnosticReport,
  type Hover,
  type InitializeResult,
  type MessageConnection,
  type Position,
  type PublishDiagnosticsParams,
  type Range,
  type ShowMessageParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';

export const ROOT = path.resolve(__dirname, '..', '..');

/** The server command: the CLI's `lsp --stdio` when it is built, else the bare server bundle. */
export function serverCommand(): string[] {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  if (fs.existsSync(cli)) return [cli, 'lsp', '--stdio'];
  const server = path.join(ROOT, 'dist', 'server.js');
  if (fs.existsSync(server)) return [server, '--stdio'];
  throw new Error('Neither dist/cli.js nor dist/server.js exists: run `npm run build` first.');
}

export const PULL_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
  },
  workspace: {
    configuration: true,
    diagnostics: { refreshSupport: true },
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
    applyEdit: true,
  },
};

/** Like Neovim 0.7: push diagnostics only, settings pushed with didChangeConfiguration. */
export const PUSH_CAPABILITIES: ClientCapabilities = {
  textDocument: { synchronization: {}, hover: { contentFormat: ['markdown'] }, publishDiagnostics: { relatedInformation: true } },
  workspace: { applyEdit: true, workspaceEdit: { documentChanges: true } },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** Answers workspace/configuration per item; `never` leaves every request unanswered. */
  configuration?: ((item: { scopeUri?: string; section?: string }) => unknown) | 'never';
  /** Answers workspace/applyEdit (default: applied). */
  applyEdit?: (edit: WorkspaceEdit) => boolean;
  /**
   * `cli` (default): `copydesk lsp --stdio`, or dist/server.js --stdio while the CLI is not built.
   * `server-ipc`: dist/server.js --node-ipc, forked, exactly as the VS Code client starts it.
   */
  transport?: 'cli' | 'server-ipc';
}

export class TestClient {
  readonly pushed = new Map<string, PublishDiagnosticsParams[]>();
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: string[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  refreshes = 0;
  configurationRequests = 0;
  stderr = '';
  private exited: number | null = null;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    private readonly options: StartOptions,
  ) {}

  static async start(options: StartOptions = {}): Promise<{ client: TestClient; initialize: InitializeResult }> {
    let child: ChildProcess;
    let connection: MessageConnection;
    if (options.transport === 'server-ipc') {
      child = fork(path.join(ROOT, 'dist', 'server.js'), ['--node-ipc'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      const [script, ...args] = serverCommand();
      const spawned = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'pipe' });
      child = spawned;
      connection = createMessageConnection(new StreamMessageReader(spawned.stdout), new StreamMessageWriter(spawned.stdin));
    }
    const client = new TestClient(child, connection, options);
    client.wire();
    connection.listen();
    const initialize = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities ?? PULL_CAPABILITIES,
      workspaceFolders: null,
    });
    connection.sendNotification('initialized', {});
    return { client, initialize };
  }

  private wire(): void {
    const connection = this.connection;
    this.process.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.process.on('exit', (code) => (this.exited = code ?? -1));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const list = this.pushed.get(params.uri) ?? [];
      list.push(params);
      this.pushed.set(params.uri, list);
    });
    connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      this.messages.push(params);
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string }[] }) => {
      this.registrations.push(...params.registrations.map((r) => r.method));
      return null;
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      return null;
    });
    connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) => {
      this.configurationRequests++;
      const answer = this.options.configuration;
      if (answer === 'never') return new Promise(() => undefined);
      return params.items.map((item) => (answer ? answer(item) : null));
    });
    connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(params.edit);
      return { applied: this.options.applyEdit ? this.options.applyEdit(params.edit) : true };
    });
  }

  get alive(): boolean {
    return this.exited === null;
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): void {
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text (a full-content change event, which incremental sync accepts too). */
  replace(uri: string, version: number, text: string): void {
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  edit(uri: string, version: number, range: Range, text: string): void {
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  close(uri: string): void {
    this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
    return report.items;
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | null> {
    return this.connection.sendRequest<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
  }

  definition(uri: string, position: Position): Promise<Location | Location[] | null> {
    return this.connection.sendRequest<Location | Location[] | null>('textDocument/definition', { textDocument: { uri }, position });
  }

  references(uri: string, position: Position, includeDeclaration = true): Promise<Location[] | null> {
    return this.connection.sendRequest<Location[] | null>('textDocument/references', {
      textDocument: { uri },
      position,
      context: { includeDeclaration },
    });
  }

  highlights(uri: string, position: Position): Promise<DocumentHighlight[] | null> {
    return this.connection.sendRequest<DocumentHighlight[] | null>('textDocument/documentHighlight', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, context: CodeActionContext): Promise<CodeAction[]> {
    return this.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context });
  }

  /** Polls `probe` until it returns something truthy; fails after `timeoutMs` with `what`. */
  async until<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 10000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (!this.alive) throw new Error(`server exited while waiting for ${what}:\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  lastPushed(uri: string): PublishDiagnosticsParams | undefined {
    const list = this.pushed.get(uri);
    return list?.[list.length - 1];
  }

  async stop(): Promise<void> {
    if (this.alive) {
      try {
        await withTimeout(this.connection.sendRequest('shutdown'), 3000);
        this.connection.sendNotification('exit');
      } catch {
        // Already gone or wedged: the kill below ends it either way.
      }
      await this.untilExit(3000);
    }
    this.connection.dispose();
    if (this.alive) this.process.kill();
  }

  private async untilExit(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.alive && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/** Applies LSP text edits (non-overlapping, as a WorkspaceEdit carries them) to a text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: Position) => Math.min(text.length, (starts[p.line] ?? text.length) + p.character);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}

/** The edits of a WorkspaceEdit for one document, and the version they were made for. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): { version: number | null; edits: TextEdit[] } {
  for (const change of edit?.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) {
      return { version: change.textDocument.version, edits: change.edits.filter((e): e is TextEdit => !('annotationId' in e)) };
    }
  }
  return { version: null, edits: edit?.changes?.[uri] ?? [] };
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

export const SEED = path.join(ROOT, 'seeds', '000_3c9c0e3ffba93949.txt');
