// The workspace around the open documents: each document's project (its build file's Kafka version and
// the nearest .kpc.json, through the language service), and the producer configs that are not open,
// checked too when kafkaProducerConfig.checkWorkspace is on (the default, under 2,000 files): answered
// through workspace/diagnostic (pull, with result ids) or published (push-only clients), and kept current
// by file watching (workspace/didChangeWatchedFiles): a build file or .kpc.json that changes re-checks
// every file, a producer config that changes re-checks itself.
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  type Connection,
  type Diagnostic,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
  type WorkspaceDocumentDiagnosticReport,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LANGUAGE_ID, SPRING_FILE_PATTERN } from '#core';
import { readClosed } from '../node/closedFile';
import { findProducerConfigs } from '../node/discover';
import type { DocumentSettings, LanguageService } from '../service/languageService';
import { MAX_ANALYZED_LENGTH } from '../service/limit';
import { CONFIG_FILE_NAME, type ConfigProblem } from '../service/project/config';
import { BUILD_FILE_NAMES } from '../service/project/detect';
import { PRODUCER_CONFIG_FILENAMES, PRODUCER_CONFIG_PATTERNS } from '../service/project/patterns';
import { WORKSPACE_FILE_LIMIT, workspaceSkippedNote } from '../service/project/workspace';
import type { ClientFeatures } from './capabilities';
import type { DiagnosticsPublisher } from './diagnostics';
import type { DocumentStore } from './documents';
import { safe, type LogError } from './guard';
import type { ProjectResolver, SettingsStore } from './settings';

/** The file system path of a `file:` URI; undefined for any other scheme (untitled, remote, …). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

const pathToUri = (path: string): string => pathToFileURL(path).href;

/** The workspace folders as paths (`file:` ones only), from initialize and later changes. */
export class WorkspaceFolders {
  private paths: string[] = [];

  initialize(params: InitializeParams): void {
    const folders: WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
    this.paths = folders.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
  }

  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => uriToPath(f.uri)));
    this.paths = [...this.paths.filter((p) => !gone.has(p)), ...added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined && !this.paths.includes(p))];
  }

  all(): readonly string[] {
    return this.paths;
  }

  /** The innermost folder holding `path`. */
  rootOf(path: string): string | undefined {
    let best: string | undefined;
    for (const f of this.paths) {
      const inside = path === f || path.startsWith(f.endsWith('/') || f.endsWith('\\') ? f : `${f}${f.includes('\\') && !f.includes('/') ? '\\' : '/'}`);
      if (inside && (!best || f.length > best.length)) best = f;
    }
    return best;
  }
}

/** Each document's settings with its project's, computed once per settings object and cached until files change. */
export class DocumentProjects implements ProjectResolver {
  private readonly cache = new Map<string, { base: DocumentSettings; result: DocumentSettings }>();

  constructor(
    private readonly service: LanguageService,
    private readonly folders: WorkspaceFolders,
    private readonly logError: LogError,
    /** A .kpc.json that applies has problems (shown on the file itself). */
    private readonly onConfigProblems: (path: string, problems: readonly ConfigProblem[]) => void = () => undefined,
  ) {}

  settings(uri: string, base: DocumentSettings): DocumentSettings {
    const hit = this.cache.get(uri);
    if (hit && hit.base === base) return hit.result;
    const path = uriToPath(uri);
    const result =
      path === undefined
        ? base
        : safe(this.logError, 'project', base, () => {
            const p = this.service.project(path, base, this.folders.rootOf(path));
            if (p?.configProblems) this.onConfigProblems(p.configProblems.path, p.configProblems.problems);
            return p?.settings ?? base;
          });
    if (this.cache.size >= 20_000) this.cache.clear();
    this.cache.set(uri, { base, result });
    return result;
  }

  clear(): void {
    this.cache.clear();
    this.service.projectChanged();
  }
}

const PROJECT_FILES = new Set<string>([CONFIG_FILE_NAME, ...BUILD_FILE_NAMES, 'settings.gradle', 'settings.gradle.kts']);
const isProjectFile = (name: string): boolean => PROJECT_FILES.has(name) || name.endsWith('.versions.toml');

/** The globs the server asks the client to watch: build files, .kpc.json and producer configs. */
export function watchedGlobs(extra: readonly string[], spring = true): string[] {
  const names = [...PROJECT_FILES, '*.versions.toml', ...PRODUCER_CONFIG_FILENAMES, ...PRODUCER_CONFIG_PATTERNS];
  return [`**/{${names.join(',')}}`, ...(spring ? [SPRING_FILE_PATTERN] : []), ...extra.map((g) => (g.startsWith('**/') || g.startsWith('/') ? g : `**/${g}`))];
}

