import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CompletionItemKind,
  CompletionItemTag,
  createConnection,
  DiagnosticSeverity,
  DiagnosticTag,
  FoldingRangeKind,
  InsertTextFormat,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  SemanticTokensBuilder,
  StreamMessageReader,
  SymbolKind,
  SymbolTag,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CompletionList,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type DocumentSymbol,
  type InitializeParams,
  type InitializeResult,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StdioMessageWriter } from './stdioWriter';
import { analyze, analyzeIncremental, type Analysis, type AnalysisOptions } from './service/analyze';
import { CODE_ACTION_KINDS, codeActions, FIX_ALL_KIND, resolveFixAll } from './service/codeActions';
import { complete } from './service/completion';
import { foldingRanges } from './service/folding';
import { formatEdits } from './service/format';
import { hover } from './service/hover';
import { defaultsLens, inlayHints } from './service/inlayHints';
import { documentLinks } from './service/links';
import { DEFAULT_MAX_PROBLEMS, limitFindings, MAX_ANALYZED_LENGTH, omittedMessage, tooLargeMessage } from './service/limit';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from './service/semanticTokens';
import { documentSymbols, type SymbolData } from './service/symbols';
import { safeValue } from './service/secrets';
import type { TextChange } from './service/incremental';
import { lowerBound } from './service/lineIndex';
import { getKey } from '../../schemas/catalog/index';
import type { Finding, Severity, Span, TextEdit } from './service/types';
import { normalizeLocale, type Locale } from './service/units';

// Thin LSP wiring around the pure language service (server/src/service): documents, settings,
// scheduling, and conversion between service offsets/spans and LSP positions/ranges.
// Works over --stdio, --node-ipc and --socket (createConnection reads process.argv).

// Over stdio, responses go out through StdioMessageWriter (one write per message). What
// vscode-languageserver does itself for --stdio is repeated here: console output goes to the client's
// log (nothing may corrupt stdout), and the process ends with stdin (0 after a shutdown request, else 1).
const stdio = process.argv.includes('--stdio');
const connection = stdio
  ? createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StdioMessageWriter(process.stdout))
  : createConnection(ProposedFeatures.all);
if (stdio) {
  let shutdownReceived = false;
  connection.onShutdown(() => {
    shutdownReceived = true;
  });
  const end = (): never => process.exit(shutdownReceived ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  for (const level of ['log', 'info', 'warn', 'error'] as const) {
    console[level] = (...args: unknown[]) => connection.console[level](args.map(String).join(' '));
  }
}

/**
 * Changes applied to each document since its cached analysis (offsets into the text each one applied
 * to), so the next analysis can re-read just the edited line; null after a full-text replacement.
 */
const changeLog = new Map<string, TextChange[] | null>();
const MAX_LOGGED_CHANGES = 64;

const documents = new TextDocuments<TextDocument>({
  create: TextDocument.create,
  update(doc, changes, version) {
    let log = changeLog.get(doc.uri);
    for (const c of changes) {
      if (log && 'range' in c && log.length < MAX_LOGGED_CHANGES) {
        const start = doc.offsetAt(c.range.start);
        const end = doc.offsetAt(c.range.end);
        log.push({ start: Math.min(start, end), end: Math.max(start, end), text: c.text });
      } else {
        log = null;
      }
      // One change at a time, so each logged offset refers to the text that change applied to.
      doc = TextDocument.update(doc, [c], version);
    }
    if (changes.length === 0) doc = TextDocument.update(doc, changes, version);
    if (changeLog.has(doc.uri)) changeLog.set(doc.uri, log ?? null);
    return doc;
  },
});

interface Settings {
  kafkaVersion?: string;
  client?: 'java' | 'console-producer';
  severity?: Record<string, Severity | 'off'>;
  allowedKeys?: string[];
  /** Most findings published per document (the rest are counted in one extra line). */
  maxNumberOfProblems?: number;
}

let settings: Settings = {};
let settingsGeneration = 0;
let locale: Locale = 'en';
let pullDiagnostics = false;
let canPullConfiguration = false;
let snippetSupport = true;
/** `completionList.itemDefaults` the client understands (LSP 3.17; VS Code sends editRange, insertTextFormat, …). */
let completionDefaults = new Set<string>();
let resolveEdits = false;
/** The client shows `relatedInformation` (VS Code does: links under the diagnostic to the other lines involved). */
let relatedInformation = false;
/** The client shows `codeDescription.href` (VS Code does: the diagnostic's code becomes a link). */
let codeDescriptions = false;
let canRefreshSemanticTokens = false;
let canRefreshInlayHints = false;
let canRefreshCodeLens = false;

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Accepts only well-formed settings; anything else is dropped (never crashes on bad user JSON). */
function sanitizeSettings(raw: unknown): Settings {
  const out: Settings = {};
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (typeof r.kafkaVersion === 'string' && r.kafkaVersion.trim()) out.kafkaVersion = r.kafkaVersion.trim();
  if (r.client === 'java' || r.client === 'console-producer') out.client = r.client;
  if (r.severity && typeof r.severity === 'object' && !Array.isArray(r.severity)) {
    const sev: Record<string, Severity | 'off'> = {};
    for (const [k, v] of Object.entries(r.severity as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v.toLowerCase())) sev[k] = v.toLowerCase() as Severity | 'off';
    }
    out.severity = sev;
  }
  if (Array.isArray(r.allowedKeys)) out.allowedKeys = r.allowedKeys.filter((k): k is string => typeof k === 'string' && k.length > 0);
  if (typeof r.maxNumberOfProblems === 'number' && Number.isFinite(r.maxNumberOfProblems) && r.maxNumberOfProblems >= 1) {
    out.maxNumberOfProblems = Math.floor(r.maxNumberOfProblems);
  }
  return out;
}

