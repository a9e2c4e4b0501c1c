// The fact sheet view (Explorer, `copydesk.factSheet`): the active article's sources, figures, timeline and
// findings, from the server's `copydesk/factSheet` request. It follows the active editor and refreshes,
// debounced, when the article's diagnostics change (the server has analysed a new version by then).
import * as vscode from 'vscode';
import { FactSheetRequest, LANGUAGE_IDS, type FactRange, type FactSheetParams, type FactSheetResult } from '../../server/src/protocol';
import type { Copydesk } from './context';

type Node =
  | { kind: 'section'; id: string; label: string; description?: string; icon: string; children: Node[] }
  | { kind: 'item'; id: string; label: string; description?: string; tooltip?: string; icon?: string; range?: FactRange; children?: Node[] }
  | { kind: 'message'; id: string; label: string };

const REFRESH_DELAY_MS = 300;

export class FactSheetView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private readonly view: vscode.TreeView<Node>;
  private document: vscode.TextDocument | undefined;
  private sheet: FactSheetResult | null = null;
  private nodes: Node[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped per request: an answer for an older request (or another document) is dropped. */
  private generation = 0;

  constructor(private readonly ctx: Copydesk) {
    this.view = vscode.window.createTreeView(FactSheetRequest.view, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => this.follow()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (this.document && event.uris.some((uri) => uri.toString() === this.document!.uri.toString())) this.schedule();
      }),
      // Visible again: the sheet may be stale (nothing refreshes a hidden view).
      this.view.onDidChangeVisibility((event) => event.visible && this.schedule()),
      vscode.commands.registerCommand(FactSheetRequest.refreshCommand, () => this.refresh()),
      vscode.commands.registerCommand(FactSheetRequest.revealCommand, (uri: string, range: FactRange) => reveal(uri, range)),
    );
    this.follow();
  }

  /** The sheet shown now (null while there is none). */
  get current(): FactSheetResult | null {
    return this.sheet;
  }

  /** The article of the active editor; another kind of editor (output, settings) keeps the last article. */
  private follow(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (document && !(LANGUAGE_IDS as readonly string[]).includes(document.languageId)) return;
    if (document?.uri.toString() === this.document?.uri.toString() && this.sheet) return;
    this.document = document;
    this.schedule(0);
  }

  private schedule(delay = REFRESH_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  async refresh(): Promise<void> {
    this.timer = undefined;
    const generation = ++this.generation;
    const document = this.document;
    const client = this.ctx.client;
    let sheet: FactSheetResult | null = null;
    let message: string | null = null;
    if (!document) message = 'Open a Markdown, plain text or .news article.';
    else if (!client) message = 'The Copydesk server is not running.';
    else {
      try {
        const params: FactSheetParams = { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } };
        sheet = await client.sendRequest<FactSheetResult | null>(FactSheetRequest.method, params);
        if (!sheet) message = 'Copydesk is off for this document.';
      } catch (error) {
        message = `The fact sheet could not be built: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    if (generation !== this.generation) return;
    this.sheet = sheet;
    this.nodes = sheet && document ? sheetNodes(sheet, document.uri.toString()) : [{ kind: 'message', id: 'message', label: message ?? '' }];
    this.view.description = document ? vscode.workspace.asRelativePath(document.uri) : undefined;
    this.changed.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'message') return Object.assign(new vscode.TreeItem(node.label), { id: node.id });
    const children = node.kind === 'section' ? node.children : node.children ?? [];
    const state =
      children.length === 0
        ? vscode.TreeItemCollapsibleState.None
        : node.kind === 'section'
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon);
    if (node.kind === 'item') {
      item.tooltip = node.tooltip;
      if (node.range && this.document) {
        item.command = { title: 'Reveal', command: FactSheetRequest.revealCommand, arguments: [this.document.uri.toString(), node.range] };
      }
    }
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.nodes;
    if (node.kind === 'section') return node.children;
    return node.kind === 'item' ? node.children ?? [] : [];
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.subscriptions) disposable.dispose();
  }
}

async function reveal(uri: string, range: FactRange): Promise<void> {
  const target = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
  editor.selection = new vscode.Selection(target.start, target.end);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The tree: ids carry the document so that VS Code keeps each article's expansion state apart. */
export function sheetNodes(sheet: FactSheetResult, uri: string): Node[] {
  const id = (...parts: (string | number)[]) => [uri, ...parts].join('#');
  const sources: Node[] = sheet.sources.map((source, i) => ({
    kind: 'item',
    id: id('source', i, source.name),
    label: source.name,
    description: [source.title, plural(source.quotes.length, 'quotation')].filter(Boolean).join(' · '),
    tooltip: source.introduction ?? undefined,
    icon: source.kind === 'person' ? 'person' : source.kind === 'organisation' ? 'organization' : 'question',
    range: source.location ?? undefined,
    children: source.quotes.map((quote, j) => ({
      kind: 'item',
      id: id('source', i, 'quote', j),
      label: quote.excerpt,
      description: [`line ${quote.location.start.line + 1}`, quote.route, quote.via ? `“${quote.via}”` : null].filter(Boolean).join(' · '),
      icon: 'quote',
      range: quote.location,
    })),
  }));
  const figures: Node[] = sheet.figures.map((group, i) => ({
    kind: 'item',
    id: id('figure', i),
    label: group.label,
    description: group.conflict ? 'conflict' : plural(group.figures.length, 'mention'),
    icon: group.conflict ? 'warning' : 'symbol-number',
    range: group.figures[0]?.location,
    children: group.figures.map((figure, j) => ({
      kind: 'item',
      id: id('figure', i, j),
      label: figure.text,
      description: [figure.detail, `line ${figure.location.start.line + 1}`].filter(Boolean).join(' · '),
      range: figure.location,
    })),
  }));
  const timeline: Node[] = sheet.timeline.map((event, i) => (
    { kind: 'item', id: id('event', i), label: `${event.date} · ${event.label}`, description: event.when, tooltip: event.label, icon: 'history', range: event.location }
  ));
  const published = sheet.publicationDate;
  if (published) {
    // In its place among the events: what came before publication, and what is still to come.
    const at = sheet.timeline.findIndex((event) => event.first > published.date);
    timeline.splice(at < 0 ? timeline.length : at, 0,
      { kind: 'item', id: id('published'), label: `${published.date} · published`, description: `from the ${published.source}`, icon: 'calendar' });
  }
  const findings: Node[] = sheet.findings.map((group) => ({
    kind: 'item',
    id: id('rule', group.rule),
    label: group.rule,
    description: plural(group.findings.length, 'finding'),
    icon: SEVERITY_ICON[group.findings[0]?.severity ?? 'information'],
    children: group.findings.map((finding, j) => ({
      kind: 'item',
      id: id('rule', group.rule, j),
      label: finding.message,
      description: `line ${finding.location.start.line + 1}`,
      tooltip: finding.message,
      icon: SEVERITY_ICON[finding.severity],
      range: finding.location,
    })),
  }));
  const section = (key: string, label: string, icon: string, children: Node[], empty: string): Node => ({
    kind: 'section',
    id: id(key),
    label,
    icon,
    description: children.length === 0 ? empty : undefined,
    children,
  });
  return [
    section('sources', 'Sources', 'account', sources, 'none named'),
    section('figures', 'Figures', 'symbol-number', figures, 'none stated'),
    section('timeline', 'Timeline', 'calendar', timeline, 'no dated events'),
    section('findings', 'Findings', 'checklist', findings, 'none'),
  ];
}

const SEVERITY_ICON = { error: 'error', warning: 'warning', information: 'info', hint: 'lightbulb' } as const;
