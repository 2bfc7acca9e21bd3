// The language server on any connection: the pure language service (server/src/service) behind LSP.
// server.ts gives it the process's stdio / IPC / socket connection; tests give it one end of an
// in-memory pair. Everything the server holds lives in the objects made here, so one process can run
// several servers (the in-process tests do).
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { getLanguageService } from '../service/languageService';
import { normalizeLocale } from '#core';
import { clientFeatures, serverCapabilities } from './capabilities';
import { DiagnosticsPublisher } from './diagnostics';
import { DocumentStore } from './documents';
import { listenForFeatures } from './features';
import { errorLogger } from './guard';
import { SettingsStore } from './settings';
import { DocumentProjects, WorkspaceChecker, WorkspaceFolders } from './workspace';
import { nodeProjectFs } from '../node/projectFs';

let started = 0;

export interface ServerHandle {
  /** Stops pending work (timers); the connection itself belongs to the caller. */
  dispose(): void;
  /** How much the server holds (documents, cached analyses, change logs, settings, timers, unanswered requests): for tests. */
  stats(): Record<string, number>;
}

export interface ServerOptions {
  /**
   * The package's root as a URI ending in `/` (where docs/rules/ is): each diagnostic's code then links to its
   * rule's page. Without it (a server that does not know where its files are) the code links to Kafka's
   * documentation of the key.
   */
  docsRoot?: string;
  /** The language the command line asks for (`--locale ko`): it wins over the client's locale. */
  locale?: string;
}

export function startServer(connection: Connection, options: ServerOptions = {}): ServerHandle {
  const logError = errorLogger(connection.console);
  // The service reads build files and .kpc.json through the real file system (never writes, never runs anything).
  const service = getLanguageService({ projectFs: nodeProjectFs });
  const folders = new WorkspaceFolders();
  /** What the client supports: filled in by `initialize`, read by everything after it. */
  const client = clientFeatures({ capabilities: {} } as InitializeParams);
  const settings: SettingsStore = new SettingsStore(connection, logError, (uri) => documents.get(uri) !== undefined);
  const documents: DocumentStore = new DocumentStore(service, settings, logError);
  const resultEpoch = `${process.pid.toString(36)}.${Date.now().toString(36)}.${++started}`;
  const diagnostics = new DiagnosticsPublisher(connection, service, documents, settings, client, logError, resultEpoch, options.docsRoot);
  const workspace = new WorkspaceChecker(connection, service, documents, settings, diagnostics, client, folders, logError, resultEpoch);
  settings.projects = new DocumentProjects(service, folders, logError, (path, problems) => workspace.configProblems(path, problems));
  /** Settings or projects changed: open documents re-checked, and the files that are not open. */
  const refreshAll = (): void => {
    diagnostics.refreshAll();
    workspace.settingsChanged();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as { locale?: string; settings?: unknown };
    service.configure({ locale: normalizeLocale(options.locale ?? params.locale ?? init.locale) });
    settings.initialize(init.settings);
    Object.assign(client, clientFeatures(params));
    settings.canPull = client.configuration;
    folders.initialize(params);
    return { capabilities: serverCapabilities(client), serverInfo: { name: 'kafka-producer-config', version: '0.1.0' } };
  });

  connection.onInitialized(() => {
    settings.start(refreshAll);
    workspace.watch();
    workspace.publishAll();
    if (client.folderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        folders.change(e.added, e.removed);
        settings.projectChanged();
        diagnostics.refreshAll();
        workspace.foldersChanged();
      });
    }
  });

  connection.onDidChangeWatchedFiles((params) => workspace.filesChanged(params, () => diagnostics.refreshAll()));

  connection.onDidChangeConfiguration((change) => {
    void Promise.all([settings.loadWindow(change.settings), ...documents.all().map((d) => settings.loadScoped(d.uri))]).then(
      (changed) => {
        if (changed.some(Boolean)) refreshAll();
      },
      (err) => logError('settings', err),
    );
  });

  const { documents: sync } = documents;
  sync.onDidOpen((e) => {
    const { uri } = e.document;
    void settings
      .loadScoped(uri)
      .then((changed) => {
        // Only when the answer came after the 3 s wait and the document was analysed without it.
        if (changed && documents.hasAnalysis(uri)) refreshAll();
      })
      .catch((err: unknown) => logError('settings', err));
  });
  sync.onDidChangeContent((e) => {
    // (an open or a change: its size counts towards the limits, which may now let other documents in or keep them out)
    diagnostics.recheck(documents.updateLimits(e.document.uri));
    diagnostics.schedule(e.document);
  });
  sync.onDidClose((e) => {
    const { uri } = e.document;
    settings.forget(uri);
    documents.forget(uri);
    diagnostics.closed(uri);
    diagnostics.recheck(documents.updateLimits());
    workspace.closed(uri);
  });

  diagnostics.listenForPulls();
  workspace.listenForPulls();
  listenForFeatures(connection, service, documents, settings, diagnostics, client, logError);
  documents.listen(connection);
  connection.listen();
  return {
    dispose: () => diagnostics.dispose(),
    stats: () => ({ ...documents.stats(), ...settings.stats(), ...diagnostics.stats() }),
  };
}
