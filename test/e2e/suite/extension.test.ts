// The extension's own suite, run inside a real VS Code extension host (code-server or desktop VS Code):
// diagnostics, hover and the quick fix arrive through the real language client from the bundled server.
// Every wait polls a condition with a deadline; nothing sleeps a fixed time.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'copydesk.copydesk';
const SEED = '000_3c9c0e3ffba93949.txt';
const RULE = 'quote.misoriented';
/** The misoriented ” sits right after `until ` in the user's article. */
const NEEDLE = 'until ” the goals of the war are achieved”';
const FIXED = 'until “the goals of the war are achieved”';
/** A quotation of the seed whose speaker is found through a pronoun: `“I don’t think…,” he said.` */
const SPEAKER_QUOTE = '“I don’t think we can say there’s a formal mediation track now';
const SPEAKER = 'Majed Al Ansari';
const WAIT_MS = Number(process.env.COPYDESK_E2E_WAIT_MS) || 30_000;

/** Polls `probe` until it returns something other than undefined, or fails with what it last saw. */
async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let interval = 25;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
    interval = Math.min(interval * 2, 250);
  }
}

/** The folder holding a copy of seeds/: `articles` in the launchers' multi-root workspace (workspace.mjs), else the first. */
function workspaceFolder(name = 'articles'): vscode.WorkspaceFolder {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.find((f) => f.name === name) ?? (name === 'articles' ? folders[0] : undefined);
  assert.ok(folder, `the editor must be opened on a workspace with a folder "${name}" holding a copy of seeds/ (see test/e2e/workspace.mjs)`);
  return folder;
}

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? code.value : code;
}

function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map((d) => `${d.source ?? '?'} ${String(codeOf(d))} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`)
    .join('\n    ');
}

function findRule(uri: vscode.Uri, rule: string, range?: vscode.Range): vscode.Diagnostic | undefined {
  return vscode.languages
    .getDiagnostics(uri)
    .find((d) => d.source === 'copydesk' && codeOf(d) === rule && (!range || d.range.isEqual(range)));
}

/** Set once a wait for diagnostics has timed out: later waits then fail fast instead of each taking WAIT_MS. */
let diagnosticsNeverCame = false;

