// The status bar item: one glance tells whether the copy desk is on duty. Clicking it opens the output,
// which is where a failed start explains itself.
import * as vscode from 'vscode';
import { Commands } from '../../server/src/protocol';

export type ServerState = 'starting' | 'ready' | 'stopped' | 'error';

const LOOK: Record<ServerState, { icon: string; tooltip: string; background?: vscode.ThemeColor }> = {
  starting: { icon: '$(sync~spin)', tooltip: 'The Copydesk language server is starting.' },
  ready: { icon: '$(check)', tooltip: 'Copydesk is checking Markdown, plain text and news articles.' },
  stopped: { icon: '$(circle-slash)', tooltip: 'The Copydesk language server is stopped.' },
  error: {
    icon: '$(error)',
    tooltip: 'The Copydesk language server failed.',
    background: new vscode.ThemeColor('statusBarItem.errorBackground'),
  },
};

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private current: ServerState = 'stopped';

  constructor() {
    this.item = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Copydesk';
    this.item.command = Commands.showOutput;
    this.set('starting');
    this.item.show();
  }

  get state(): ServerState {
    return this.current;
  }

  /** `detail` (e.g. the error) is appended to the tooltip so a hover is often enough to diagnose. */
  set(state: ServerState, detail?: string): void {
    this.current = state;
    const look = LOOK[state];
    this.item.text = `${look.icon} Copydesk`;
    const tooltip = new vscode.MarkdownString(`**Copydesk: ${state}**\n\n${look.tooltip}`);
    if (detail) tooltip.appendText(`\n\n${detail}`);
    tooltip.appendMarkdown('\n\nClick to show the output.');
    this.item.tooltip = tooltip;
    this.item.backgroundColor = look.background;
  }

  dispose(): void {
    this.item.dispose();
  }
}