/**
 * Each open document's own settings: what the client answers for `kafkaProducerConfig` scoped to the
 * document (VS Code merges the settings of the document's workspace folder), so two folders of a
 * multi-root workspace can target different Kafka versions. Without an entry, the window's settings apply.
 */
const scoped = new Map<string, Settings>();
/** Scoped loads in flight; a document is not analysed before its own finishes (at most 3 s). */
const scopedLoading = new Map<string, Promise<unknown>>();
const scopedSeq = new Map<string, number>();

function settingsFor(uri: string): Settings {
  return scoped.get(uri) ?? settings;
}

function analysisOptions(uri: string): AnalysisOptions {
  const s = settingsFor(uri);
  return {
    kafkaVersion: s.kafkaVersion,
    client: s.client,
    severity: s.severity,
    allowedKeys: s.allowedKeys,
    locale,
  };
}

/** Loads the document's scoped settings; resolves to true when the settings it is analysed with changed. */
function loadScoped(uri: string): Promise<boolean> {
  if (!canPullConfiguration) return Promise.resolve(false);
  const seq = (scopedSeq.get(uri) ?? 0) + 1;
  scopedSeq.set(uri, seq);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), 3000);
  });
  const request = connection.workspace.getConfiguration({ scopeUri: uri, section: 'kafkaProducerConfig' }).then(
    (raw: unknown) => (raw === undefined || raw === null ? undefined : sanitizeSettings(raw)),
    (err: unknown) => {
      logError('workspace/configuration', err);
      return undefined;
    },
  );
  const done = Promise.race([request, timeout]).then((next) => {
    clearTimeout(timer);
    // A newer load for this document started, or it was closed: this answer is no longer wanted.
    if (scopedSeq.get(uri) !== seq || !documents.get(uri) || !next) return false;
    const before = JSON.stringify(settingsFor(uri));
    scoped.set(uri, next);
    if (JSON.stringify(next) === before) return false;
    settingsGeneration++;
    return true;
  });
  // What whenReady waits on; it never rejects (nobody may be waiting to handle a rejection).
  const tracked: Promise<unknown> = done
    .catch(() => false)
    .finally(() => {
      if (scopedLoading.get(uri) === tracked) scopedLoading.delete(uri);
    });
  scopedLoading.set(uri, tracked);
  return done;
}

