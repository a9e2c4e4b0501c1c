// The Copydesk language server: LSP wiring only. Each handler is a few lines over the core
// (server/src/core) and the helpers in server/src/lsp. Started over IPC by the VS Code client
// (dist/server.js --node-ipc) or over stdio by `copydesk lsp --stdio`.

import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type DiagnosticServerCancellationData,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import type { AnalysisOptions } from './core/analyse';
import { formatFromLanguageId } from './core/text';
import { toAnalysisOptions } from './configFile';
import { parseConfig } from './core/config';
import { AnalysisCache, type CachedAnalysis } from './lsp/analysisCache';
import { codeActions, fixAllEdits, workspaceEdit } from './lsp/codeActions';
import { ConfigFiles, isConfigUri, type LoadedConfig } from './lsp/configFiles';
import { ConfigReporter, configDiagnostics } from './lsp/configDiagnostics';
import { defaultDocsRoot, toDiagnostic } from './lsp/convert';
import { describeError, guardNotification, guardRequest } from './lsp/guard';
import { hoverAt } from './lsp/hover';
import { inlayHints } from './lsp/inlayHints';
import { factSheetOf } from './lsp/factSheet';
import { definitionAt, highlightsAt, referencesAt } from './lsp/navigation';
import { documentSymbols } from './lsp/symbols';
import { createServerConnection } from './lsp/transport';
import { settingsOverrides } from './lsp/options';
import { SettingsStore, type ConfigurationSource } from './lsp/settings';
import { CONFIG_FILE_NAME, FIX_ALL_KIND, FactSheetRequest, ServerCommands, type ApplyFixAllArgs, type ClientSettings, type FactSheetParams } from './protocol';

/** How long a workspace/configuration request may take before the defaults apply. */
const CONFIGURATION_TIMEOUT_MS = 1500;

export interface ServerHooks {
  /** Called once, a while after the first analysis (dist/server.js then writes its code cache). */
  afterFirstAnalysis?: () => void;
}

/** How long after the first analysis afterFirstAnalysis runs: out of the way of the requests that follow it. */
const AFTER_FIRST_ANALYSIS_MS = 1000;

