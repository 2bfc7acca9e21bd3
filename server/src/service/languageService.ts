// The language service's one face, as vscode-json-languageservice's getLanguageService(): every operation an
// editor integration needs, in plain data (offsets and spans, never LSP or `vscode` types). The language
// server (server/src/lsp) turns its answers into LSP; `kpc` calls the feature functions it needs directly.
// Each operation lives in its own file (hover.ts, completion.ts, …); this file only puts them together.
//
// Everything starts from an Analysis: the parse, the target, the producer model and the findings of one
// text with one set of settings. The caller keeps it (the server caches one per open document) and asks
// the other operations about it.
import { simulatorInput, type Client, type EffectiveConfigResponse, type Locale, type SimulatorInput } from '#core';
import { analyze, analyzeIncremental, type Analysis, type AnalysisOptions } from './analyze';
import { codeActions, resolveFixAll, type CodeActionData } from './codeActions';
import { complete, type CompletionData } from './completion';
import { diagnostics, docsLinks, relatedWanted, type DiagnosticsData, type DocsLinks } from './diagnostics';
import { foldingRanges, type FoldingRangeData } from './folding';
import { formatEdits } from './format';
import { hover, type HoverData } from './hover';
import type { TextChange } from './incremental';
import { defaultsLens, inlayHints, type InlayHintData, type LensData } from './inlayHints';
import { DEFAULT_MAX_PROBLEMS, MAX_ANALYZED_LENGTH } from './limit';
import { documentLinks, type DocumentLinkData } from './links';
import { semanticTokens, type SemanticTokenData } from './semanticTokens';
import { documentSymbols, type SymbolData } from './symbols';
import type { Finding, Severity, Span, TextEdit } from './types';

/** The settings a document is checked with (the editor's `kafkaProducerConfig.*` for its folder, or kpc's flags). */
export interface DocumentSettings {
  /** A `# kpc: kafka-version=` comment in the file wins. */
  kafkaVersion?: string;
  /** A `# kpc: client=` comment in the file wins. */
  client?: Client;
  severity?: Record<string, Severity | 'off'>;
  /** Plus the file's `# kpc: allow` comments. */
  allowedKeys?: string[];
  /** Most findings shown per document (the rest are counted in one extra finding). */
  maxNumberOfProblems?: number;
}

export interface LanguageServiceOptions {
  /** The language of every message (the editor's display language). */
  locale?: Locale;
}

export interface CodeActionParams {
  /** The selection or cursor (empty span). */
  span: Span;
  /** Action kinds wanted (prefix match: `source.fixAll` matches `source.fixAll.kpc`). */
  only?: string[];
  /** Offer fix-all without computing it; resolveFixAll computes it when picked. */
  lazyFixAll?: boolean;
}

export interface LanguageService {
  /** Sets the options for what follows (the server learns the locale at initialize). */
  configure(options: LanguageServiceOptions): void;
  readonly locale: Locale;
  /**
   * The analysis of `text`; undefined when the text is too large to check (diagnostics say so). With
   * `previous` (the analysis of the text before `changes`, which it consumes), only the edited lines are read again.
   */
  analyze(text: string, settings: DocumentSettings, previous?: { analysis: Analysis; changes: readonly TextChange[] }): Analysis | undefined;
  /** What the editor shows for the document (limited to settings.maxNumberOfProblems). */
  diagnostics(textLength: number, analysis: Analysis | undefined, settings: DocumentSettings): DiagnosticsData;
  /** Whether findings sent with a code action carry their related lines (as diagnostics() decided). */
  relatedWanted(analysis: Analysis, settings: DocumentSettings): boolean;
  /** Where a finding is documented: its rule's page (relative to the package root) and Kafka's page of its key. */
  docsLinks(analysis: Analysis, finding: Finding): DocsLinks;
  hover(analysis: Analysis, offset: number): HoverData | null;
  complete(analysis: Analysis, offset: number): CompletionData;
  codeActions(analysis: Analysis, params: CodeActionParams, settings: DocumentSettings): CodeActionData[];
  /** Fix-all with its edit (re-analyses until stable), or undefined when nothing changes. */
  resolveFixAll(analysis: Analysis, settings: DocumentSettings): CodeActionData | undefined;
  documentSymbols(analysis: Analysis): SymbolData[];
  foldingRanges(analysis: Analysis): FoldingRangeData[];
  /** Canonical `key=value` lines (within `range` when given). */
  format(analysis: Analysis, range?: Span): TextEdit[];
  documentLinks(analysis: Analysis): DocumentLinkData[];
  inlayHints(analysis: Analysis, range?: Span): InlayHintData[];
  codeLenses(analysis: Analysis): LensData[];
  semanticTokens(analysis: Analysis): SemanticTokenData[];
  /** The preview's simulator input (the same `kpc simulate` builds from the file). */
  simulatorInput(analysis: Analysis): SimulatorInput;
  /** The target and where it comes from, with the simulator input's values unless `withValues` is false. */
  effectiveConfig(analysis: Analysis, withValues: boolean): EffectiveConfigResponse;
}

export function getLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  let locale: Locale = options.locale ?? 'en';
  const analysisOptions = (s: DocumentSettings): AnalysisOptions => ({ kafkaVersion: s.kafkaVersion, client: s.client, severity: s.severity, allowedKeys: s.allowedKeys, locale });
  const maxProblems = (s: DocumentSettings): number => s.maxNumberOfProblems ?? DEFAULT_MAX_PROBLEMS;
  return {
    configure(next) {
      locale = next.locale ?? locale;
    },
    get locale() {
      return locale;
    },
    analyze(text, settings, previous) {
      if (text.length > MAX_ANALYZED_LENGTH) return undefined;
      return previous ? analyzeIncremental(previous.analysis, previous.changes, text, analysisOptions(settings)) : analyze(text, analysisOptions(settings));
    },
    diagnostics: (length, a, settings) => diagnostics(length, a, maxProblems(settings), locale),
    relatedWanted: (a, settings) => relatedWanted(a, maxProblems(settings)),
    docsLinks,
    hover: (a, offset) => hover(a, offset, locale),
    complete: (a, offset) => complete(a, offset, locale),
    codeActions: (a, params, settings) => codeActions(a, { ...params, options: analysisOptions(settings), locale }),
    resolveFixAll: (a, settings) => resolveFixAll(a, analysisOptions(settings), locale),
    documentSymbols: (a) => documentSymbols(a, locale),
    foldingRanges,
    format: (a, range) => formatEdits(a, range ? { range } : {}),
    documentLinks: (a) => documentLinks(a, locale),
    inlayHints: (a, range) => inlayHints(a, locale, range),
    codeLenses: (a) => defaultsLens(a, locale),
    semanticTokens,
    simulatorInput: (a) => simulatorInput(a.parsed, a.target),
    effectiveConfig(a, withValues) {
      const { values, ...target } = simulatorInput(a.parsed, a.target);
      return { ...target, versionSource: a.versionSource, clientSource: a.clientSource, ...(withValues ? { values } : {}) };
    },
  };
}