// Nothing is analysed until the first settings have arrived (or 3 s passed), so an editor never
// sees a flash of diagnostics computed with the wrong Kafka version.
let settingsLoaded = false;
let markReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  markReady = () => {
    settingsLoaded = true;
    resolve();
  };
});
/** Runs `fn` now when settings (the window's, and the document's own when `uri` is given) are loaded, else once they are. */
function whenReady<T>(fn: () => T, uri?: string): T | Promise<T> {
  const own = uri !== undefined ? scopedLoading.get(uri) : undefined;
  if (settingsLoaded && !own) return fn();
  return Promise.all([ready, own]).then(fn);
}

const cache = new Map<string, { version: number; generation: number; analysis: Analysis }>();

function analysisOf(doc: TextDocument): Analysis | undefined {
  const hit = cache.get(doc.uri);
  if (hit && hit.version === doc.version && hit.generation === settingsGeneration) return hit.analysis;
  const log = changeLog.get(doc.uri);
  // The previous analysis is handed over (and consumed) before the new one exists: never two alive.
  cache.delete(doc.uri);
  changeLog.set(doc.uri, []);
  try {
    const text = doc.getText();
    if (text.length > MAX_ANALYZED_LENGTH) return undefined; // diagnosticsOf says why
    const options = analysisOptions(doc.uri);
    const analysis = hit && hit.generation === settingsGeneration && log ? analyzeIncremental(hit.analysis, log, text, options) : analyze(text, options);
    cache.set(doc.uri, { version: doc.version, generation: settingsGeneration, analysis });
    return analysis;
  } catch (err) {
    logError('analyze', err);
    return undefined;
  }
}

function logError(where: string, err: unknown): void {
  // Messages and stacks only: never document text (it may hold secrets).
  const msg = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
  connection.console.error(`[kpc] ${where} failed: ${msg}`);
}

/** Runs a handler; on any exception logs it and returns the fallback. */
function safe<T>(where: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    logError(where, err);
    return fallback;
  }
}

const toRange = (doc: TextDocument, span: Span): Range => ({ start: doc.positionAt(span.start), end: doc.positionAt(span.end) });
const toEdit = (doc: TextDocument, e: TextEdit): LspTextEdit => ({ range: toRange(doc, e.span), newText: e.newText });

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Kafka's own documentation of the producer configs; each key has the anchor `producerconfigs_<key>` (ConfigDef.toHtml). */
const KAFKA_PRODUCER_DOCS = 'https://kafka.apache.org/documentation/#producerconfigs';
/** Codes whose span is not about the key it sits on: no link to that key's documentation. */
const NO_KEY_LINK = new Set(['missing-required', 'malformed-escape', 'non-ascii', 'duplicate-key']);
/**
 * Above this many findings in one document (a generated or broken file, not a config someone writes),
 * diagnostics go out without related lines: every one of them would repeat the document URI.
 */
const MAX_FINDINGS_WITH_RELATED = 1000;

/** Where Kafka documents what a finding is about: the producer key on its line, or the list of keys for an unknown one. */
function docsLink(a: Analysis, f: Finding): string | undefined {
  if (f.code === 'unknown-key') return KAFKA_PRODUCER_DOCS;
  if (NO_KEY_LINK.has(f.code)) return undefined;
  const entries = a.parsed.entries;
  const e = entries[lowerBound(entries, (x) => x.span.end, f.span.start)];
  if (!e || e.span.start > f.span.start || !getKey(e.key, a.version)) return undefined;
  return `${KAFKA_PRODUCER_DOCS}_${e.key}`;
}

function toDiagnostic(doc: TextDocument, f: Finding, a?: Analysis, withRelated = true): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, f.span),
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Warning,
    code: f.code,
    source: 'kpc',
    message: f.message,
  };
  if (codeDescriptions && a) {
    const href = docsLink(a, f);
    if (href) d.codeDescription = { href };
  }
  const tags = (f.tags ?? []).map((t) => (t === 'deprecated' ? DiagnosticTag.Deprecated : DiagnosticTag.Unnecessary));
  if (tags.length) d.tags = tags;
  if (relatedInformation && withRelated && f.related) d.relatedInformation = f.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.span) }, message: r.message }));
  return d;
}

