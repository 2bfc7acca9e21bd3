// The feature requests: each asks the language service about the document's analysis and converts the
// answer to LSP. A request waits for the document's settings; one for a document the server does not
// have, or whose handler throws, gets the empty answer.
import type { CodeAction, CompletionList, Connection, DocumentSymbol, Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EFFECTIVE_CONFIG_REQUEST, type EffectiveConfigResponse } from '#core';
import type { Analysis } from '../service/analyze';
import { FIX_ALL_KIND } from '../service/codeActions';
import type { LanguageService } from '../service/languageService';
import type { SymbolData } from '../service/symbols';
import type { Span } from '../service/types';
import type { ClientFeatures } from './capabilities';
import { sameRange, toCompletionList, toDocumentLinks, toEdit, toFoldingRange, toInlayHint, toRange, toSemanticTokens, toSpan, toSymbol } from './convert';
import type { DiagnosticsPublisher } from './diagnostics';
import type { DocumentStore } from './documents';
import { safe, type LogError } from './guard';
import { sendsAsIs, withKeptItems, withKeptList } from './serialized';
import type { SettingsStore } from './settings';

/** Outline leaves kept across edits only for files with at most this many entries. */
const MAX_KEPT_LEAVES = 50_000;

export function listenForFeatures(
  connection: Connection,
  service: LanguageService,
  documents: DocumentStore,
  settings: SettingsStore,
  diagnostics: DiagnosticsPublisher,
  client: ClientFeatures,
  logError: LogError,
): void {
  /** Runs `fn` on the document's analysis once its settings are loaded; `fallback` when there is none. */
  const withDoc = <T>(uri: string, where: string, fallback: T, fn: (doc: TextDocument, a: Analysis) => T): T | Promise<T> =>
    settings.whenReady(() => {
      const doc = documents.get(uri);
      if (!doc) return fallback;
      return safe(logError, where, fallback, () => {
        const a = documents.analysisOf(doc);
        return a ? fn(doc, a) : fallback;
      });
    }, uri);

  /**
   * The last few hover and completion answers of each analysis (so of one text with one set of settings): asked
   * again at the same place, the same answer, whose JSON the stdio writer keeps (a completion list of a producer
   * config is ~150 keys, ~30 kB). They go with the analysis.
   */
  const answers = new WeakMap<Analysis, { key: string; answer: object | null }[]>();
  const remember = <T extends object | null>(a: Analysis, key: string, make: () => T): T => {
    let kept = answers.get(a);
    if (!kept) answers.set(a, (kept = []));
    const k = `${key}|${service.locale}`;
    const hit = kept.find((x) => x.key === k);
    if (hit) return hit.answer as T;
    const answer = make();
    if (answer) sendsAsIs(answer);
    kept.push({ key: k, answer });
    if (kept.length > 8) kept.shift();
    return answer;
  };

  connection.onHover((params) =>
    withDoc<Hover | null>(params.textDocument.uri, 'hover', null, (doc, a) => {
      const offset = doc.offsetAt(params.position);
      return remember<Hover | null>(a, `hover ${offset}`, () => {
        const h = service.hover(a, offset);
        return h ? { contents: { kind: 'markdown', value: h.contents }, range: toRange(doc, h.span) } : null;
      });
    }),
  );

  connection.onCompletion((params) =>
    withDoc<CompletionList | null>(params.textDocument.uri, 'completion', null, (doc, a) => {
      const offset = doc.offsetAt(params.position);
      return remember(a, `completion ${offset}`, () => toCompletionList(doc, service.complete(a, offset), { snippets: client.snippets, itemDefaults: client.completionDefaults }));
    }),
  );

  connection.onCodeAction((params) =>
    withDoc<CodeAction[]>(params.textDocument.uri, 'codeAction', [], (doc, a) => {
      const docSettings = settings.for(doc.uri);
      const related = service.relatedWanted(a, docSettings);
      return service.codeActions(a, { span: toSpan(doc, params.range), only: params.context.only, lazyFixAll: client.resolveEdits }, docSettings).map((ca) => ({
        title: ca.title,
        kind: ca.kind,
        isPreferred: ca.isPreferred,
        diagnostics: ca.findings?.map((f) => diagnostics.toDiagnostic(doc, f, a, related)),
        ...(ca.unresolved ? { data: { uri: doc.uri, version: doc.version } } : { edit: { changes: { [doc.uri]: ca.edits.map((e) => toEdit(doc, e)) } } }),
      }));
    }),
  );

  // Fix-all is computed only when the user picks it (or on save).
  connection.onCodeActionResolve((action) => {
    const data = action.data as { uri?: unknown; version?: unknown } | undefined;
    if (action.kind !== FIX_ALL_KIND || !data || typeof data.uri !== 'string') return action;
    // Computed on the document as it is now, which is the text the editor applies the edit to.
    return withDoc<CodeAction>(data.uri, 'codeAction/resolve', action, (doc, a) => {
      const r = service.resolveFixAll(a, settings.for(doc.uri));
      return r ? { ...action, title: r.title, edit: { changes: { [doc.uri]: r.edits.map((e) => toEdit(doc, e)) } } } : { ...action, edit: { changes: {} } };
    });
  });

  /**
   * Each outline leaf (one per entry) as converted last, with the offsets and line count it was converted at: an
   * entry the edit did not touch keeps its span object (shifted in place, service/incremental.ts) and, while its
   * range and words are the same, its DocumentSymbol, whose JSON is then not made again (a 10k-line file's
   * outline is ~1 MB, asked for after every change).
   */
  const leaves = new WeakMap<Span, { symbol: DocumentSymbol; data: SymbolData; start: number; end: number; selStart: number; selEnd: number; lines: number }>();
  const leaf = (doc: TextDocument, s: SymbolData, lines: number): DocumentSymbol => {
    const k = leaves.get(s.span);
    const same = k && k.lines === lines && k.data.name === s.name && k.data.detail === s.detail && k.data.deprecated === s.deprecated && k.data.kind === s.kind;
    if (same && k.start === s.span.start && k.end === s.span.end && k.selStart === s.selectionSpan.start && k.selEnd === s.selectionSpan.end) return k.symbol;
    let symbol = toSymbol(doc, s);
    if (same && sameRange(symbol.range, k.symbol.range) && sameRange(symbol.selectionRange, k.symbol.selectionRange)) symbol = k.symbol;
    leaves.set(s.span, { symbol, data: s, start: s.span.start, end: s.span.end, selStart: s.selectionSpan.start, selEnd: s.selectionSpan.end, lines });
    return symbol;
  };
  connection.onDocumentSymbol((params) =>
    withDoc(params.textDocument.uri, 'documentSymbol', [], (doc, a) => {
      const lines = doc.lineCount;
      // (not for a huge generated file: 200k kept symbols with their JSON would be a hundred MB)
      const keep = a.parsed.entries.length <= MAX_KEPT_LEAVES;
      return withKeptList(
        service.documentSymbols(a).map((g) => {
          if (!g.children) return toSymbol(doc, g);
          // (toSymbol's fields in toSymbol's order, `children` last)
          const node = toSymbol(doc, { ...g, children: undefined });
          node.children = g.children.map((c) => (c.children || !keep ? toSymbol(doc, c) : leaf(doc, c, lines)));
          return withKeptItems(node, 'children');
        }),
      );
    }),
  );

  connection.onFoldingRanges((params) => withDoc(params.textDocument.uri, 'foldingRange', [], (_doc, a) => service.foldingRanges(a).map(toFoldingRange)));

  connection.onDocumentFormatting((params) => withDoc(params.textDocument.uri, 'formatting', [], (doc, a) => service.format(a).map((e) => toEdit(doc, e))));

  connection.onDocumentRangeFormatting((params) =>
    withDoc(params.textDocument.uri, 'rangeFormatting', [], (doc, a) => service.format(a, toSpan(doc, params.range)).map((e) => toEdit(doc, e))),
  );

  connection.onDocumentLinks((params) => withDoc(params.textDocument.uri, 'documentLink', [], (doc, a) => toDocumentLinks(doc, service.documentLinks(a))));

  connection.languages.inlayHint.on((params) =>
    withDoc(params.textDocument.uri, 'inlayHint', [], (doc, a) => service.inlayHints(a, toSpan(doc, params.range)).map((h) => toInlayHint(doc, h))),
  );

  connection.onCodeLens((params) =>
    withDoc(params.textDocument.uri, 'codeLens', [], (doc, a) => service.codeLenses(a).map((l) => ({ range: toRange(doc, l.span), command: { title: l.title, command: '' } }))),
  );

  connection.languages.semanticTokens.on((params) => withDoc(params.textDocument.uri, 'semanticTokens', { data: [] as number[] }, (doc, a) => toSemanticTokens(doc, service.semanticTokens(a))));

  connection.onRequest(EFFECTIVE_CONFIG_REQUEST, (params: { uri?: unknown; values?: unknown }) => {
    if (!params || typeof params.uri !== 'string') return null;
    const withValues = params.values !== false;
    return withDoc<EffectiveConfigResponse | null>(params.uri, 'effectiveConfig', null, (_doc, a) => service.effectiveConfig(a, withValues));
  });
}