async function waitForRule(uri: vscode.Uri, rule: string, range?: vscode.Range): Promise<vscode.Diagnostic> {
  try {
    return await waitFor(`a ${rule} diagnostic on ${uri.path}`, () => findRule(uri, rule, range), diagnosticsNeverCame ? 3_000 : WAIT_MS);
  } catch (error) {
    diagnosticsNeverCame = true;
    throw new Error(`${(error as Error).message}; diagnostics there now:\n    ${describe(vscode.languages.getDiagnostics(uri))}`);
  }
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

function describeActions(actions: readonly (vscode.CodeAction | vscode.Command)[]): string {
  if (actions.length === 0) return '(none)';
  return actions
    .map((action) => {
      if (!('kind' in action) && 'command' in action && typeof action.command === 'string') return `command ${action.title}`;
      const codeAction = action as vscode.CodeAction;
      const edits = (codeAction.edit?.entries() ?? []).flatMap(([, edits]) => edits.map((e) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character} → ${JSON.stringify(e.newText)}`));
      return `[${codeAction.kind?.value ?? 'no kind'}] ${codeAction.title} (edits: ${edits.join(', ') || 'none'})`;
    })
    .join('\n    ');
}

/** The range of the misoriented mark, computed from the document's own text. */
function markRange(document: vscode.TextDocument): vscode.Range {
  const offset = document.getText().indexOf(NEEDLE);
  assert.ok(offset >= 0, `the seed article no longer contains ${JSON.stringify(NEEDLE)}`);
  const start = document.positionAt(offset + 'until '.length);
  return new vscode.Range(start, start.translate(0, 1));
}

async function openSeed(): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor; range: vscode.Range }> {
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, SEED);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor, range: markRange(document) };
}

suite('Copydesk in a real VS Code', () => {
  suiteSetup(async () => {
    // The article on disk must stay as shipped, whatever a failed test left in the editor.
    await vscode.workspace.getConfiguration('files', null).update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the extension activates and registers its commands', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this editor`);
    // Opening a plaintext document is what activates it (onLanguage:plaintext).
    await openSeed();
    await waitFor(`${EXTENSION_ID} to be active`, () => (extension.isActive ? true : undefined));
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['copydesk.restartServer', 'copydesk.showOutput']) {
      assert.ok(commands.includes(command), `command ${command} is not registered`);
    }
  });

  test('the seed article gets quote.misoriented at the ” after “until”', async () => {
    const { document, range } = await openSeed();
    assert.equal(document.languageId, 'plaintext');
    assert.deepEqual([range.start.line, range.start.character], [17, 215], 'the ” is at line 17, character 215 (0-based)');
    const diagnostic = await waitForRule(document.uri, RULE);
    assert.ok(
      diagnostic.range.isEqual(range),
      `${RULE} is at ${diagnostic.range.start.line}:${diagnostic.range.start.character}-${diagnostic.range.end.line}:${diagnostic.range.end.character}, ` +
        `expected ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} (the ” alone)`,
    );
    assert.equal(document.getText(diagnostic.range), '”');
    assert.equal(diagnostic.source, 'copydesk');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(typeof diagnostic.code === 'object' && diagnostic.code !== null, 'the diagnostic has a codeDescription (code is { value, target })');
    const target = (diagnostic.code as { value: string | number; target: vscode.Uri }).target;
    assert.ok(target instanceof vscode.Uri, 'codeDescription.href is a URI');
    assert.match(target.toString(), /quote\.misoriented/, 'codeDescription.href points at the rule’s documentation');
  });

  test('hovering the ” explains quote.misoriented', async () => {
    const { document, range } = await openSeed();
    await waitForRule(document.uri, RULE, range);
    const position = range.start;
    const text = await waitFor(`a hover at ${position.line}:${position.character} mentioning ${RULE}`, async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      const joined = hoverText(hovers ?? []);
      return joined.includes(RULE) ? joined : undefined;
    });
    assert.match(text, /quote\.misoriented/);
  });

  test('hovering inside a quotation shows the speaker card: Majed Al Ansari, found through “he”', async () => {
    const { document } = await openSeed();
    const offset = document.getText().indexOf(SPEAKER_QUOTE);
    assert.ok(offset >= 0, `the seed article no longer contains ${JSON.stringify(SPEAKER_QUOTE)}`);
    // Inside the word “think”, well within the quotation (not on a name or a pronoun, which have cards of their own).
    const position = document.positionAt(offset + SPEAKER_QUOTE.indexOf('think') + 2);
    assert.equal(position.line, 14, 'the “I don’t think…” quotation is on line 15 (1-based)');
    let seen = '(no hover yet)';
    const text = await waitFor(`a hover at ${position.line}:${position.character} naming ${SPEAKER}`, async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      seen = hoverText(hovers ?? []);
      return seen.includes(SPEAKER) ? seen : undefined;
    }).catch((error: Error) => {
      throw new Error(`${error.message}; the hover there was:\n${seen}`);
    });
    assert.ok(text.includes('official spokesperson'), `the card gives his title:\n${text}`);
    // How the speaker was found: the pronoun “he” of `…,” he said.` (a bare "he" would match "the").
    assert.match(text, /“he”/, `the card names the pronoun “he” the attribution rests on:\n${text}`);
    assert.match(text, /pronoun “he” → the nearest earlier speaker/, `the card says how “he” was resolved:\n${text}`);
  });

  test('the outline lists Majed Al Ansari with his 3 quotations', async () => {
    const { document } = await openSeed();
    let seen = '(no symbols yet)';
    const ansari = await waitFor(`a document symbol for ${SPEAKER} with 3 children`, async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      seen = (symbols ?? []).map((s) => `${s.name} (${s.children?.length ?? 0})`).join(', ') || '(none)';
      const found = (symbols ?? []).find((s) => s.name.includes(SPEAKER));
      return found && found.children?.length === 3 ? found : undefined;
    }).catch((error: Error) => {
      throw new Error(`${error.message}; the outline was: ${seen}`);
    });
    const names = ansari.children.map((c) => c.name);
    assert.ok(names.some((name) => name.includes('I don’t think')), `one of his quotations is “I don’t think…”: ${names.join(' | ')}`);
  });

  test('the quick fix turns `until ” the goals` into `until “the goals`', async () => {
    const { document, range } = await openSeed();
    await waitForRule(document.uri, RULE, range);
    let seen = '(no answer yet)';
    const actions = await waitFor('a quick fix for the ” (see the code actions listed below)', async () => {
      const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        range,
        vscode.CodeActionKind.QuickFix.value,
        20, // resolve lazily computed edits too
      );
      seen = describeActions(all ?? []);
      // `vscode.executeCodeActionProvider` drops each action's `diagnostics` on the way back, so an action
      // is recognised by its kind and its edit: one that puts “ where the ” is.
      const fixes = (all ?? []).filter(
        (action): action is vscode.CodeAction =>
          'kind' in action &&
          !!action.kind &&
          vscode.CodeActionKind.QuickFix.contains(action.kind) &&
          !!action.edit?.get(document.uri).some((edit) => edit.range.start.isEqual(range.start) && edit.newText.startsWith('“')),
      );
      return fixes.length > 0 ? fixes : undefined;
    }).catch((error: Error) => {
      throw new Error(`${error.message}; the code actions at the ” were:\n    ${seen}`);
    });
    // The fix of this one problem, not "fix all … in this document".
    const single = actions.filter((action) => !/\ball\b/i.test(action.title));
    const fix = single.find((action) => action.isPreferred) ?? single[0] ?? actions[0];
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), `applying "${fix.title}" was refused`);
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));

    const line = await waitFor(`the text to read ${JSON.stringify(FIXED)}`, () => {
      const text = document.lineAt(range.start.line).text;
      return text.includes(FIXED) ? text : undefined;
    });
    assert.ok(!line.includes(NEEDLE));
    await waitFor(`${RULE} to be gone after the fix`, () => (findRule(document.uri, RULE) ? undefined : true));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.ok(document.getText().includes(NEEDLE), 'reverted to the article as shipped');
  });

  test('a .news file gets the news language and is checked', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'e2e-sample.news');
    const text = '---\ndate: 2025-06-02\n---\nThe mayor said the curfew would last until ” the streets are safe again”.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'news');
    const offset = text.indexOf('until ”') + 'until '.length;
    const start = document.positionAt(offset);
    await waitForRule(uri, RULE, new vscode.Range(start, start.translate(0, 1)));
  });

  test('an untitled markdown document is checked too', async () => {
    const content = '# Draft\n\nThe minister vowed to fight on until ” the last village is rebuilt”.\n';
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(document);
    assert.equal(document.uri.scheme, 'untitled');
    await waitForRule(document.uri, RULE);
  });

  test('a document with a lone surrogate is checked and the server keeps answering', async () => {
    const content = 'A broken byte \uD800 here. The mayor said the curfew would last until ” the streets are safe again”.\n';
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    await vscode.window.showTextDocument(document);
    await waitForRule(document.uri, RULE);
    // A hover past the last character of the document answers (nothing) rather than failing.
    const end = document.lineAt(document.lineCount - 1).range.end;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, end.translate(0, 5));
    assert.ok(Array.isArray(hovers));
    // Still alive: a fresh request on the article is answered.
    const seed = await openSeed();
    const again = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seed.document.uri, seed.range.start);
    assert.match(hoverText(again ?? []), /quote\.misoriented/);
  });

  test('Copydesk: Show Output runs', async () => {
    await vscode.commands.executeCommand('copydesk.showOutput');
  });

  test('multi-root: each folder’s nearest .copydesk.json applies', async function () {
    if (!vscode.workspace.workspaceFolders?.some((f) => f.name === 'wire')) this.skip();
    // wire/.copydesk.json makes quote.misoriented an error; articles/ has none, so it stays a warning there.
    const uri = vscode.Uri.joinPath(workspaceFolder('wire').uri, SEED);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const range = markRange(document);
    const inWire = await waitFor('quote.misoriented as an error in wire/', () => {
      const found = findRule(uri, RULE, range);
      return found?.severity === vscode.DiagnosticSeverity.Error ? found : undefined;
    }).catch((error: Error) => {
      throw new Error(`${error.message}; diagnostics there now:\n    ${describe(vscode.languages.getDiagnostics(uri))}`);
    });
    assert.equal(inWire.source, 'copydesk');
    const seed = await openSeed();
    const inArticles = await waitForRule(seed.document.uri, RULE, seed.range);
    assert.equal(inArticles.severity, vscode.DiagnosticSeverity.Warning, 'articles/ has no .copydesk.json: the rule’s own severity');
  });

  test('a broken .copydesk.json is reported at its position and defaults apply', async () => {
    const folder = vscode.Uri.joinPath(workspaceFolder().uri, 'e2e-broken-config');
    const configUri = vscode.Uri.joinPath(folder, '.copydesk.json');
    const storyUri = vscode.Uri.joinPath(folder, 'story.txt');
    const config = '{\n  "rules": {\n    "quote.misoriented": "loud"\n  }\n}\n';
    const story = 'The mayor said the curfew would last until ” the streets are safe again”.\n';
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(config));
    await vscode.workspace.fs.writeFile(storyUri, new TextEncoder().encode(story));

    // The article is still checked, with the rule's own severity where the file is broken.
    const document = await vscode.workspace.openTextDocument(storyUri);
    await vscode.window.showTextDocument(document);
    const start = document.positionAt(story.indexOf('until ”') + 'until '.length);
    const found = await waitForRule(storyUri, RULE, new vscode.Range(start, start.translate(0, 1)));
    assert.equal(found.severity, vscode.DiagnosticSeverity.Warning);

    // The file itself gets a Copydesk diagnostic on the bad value (line 2, 0-based).
    const configDocument = await vscode.workspace.openTextDocument(configUri);
    await vscode.window.showTextDocument(configDocument);
    const problem = await waitFor('a copydesk diagnostic on the broken .copydesk.json', () =>
      vscode.languages.getDiagnostics(configUri).find((d) => d.source === 'copydesk'),
    ).catch((error: Error) => {
      throw new Error(`${error.message}; diagnostics there now:\n    ${describe(vscode.languages.getDiagnostics(configUri))}`);
    });
    assert.equal(problem.range.start.line, 2, `the problem is reported on the line of "loud": ${problem.message}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('Copydesk: Restart Server brings the diagnostics back', async () => {
    const { document, range } = await openSeed();
    await waitForRule(document.uri, RULE, range);
    await vscode.commands.executeCommand('copydesk.restartServer');
    // Diagnostics from the old server would sit at the old range: move the mark two characters and wait
    // for the restarted server to report it where it now is.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(range.start.line, 0), '  ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForRule(document.uri, RULE, new vscode.Range(range.start.translate(0, 2), range.end.translate(0, 2)));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForRule(document.uri, RULE, range);
  });
});