/** A diagnostic about the whole file, at its start. */
function fileDiagnostic(severity: DiagnosticSeverity, code: string, message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity, code, source: 'kpc', message };
}

function maxProblems(uri: string): number {
  return settingsFor(uri).maxNumberOfProblems ?? DEFAULT_MAX_PROBLEMS;
}

/** Related lines go out while the diagnostics sent for the document number at most MAX_FINDINGS_WITH_RELATED. */
function relatedWanted(uri: string, a: Analysis): boolean {
  return Math.min(a.findings.length, maxProblems(uri)) <= MAX_FINDINGS_WITH_RELATED;
}

function diagnosticsOf(doc: TextDocument): Diagnostic[] {
  const a = analysisOf(doc);
  if (!a) {
    const length = (doc.getText() as string | null)?.length ?? 0;
    return length > MAX_ANALYZED_LENGTH ? [fileDiagnostic(DiagnosticSeverity.Warning, 'file-too-large', tooLargeMessage(length, locale))] : [];
  }
  const max = maxProblems(doc.uri);
  const { shown, omitted } = limitFindings(a.findings, max);
  const withRelated = relatedWanted(doc.uri, a);
  const diagnostics = shown.map((f) => toDiagnostic(doc, f, a, withRelated));
  if (omitted > 0) diagnostics.push(fileDiagnostic(DiagnosticSeverity.Information, 'too-many-findings', omittedMessage(omitted, a.findings.length, max, locale)));
  return diagnostics;
}

// ---- push diagnostics (clients without pull support): tiny debounce, never stale ----
const timers = new Map<string, NodeJS.Timeout>();

function schedulePush(doc: TextDocument): void {
  if (pullDiagnostics) return;
  if (!settingsLoaded || scopedLoading.has(doc.uri)) {
    const { uri } = doc;
    void Promise.all([ready, scopedLoading.get(uri)])
      .then(() => {
        const cur = documents.get(uri);
        if (cur && !timers.has(uri)) schedulePush(cur);
      })
      .catch((err: unknown) => logError('diagnostics', err));
    return;
  }
  const old = timers.get(doc.uri);
  if (old) clearTimeout(old);
  // Analysis is fast (well under a millisecond per thousand lines), so there is no real debounce:
  // changes that arrive together are coalesced by the timer, and while one analysis runs newer
  // changes queue up and replace the pending one. Only very large files wait a few ms more.
  // (A client can open a document with garbage instead of text: never let that throw out of a timer.)
  const delay = ((doc.getText() as string | null)?.length ?? 0) > 1_000_000 ? 5 : 0;
  const { uri, version } = doc;
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      const cur = documents.get(uri);
      if (!cur || cur.version !== version) return; // a newer edit is scheduled
      const diagnostics = safe('diagnostics', [] as Diagnostic[], () => diagnosticsOf(cur));
      if (documents.get(uri)?.version !== version) return; // stale: never publish
      void connection.sendDiagnostics({ uri, version, diagnostics });
    }, delay),
  );
}

