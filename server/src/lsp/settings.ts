// The settings documents are checked with: the window's `kafkaProducerConfig` section, and each open
// document's own (what the client answers for the section scoped to the document: VS Code merges the
// settings of its workspace folder, so two folders of a multi-root workspace can target different Kafka
// versions). Nothing is analysed until the first settings have arrived (or 3 s passed), so an editor never
// sees a flash of diagnostics computed with the wrong Kafka version.
import type { Connection } from 'vscode-languageserver';
import type { DocumentSettings } from '../service/languageService';
import { DEFAULT_LIMITS, mibToLength, type ResourceLimits } from '../service/limit';
import type { Severity } from '../service/types';
import { CONFIG_SECTION } from '#core';

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
/** How long analysis waits for settings the client was asked for. */
const SETTINGS_WAIT_MS = 3000;

/** The settings of the window: a document's, and what applies to the whole workspace. */
export interface WindowSettings extends DocumentSettings {
  /** kafkaProducerConfig.checkWorkspace: check the producer configs that are not open too (default true). */
  checkWorkspace?: boolean;
  /** kafkaProducerConfig.files: more globs of producer configs. */
  files?: string[];
}

/** Adds a document's project to the settings it is checked with (the build file's Kafka version, .kpc.json). */
export interface ProjectResolver {
  settings(uri: string, base: DocumentSettings): DocumentSettings;
  /** Build files or .kpc.json changed: everything is read again. */
  clear(): void;
}

/** Accepts only well-formed settings; anything else is dropped (never crashes on bad user JSON). */
export function sanitizeSettings(raw: unknown): WindowSettings {
  const out: WindowSettings = {};
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
  if (typeof r.springBootVersion === 'string' && r.springBootVersion.trim() && r.springBootVersion.trim().toLowerCase() !== 'latest') out.springBootVersion = r.springBootVersion.trim();
  if (r.springBootFiles === false) out.spring = false;
  if (Array.isArray(r.allowedKeys)) out.allowedKeys = r.allowedKeys.filter((k): k is string => typeof k === 'string' && k.length > 0);
  if (typeof r.maxNumberOfProblems === 'number' && Number.isFinite(r.maxNumberOfProblems) && r.maxNumberOfProblems >= 1) {
    out.maxNumberOfProblems = Math.floor(r.maxNumberOfProblems);
  }
  const fileSize = positive(r.maxFileSizeMB);
  if (fileSize !== undefined) out.maxFileSizeMB = fileSize;
  if (typeof r.checkWorkspace === 'boolean') out.checkWorkspace = r.checkWorkspace;
  if (Array.isArray(r.files)) out.files = r.files.filter((g): g is string => typeof g === 'string' && g.trim().length > 0).map((g) => g.trim());
  return out;
}

/** A positive finite number, else undefined. */
function positive(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined;
}

/** The server's limits from the window's settings (`maxFileSizeMB`, `maxOpenFiles`, `maxTotalSizeMB`); defaults for what is missing or malformed. */
export function sanitizeLimits(raw: unknown): ResourceLimits {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const fileSize = positive(r.maxFileSizeMB);
  const openFiles = positive(r.maxOpenFiles);
  const totalSize = positive(r.maxTotalSizeMB);
  return {
    maxFileLength: fileSize !== undefined ? mibToLength(fileSize) : DEFAULT_LIMITS.maxFileLength,
    maxOpenFiles: openFiles !== undefined ? Math.max(1, Math.floor(openFiles)) : DEFAULT_LIMITS.maxOpenFiles,
    maxTotalLength: totalSize !== undefined ? mibToLength(totalSize) : DEFAULT_LIMITS.maxTotalLength,
  };
}

