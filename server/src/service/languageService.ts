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
import { ruleDocPath } from './rules/definition';
import { ruleByCode } from './rules/index';
import { foldingRanges, type FoldingRangeData } from './folding';
import { formatEdits } from './format';
import { hover, type HoverData } from './hover';
import type { TextChange } from './incremental';
import { defaultsLens, inlayHints, type InlayHintData, type LensData } from './inlayHints';
import { DEFAULT_MAX_PROBLEMS, MAX_ANALYZED_LENGTH, mibToLength, type NotChecked } from './limit';
import { documentLinks, type DocumentLinkData } from './links';
import { safeValue } from './secrets';
import { semanticTokens, type SemanticTokenData } from './semanticTokens';
import { documentSymbols, type SymbolData } from './symbols';
import type { ConfigProblem } from './project/config';
import { ProjectContext } from './project/detect';
import type { ProjectFs } from './project/fs';
import type { ProjectPolicy } from './project/policy';
import { provenanceLabel, resolveProject, type ProjectInfo } from './project/resolve';
import type { Finding, Severity, Span, TextEdit } from './types';
import { dialectOf, type Dialect, type DocumentInfo } from './dialect';
import { analyzeSpring } from './spring/analysis';
import { springCodeActionView, springComplete, springDocsLink, springHover, springSymbols } from './spring/features';

/** The settings a document is checked with (the editor's `kafkaProducerConfig.*` for its folder, or kpc's flags). */
export interface DocumentSettings {
  /** A `# kpc: kafka-version=` comment in the file wins; `auto` (or none): the project's, else latest. */
  kafkaVersion?: string;
  /** A `# kpc: client=` comment in the file wins. */
  client?: Client;
  severity?: Record<string, Severity | 'off'>;
  /** Plus the file's `# kpc: allow` comments. */
  allowedKeys?: string[];
  /** Most findings shown per document (the rest are counted in one extra finding). */
  maxNumberOfProblems?: number;
  /** Longest document analysed, in MiB of text (default 16); a longer one gets one note instead. */
  maxFileSizeMB?: number;
  /** Spring Boot files: the Boot release (`3.3`, `3.3.7`); a `# kpc: spring-boot=` comment wins. A build file can feed it. */
  springBootVersion?: string;
  /** false: Spring Boot files are not checked (no analysis) */
  spring?: boolean;
  /** A team policy (`.kpc.json`); filled in by project(). */
  policy?: ProjectPolicy;
  /** The project the document belongs to; filled in by project(). */
  project?: ProjectInfo;
}

/** A document's settings with its project's added (project()). */
export interface DocumentProject {
  settings: DocumentSettings;
  info: ProjectInfo;
  /** The .kpc.json that applies and its problems, when it has any (with errors it is not applied). */
  configProblems?: { file: string; path: string; problems: ConfigProblem[] };
}

export interface LanguageServiceOptions {
  /** The language of every message (the editor's display language). */
  locale?: Locale;
  /** How build files and `.kpc.json` are read (the caller's file system); without it project() answers undefined. */
  projectFs?: ProjectFs;
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
  /** The dialect of a document (from its language id and name). */
  dialect(doc: DocumentInfo): Dialect;
  /**
   * The analysis of `text`; undefined when the text is too large to check (diagnostics say so) or it is a
   * Spring Boot file and Spring support is off. With `previous` (the analysis of the text before `changes`,
   * which it consumes), only the edited lines are read again. `doc` picks the dialect (a producer config when left out).
   */
  analyze(text: string, settings: DocumentSettings, previous?: { analysis: Analysis; changes: readonly TextChange[] }, doc?: DocumentInfo): Analysis | undefined;
  /**
   * What the editor shows for the document (limited to settings.maxNumberOfProblems); with `notChecked` (a limit of
   * the server kept it from being analysed), the one note saying which.
   */
  diagnostics(textLength: number, analysis: Analysis | undefined, settings: DocumentSettings, notChecked?: NotChecked): DiagnosticsData;
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
  /**
   * The settings of the file at `path` with its project's: the nearest .kpc.json and build file, walking up to
   * `root` (the workspace folder) or the repository root. Read once and cached until projectChanged().
   */
  project(path: string, settings: DocumentSettings, root?: string): DocumentProject | undefined;
  /** Build files or .kpc.json changed: project() reads them again. */
  projectChanged(): void;
  /** The `files` globs of the .kpc.json at `path` (relative to its folder), none when it has none or cannot be read. */
  projectFileGlobs(path: string): readonly string[];
}

/**
 * The simulator input that leaves the host (the preview webview): SIMULATOR_KEYS hold no secret key, and
 * the one secret policy still vets every value (a URL's password, an inline `password=`).
 */
function hostInput(a: Analysis): SimulatorInput {
  const input = simulatorInput(a.parsed, a.target);
  for (const [k, v] of Object.entries(input.values)) input.values[k] = safeValue(k, v);
  return input;
}

