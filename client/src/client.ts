// How the language client is built: which server, which documents, which files it watches.
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CONFIG_FILE_NAME, LANGUAGE_IDS } from '../../server/src/protocol';

/** The id doubles as the settings prefix: vscode-languageclient reads `copydesk.trace.server` by it. */
export const CLIENT_ID = 'copydesk';
export const CLIENT_NAME = 'Copydesk';

/**
 * Saved files and untitled buffers (a pasted wire story is untitled until saved), in every workspace
 * folder: one client serves a multi-root workspace, and the server asks for settings per document.
 * `.copydesk.json` is included so that its problems (bad JSON, unknown rule ids) show in the editor.
 */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  ...LANGUAGE_IDS.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  { scheme: 'file', pattern: `**/${CONFIG_FILE_NAME}` },
];

/** Where the bundled server lives inside the extension (esbuild.mjs writes it). */
export function serverModulePath(extensionUri: vscode.Uri): string {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'server.js').fsPath;
}

/**
 * `configWatcher` belongs to the caller, who disposes it with the client: a restart builds a new client and
 * a new watcher rather than reusing one the old client may already have disposed.
 */
export function createClient(
  serverModule: string,
  output: vscode.LogOutputChannel,
  configWatcher: vscode.FileSystemWatcher,
): LanguageClient {
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    // F5 from a checkout: attach a debugger to port 6009 (`--nolazy` keeps breakpoints exact).
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    traceOutputChannel: output,
    synchronize: {
      // The server caches `.copydesk.json` per folder; it must hear about edits made outside the editor too.
      // The server registers the same watcher dynamically too; file events are batched into one notification,
      // so the overlap costs nothing but a duplicate entry, and the watch does not depend on that registration.
      fileEvents: configWatcher,
      // No configurationSection: the server pulls `copydesk` settings per resource (workspace/configuration)
      // and registers for didChangeConfiguration itself, so it hears of changes without settings pushed.
    },
    // Hovers are plain Markdown; their links to docs/rules/ pages (file: URIs) need no trusted commands.
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
