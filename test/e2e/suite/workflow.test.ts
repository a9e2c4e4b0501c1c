// The editor workflow beyond one diagnostic: the fact sheet (following the editor, updating as you type,
// revealing a quotation), the "Ignore in this document" quick fix, fix-all on save, and a settings change
// taking effect without a restart. Runs after extension.test.ts, in the same extension host.
// Every wait polls a condition with a deadline; nothing sleeps a fixed time.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FactSheetResult } from '../../../server/src/protocol';

const EXTENSION_ID = 'copydesk.copydesk';
const SEED = '000_3c9c0e3ffba93949.txt';
const SPEAKER = 'Majed Al Ansari';
const WAIT_MS = Number(process.env.COPYDESK_E2E_WAIT_MS) || 30_000;

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let interval = 25;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
    interval = Math.min(interval * 2, 250);
  }
}

function articles(): vscode.Uri {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.find((f) => f.name === 'articles') ?? folders[0];
  assert.ok(folder, 'the suite needs a workspace folder holding a copy of seeds/');
  return folder.uri;
}

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? code.value : code;
}

const ours = (uri: vscode.Uri, rule: string) =>
  vscode.languages.getDiagnostics(uri).find((d) => d.source === 'copydesk' && codeOf(d) === rule);

const listed = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).map((d) => `${String(codeOf(d))}@${d.range.start.line}:${d.range.start.character}`).join(', ') || '(none)';

async function api(): Promise<{ factSheet(): FactSheetResult | null }> {
  const extension = vscode.extensions.getExtension<{ factSheet(): FactSheetResult | null }>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.isActive ? extension.exports : extension.activate();
}

async function openSeed(): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(articles(), SEED));
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor };
}

suite('Copydesk workflow in a real VS Code', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the fact sheet lists Majed Al Ansari with his 3 quotations, follows the editor and reveals a quotation', async () => {
    const copydesk = await api();
    const { document } = await openSeed();
    const uri = document.uri.toString();
    const sheetOf = (predicate: (sheet: FactSheetResult) => boolean) => {
      const sheet = copydesk.factSheet();
      return sheet && sheet.uri === uri && predicate(sheet) ? sheet : undefined;
    };
    const sheet = await waitFor(`the fact sheet of ${SEED} with ${SPEAKER}`, () => sheetOf((s) => s.sources.some((x) => x.name === SPEAKER)));
    const source = sheet.sources.find((x) => x.name === SPEAKER)!;
    assert.equal(source.quotes.length, 3, source.quotes.map((q) => q.excerpt).join(' | '));
    assert.equal(source.title, 'official spokesperson');
    assert.ok(sheet.findings.some((group) => group.rule === 'quote.misoriented'));

    // Clicking a quotation runs the reveal command with its range: the editor selects it.
    const quote = source.quotes[1];
    await vscode.commands.executeCommand('copydesk.factSheet.reveal', uri, quote.location);
    const editor = await waitFor('the quotation selected in the editor', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.toString() === uri && active.selection.start.line === quote.location.start.line ? active : undefined;
    });
    assert.ok(editor.document.getText(editor.selection).startsWith('“I don’t think'), editor.document.getText(editor.selection));

    // Another article in the editor: the sheet follows it; typing a quotation updates it.
    const other = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: 'Mayor Dana Whitfield opened the bridge.\n\n“We waited ten years for this,” Whitfield said.\n',
    });
    await vscode.window.showTextDocument(other);
    const otherUri = other.uri.toString();
    const quotesOf = (name: string) => {
      const current = copydesk.factSheet();
      return current?.uri === otherUri ? current.sources.find((x) => x.name === name)?.quotes.length : undefined;
    };
    await waitFor('the fact sheet to follow the untitled article', () => (quotesOf('Dana Whitfield') === 1 ? true : undefined));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(other.uri, other.positionAt(other.getText().length), '\n“It will carry 20,000 cars a day,” she said.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the fact sheet to count the new quotation', () => (quotesOf('Dana Whitfield') === 2 ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the quick fix “Ignore attribution.loaded-verb in this document” silences the rule and nothing else', async () => {
    const { document } = await openSeed();
    const rule = 'attribution.loaded-verb';
    const diagnostic = await waitFor(`a ${rule} diagnostic`, () => ours(document.uri, rule));
    const title = `Ignore ${rule} in this document`;
    const action = await waitFor(`the code action "${title}"`, async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      return (all ?? []).find((a) => a.title === title);
    });
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    assert.equal(document.lineAt(0).text, `<!-- copydesk-disable ${rule} -->`);
    await waitFor(`${rule} to be gone (now: ${listed(document.uri)})`, () => (ours(document.uri, rule) ? undefined : true));
    assert.ok(ours(document.uri, 'quote.misoriented'), `other rules still report: ${listed(document.uri)}`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(`${rule} back after the revert`, () => ours(document.uri, rule));
  });

  test('fix-all on save: editor.codeActionsOnSave with source.fixAll.copydesk', async () => {
    const editorConfig = vscode.workspace.getConfiguration('editor');
    await editorConfig.update('codeActionsOnSave', { 'source.fixAll.copydesk': 'explicit' }, vscode.ConfigurationTarget.Global);
    const uri = vscode.Uri.joinPath(articles(), 'e2e-fix-on-save.txt');
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('The mayor said the curfew would last until ” the streets are safe again”.\n'));
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      await waitFor('quote.misoriented before the save', () => ours(uri, 'quote.misoriented'));
      // A real edit, so the save is a real one, then the editor's own Save command (save participants run).
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, document.positionAt(document.getText().length), 'The council agreed.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await vscode.commands.executeCommand('workbench.action.files.save');
      const saved = await waitFor('the fixed text on disk', async () => {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        return text.includes('until “the streets') ? text : undefined;
      });
      assert.ok(saved.endsWith('The council agreed.\n'), saved);
      assert.equal(document.isDirty, false);
      await waitFor('quote.misoriented gone after the save', () => (ours(uri, 'quote.misoriented') ? undefined : true));
    } finally {
      await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  test('a rule’s severity changed in settings changes the diagnostics without a restart', async () => {
    const { document } = await openSeed();
    const rule = 'quote.misoriented';
    const config = () => vscode.workspace.getConfiguration('copydesk', document.uri);
    const severity = () => ours(document.uri, rule)?.severity;
    await waitFor(`${rule} as a warning`, () => (severity() === vscode.DiagnosticSeverity.Warning ? true : undefined));
    try {
      await config().update(`rules.${rule}`, 'error', vscode.ConfigurationTarget.Global);
      await waitFor(`${rule} as an error after the settings change (now: ${listed(document.uri)})`, () =>
        severity() === vscode.DiagnosticSeverity.Error ? true : undefined,
      );
      await config().update(`rules.${rule}`, 'off', vscode.ConfigurationTarget.Global);
      await waitFor(`${rule} gone when set to off`, () => (severity() === undefined ? true : undefined));
    } finally {
      await config().update(`rules.${rule}`, undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(`${rule} a warning again`, () => (severity() === vscode.DiagnosticSeverity.Warning ? true : undefined));
  });
});
