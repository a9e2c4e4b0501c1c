// The command table: every command the extension contributes, by its id in protocol.ts.
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { Commands, LANGUAGE_IDS, ServerCommands, type ApplyFixAllArgs } from '../../server/src/protocol';
import { describe, type Copydesk } from './context';

type CommandId = (typeof Commands)[keyof typeof Commands];

export function registerCommands(ctx: Copydesk): vscode.Disposable[] {
  const table: Record<CommandId, () => Promise<unknown> | unknown> = {
    [Commands.restartServer]: () => ctx.restart(),
    [Commands.showOutput]: () => ctx.showOutput(),
    [Commands.fixAll]: () => fixAll(ctx),
  };
  return Object.entries(table).map(([id, run]) => vscode.commands.registerCommand(id, run));
}

/**
 * Applies every safe fix in the active document. The server does the work (`copydesk.applyFixAll`: the same
 * edits as the `source.fixAll.copydesk` code action, overlaps skipped) and checks the version we send, so a
 * document edited meanwhile is left alone rather than patched at stale offsets.
 */
async function fixAll(ctx: Copydesk): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const document = editor?.document;
  if (!document || !(LANGUAGE_IDS as readonly string[]).includes(document.languageId)) {
    void vscode.window.showInformationMessage('Copydesk: open a Markdown, plain text or news document to fix.');
    return;
  }
  const client = ctx.client;
  if (!client) {
    void vscode.window.showWarningMessage('Copydesk: the server is not running.', 'Show Output')
      .then((choice) => choice && ctx.showOutput());
    return;
  }
  const args: ApplyFixAllArgs = {
    uri: client.code2ProtocolConverter.asUri(document.uri),
    version: document.version,
  };
  try {
    const applied = await client.sendRequest(ExecuteCommandRequest.type, {
      command: ServerCommands.applyFixAll,
      arguments: [args],
    });
    if (applied !== true) void vscode.window.setStatusBarMessage('Copydesk: nothing to fix.', 3000);
  } catch (error) {
    ctx.output.error(`Fix all failed: ${describe(error)}`);
    void vscode.window.showErrorMessage(`Copydesk: fix all failed: ${describe(error)}`);
  }
}
