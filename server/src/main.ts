// The entry of dist/server.js, which the VS Code client starts over IPC: loads the server's bundle
// (dist/server-bundle.js, server.ts) through a V8 code cache and starts it. `copydesk lsp --stdio`
// (dist/cli.js) calls startServer() itself; keeping the start here means neither bundle starts twice.
import * as path from 'path';
import { loadWithCodeCache } from './codeCache';

const server = loadWithCodeCache<typeof import('./server')>(path.join(__dirname, 'server-bundle.js'));
server.exports.startServer({ afterFirstAnalysis: server.saveCodeCache });