export function startServer(hooks: ServerHooks = {}): void {
  const connection = createServerConnection();
  const log = connection.console;
  // The last line of defence: a stray rejection is logged, never the end of the server.
  process.on('unhandledRejection', (reason) => log.error(`unhandled rejection: ${describeError(reason)}`));
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();
  const docsRoot = defaultDocsRoot();
  let afterFirstAnalysis = hooks.afterFirstAnalysis;
  const client = { inlayRefresh: false, pull: false, refresh: false, configuration: false, documentChanges: false, watchDynamic: false, configDynamic: false };
  const makeSettings = (source: ConfigurationSource | null) =>
    new SettingsStore({ source, timeoutMs: CONFIGURATION_TIMEOUT_MS, onLateAnswer: () => refreshAll(), log: (message) => log.warn(message) });
  let settings = makeSettings(null);
  const configReporter = new ConfigReporter({
    publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }).catch(() => undefined),
    // A notification, not window/showMessageRequest: nothing to answer, and nothing to wait for.
    showMessage: (error, message) =>
      void connection.sendNotification(ShowMessageNotification.type, { type: error ? MessageType.Error : MessageType.Warning, message }).catch(() => undefined),
    pullsLive: (uri) => client.pull && documents.get(uri) !== undefined,
  });
  const configs = new ConfigFiles({
    onLoaded: (configPath, loaded, text) => configReporter.loaded(configPath, loaded.problems, text),
    onGone: (configPath) => configReporter.gone(configPath),
  });

  /**
   * The options of a document: its format, `.copydesk.json`, then the user's settings over it. Every
   * request asks; while the settings and the loaded file are the same objects the last options are
   * reused, so a hover does not rebuild them (nor AnalysisCache re-serialise them).
   */
  const lastOptions = new Map<string, { settings: ClientSettings; loaded: LoadedConfig | null; languageId: string; options: AnalysisOptions }>();
  async function optionsOf(document: TextDocument): Promise<AnalysisOptions | null> {
    const clientSettings = await settings.get(document.uri);
    if (!clientSettings.enable) return null;
    const loaded = configs.forUri(document.uri);
    const last = lastOptions.get(document.uri);
    if (last && last.settings === clientSettings && last.loaded === loaded && last.languageId === document.languageId) return last.options;
    const options = {
      ...toAnalysisOptions(loaded?.config ?? { rules: {} }, settingsOverrides(clientSettings)),
      format: formatFromLanguageId(document.languageId),
    };
    lastOptions.set(document.uri, { settings: clientSettings, loaded, languageId: document.languageId, options });
    return options;
  }

  /** The cached analysis of the document's current version (computed on the first ask). */
  async function analysisOf(uri: string, token?: CancellationToken): Promise<CachedAnalysis | null> {
    const before = documents.get(uri);
    // A `.copydesk.json` open in the editor is configuration, not an article.
    if (!before || isConfigUri(uri)) return null;
    const options = await optionsOf(before);
    // Not asked for any more (VS Code cancels a pull on every keystroke): skip the analysis.
    if (token?.isCancellationRequested) return null;
    // The document may have changed while the settings were on their way: analyse what is there now.
    const document = documents.get(uri);
    if (!document || !options) return null;
    const entry = cache.get(document, options);
    if (afterFirstAnalysis) {
      setTimeout(afterFirstAnalysis, AFTER_FIRST_ANALYSIS_MS).unref();
      afterFirstAnalysis = undefined;
    }
    return entry;
  }

  async function diagnosticsOf(uri: string, token?: CancellationToken): Promise<Diagnostic[]> {
    if (isConfigUri(uri)) {
      const text = documents.get(uri)?.getText();
      return text === undefined ? [] : configDiagnostics(parseConfig(text).problems, text);
    }
    const entry = await analysisOf(uri, token);
    if (!entry) return [];
    return entry.analysis.findings.map((finding, index) => toDiagnostic(finding, index, entry.version, entry.lines, uri, docsRoot));
  }

  // Push, for clients without pull diagnostics: one analysis per burst of changes, of the last version.
  const pushQueue = new Set<string>();
  function schedulePush(uri: string): void {
    if (client.pull) return;
    if (pushQueue.size === 0) setImmediate(flushPushes);
    pushQueue.add(uri);
  }
  function flushPushes(): void {
    const uris = [...pushQueue];
    pushQueue.clear();
    for (const uri of uris) {
      void diagnosticsOf(uri)
        .then((diagnostics) => {
          const document = documents.get(uri);
          if (document) return connection.sendDiagnostics({ uri, version: document.version, diagnostics });
        })
        .catch((error: unknown) => log.error(`diagnostics of ${uri} failed: ${String(error)}`));
    }
  }

  function refreshAll(): void {
    // Inlay hints follow their settings without a restart: the client asks again for the visible ones.
    if (client.inlayRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (client.pull) {
      if (client.refresh) void connection.languages.diagnostics.refresh().catch(() => undefined);
    } else {
      for (const document of documents.all()) schedulePush(document.uri);
    }
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    client.pull = !!caps.textDocument?.diagnostic;
    client.refresh = !!caps.workspace?.diagnostics?.refreshSupport;
    client.inlayRefresh = !!caps.workspace?.inlayHint?.refreshSupport;
    client.configuration = !!caps.workspace?.configuration;
    client.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    client.watchDynamic = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    client.configDynamic = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    settings = makeSettings(client.configuration ? connection.workspace : null);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Copydesk sources' },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        inlayHintProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: [ServerCommands.applyFixAll] },
        ...(client.pull ? { diagnosticProvider: { identifier: 'copydesk', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'copydesk', version },
    };
  });

  connection.onInitialized(
    guardNotification(log, 'initialized', async () => {
      if (client.configDynamic) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' });
      if (client.watchDynamic) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
      }
    }),
  );

  connection.onDidChangeConfiguration(
    guardNotification(log, 'workspace/didChangeConfiguration', (params) => {
      settings.clear(params.settings);
      refreshAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardNotification(log, 'workspace/didChangeWatchedFiles', () => {
      configs.recheck();
      refreshAll();
    }),
  );

  connection.languages.diagnostics.on(
    guardRequest<DocumentDiagnosticParams, DocumentDiagnosticReport, DiagnosticServerCancellationData>(log, 'textDocument/diagnostic', async (params, token) => {
      return { kind: 'full', items: await diagnosticsOf(params.textDocument.uri, token) };
    }),
  );

  connection.onHover(
    guardRequest(log, 'textDocument/hover', async (params, token) => {
      const entry = await analysisOf(params.textDocument.uri, token);
      return entry ? hoverAt(entry, params.position, docsRoot) : null;
    }),
  );

  // The article's sources: who is quoted where, and every mention of each person (core/sources.ts).
  connection.onDocumentSymbol(
    guardRequest(log, 'textDocument/documentSymbol', async (params, token) => {
      const entry = await analysisOf(params.textDocument.uri, token);
      return entry ? documentSymbols(entry) : [];
    }),
  );

  connection.onDefinition(
    guardRequest(log, 'textDocument/definition', async (params, token) => {
      const entry = await analysisOf(params.textDocument.uri, token);
      return entry ? definitionAt(entry, params.position) : null;
    }),
  );

  connection.onReferences(
    guardRequest(log, 'textDocument/references', async (params, token) => {
      const entry = await analysisOf(params.textDocument.uri, token);
      return entry ? referencesAt(entry, params.position, params.context.includeDeclaration) : [];
    }),
  );

  connection.onDocumentHighlight(
    guardRequest(log, 'textDocument/documentHighlight', async (params, token) => {
      const entry = await analysisOf(params.textDocument.uri, token);
      return entry ? highlightsAt(entry, params.position) : [];
    }),
  );

  connection.languages.inlayHint.on(
    guardRequest(log, 'textDocument/inlayHint', async (params, token) => {
      const uri = params.textDocument.uri;
      const hints = (await settings.get(uri)).inlayHints;
      if (!hints.sums && !hints.relativeDates) return [];
      const entry = await analysisOf(uri, token);
      return entry ? inlayHints(entry, hints, params.range) : [];
    }),
  );

  // The fact sheet (protocol.ts): sources, figures, timeline and findings of the current version.
  connection.onRequest(
    FactSheetRequest.method,
    guardRequest(log, FactSheetRequest.method, async (params: FactSheetParams, token) => {
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string') return null;
      const entry = await analysisOf(uri, token);
      return entry ? factSheetOf(entry) : null;
    }),
  );

  connection.onCodeAction(
    guardRequest(log, 'textDocument/codeAction', async (params, token) => {
      const entry = await analysisOf(params.textDocument.uri, token);
      return entry ? codeActions(entry, params.context, { documentChanges: client.documentChanges }) : [];
    }),
  );

  connection.onExecuteCommand(
    guardRequest(log, 'workspace/executeCommand', async (params) => {
      if (params.command !== ServerCommands.applyFixAll) return null;
      const args = (params.arguments?.[0] ?? {}) as Partial<ApplyFixAllArgs>;
      if (typeof args.uri !== 'string') return false;
      const entry = await analysisOf(args.uri);
      if (!entry || (typeof args.version === 'number' && args.version !== entry.version)) return false;
      const edits = fixAllEdits(entry);
      if (edits.length === 0) return false;
      const edit = workspaceEdit(entry, edits, { documentChanges: client.documentChanges });
      const result = await connection.workspace.applyEdit({ label: 'Copydesk: fix all', edit });
      return result.applied;
    }),
  );

  documents.onDidChangeContent((event) => schedulePush(event.document.uri));
  documents.onDidOpen((event) => {
    if (isConfigUri(event.document.uri)) configReporter.opened(event.document.uri);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    cache.delete(uri);
    lastOptions.delete(uri);
    settings.forget(uri);
    if (isConfigUri(uri)) configReporter.closed(uri);
    else if (!client.pull) void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  });
  documents.listen(guardedDocumentConnection(connection, documents));
  connection.listen();
}

/**
 * TextDocuments' own listeners, each behind a guard; a change to a document that was never opened is
 * logged (TextDocuments would drop it silently) and ignored.
 */
type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

function guardedDocumentConnection(connection: Connection, documents: TextDocuments<TextDocument>): TextDocumentConnection {
  const log = connection.console;
  return {
    onDidOpenTextDocument: (handler) => connection.onDidOpenTextDocument(guardNotification(log, 'textDocument/didOpen', handler)),
    onDidChangeTextDocument: (handler) =>
      connection.onDidChangeTextDocument(
        guardNotification(log, 'textDocument/didChange', (params) => {
          if (!documents.get(params.textDocument.uri)) {
            log.warn(`textDocument/didChange for ${params.textDocument.uri}, which is not open: ignored`);
            return;
          }
          return handler(params);
        }),
      ),
    onDidCloseTextDocument: (handler) => connection.onDidCloseTextDocument(guardNotification(log, 'textDocument/didClose', handler)),
    onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument(guardNotification(log, 'textDocument/willSave', handler)),
    onWillSaveTextDocumentWaitUntil: (handler) => connection.onWillSaveTextDocumentWaitUntil(handler),
    onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument(guardNotification(log, 'textDocument/didSave', handler)),
  };
}

