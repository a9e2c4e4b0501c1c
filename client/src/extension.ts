// Wiring only: build the context, register the commands, start the server. The parts live in
// context.ts (lifecycle), client.ts (what the client serves) and commands.ts.
import type * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Copydesk } from './context';
import type { FactSheetResult } from '../../server/src/protocol';
import { FactSheetView } from './factSheet';

let ctx: Copydesk | undefined;

/** What `activate` returns (extension.exports): the fact sheet the view shows, for the editor suite and other extensions. */
export interface CopydeskApi {
  factSheet(): FactSheetResult | null;
}

export async function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
  ctx = new Copydesk(context.extensionUri);
  ctx.push(...registerCommands(ctx));
  // start() reports its own failures and never throws: activation succeeds so Restart stays available.
  await ctx.start();
  // After the start: its first request then finds the server running.
  const factSheet = new FactSheetView(ctx);
  ctx.push(factSheet);
  return { factSheet: () => factSheet.current };
}

export async function deactivate(): Promise<void> {
  const current = ctx;
  ctx = undefined;
  if (!current) return;
  await current.stop();
  current.dispose();
}
