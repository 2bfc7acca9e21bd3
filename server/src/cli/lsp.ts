// `kpc lsp --stdio`: run the language server in this process, so any LSP client (Neovim, Helix,
// Emacs, Sublime …) can start it with the CLI alone. The server is the bundled dist/server.js that
// sits next to dist/cli.js; createConnection() reads the transport flag from process.argv.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hostMessage, type Locale } from '#core';

const TRANSPORTS = /^--(?:stdio|node-ipc|socket=\d+|pipe=.+|clientProcessId=\d+)$/;

const lspUsage = (locale: Locale): string => hostMessage(locale, 'lsp.usage');
export const LSP_USAGE = lspUsage('en');

export function runLsp(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(LSP_USAGE);
    return 0;
  }
  if (!args.some((a) => TRANSPORTS.test(a) && a !== '--clientProcessId')) {
    process.stderr.write(`kpc lsp: ${hostMessage('en', 'lsp.err.transport')}\n${LSP_USAGE}`);
    return 2;
  }
  const candidates = [join(__dirname, 'server.js'), resolve(__dirname, '../../../dist/server.js')];
  const server = candidates.find((p) => existsSync(p));
  if (!server) {
    process.stderr.write(`kpc lsp: ${hostMessage('en', 'lsp.err.noServer', { paths: candidates.join(', ') })}\n`);
    return 1;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(server);
  return 0;
}
