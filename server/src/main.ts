// The only process entry of the language server (bundled to server/out/server.js).
//
// VS Code starts it through vscode-languageclient (node IPC); any other LSP client starts it with
// `node server/out/server.js --stdio`, for example Neovim:
//   node /path/to/finnews/server/out/server.js --stdio   (README.md, "Any LSP client", has the setup)
// createConnection picks the transport from the command line (--stdio, --node-ipc, --socket=N).

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { setGarbageCollector } from './lsp/idleCollector';
import { startServer } from './server';

// A garbage collector to call when idle (lsp/idleCollector.ts); without it the server still works.
try {
  setFlagsFromString('--expose-gc');
  setGarbageCollector(runInNewContext('gc') as () => void);
} catch {
  setGarbageCollector(null);
}

const connection = createConnection(ProposedFeatures.all);
// Uncaught errors are logged instead of ending the process; every handler also runs through runSafe.
process.on('uncaughtException', (error) => connection.console.error(`finnews: uncaught ${error.stack ?? String(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`finnews: unhandled rejection ${String(reason)}`));
startServer(connection);
