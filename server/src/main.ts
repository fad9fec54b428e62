// The only process entry of the language server (bundled to server/out/server.js).
//
// VS Code starts it through vscode-languageclient (node IPC); any other LSP client starts it with
// `node server/out/server.js --stdio`, for example Neovim:
//   vim.lsp.start({ name = 'finnews', cmd = { 'node', '/path/to/finnews/server/out/server.js', '--stdio' },
//                   root_dir = vim.fs.root(0, { '.git', '.finnews' }) })
// createConnection picks the transport from the command line (--stdio, --node-ipc, --socket=N).

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// Uncaught errors are logged instead of ending the process; every handler also runs through runSafe.
process.on('uncaughtException', (error) => connection.console.error(`finnews: uncaught ${error.stack ?? String(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`finnews: unhandled rejection ${String(reason)}`));
startServer(connection);
