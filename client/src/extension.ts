import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CONFIG_SECTION, LANGUAGE_ID, SPRING_FILES_SETTING } from '#core';
import { documentSelector, isProducerDocument } from './documents';
import { t } from './messages';
import { registerPreview } from './preview/panel';
import { registerStatus } from './status';

export const RESTART_COMMAND = 'kafkaProducerConfig.restartServer';

let client: LanguageClient | undefined;

/** What `activate` returns (used by integration tests and the preview). */
export interface KafkaProducerConfigApi {
  /** The running language client (the same object across restarts). */
  readonly client: LanguageClient | undefined;
}

/**
 * Restarts a crashed server, but at most 4 times in 3 minutes; after that it stops and tells
 * the user once, with a button to try again.
 */
class RestartLimiter implements ErrorHandler {
  private crashes: number[] = [];
  private told = false;

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = this.crashes.filter((t) => now - t < 3 * 60_000);
    this.crashes.push(now);
    if (this.crashes.length <= 4) return { action: CloseAction.Restart, handled: true };
    if (!this.told) {
      this.told = true;
      const again = t('client.server.restart');
      void vscode.window
        .showErrorMessage(t('client.server.stopped', { count: this.crashes.length }), again)
        .then((pick) => {
          if (pick === again) void vscode.commands.executeCommand(RESTART_COMMAND);
        });
    }
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  reset(): void {
    this.crashes = [];
    this.told = false;
  }
}

/** `kafkaProducerConfig.files` globs → documents to open in the Kafka Producer Config language. */
function filePatterns(): string[] {
  const globs = vscode.workspace.getConfiguration(CONFIG_SECTION).get<unknown>('files', []);
  if (!Array.isArray(globs)) return [];
  return globs.filter((g): g is string => typeof g === 'string' && g.trim().length > 0).map((g) => g.trim());
}

function applyFileGlobs(doc: vscode.TextDocument, patterns = filePatterns()): void {
  if (doc.languageId === LANGUAGE_ID || patterns.length === 0 || doc.uri.scheme === 'output' || doc.uri.scheme === 'vscode-settings') return;
  for (const g of patterns) {
    // A bare glob such as `*-kafka.properties` should match in any folder.
    const pattern = g.startsWith('**/') || g.startsWith('/') || /^[A-Za-z]:/.test(g) ? g : `**/${g}`;
    if (vscode.languages.match({ pattern }, doc) > 0) {
      void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID).then(undefined, () => undefined);
      return;
    }
  }
}

/**
 * The workspace check (kafkaProducerConfig.checkWorkspace) needs the server before any producer config is
 * opened: it starts when the workspace folders hold one (the names the extension claims, or the files setting).
 */
async function startForWorkspace(context: vscode.ExtensionContext, ensureStarted: () => Promise<void>): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length || vscode.workspace.getConfiguration(CONFIG_SECTION).get<boolean>('checkWorkspace', true) === false) return;
  const languages = (context.extension.packageJSON as { contributes?: { languages?: { id: string; filenames?: string[]; filenamePatterns?: string[] }[] } }).contributes?.languages ?? [];
  const ours = languages.find((l) => l.id === LANGUAGE_ID);
  const names = [...(ours?.filenames ?? []), ...(ours?.filenamePatterns ?? [])];
  const globs = [...(names.length ? [`**/{${names.join(',')}}`] : []), ...filePatterns().map((g) => (g.startsWith('**/') || g.startsWith('/') ? g : `**/${g}`))];
  const skipped = '**/{node_modules,.git,target,build,dist,out}/**';
  for (const g of globs) {
    try {
      if ((await vscode.workspace.findFiles(g, skipped, 1)).length) {
        await ensureStarted();
        return;
      }
    } catch {
      // a malformed glob in the setting: the others still count
    }
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<KafkaProducerConfigApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const errorHandler = new RestartLimiter();
  const clientOptions: LanguageClientOptions = {
    // producer configs, and Spring Boot application files by pattern in their own languages
    documentSelector: documentSelector(),
    // The server pulls `kafkaProducerConfig` with workspace/configuration on every change.
    synchronize: { configurationSection: CONFIG_SECTION },
    errorHandler,
  };
  client = new LanguageClient('kafkaProducerConfig', 'Kafka Producer Config', serverOptions, clientOptions);

  // The extension also activates on startup so that `kafkaProducerConfig.files` globs can claim
  // documents of other languages; the server process starts only once a producer config is open.
  let starting: Promise<void> | undefined;
  const ensureStarted = (): Promise<void> => {
    if (!client || client.isRunning()) return Promise.resolve();
    starting ??= client.start().then(
      () => undefined,
      (err: unknown) => {
        starting = undefined;
        void vscode.window.showErrorMessage(t('client.server.couldNotStart', { error: err instanceof Error ? err.message : String(err) }));
      },
    );
    return starting;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(RESTART_COMMAND, async () => {
      errorHandler.reset();
      if (!client) return;
      if (client.isRunning()) await client.restart();
      else {
        starting = undefined;
        await ensureStarted();
      }
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (isProducerDocument(doc)) void ensureStarted();
      else applyFileGlobs(doc);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${CONFIG_SECTION}.${SPRING_FILES_SETTING}`) && client) {
        // the document selector is fixed when the client starts: start it again with the new one
        client.clientOptions.documentSelector = documentSelector();
        if (client.isRunning()) void client.restart();
        else if (vscode.workspace.textDocuments.some(isProducerDocument)) void ensureStarted();
      }
      if (!e.affectsConfiguration(`${CONFIG_SECTION}.files`)) return;
      const patterns = filePatterns();
      for (const doc of vscode.workspace.textDocuments) applyFileGlobs(doc, patterns);
    }),
    { dispose: () => void client?.stop() },
  );
  const patterns = filePatterns();
  for (const doc of vscode.workspace.textDocuments) applyFileGlobs(doc, patterns);

  // The simulator preview (client/src/preview) registers its commands here.
  registerPreview(context, () => client);
  // The language status item (Kafka version and client of the open file) and its command.
  registerStatus(context, () => client, documentSelector(), isProducerDocument, CONFIG_SECTION);

  if (vscode.workspace.textDocuments.some(isProducerDocument)) await ensureStarted();
  else void startForWorkspace(context, ensureStarted);
  return {
    get client() {
      return client;
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