export class WorkspaceChecker {
  /** The producer configs found in the folders (URIs), or null when there were too many; undefined: not looked yet. */
  private files: string[] | null | undefined;
  /** Bumped per file when it changes on disk, so its result id changes. */
  private readonly seq = new Map<string, number>();
  /** Files whose diagnostics a workspace pull reported, or that were published (push): cleared when they leave the list. */
  private readonly reported = new Set<string>();
  private toldSkipped = false;
  private pushRun = 0;
  /** The .kpc.json files whose problems were published, with what was published. */
  private readonly configReports = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly service: LanguageService,
    private readonly documents: DocumentStore,
    private readonly settings: SettingsStore,
    private readonly diagnostics: DiagnosticsPublisher,
    private readonly client: ClientFeatures,
    private readonly folders: WorkspaceFolders,
    private readonly logError: LogError,
    private readonly resultEpoch: string,
  ) {}

  private enabled(): boolean {
    return this.folders.all().length > 0 && this.settings.windowSettings.checkWorkspace !== false;
  }

  /** The producer configs of the workspace (URIs), found once; undefined when the check is off or skipped. */
  list(): readonly string[] | undefined {
    if (!this.enabled()) return undefined;
    if (this.files === undefined) {
      const found: string[] = [];
      let truncated = false;
      for (const root of this.folders.all()) {
        const d = findProducerConfigs(root, { include: this.settings.windowSettings.files ?? [], springFiles: this.settings.windowSettings.spring !== false, configGlobs: (dir) => this.service.projectFileGlobs(join(dir, CONFIG_FILE_NAME)), limit: WORKSPACE_FILE_LIMIT - found.length });
        found.push(...d.files.map(pathToUri));
        if (d.truncated || found.length >= WORKSPACE_FILE_LIMIT) truncated = true;
        if (truncated) break;
      }
      this.files = truncated ? null : [...new Set(found)];
      if (truncated && !this.toldSkipped) {
        this.toldSkipped = true;
        const note = workspaceSkippedNote();
        safe(this.logError, 'workspace note', undefined, () => this.connection.window.showInformationMessage(note[this.service.locale]));
      }
    }
    return this.files ?? undefined;
  }

  /**
   * Whether the editor has the file open (then its own pull or push reports it, from the editor's text). By
   * path too: the client may spell the URI of an open file differently (VS Code escapes `:` in a drive letter).
   */
  private isOpen(uri: string, open: ReadonlySet<string> = this.openPaths()): boolean {
    if (this.documents.get(uri)) return true;
    const path = uriToPath(uri);
    return path !== undefined && open.has(path);
  }

  /** The paths of the open documents (once per pull, not per file). */
  private openPaths(): Set<string> {
    return new Set(this.documents.all().map((d) => uriToPath(d.uri)).filter((p): p is string => p !== undefined));
  }

  /** Publishes (push); a connection that closed meanwhile is no error. */
  private send(params: { uri: string; diagnostics: Diagnostic[] }): void {
    this.connection.sendDiagnostics(params).catch(() => undefined);
  }

  private resultId(uri: string): string {
    return `${this.resultEpoch}:w:${this.settings.generation}:${this.seq.get(uri) ?? 0}`;
  }

  /** A closed file's diagnostics, read from disk; undefined when it cannot be read (gone). */
  private diagnosticsOf(uri: string): Diagnostic[] | undefined {
    const path = uriToPath(uri);
    if (path === undefined) return undefined;
    const read = readClosed(path, MAX_ANALYZED_LENGTH);
    if (!read) return undefined;
    const settings = this.settings.for(uri);
    if ('tooLarge' in read) {
      const doc = TextDocument.create(uri, LANGUAGE_ID, 0, '');
      return this.service.diagnostics(read.tooLarge, undefined, settings).findings.map((f) => this.diagnostics.toDiagnostic(doc, f, undefined, false));
    }
    const doc = TextDocument.create(uri, LANGUAGE_ID, 0, read.text);
    // by its name: a Spring Boot application file is read as one (the editor opens it in its own language)
    const a = this.service.analyze(read.text, settings, undefined, { uri });
    const { findings, related } = this.service.diagnostics(read.text.length, a, settings);
    return findings.map((f) => this.diagnostics.toDiagnostic(doc, f, a, related));
  }

  /** Answers workspace/diagnostic: every producer config that is not open, "unchanged" when its result id still holds. */
  listenForPulls(): void {
    this.connection.languages.diagnostics.onWorkspace(async (params, token) => {
      await this.settings.readyFor();
      const uris = this.list() ?? [];
      const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      // Files reported before that are gone, or no longer checked: their findings are taken back.
      const listed = new Set(uris);
      const open = this.openPaths();
      for (const uri of [...this.reported]) {
        if (listed.has(uri)) continue;
        this.reported.delete(uri);
        if (!this.isOpen(uri, open)) items.push({ kind: 'full', uri, version: null, resultId: this.resultId(uri), items: [] });
      }
      let computed = 0;
      for (const uri of uris) {
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled by the client');
        if (this.isOpen(uri, open)) continue; // the open document's own pull reports it
        const resultId = this.resultId(uri);
        if (previous.get(uri) === resultId) {
          items.push({ kind: 'unchanged', uri, version: null, resultId });
          continue;
        }
        const diagnostics = safe(this.logError, 'workspace diagnostics', [] as Diagnostic[], () => this.diagnosticsOf(uri) ?? []);
        items.push({ kind: 'full', uri, version: null, resultId, items: diagnostics });
        this.reported.add(uri);
        // Let other requests (a keystroke's pull, a hover) in between files.
        if (++computed % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      return { items };
    });
  }

  /** Push-only clients: publishes every closed producer config's diagnostics (a little at a time), and clears those that left. */
  publishAll(): void {
    if (this.client.pullDiagnostics) return;
    const run = ++this.pushRun;
    void this.settings.readyFor().then(() => {
      if (run !== this.pushRun) return;
      const uris = this.list() ?? [];
      const keep = new Set(uris);
      for (const uri of [...this.reported]) {
        if (keep.has(uri)) continue;
        this.reported.delete(uri);
        if (!this.isOpen(uri)) this.send({ uri, diagnostics: [] });
      }
      let i = 0;
      const step = (): void => {
        if (run !== this.pushRun) return; // a newer run started
        for (const end = Math.min(i + 20, uris.length); i < end; i++) this.publish(uris[i]!);
        if (i < uris.length) setImmediate(step);
      };
      step();
    });
  }

  /** Push-only clients: publishes one closed file's diagnostics (an empty list when it is gone). */
  private publish(uri: string): void {
    if (this.client.pullDiagnostics || this.isOpen(uri)) return;
    const diagnostics = safe(this.logError, 'workspace diagnostics', undefined, () => this.diagnosticsOf(uri));
    if (diagnostics === undefined) this.reported.delete(uri);
    else this.reported.add(uri);
    this.send({ uri, diagnostics: diagnostics ?? [] });
  }

  /** A document was closed: its findings come from the file on disk again. */
  closed(uri: string): void {
    this.seq.set(uri, (this.seq.get(uri) ?? 0) + 1);
    if (!this.client.pullDiagnostics && this.list()?.includes(uri)) void this.settings.readyFor().then(() => this.publish(uri));
  }

  /** The settings changed (checkWorkspace, files, versions): the file list is found again, every file re-checked. */
  settingsChanged(): void {
    this.files = undefined;
    this.publishAll();
  }

  /** The folders changed. */
  foldersChanged(): void {
    this.settingsChanged();
    if (this.client.pullDiagnostics) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
  }

  /**
   * A .kpc.json's problems, published on the file itself (code kpc-json): the editor then leaves the file out,
   * as kpc refuses to check below it, and the user sees why. Published once per distinct set of problems.
   */
  configProblems(path: string, problems: readonly ConfigProblem[]): void {
    const uri = pathToUri(path);
    const diagnostics: Diagnostic[] = problems.map((p) => ({
      range: p.range,
      severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'kpc',
      code: 'kpc-json',
      message: p.message[this.service.locale],
    }));
    const key = JSON.stringify(diagnostics);
    if (this.configReports.get(uri) === key) return;
    this.configReports.set(uri, key);
    this.send({ uri, diagnostics });
  }

  /** Build files or .kpc.json changed: the problems published for .kpc.json files are taken back (re-reading the projects publishes them again). */
  private clearConfigProblems(): void {
    for (const uri of this.configReports.keys()) this.send({ uri, diagnostics: [] });
    this.configReports.clear();
  }

  /** Asks the client to report changes to build files, .kpc.json and producer configs. */
  watch(): void {
    if (!this.client.watchFiles) return;
    const watchers = watchedGlobs(this.settings.windowSettings.files ?? [], this.settings.windowSettings.spring !== false).map((globPattern) => ({ globPattern }));
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((err: unknown) => this.logError('watch files', err));
  }

  /**
   * Files changed on disk. A build file or .kpc.json: every document's project is read again and everything
   * re-checked. A producer config: itself (and the list, when one was created or deleted).
   */
  filesChanged(params: DidChangeWatchedFilesParams, refreshAll: () => void): void {
    let project = false;
    const touched: string[] = [];
    for (const c of params.changes) {
      const path = uriToPath(c.uri);
      if (path === undefined) continue;
      const name = basename(path);
      if (isProjectFile(name)) {
        project = true;
        if (name === CONFIG_FILE_NAME) this.files = undefined; // its `files` globs may have changed
        continue;
      }
      this.seq.set(c.uri, (this.seq.get(c.uri) ?? 0) + 1);
      if (c.type !== FileChangeType.Changed) this.files = undefined;
      touched.push(c.uri);
    }
    if (project) {
      this.clearConfigProblems();
      this.settings.projectChanged();
      refreshAll(); // open documents, and (pull) the client asked to pull again; push: publishAll below
      this.publishAll();
      return;
    }
    if (touched.length === 0) return;
    if (this.client.pullDiagnostics) {
      void this.connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    const listed = new Set(this.list() ?? []);
    for (const uri of touched) {
      if (listed.has(uri)) this.publish(uri);
      else if (this.reported.delete(uri) && !this.isOpen(uri)) this.send({ uri, diagnostics: [] });
    }
  }
}