function refreshAll(): void {
  cache.clear();
  if (pullDiagnostics) void connection.languages.diagnostics.refresh().catch(() => undefined);
  else for (const doc of documents.all()) schedulePush(doc);
  if (canRefreshSemanticTokens) void connection.languages.semanticTokens.refresh().catch(() => undefined);
  if (canRefreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
  if (canRefreshCodeLens) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
}

let loadSeq = 0;
/** Loads settings; resolves to true when they changed (then everything is re-checked). */
async function loadSettings(pushed?: unknown): Promise<boolean> {
  const seq = ++loadSeq;
  let raw: unknown = undefined;
  if (canPullConfiguration) {
    try {
      raw = await connection.workspace.getConfiguration('kafkaProducerConfig');
    } catch (err) {
      logError('workspace/configuration', err);
    }
  }
  if (raw === undefined || raw === null) {
    const p = pushed as { kafkaProducerConfig?: unknown } | undefined;
    raw = p && typeof p === 'object' ? p.kafkaProducerConfig : undefined;
  }
  if (seq !== loadSeq) return false; // a newer change is being loaded: never apply older settings after it
  if (raw === undefined || raw === null) return false;
  const next = sanitizeSettings(raw);
  if (JSON.stringify(next) === JSON.stringify(settings)) return false;
  settings = next;
  settingsGeneration++;
  return true;
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  const init = (params.initializationOptions ?? {}) as { locale?: string; settings?: unknown };
  locale = normalizeLocale(params.locale ?? init.locale);
  if (init.settings) settings = sanitizeSettings(init.settings);
  pullDiagnostics = !!caps.textDocument?.diagnostic;
  canPullConfiguration = !!caps.workspace?.configuration;
  snippetSupport = caps.textDocument?.completion?.completionItem?.snippetSupport ?? false;
  completionDefaults = new Set(caps.textDocument?.completion?.completionList?.itemDefaults ?? []);
  resolveEdits = !!caps.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit');
  relatedInformation = !!caps.textDocument?.publishDiagnostics?.relatedInformation;
  codeDescriptions = !!caps.textDocument?.publishDiagnostics?.codeDescriptionSupport;
  canRefreshSemanticTokens = !!caps.workspace?.semanticTokens?.refreshSupport;
  canRefreshInlayHints = !!caps.workspace?.inlayHint?.refreshSupport;
  canRefreshCodeLens = !!caps.workspace?.codeLens?.refreshSupport;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'kpc', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
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
    },
    serverInfo: { name: 'kafka-producer-config', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  const fallback = setTimeout(markReady, 3000);
  void loadSettings()
    .catch((err) => {
      logError('settings', err);
      return false;
    })
    .then((changed) => {
      clearTimeout(fallback);
      const late = settingsLoaded; // the 3 s fallback already let analysis start
      markReady();
      if (late && changed) refreshAll();
    });
});

connection.onDidChangeConfiguration((change) => {
  void Promise.all([loadSettings(change.settings), ...documents.all().map((d) => loadScoped(d.uri))]).then(
    (changed) => {
      if (changed.some(Boolean)) refreshAll();
    },
    (err) => logError('settings', err),
  );
});

documents.onDidOpen((e) => {
  const { uri } = e.document;
  void loadScoped(uri)
    .then((changed) => {
      // Only when the answer came after the 3 s wait and the document was analysed without it.
      if (changed && cache.has(uri)) refreshAll();
    })
    .catch((err: unknown) => logError('settings', err));
});
documents.onDidChangeContent((e) => schedulePush(e.document));
documents.onDidClose((e) => {
  scoped.delete(e.document.uri);
  scopedSeq.delete(e.document.uri);
  scopedLoading.delete(e.document.uri);
  cache.delete(e.document.uri);
  changeLog.delete(e.document.uri);
  const t = timers.get(e.document.uri);
  if (t) clearTimeout(t);
  timers.delete(e.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

/**
 * Pull-diagnostics result ids are unique to this server process: after "Restart Language Server" a client
 * holding an id from the previous process must not get "unchanged" from this one, and version:generation
 * alone repeats across processes.
 */
const RESULT_EPOCH = `${process.pid.toString(36)}.${Date.now().toString(36)}`;

connection.languages.diagnostics.on((params, token) =>
  whenReady(() => {
    // A newer edit made the client cancel this pull: say so rather than answer for stale text.
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: false });
    return safe<DocumentDiagnosticReport>('pull diagnostics', { kind: 'full', items: [] }, () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return { kind: 'full', items: [] };
      const resultId = `${RESULT_EPOCH}:${doc.version}:${settingsGeneration}`;
      if (params.previousResultId === resultId && cache.get(doc.uri)?.version === doc.version) return { kind: 'unchanged', resultId };
      return { kind: 'full', resultId, items: diagnosticsOf(doc) };
    });
  }, params.textDocument.uri),
);

function withDoc<T>(uri: string, where: string, fallback: T, fn: (doc: TextDocument, a: Analysis) => T): T | Promise<T> {
  return whenReady(() => {
    const doc = documents.get(uri);
    if (!doc) return fallback;
    return safe(where, fallback, () => {
      const a = analysisOf(doc);
      return a ? fn(doc, a) : fallback;
    });
  }, uri);
}