export class SettingsStore {
  /** Bumped whenever the settings some document is checked with change (cached analyses are then stale). */
  generation = 0;
  /** The client answers workspace/configuration (else only pushed and initialization settings count). */
  canPull = false;
  private window: WindowSettings = {};
  /** The server's limits, from the window's settings. */
  limits: ResourceLimits = DEFAULT_LIMITS;
  /** workspace/configuration requests sent and not answered yet. */
  private unanswered = 0;
  /**
   * A request went unanswered past the wait: no more are sent until the client answers one (each would wait
   * for ever in the connection), and documents are checked with the window's settings meanwhile.
   */
  private stalled = false;
  /** Set by the server when it can read the documents' projects. */
  projects: ProjectResolver | undefined;
  /** Documents opened while stalled: their own settings are asked for once the client answers again. */
  private readonly missed = new Set<string>();
  /** Settings changed after analysis started (given by start()). */
  private onLate: () => void = () => undefined;
  private readonly scoped = new Map<string, DocumentSettings>();
  /** Scoped loads in flight; a document is not analysed before its own finishes (at most 3 s). */
  private readonly scopedLoading = new Map<string, Promise<unknown>>();
  private readonly scopedSeq = new Map<string, number>();
  private loadSeq = 0;
  private scopedLoads = 0;
  private loaded = false;
  private markReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => {
    this.markReady = () => {
      this.loaded = true;
      resolve();
    };
  });

  constructor(
    private readonly connection: Connection,
    private readonly logError: (where: string, err: unknown) => void,
    /** Whether a document is still open (an answer for a closed one is dropped). */
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  /** The settings `uri` is checked with: its own when they arrived, else the window's; with its project's. */
  for(uri: string): DocumentSettings {
    const base = this.scoped.get(uri) ?? this.window;
    return this.projects ? this.projects.settings(uri, base) : base;
  }

  /** The window's settings (checkWorkspace, files). */
  get windowSettings(): WindowSettings {
    return this.window;
  }

  /** Build files or .kpc.json changed: every document's project is read again, every analysis redone. */
  projectChanged(): void {
    this.projects?.clear();
    this.generation++;
  }

  /** Settings the client passed with `initialize` (initializationOptions.settings). */
  initialize(raw: unknown): void {
    if (!raw) return;
    this.window = sanitizeSettings(raw);
    this.limits = sanitizeLimits(raw);
  }

  /**
   * Asks the client for the section (scoped to `scopeUri` when given); undefined when the client cannot or did not
   * answer within the wait. A client that leaves a request unanswered is not asked again until it answers.
   */
  private ask(scopeUri?: string): Promise<unknown> {
    if (!this.canPull || this.stalled) return Promise.resolve(undefined);
    let request: Promise<unknown>;
    try {
      request = scopeUri === undefined ? this.connection.workspace.getConfiguration(CONFIG_SECTION) : this.connection.workspace.getConfiguration({ scopeUri, section: CONFIG_SECTION });
    } catch (err) {
      // (the connection is closed)
      this.logError('workspace/configuration', err);
      return Promise.resolve(undefined);
    }
    this.unanswered++;
    let answered = false;
    const answer = request.then(
      (raw) => raw,
      (err: unknown) => {
        this.logError('workspace/configuration', err);
        return undefined;
      },
    ).finally(() => {
      answered = true;
      this.unanswered--;
      if (this.stalled) {
        this.stalled = false;
        this.catchUp();
      }
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => {
        if (!answered && !this.stalled) {
          this.stalled = true;
          this.logError('workspace/configuration', new Error(`no answer within ${SETTINGS_WAIT_MS} ms: documents are checked with the settings the server has until the client answers`));
        }
        resolve(undefined);
      }, SETTINGS_WAIT_MS);
    });
    return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
  }

  /** The client answers again: the documents opened meanwhile get their own settings (and are checked again if they differ). */
  private catchUp(): void {
    const uris = [...this.missed].filter(this.isOpen);
    this.missed.clear();
    if (uris.length === 0) return;
    void Promise.all(uris.map((uri) => this.loadScoped(uri))).then(
      (changed) => {
        if (changed.some(Boolean)) this.onLate();
      },
      (err: unknown) => this.logError('settings', err),
    );
  }

  /** Counts for tests: what the store holds per document, and requests the client has not answered. */
  stats(): Record<string, number> {
    return { scopedSettings: this.scoped.size, scopedLoading: this.scopedLoading.size, scopedSeq: this.scopedSeq.size, unansweredConfiguration: this.unanswered, missedSettings: this.missed.size };
  }

  /** Asks for the window's settings once the client is initialized; analysis starts when they arrive (or after 3 s). `onLate`: they changed after analysis had started. */
  start(onLate: () => void): void {
    this.onLate = onLate;
    const fallback = setTimeout(this.markReady, SETTINGS_WAIT_MS);
    void this.loadWindow()
      .catch((err) => {
        this.logError('settings', err);
        return false;
      })
      .then((changed) => {
        clearTimeout(fallback);
        const late = this.loaded; // the 3 s fallback already let analysis start
        this.markReady();
        if (late && changed) onLate();
      });
  }

  /** Loads the window's settings (pulled, else `pushed` from didChangeConfiguration); true when they changed. */
  async loadWindow(pushed?: unknown): Promise<boolean> {
    const seq = ++this.loadSeq;
    let raw: unknown = await this.ask();
    if (raw === undefined || raw === null) {
      const p = pushed as Record<string, unknown> | undefined;
      raw = p && typeof p === 'object' ? p[CONFIG_SECTION] : undefined;
    }
    if (seq !== this.loadSeq) return false; // a newer change is being loaded: never apply older settings after it
    if (raw === undefined || raw === null) return false;
    const next = sanitizeSettings(raw);
    const limits = sanitizeLimits(raw);
    const limitsChanged = JSON.stringify(limits) !== JSON.stringify(this.limits);
    if (limitsChanged) this.limits = limits;
    if (JSON.stringify(next) === JSON.stringify(this.window)) return limitsChanged;
    this.window = next;
    this.generation++;
    return true;
  }

  /** Loads the document's scoped settings; resolves to true when the settings it is checked with changed. */
  loadScoped(uri: string): Promise<boolean> {
    if (!this.canPull) return Promise.resolve(false);
    // One counter for all documents: a document closed and opened again never takes an answer meant for before.
    if (this.stalled) this.missed.add(uri);
    const seq = ++this.scopedLoads;
    this.scopedSeq.set(uri, seq);
    const request = this.ask(uri).then((raw: unknown) => (raw === undefined || raw === null ? undefined : sanitizeSettings(raw)));
    const done = request.then((next) => {
      // A newer load for this document started, or it was closed: this answer is no longer wanted.
      if (this.scopedSeq.get(uri) !== seq || !this.isOpen(uri) || !next) return false;
      const before = JSON.stringify(this.for(uri));
      this.scoped.set(uri, next);
      if (JSON.stringify(next) === before) return false;
      this.generation++;
      return true;
    });
    // What whenReady waits on; it never rejects (nobody may be waiting to handle a rejection).
    const tracked: Promise<unknown> = done
      .catch(() => false)
      .finally(() => {
        if (this.scopedLoading.get(uri) === tracked) this.scopedLoading.delete(uri);
      });
    this.scopedLoading.set(uri, tracked);
    return done;
  }

  /** A closed document's settings are forgotten. */
  forget(uri: string): void {
    this.missed.delete(uri);
    this.scoped.delete(uri);
    this.scopedSeq.delete(uri);
    this.scopedLoading.delete(uri);
  }

  /** The settings `uri` needs (the window's, and its own when `uri` is given) are loaded. */
  isReady(uri?: string): boolean {
    return this.loaded && (uri === undefined || !this.scopedLoading.has(uri));
  }

  /** Resolves when the settings `uri` needs are loaded; never rejects. */
  readyFor(uri?: string): Promise<unknown> {
    return Promise.all([this.ready, uri !== undefined ? this.scopedLoading.get(uri) : undefined]);
  }

  /** Runs `fn` now when the settings are loaded (the window's, and the document's own when `uri` is given), else once they are. */
  whenReady<T>(fn: () => T, uri?: string): T | Promise<T> {
    if (this.isReady(uri)) return fn();
    return this.readyFor(uri).then(fn);
  }
}
