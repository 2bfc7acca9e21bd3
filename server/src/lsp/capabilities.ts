// What the client can do (read once from `initialize`) and what this server offers in return.
import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type ServerCapabilities } from 'vscode-languageserver';
import { CODE_ACTION_KINDS } from '../service/codeActions';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../service/semanticTokens';

export interface ClientFeatures {
  /** textDocument/diagnostic (pull) instead of publishDiagnostics (push). */
  pullDiagnostics: boolean;
  /** workspace/configuration: settings are asked for, per document too. */
  configuration: boolean;
  snippets: boolean;
  /** `completionList.itemDefaults` the client understands (LSP 3.17; VS Code sends editRange, insertTextFormat, …). */
  completionDefaults: ReadonlySet<string>;
  /** codeAction/resolve can fill in an action's edit (fix-all is then computed only when picked). */
  resolveEdits: boolean;
  /** The client shows `relatedInformation` (VS Code does: links under the diagnostic to the other lines involved). */
  relatedInformation: boolean;
  /** The client shows `codeDescription.href` (VS Code does: the diagnostic's code becomes a link). */
  codeDescriptions: boolean;
  refresh: { semanticTokens: boolean; inlayHints: boolean; codeLens: boolean };
  /** The server may ask to be told about file changes (workspace/didChangeWatchedFiles, registered dynamically). */
  watchFiles: boolean;
  /** The client tells about workspace folders added and removed. */
  folderChanges: boolean;
}

export function clientFeatures(params: InitializeParams): ClientFeatures {
  const caps = params.capabilities;
  return {
    pullDiagnostics: !!caps.textDocument?.diagnostic,
    configuration: !!caps.workspace?.configuration,
    snippets: caps.textDocument?.completion?.completionItem?.snippetSupport ?? false,
    completionDefaults: new Set(caps.textDocument?.completion?.completionList?.itemDefaults ?? []),
    resolveEdits: !!caps.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit'),
    relatedInformation: !!caps.textDocument?.publishDiagnostics?.relatedInformation,
    codeDescriptions: !!caps.textDocument?.publishDiagnostics?.codeDescriptionSupport,
    refresh: {
      semanticTokens: !!caps.workspace?.semanticTokens?.refreshSupport,
      inlayHints: !!caps.workspace?.inlayHint?.refreshSupport,
      codeLens: !!caps.workspace?.codeLens?.refreshSupport,
    },
    watchFiles: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    folderChanges: !!caps.workspace?.workspaceFolders,
  };
}

export function serverCapabilities(client: ClientFeatures): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    // Workspace diagnostics: the producer configs that are not open (kafkaProducerConfig.checkWorkspace).
    ...(client.pullDiagnostics ? { diagnosticProvider: { identifier: 'kpc', interFileDependencies: false, workspaceDiagnostics: true } } : {}),
    ...(client.folderChanges ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
    hoverProvider: true,
    completionProvider: { triggerCharacters: ['=', ':', '.'], resolveProvider: false },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, ...CODE_ACTION_KINDS.filter((k) => k !== 'quickfix')], resolveProvider: true },
    documentSymbolProvider: { label: 'Kafka Producer Config' },
    foldingRangeProvider: true,
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    documentLinkProvider: { resolveProvider: false },
    inlayHintProvider: { resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
    semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true, range: false },
  };
}
