// The language server process: a connection over the transport the command line names (--stdio,
// --node-ipc, --socket; createConnection reads process.argv), and the server on it (lsp/startServer.ts).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { localeFlag } from '#core';
import { startServer } from './lsp/startServer';
import { StdioMessageReader } from './lsp/stdioReader';
import { StdioMessageWriter } from './lsp/stdioWriter';

// Over stdio, responses go out through StdioMessageWriter (one write per message) and requests come in through
// StdioMessageReader (which reads on after a bad header). What
// vscode-languageserver does itself for --stdio is repeated here: console output goes to the client's
// log (nothing may corrupt stdout), and the process ends with stdin (0 after a shutdown request, else 1).
const stdio = process.argv.includes('--stdio');
const connection = stdio
  ? createConnection(ProposedFeatures.all, new StdioMessageReader(process.stdin), new StdioMessageWriter(process.stdout))
  : createConnection(ProposedFeatures.all);
if (stdio) {
  let shutdownReceived = false;
  connection.onShutdown(() => {
    shutdownReceived = true;
  });
  const end = (): never => process.exit(shutdownReceived ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  // The client no longer reads what the server writes (EPIPE): nothing it computes can reach anyone, so it ends
  // too, instead of analysing for nobody until stdin closes.
  process.stdout.on('error', end);
  process.stdout.on('close', end);
  for (const level of ['log', 'info', 'warn', 'error'] as const) {
    console[level] = (...args: unknown[]) => connection.console[level](args.map(String).join(' '));
  }
}

// dist/server.js: the package (docs/rules/ with it) is one folder up.
// `--locale ko` on the command line (kpc lsp --stdio --locale ko) sets the messages' language.
const locale = localeFlag(process.argv);
startServer(connection, { docsRoot: pathToFileURL(resolve(__dirname, '..')).href + '/', ...(locale ? { locale } : {}) });
