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
    [Commands.setPublicationDate]: () => setPublicationDate(),
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

/**
 * Copydesk: Set Publication Date. Relative dates ("yesterday", "Tuesday", "Oct. 16") resolve against it.
 * Markdown and .news documents carry it in their front matter (`date: YYYY-MM-DD`), which travels with the
 * file; other documents use the setting `copydesk.publicationDate` of their workspace folder.
 */
async function setPublicationDate(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const inFile = !!document && (document.languageId === 'markdown' || document.languageId === 'news');
  const current = document ? frontMatterDate(document.getText()) : null;
  const today = new Date();
  const fallback = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const value = await vscode.window.showInputBox({
    title: 'Copydesk: Set Publication Date',
    prompt: inFile ? 'The date this article is published (written to its front matter as date:)' : 'The date this article is published (the setting copydesk.publicationDate)',
    value: current?.value ?? vscode.workspace.getConfiguration('copydesk', document?.uri).get<string>('publicationDate') ?? fallback,
    placeHolder: 'YYYY-MM-DD',
    validateInput: (text) => (isIsoDay(text.trim()) ? null : 'A date as YYYY-MM-DD, e.g. 2024-09-26'),
  });
  if (value === undefined) return;
  const date = value.trim();
  if (inFile && document) {
    const edit = new vscode.WorkspaceEdit();
    const text = document.getText();
    if (current) {
      edit.replace(document.uri, new vscode.Range(document.positionAt(current.start), document.positionAt(current.end)), date);
    } else if (current === null && /^---\r?\n/.test(text) && frontMatterEnd(text) > 0) {
      // Front matter without a date: add the key on its first line.
      const eol = text.startsWith('---\r\n') ? '\r\n' : '\n';
      edit.insert(document.uri, document.positionAt(3 + eol.length), `date: ${date}${eol}`);
    } else {
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      edit.insert(document.uri, new vscode.Position(0, 0), `---${eol}date: ${date}${eol}---${eol}${eol}`);
    }
    await vscode.workspace.applyEdit(edit);
    return;
  }
  const folder = document ? vscode.workspace.getWorkspaceFolder(document.uri) : undefined;
  const target = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.workspace.workspaceFolders?.length
    ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('copydesk', document?.uri).update('publicationDate', date, target);
  void vscode.window.setStatusBarMessage(`Copydesk: publication date ${date}`, 3000);
}

function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return day.getUTCFullYear() === +m[1] && day.getUTCMonth() === +m[2] - 1 && day.getUTCDate() === +m[3];
}

/** Where the front matter closes (the offset after its closing ---), or -1. */
function frontMatterEnd(text: string): number {
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  return close ? 3 + close.index + close[0].length : -1;
}

/** The value span of `date:` in the front matter, or null (no front matter, or no date key in it). */
function frontMatterDate(text: string): { value: string; start: number; end: number } | null {
  if (!/^---\r?\n/.test(text)) return null;
  const end = frontMatterEnd(text);
  if (end < 0) return null;
  const m = /^date[ \t]*:[ \t]*(['"]?)([^'"\r\n]*)\1[ \t]*$/m.exec(text.slice(0, end));
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[2], m[0].indexOf(':'));
  return { value: m[2].trim(), start, end: start + m[2].length };
}
