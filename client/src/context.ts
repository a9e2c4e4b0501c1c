// One object owns everything the extension creates — the language client, the status bar item, the
// output channel and the disposables — so activation, restart and deactivation each touch one place.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { CONFIG_FILE_NAME } from '../../server/src/protocol';
import { CLIENT_NAME, createClient, serverModulePath } from './client';
import { StatusItem } from './status';

export class Copydesk implements vscode.Disposable {
  /** Named "Copydesk" exactly: the editor tests look for the channel by name. */
  readonly output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  private readonly status = new StatusItem();
  private readonly subscriptions: vscode.Disposable[] = [this.output, this.status];
  /** Lives and dies with `client`: both are replaced on restart. */
  private clientSubscriptions: vscode.Disposable[] = [];
  private _client: LanguageClient | undefined;
  /** Start, stop and restart run one after another: a client stopped while still starting would live on. */
  private lifecycle: Promise<void> = Promise.resolve();

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The running client, or undefined when the server is stopped, starting or failed. */
  get client(): LanguageClient | undefined {
    return this._client?.state === State.Running ? this._client : undefined;
  }

  push(...disposables: vscode.Disposable[]): void {
    this.subscriptions.push(...disposables);
  }

  /**
   * Starts the server. Never throws: a failed start is shown in the status bar and the output, and the
   * commands stay registered so that "Restart Server" can try again.
   */
  start(): Promise<void> {
    return this.serialized(() => this.startNow());
  }

  /** Stops the server and forgets the client; safe to call when none is running. */
  stop(): Promise<void> {
    return this.serialized(() => this.stopNow());
  }

  /** A fresh client rather than `client.restart()`: it also recovers from a failed start and picks up a rebuilt bundle. */
  restart(): Promise<void> {
    return this.serialized(async () => {
      this.output.info('Restarting the server.');
      await this.stopNow();
      await this.startNow();
    });
  }

  private serialized(operation: () => Promise<void>): Promise<void> {
    const done = this.lifecycle.then(operation, operation);
    this.lifecycle = done.catch(() => undefined);
    return done;
  }

  private async startNow(): Promise<void> {
    const serverModule = serverModulePath(this.extensionUri);
    if (!fs.existsSync(serverModule)) {
      this.fail(`The server bundle ${serverModule} is missing. Run \`npm run build\` in the extension folder.`);
      return;
    }
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const client = createClient(serverModule, this.output, watcher);
    this._client = client;
    this.clientSubscriptions = [
      watcher,
      client.onDidChangeState(({ newState }) => {
        // stop() forgets the client before stopping it, so a stop we asked for never lands here as a failure.
        if (this._client !== client) return;
        switch (newState) {
          case State.Starting:
            this.status.set('starting');
            break;
          case State.Running:
            this.status.set('ready');
            this.output.info('The server is ready.');
            break;
          case State.StartFailed:
            this.status.set('error', 'The server could not start; see the output.');
            break;
          case State.Stopped:
            // The client restarts a crashed server a few times by itself (Stopped → Starting → Running);
            // this state stays only when it gives up.
            this.status.set('error', 'The server stopped unexpectedly; see the output.');
            break;
        }
      }),
    ];
    this.status.set('starting');
    this.output.info(`Starting the server: ${serverModule}`);
    try {
      await client.start();
    } catch (error) {
      this.fail(`The server failed to start: ${describe(error)}`);
    }
  }

  private async stopNow(): Promise<void> {
    const client = this._client;
    this._client = undefined;
    try {
      // dispose() also unregisters what the client registered (the server's commands), so a new client can
      // register them again. A client that never got running rejects; there is nothing left to stop then.
      if (client) await client.dispose(2000).catch(() => undefined);
    } finally {
      for (const disposable of this.clientSubscriptions) disposable.dispose();
      this.clientSubscriptions = [];
      this.status.set('stopped');
    }
  }

  showOutput(): void {
    this.output.show(true);
  }

  private fail(message: string): void {
    this.output.error(message);
    this.status.set('error', message);
  }

  dispose(): void {
    for (const disposable of this.clientSubscriptions) disposable.dispose();
    for (const disposable of this.subscriptions) disposable.dispose();
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