connection.onHover((params) =>
  withDoc(params.textDocument.uri, 'hover', null, (doc, a) => {
    const h = hover(a, doc.offsetAt(params.position), locale);
    return h ? { contents: { kind: 'markdown', value: h.contents }, range: toRange(doc, h.span) } : null;
  }),
);

const COMPLETION_KIND = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  class: CompletionItemKind.Class,
  keyword: CompletionItemKind.Keyword,
} as const;

/** `key=${1:5}` → `key=5` for clients without snippet support. */
function unsnippet(s: string): string {
  return s.replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, d: string) => d.replace(/\\(.)/g, '$1')).replace(/\$\d+/g, '').replace(/\\([\\$}])/g, '$1');
}

connection.onCompletion((params) =>
  withDoc<CompletionList | null>(params.textDocument.uri, 'completion', null, (doc, a) => {
    const res = complete(a, doc.offsetAt(params.position), locale);
    const first = res.items[0];
    // Every item of a list usually replaces the same text: with a client that takes list defaults,
    // the range and the text format are sent once instead of once per item (a third of the payload).
    const sharedSpan = first && completionDefaults.has('editRange') && res.items.every((it) => it.span.start === first.span.start && it.span.end === first.span.end);
    const formatOf = (it: (typeof res.items)[number]): InsertTextFormat => (it.snippet && snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
    const sharedFormat = first && completionDefaults.has('insertTextFormat') && res.items.every((it) => formatOf(it) === formatOf(first)) ? formatOf(first) : undefined;
    const list: CompletionList = {
      isIncomplete: false,
      items: res.items.map((it) => {
        const newText = it.snippet && !snippetSupport ? unsnippet(it.insertText) : it.insertText;
        return {
          label: it.label,
          kind: COMPLETION_KIND[it.kind],
          labelDetails: it.description ? { description: it.description } : undefined,
          detail: it.detail,
          documentation: it.documentation ? { kind: 'markdown', value: it.documentation } : undefined,
          ...(sharedSpan ? (newText !== it.label ? { textEditText: newText } : {}) : { textEdit: { range: toRange(doc, it.span), newText } }),
          ...(sharedFormat === undefined ? { insertTextFormat: formatOf(it) } : {}),
          sortText: it.sortText,
          // The label is what a client filters on when there is no filterText.
          filterText: it.filterText !== it.label ? it.filterText : undefined,
          tags: it.deprecated ? [CompletionItemTag.Deprecated] : undefined,
          preselect: it.preselect,
        };
      }),
    };
    if (first && (sharedSpan || sharedFormat !== undefined)) {
      list.itemDefaults = {
        ...(sharedSpan ? { editRange: toRange(doc, first.span) } : {}),
        ...(sharedFormat !== undefined ? { insertTextFormat: sharedFormat } : {}),
      };
    }
    return list;
  }),
);

connection.onCodeAction((params) =>
  withDoc<CodeAction[]>(params.textDocument.uri, 'codeAction', [], (doc, a) => {
    const span = { start: doc.offsetAt(params.range.start), end: doc.offsetAt(params.range.end) };
    const withRelated = relatedWanted(doc.uri, a);
    return codeActions(a, { span, only: params.context.only, options: analysisOptions(doc.uri), locale, lazyFixAll: resolveEdits }).map((ca) => ({
      title: ca.title,
      kind: ca.kind,
      isPreferred: ca.isPreferred,
      diagnostics: ca.findings?.map((f) => toDiagnostic(doc, f, a, withRelated)),
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
    const r = resolveFixAll(a, analysisOptions(doc.uri), locale);
    return r ? { ...action, title: r.title, edit: { changes: { [doc.uri]: r.edits.map((e) => toEdit(doc, e)) } } } : { ...action, edit: { changes: {} } };
  });
});

function toSymbol(doc: TextDocument, s: SymbolData): DocumentSymbol {
  return {
    name: s.name || ' ',
    detail: s.detail,
    kind: s.kind === 'namespace' ? SymbolKind.Namespace : SymbolKind.Property,
    range: toRange(doc, s.span),
    selectionRange: toRange(doc, s.selectionSpan),
    tags: s.deprecated ? [SymbolTag.Deprecated] : undefined,
    children: s.children?.map((c) => toSymbol(doc, c)),
  };
}

connection.onDocumentSymbol((params) => withDoc(params.textDocument.uri, 'documentSymbol', [], (doc, a) => documentSymbols(a, locale).map((s) => toSymbol(doc, s))));

connection.onFoldingRanges((params) =>
  withDoc(params.textDocument.uri, 'foldingRange', [], (_doc, a) =>
    foldingRanges(a).map((r) => ({ startLine: r.startLine, endLine: r.endLine, kind: r.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region })),
  ),
);

connection.onDocumentFormatting((params) => withDoc(params.textDocument.uri, 'formatting', [], (doc, a) => formatEdits(a).map((e) => toEdit(doc, e))));

connection.onDocumentRangeFormatting((params) =>
  withDoc(params.textDocument.uri, 'rangeFormatting', [], (doc, a) =>
    formatEdits(a, { range: { start: doc.offsetAt(params.range.start), end: doc.offsetAt(params.range.end) } }).map((e) => toEdit(doc, e)),
  ),
);

function linkTarget(docUri: string, target: string, kind: 'path' | 'url'): string | undefined {
  try {
    if (kind === 'url') return new URL(target).toString();
    if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target)) return pathToFileURL(target).toString();
    if (!docUri.startsWith('file:')) return undefined;
    return new URL(target.replace(/\\/g, '/'), docUri).toString();
  } catch {
    return undefined;
  }
}

connection.onDocumentLinks((params) =>
  withDoc(params.textDocument.uri, 'documentLink', [], (doc, a) =>
    documentLinks(a, locale).flatMap((l) => {
      const target = linkTarget(doc.uri, l.target, l.kind);
      return target ? [{ range: toRange(doc, l.span), target, tooltip: l.tooltip }] : [];
    }),
  ),
);

connection.languages.inlayHint.on((params) =>
  withDoc(params.textDocument.uri, 'inlayHint', [], (doc, a) => {
    const range = { start: doc.offsetAt(params.range.start), end: doc.offsetAt(params.range.end) };
    return inlayHints(a, locale, range).map((h) => ({ position: doc.positionAt(h.offset), label: h.label.trimStart(), paddingLeft: true, tooltip: h.tooltip }));
  }),
);

connection.onCodeLens((params) =>
  withDoc(params.textDocument.uri, 'codeLens', [], (doc, a) => defaultsLens(a, locale).map((l) => ({ range: toRange(doc, l.span), command: { title: l.title, command: '' } }))),
);

connection.languages.semanticTokens.on((params) =>
  withDoc(params.textDocument.uri, 'semanticTokens', { data: [] as number[] }, (doc, a) => {
    const builder = new SemanticTokensBuilder();
    for (const t of semanticTokens(a)) {
      const p = doc.positionAt(t.span.start);
      let mods = 0;
      for (const m of t.modifiers) mods |= 1 << TOKEN_MODIFIERS.indexOf(m);
      builder.push(p.line, p.character, t.span.end - t.span.start, TOKEN_TYPES.indexOf(t.type), mods);
    }
    return builder.build();
  }),
);

/**
 * For the simulator preview: explicit values (last wins), secrets masked, and the version and client the
 * file is checked for. `values: false` leaves the values out (the status item asks after every pause in typing).
 */
connection.onRequest('kafkaProducerConfig/effectiveConfig', (params: { uri?: unknown; values?: unknown }) => {
  if (!params || typeof params.uri !== 'string') return null;
  const withValues = params.values !== false;
  return withDoc(params.uri, 'effectiveConfig', null, (_doc, a) => {
    const target = { kafkaVersion: a.version, patch: a.patch, client: a.client, versionSource: a.versionSource, clientSource: a.clientSource };
    if (!withValues) return target;
    const values: Record<string, string> = {};
    for (const e of a.parsed.entries) values[e.key] = safeValue(e.key, e.value);
    return { ...target, values };
  });
});

documents.listen(connection);
connection.listen();
