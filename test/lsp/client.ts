// A minimal LSP client for tests: speaks JSON-RPC (vscode-jsonrpc) to a server and records what it sends.
// The server runs in this process by default (startServer on one end of an in-memory stream pair: the
// same server code, framed JSON both ways, no build and no process start), or as the bundled
// dist/server.js in a real child process (stdio or node IPC) for what only a process shows.
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PassThrough } from 'node:stream';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { createConnection, createProtocolConnection, ProposedFeatures } from 'vscode-languageserver';
import { startServer, type ServerHandle } from '../../server/src/lsp/startServer';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';

export const ROOT = join(__dirname, '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');
export const CLI = join(ROOT, 'dist', 'cli.js');

function newestMtime(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    if (name.isDirectory()) t = Math.max(t, newestMtime(p));
    else if (/\.(ts|json)$/.test(name.name)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/ with esbuild unless the bundles are newer than every source file. */
export function buildOnce(): void {
  const sources = Math.max(newestMtime(join(ROOT, 'server', 'src')), newestMtime(join(ROOT, 'schemas')));
  if (existsSync(SERVER) && existsSync(CLI) && statSync(SERVER).mtimeMs > sources && statSync(CLI).mtimeMs > sources) return;
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}

export interface StartOptions {
  /** Command after `node` for a stdio process: default the bundled server. */
  args?: string[];
  /** Default in this process; `stdio` and `ipc` start dist/server.js (buildOnce() first). */
  transport?: 'in-process' | 'stdio' | 'ipc';
  locale?: string;
  /** Announce pull diagnostics (textDocument/diagnostic). */
  pull?: boolean;
  /** Announce codeAction/resolve support for edits (VS Code does). */
  resolve?: boolean;
  /** Announce `publishDiagnostics.relatedInformation` and `codeDescriptionSupport` (VS Code does). */
  related?: boolean;
  /** Announce `completionList.itemDefaults` (LSP 3.17, as VS Code does). */
  completionDefaults?: string[];
  /** What the server gets for workspace/configuration. */
  settings?: Record<string, unknown>;
  /** workspace/configuration is answered only once this settles (a slow client: the server defers its analysis meanwhile). */
  configurationGate?: Promise<unknown>;
  /** Workspace folders (file system paths); none by default (rootUri null). */
  folders?: string[];
  /** Announce dynamic registration of workspace/didChangeWatchedFiles (VS Code does). */
  watch?: boolean;
}

export class LspClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly stderr: string[] = [];
  settings: Record<string, unknown>;
  /** Settings of workspace folders: answered for a scoped request whose scopeUri starts with the prefix (as VS Code merges folder settings). */
  folderSettings: [prefix: string, settings: Record<string, unknown>][] = [];
  /** The scopeUri of every workspace/configuration item asked (null: unscoped). */
  readonly configurationRequests: (string | null)[] = [];
  initializeResult: { capabilities: Record<string, unknown> } | undefined;
  /** Capabilities the server registered (client/registerCapability). */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** window/showMessage notifications and window/showMessageRequest requests. */
  readonly shownMessages: string[] = [];
  private waiters: (() => void)[] = [];

  private constructor(
    /** The server process; undefined when the server runs in this process. */
    readonly proc: ChildProcess | undefined,
    readonly conn: MessageConnection,
    settings: Record<string, unknown>,
    private readonly endInProcess?: () => void,
    /** The server when it runs in this process (its stats() show what it holds). */
    readonly server?: ServerHandle,
    /** Cuts the in-memory streams at once, as a client that disappears (no shutdown, no exit). */
    private readonly cutInProcess?: () => void,
  ) {
    this.settings = settings;
  }

  static async start(opts: StartOptions = {}): Promise<LspClient> {
    const transport = opts.transport ?? 'in-process';
    let proc: ChildProcess | undefined;
    let conn: MessageConnection;
    let endInProcess: (() => void) | undefined;
    let handle: ServerHandle | undefined;
    let cut: (() => void) | undefined;
    if (transport === 'in-process') {
      const toServer = new PassThrough();
      const toClient = new PassThrough();
      // The server's side as vscode-languageserver builds it for a process, except that `exit` ends this
      // server instead of the process (and no parent process is watched).
      const server = createConnection(
        (logger) => createProtocolConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient), logger),
        { shutdownReceived: false, initialize: () => undefined, exit: () => endInProcess?.() },
        ProposedFeatures.all,
      );
      handle = startServer(server);
      conn = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
      cut = () => {
        toServer.destroy();
        toClient.destroy();
      };
      endInProcess = () => {
        endInProcess = undefined;
        handle?.dispose();
        server.dispose();
        toServer.end();
        toClient.end();
      };
    } else if (transport === 'ipc') {
      proc = fork(SERVER, ['--node-ipc'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
      conn = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    } else {
      proc = spawn(process.execPath, opts.args ?? [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
      conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    }
    const c = new LspClient(proc, conn, opts.settings ?? {}, () => endInProcess?.(), handle, cut);
    proc?.stderr?.on('data', (d: Buffer) => c.stderr.push(d.toString()));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      c.diagnostics.push(p);
      c.wake();
    });
    conn.onNotification('window/logMessage', (p: { message: string }) => {
      c.stderr.push(p.message);
    });
    conn.onRequest('workspace/configuration', async (p: { items: { section?: string; scopeUri?: string }[] }) => {
      c.configurationRequests.push(...p.items.map((it) => it.scopeUri ?? null));
      await opts.configurationGate;
      return p.items.map((it) => (it.scopeUri !== undefined ? c.folderSettings.find(([prefix]) => it.scopeUri!.startsWith(prefix))?.[1] : undefined) ?? c.settings);
    });
    conn.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      c.registrations.push(...p.registrations);
      return null;
    });
    conn.onNotification('window/showMessage', (p: { message: string }) => {
      c.shownMessages.push(p.message);
      c.wake();
    });
    conn.onRequest('window/showMessageRequest', (p: { message: string }) => {
      c.shownMessages.push(p.message);
      c.wake();
      return null;
    });
    conn.onRequest('workspace/diagnostic/refresh', () => {
      c.refreshes++;
      c.wake();
      return null;
    });
    conn.onRequest('workspace/semanticTokens/refresh', () => null);
    conn.onRequest('workspace/inlayHint/refresh', () => null);
    conn.onRequest('workspace/codeLens/refresh', () => null);
    conn.listen();
    c.initializeResult = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      ...(opts.folders ? { workspaceFolders: opts.folders.map((f) => ({ uri: pathToFileURL(f).href, name: basename(f) })) } : {}),
      locale: opts.locale ?? 'en',
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: false },
          diagnostics: { refreshSupport: true },
          ...(opts.folders ? { workspaceFolders: true } : {}),
          ...(opts.watch ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}),
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          completion: { completionItem: { snippetSupport: true }, ...(opts.completionDefaults ? { completionList: { itemDefaults: opts.completionDefaults } } : {}) },
          hover: { contentFormat: ['markdown'] },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'refactor'] } },
            ...(opts.resolve ? { resolveSupport: { properties: ['edit'] }, dataSupport: true } : {}),
          },
          publishDiagnostics: { versionSupport: true, ...(opts.related ? { relatedInformation: true, codeDescriptionSupport: true } : {}) },
          ...(opts.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        },
      },
    });
    await conn.sendNotification('initialized', {});
    return c;
  }

  refreshes = 0;

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolves when `pred()` is true, checking after every notification (fails after `ms`). */
  async waitFor<T>(pred: () => T | undefined | false, what: string, ms = 10_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = pred();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** The diagnostics published for `uri` at exactly `version`. */
  async diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    const p = await this.waitFor(() => [...this.diagnostics].reverse().find((d) => d.uri === uri && d.version === version), `diagnostics for ${uri}@${version}`);
    return p.diagnostics;
  }

  async open(uri: string, text: string, version = 1, languageId = 'kafka-producer-config'): Promise<void> {
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async replace(uri: string, text: string, version: number): Promise<void> {
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** The client disappears: the in-memory streams are destroyed, with no shutdown or exit (in-process only). */
  disconnect(): void {
    if (!this.cutInProcess) throw new Error('disconnect() is for the in-process server; end a process by its streams');
    this.cutInProcess();
    this.conn.dispose();
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    const proc = this.proc;
    if (!proc) {
      this.endInProcess?.();
      this.conn.dispose();
      return;
    }
    await new Promise<void>((resolve) => {
      if (proc.exitCode !== null) return resolve();
      const t = setTimeout(() => {
        proc.kill();
        resolve();
      }, 3000);
      proc.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}

/** Applies LSP edits to a text (what the editor does with a WorkspaceEdit). */
export function applyLspEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 1, text), edits);
}