export function getLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  let locale: Locale = options.locale ?? 'en';
  const projects = options.projectFs ? new ProjectContext(options.projectFs) : undefined;
  const analysisOptions = (s: DocumentSettings): AnalysisOptions => ({
    kafkaVersion: s.kafkaVersion,
    client: s.client,
    severity: s.severity,
    allowedKeys: s.allowedKeys,
    locale,
    ...(s.policy ? { policy: s.policy } : {}),
    ...(s.project ? { project: s.project } : {}),
  });
  const maxProblems = (s: DocumentSettings): number => s.maxNumberOfProblems ?? DEFAULT_MAX_PROBLEMS;
  const maxLength = (s: DocumentSettings): number => (s.maxFileSizeMB !== undefined ? mibToLength(s.maxFileSizeMB) : MAX_ANALYZED_LENGTH);
  return {
    configure(next) {
      locale = next.locale ?? locale;
    },
    get locale() {
      return locale;
    },
    dialect: dialectOf,
    analyze(text, settings, previous, doc) {
      if (text.length > maxLength(settings)) return undefined;
      if (doc && dialectOf(doc) === 'spring') {
        if (settings.spring === false) return undefined;
        return analyzeSpring(text, { ...analysisOptions(settings), path: doc.uri ?? 'application.properties', ...(settings.springBootVersion ? { springBootVersion: settings.springBootVersion } : {}) });
      }
      return previous ? analyzeIncremental(previous.analysis, previous.changes, text, analysisOptions(settings)) : analyze(text, analysisOptions(settings));
    },
    diagnostics: (length, a, settings, notChecked) => diagnostics(length, a, maxProblems(settings), locale, { maxLength: maxLength(settings), notChecked }),
    relatedWanted: (a, settings) => relatedWanted(a, maxProblems(settings)),
    docsLinks(a, f) {
      if (!a.spring) return docsLinks(a, f);
      // a Spring file: the rule's page, and Kafka's documentation of the key a Kafka rule's finding is about
      const rule = ruleByCode(f.code);
      const kafka = springDocsLink(a.spring, f);
      return { ...(rule ? { rule: ruleDocPath(rule.code) } : {}), ...(kafka ? { kafka } : {}) };
    },
    hover: (a, offset) => (a.spring ? springHover(a, offset, locale) : hover(a, offset, locale)),
    complete: (a, offset) => (a.spring ? springComplete(a, offset, locale) : complete(a, offset, locale)),
    // a Spring file's fixes are already on its own text; the view gives suppressions and fix-all that text
    codeActions: (a, params, settings) => codeActions(a.spring ? springCodeActionView(a) : a, { ...params, options: analysisOptions(settings), locale }),
    resolveFixAll: (a, settings) => resolveFixAll(a.spring ? springCodeActionView(a) : a, analysisOptions(settings), locale),
    documentSymbols: (a) => (a.spring ? springSymbols(a, locale) : documentSymbols(a, locale)),
    // YAML and .properties editors fold, format, link and colour Spring files themselves
    foldingRanges: (a) => (a.spring ? [] : foldingRanges(a)),
    format: (a, range) => (a.spring ? [] : formatEdits(a, range ? { range } : {})),
    documentLinks: (a) => (a.spring ? [] : documentLinks(a, locale)),
    inlayHints: (a, range) => (a.spring ? [] : inlayHints(a, locale, range)),
    codeLenses: (a) => (a.spring ? [] : defaultsLens(a, locale)),
    semanticTokens: (a) => (a.spring ? [] : semanticTokens(a)),
    simulatorInput: (a) => hostInput(a),
    effectiveConfig(a, withValues) {
      const { values, ...target } = hostInput(a);
      // Said when the project decided the version, or could not (a build file without one we cover); the
      // settings, a comment and the default are told by versionSource alone.
      const p = a.project;
      const origin = p && a.versionSource !== 'comment' && (p.source.origin === 'build' || p.source.origin === 'config' || p.source.notes.length) ? versionOrigin(p, locale) : undefined;
      return { ...target, versionSource: a.versionSource, clientSource: a.clientSource, ...(origin ? { versionOrigin: origin } : {}), ...(withValues ? { values } : {}), ...(a.spring ? { springBoot: a.spring.file.target.release } : {}) };
    },
    project(path, settings, root) {
      if (!projects) return undefined;
      const fs = projects.fs;
      // Paths in messages: relative to the workspace folder, else to the document's own folder (`../pom.xml`).
      const base = root ?? fs.dirname(path);
      const display = (p: string): string => fs.relative(base, p) || fs.basename(p);
      const { maxNumberOfProblems, policy: _p, project: _i, ...given } = settings;
      const r = resolveProject(projects, path, given, { settingName: 'kafkaProducerConfig.kafkaVersion', display, ...(root !== undefined ? { root } : {}) });
      return {
        // the Spring Boot release of a Spring file: the setting, else the one .kpc.json or the build names
        settings: { ...r.options, ...(given.springBootVersion === undefined && r.info.springBootVersion ? { springBootVersion: r.info.springBootVersion } : {}), ...(maxNumberOfProblems !== undefined ? { maxNumberOfProblems } : {}), project: r.info },
        info: r.info,
        ...(r.configProblems ? { configProblems: r.configProblems } : {}),
      };
    },
    projectChanged: () => projects?.invalidate(),
    projectFileGlobs: (path) => projects?.configAt(path).config?.files ?? [],
  };
}

/** Where the version came from, in the service's language, for the status item. */
function versionOrigin(info: ProjectInfo, locale: Locale): NonNullable<EffectiveConfigResponse['versionOrigin']> {
  const text = (l: { en: string; ko: string }): string => l[locale];
  const s = info.source;
  return {
    origin: s.origin,
    ...(s.file ? { file: s.file } : {}),
    label: text(provenanceLabel(s)),
    detail: text(s.how),
    ...(s.notes.length ? { notes: s.notes.map(text) } : {}),
    ...(info.springBootVersion ? { springBootVersion: info.springBootVersion } : {}),
  };
}
