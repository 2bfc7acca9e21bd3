// `kpc lsp --stdio`: run the language server in this process, so any LSP client (Neovim, Helix,
// Emacs, Sublime …) can start it with the CLI alone. The server is the bundled dist/server.js that
// sits next to dist/cli.js; createConnection() reads the transport flag from process.argv.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hostMessage, localeFlag, type Locale } from '#core';
import { argvLocale, localeOption } from './options';

const TRANSPORTS = /^--(?:stdio|node-ipc|socket=\d+|pipe=.+|clientProcessId=\d+)$/;

export const lspUsage = (locale: Locale): string => hostMessage(locale, 'lsp.usage');

export function runLsp(args: string[]): number {
  const lang = argvLocale(args);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(lspUsage(lang));
    return 0;
  }
  // --locale is read again by the server (dist/server.js) from process.argv; here it is only checked.
  try {
    localeOption(localeFlag(args));
  } catch (msg) {
    process.stderr.write(`kpc lsp: ${String(msg)}\n${lspUsage(lang)}`);
    return 2;
  }
  if (!args.some((a) => TRANSPORTS.test(a) && a !== '--clientProcessId')) {
    process.stderr.write(`kpc lsp: ${hostMessage(lang, 'lsp.err.transport')}\n${lspUsage(lang)}`);
    return 2;
  }
  const candidates = [join(__dirname, 'server.js'), resolve(__dirname, '../../../dist/server.js')];
  const server = candidates.find((p) => existsSync(p));
  if (!server) {
    process.stderr.write(`kpc lsp: ${hostMessage(lang, 'lsp.err.noServer', { paths: candidates.join(', ') })}\n`);
    return 1;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(server);
  return 0;
}
