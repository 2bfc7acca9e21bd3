// The settings documents are checked with: the window's `kafkaProducerConfig` section, and each open
// document's own (what the client answers for the section scoped to the document: VS Code merges the
// settings of its workspace folder, so two folders of a multi-root workspace can target different Kafka
// versions). Nothing is analysed until the first settings have arrived (or 3 s passed), so an editor never
// sees a flash of diagnostics computed with the wrong Kafka version.
import type { Connection } from 'vscode-languageserver';
import type { DocumentSettings } from '../service/languageService';
import type { Severity } from '../service/types';
import { CONFIG_SECTION } from '#core';

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
/** How long analysis waits for settings the client was asked for. */
const SETTINGS_WAIT_MS = 3000;

/** Accepts only well-formed settings; anything else is dropped (never crashes on bad user JSON). */
export function sanitizeSettings(raw: unknown): DocumentSettings {
  const out: DocumentSettings = {};
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
  return out;
}

export class SettingsStore {
  /** Bumped whenever the settings some document is checked with change (cached analyses are then stale). */
  generation = 0;
  /** The client answers workspace/configuration (else only pushed and initialization settings count). */
  canPull = false;
  private window: DocumentSettings = {};
  private readonly scoped = new Map<string, DocumentSettings>();
  /** Scoped loads in flight; a document is not analysed before its own finishes (at most 3 s). */
  private readonly scopedLoading = new Map<string, Promise<unknown>>();
  private readonly scopedSeq = new Map<string, number>();
  private loadSeq = 0;
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

  /** The settings `uri` is checked with: its own when they arrived, else the window's. */
  for(uri: string): DocumentSettings {
    return this.scoped.get(uri) ?? this.window;
  }

  /** Settings the client passed with `initialize` (initializationOptions.settings). */
  initialize(raw: unknown): void {
    if (raw) this.window = sanitizeSettings(raw);
  }

  /** Asks for the window's settings once the client is initialized; analysis starts when they arrive (or after 3 s). `onLate`: they changed after analysis had started. */
  start(onLate: () => void): void {
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
    let raw: unknown = undefined;
    if (this.canPull) {
      try {
        raw = await this.connection.workspace.getConfiguration(CONFIG_SECTION);
      } catch (err) {
        this.logError('workspace/configuration', err);
      }
    }
    if (raw === undefined || raw === null) {
      const p = pushed as Record<string, unknown> | undefined;
      raw = p && typeof p === 'object' ? p[CONFIG_SECTION] : undefined;
    }
    if (seq !== this.loadSeq) return false; // a newer change is being loaded: never apply older settings after it
    if (raw === undefined || raw === null) return false;
    const next = sanitizeSettings(raw);
    if (JSON.stringify(next) === JSON.stringify(this.window)) return false;
    this.window = next;
    this.generation++;
    return true;
  }

  /** Loads the document's scoped settings; resolves to true when the settings it is checked with changed. */
  loadScoped(uri: string): Promise<boolean> {
    if (!this.canPull) return Promise.resolve(false);
    const seq = (this.scopedSeq.get(uri) ?? 0) + 1;
    this.scopedSeq.set(uri, seq);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), SETTINGS_WAIT_MS);
    });
    const request = this.connection.workspace.getConfiguration({ scopeUri: uri, section: CONFIG_SECTION }).then(
      (raw: unknown) => (raw === undefined || raw === null ? undefined : sanitizeSettings(raw)),
      (err: unknown) => {
        this.logError('workspace/configuration', err);
        return undefined;
      },
    );
    const done = Promise.race([request, timeout]).then((next) => {
      clearTimeout(timer);
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
