/**
 * The protocol floor: a language server that does no analysis at all, on the same stack as ours
 * (vscode-languageserver, TextDocuments with incremental sync, our one-write stdio writer). It keeps
 * the document text in sync and answers every pull with the same one diagnostic, hover with nothing
 * and completion with an empty list. Whatever an edit costs here is what our server pays before its
 * analysis starts, so `peer ÷ floor` is the best ratio a server could reach against that peer in
 * this run.
 */
import { createConnection, DiagnosticSeverity, ProposedFeatures, StreamMessageReader, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StdioMessageWriter } from '../server/src/lsp/stdioWriter';

const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StdioMessageWriter(process.stdout));
process.stdin.on('end', () => process.exit(0));
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
    hoverProvider: true,
    completionProvider: {},
  },
  serverInfo: { name: 'kpc-bench-floor' },
}));

// (TextDocuments has already applied the change and built the new text when a pull arrives.)
connection.languages.diagnostics.on((params) => ({
  kind: 'full',
  items: documents.get(params.textDocument.uri)
    ? [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity: DiagnosticSeverity.Hint, message: 'floor' }]
    : [],
}));
connection.onHover(() => null);
connection.onCompletion(() => ({ isIncomplete: false, items: [] }));

documents.listen(connection);
connection.listen();
