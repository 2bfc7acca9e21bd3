// The client's crash handling, in pure code: client/src/extension.ts is bundled with stand-ins for
// `vscode` and `vscode-languageclient/node`, activated, and its error handler driven as the
// language client would on server crashes: restart up to 4 times in 3 minutes, then stop and tell
// the user once; the Restart command starts over. Also: the only thing it runs is its own server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from './props';

const ErrorAction = { Continue: 1, Shutdown: 2 } as const;
const CloseAction = { DoNotRestart: 1, Restart: 2 } as const;

interface ErrorHandlerLike {
  error(...args: unknown[]): { action: number; handled?: boolean };
  closed(): { action: number; handled?: boolean };
}

interface Recorded {
  errors: string[];
  commands: Map<string, (...a: unknown[]) => unknown>;
  clients: { id: string; serverOptions: { run: { module: string; transport: number } }; clientOptions: { errorHandler: ErrorHandlerLike; documentSelector: unknown } }[];
  starts: number;
}

const rec: Recorded = { errors: [], commands: new Map(), clients: [], starts: 0 };

/** Just enough of the vscode API for activate(); anything else is a harmless no-op. */
function vscodeStub(): unknown {
  const disposable = { dispose: () => undefined };
  const noop = (): unknown => disposable;
  class Uri {
    constructor(readonly path: string) {}
    static joinPath(u: Uri, ...p: string[]): Uri {
      return new Uri([u.path, ...p].join('/'));
    }
    static file(p: string): Uri {
      return new Uri(p);
    }
    toString(): string {
      return `file://${this.path}`;
    }
  }
  return {
    Uri,
    ViewColumn: { Beside: -2 },
    window: {
      showErrorMessage: (m: string) => {
        rec.errors.push(m);
        return Promise.resolve(undefined);
      },
      showWarningMessage: () => Promise.resolve(undefined),
      registerWebviewPanelSerializer: noop,
      onDidChangeActiveTextEditor: noop,
      activeTextEditor: undefined,
      visibleTextEditors: [],
    },
    commands: {
      registerCommand: (id: string, f: (...a: unknown[]) => unknown) => {
        rec.commands.set(id, f);
        return disposable;
      },
      executeCommand: (id: string, ...a: unknown[]) => Promise.resolve(rec.commands.get(id)?.(...a)),
    },
    workspace: {
      getConfiguration: () => ({ get: (_k: string, d: unknown) => d }),
      onDidOpenTextDocument: noop,
      onDidChangeConfiguration: noop,
      onDidChangeTextDocument: noop,
      onDidCloseTextDocument: noop,
      // The status item watches build files and .kpc.json (the version may come from them).
      createFileSystemWatcher: () => ({ ...disposable, onDidChange: noop, onDidCreate: noop, onDidDelete: noop }),
      // A producer config is open, so activation starts the server.
      textDocuments: [{ languageId: 'kafka-producer-config', uri: Uri.file('/w/producer.config') }],
    },
    languages: { match: () => 0, setTextDocumentLanguage: () => Promise.resolve(), createLanguageStatusItem: () => ({ dispose: () => undefined }) },
    LanguageStatusSeverity: { Information: 0, Warning: 1, Error: 2 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    env: { language: 'en' },
  };
}

function languageClientStub(): unknown {
  class LanguageClient {
    private running = false;
    constructor(id: string, _name: string, serverOptions: Recorded['clients'][number]['serverOptions'], clientOptions: Recorded['clients'][number]['clientOptions']) {
      rec.clients.push({ id, serverOptions, clientOptions });
    }
    start(): Promise<void> {
      rec.starts++;
      this.running = true;
      return Promise.resolve();
    }
    stop(): Promise<void> {
      this.running = false;
      return Promise.resolve();
    }
    restart(): Promise<void> {
      rec.starts++;
      return Promise.resolve();
    }
    isRunning(): boolean {
      return this.running;
    }
    onDidChangeState(): { dispose(): void } {
      return { dispose: () => undefined };
    }
  }
  return { LanguageClient, TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 }, ErrorAction, CloseAction };
}

describe('client: crash limiter', () => {
  let dir: string;
  let handler: ErrorHandlerLike;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpc-client-'));
    const out = join(dir, 'client.js');
    await esbuild.build({
      entryPoints: [join(ROOT, 'client', 'src', 'extension.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: out,
      logLevel: 'silent',
      plugins: [
        {
          name: 'stubs',
          setup(b) {
            b.onResolve({ filter: /^(vscode|vscode-languageclient\/node)$/ }, (a) => ({ path: a.path, namespace: 'stub' }));
            b.onLoad({ filter: /.*/, namespace: 'stub' }, (a) => ({ contents: `module.exports = globalThis.__kpcStubs[${JSON.stringify(a.path)}];`, loader: 'js' }));
          },
        },
      ],
    });
    (globalThis as { __kpcStubs?: unknown }).__kpcStubs = { vscode: vscodeStub(), 'vscode-languageclient/node': languageClientStub() };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ext = require(out) as { activate(ctx: unknown): Promise<unknown> };
    const ctx = { subscriptions: [] as unknown[], extensionUri: { path: '/ext' }, asAbsolutePath: (p: string) => join('/ext', p) };
    await ext.activate(ctx);
    assert.equal(rec.clients.length, 1);
    handler = rec.clients[0]!.clientOptions.errorHandler;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the server it runs is its own bundled dist/server.js over IPC', () => {
    const { serverOptions, clientOptions } = rec.clients[0]!;
    assert.equal(serverOptions.run.module, join('/ext', 'dist', 'server.js'));
    assert.equal(serverOptions.run.transport, 1);
    // producer configs, and Spring Boot application files by pattern in the languages other extensions give them
    const spring = '**/application*.{properties,yml,yaml}';
    assert.deepEqual(clientOptions.documentSelector, [
      { language: 'kafka-producer-config' },
      ...['spring-boot-properties', 'spring-boot-properties-yaml', 'properties', 'yaml'].map((language) => ({ language, pattern: spring })),
    ]);
    assert.equal(rec.starts, 1);
  });

  test('errors keep the connection; 4 crashes restart, the 5th stops and tells the user once', () => {
    assert.equal(handler.error(new Error('x'), undefined, 1).action, ErrorAction.Continue);
    for (let i = 0; i < 4; i++) assert.equal(handler.closed().action, CloseAction.Restart, `crash ${i + 1} restarts`);
    assert.deepEqual(rec.errors, []);
    assert.equal(handler.closed().action, CloseAction.DoNotRestart);
    assert.equal(rec.errors.length, 1);
    assert.match(rec.errors[0]!, /stopped 5 times in 3 minutes/);
    for (let i = 0; i < 5; i++) assert.equal(handler.closed().action, CloseAction.DoNotRestart);
    assert.equal(rec.errors.length, 1, 'told once');
  });

  test('the Restart command resets the limiter and starts the server again', async () => {
    const restart = rec.commands.get('kafkaProducerConfig.restartServer');
    assert.ok(restart);
    const before = rec.starts;
    await restart();
    assert.equal(rec.starts, before + 1);
    assert.equal(handler.closed().action, CloseAction.Restart, 'restarts again after a manual restart');
  });
});
