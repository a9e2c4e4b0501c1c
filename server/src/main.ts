// The entry of dist/server.js, which the VS Code client starts over IPC. `copydesk lsp --stdio`
// (dist/cli.js) calls startServer() itself; keeping the start here means neither bundle starts twice.
import { startServer } from './server';

startServer();
