// The open documents: their text (kept in sync with the client's incremental changes), the changes
// since each one's cached analysis (so the next analysis re-reads only the edited line), that cached
// analysis, valid for one revision of the text and one settings generation, and which documents the
// server's limits let it analyse at all.
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../service/analyze';
import type { TextChange } from '../service/incremental';
import type { LanguageService } from '../service/languageService';
import { notChecked, type NotChecked, type ResourceLimits } from '../service/limit';
import type { SettingsStore } from './settings';

/** More changes than this between two analyses: the next one reads the whole text. */
const MAX_LOGGED_CHANGES = 64;

export class DocumentStore {
  readonly documents: TextDocuments<TextDocument>;
  /**
   * Changes applied to each document since its cached analysis (offsets into the text each one
   * applied to), so the next analysis can re-read just the edited line; null after a full-text replacement.
   */
  private readonly changeLog = new Map<string, TextChange[] | null>();
  private readonly cache = new Map<string, { revision: number; generation: number; analysis: Analysis }>();
  /**
   * The text's revision: a number of the server's own, new for every open and every change. The client's version
   * cannot key the cache: a document opened twice, or a version going backwards, repeats one for another text.
   */
  private readonly revisions = new Map<string, number>();
  private nextRevision = 0;
  /** Documents the limits keep from being analysed, and why (see `updateLimits`). */
  private skipped = new Map<string, NotChecked>();
  /** The limits `skipped` was decided with (the window's settings may arrive after the first documents). */
  private limitsUsed: ResourceLimits | undefined;

  constructor(
    private readonly service: LanguageService,
    private readonly settings: SettingsStore,
    private readonly logError: (where: string, err: unknown) => void,
  ) {
    const { changeLog, cache, revisions } = this;
    const revise = (uri: string): void => {
      revisions.set(uri, ++this.nextRevision);
    };
    this.documents = new TextDocuments<TextDocument>({
      create(uri, languageId, version, text) {
        // Opened (again, maybe without a close): nothing from before applies to this text.
        cache.delete(uri);
        changeLog.delete(uri);
        revise(uri);
        return TextDocument.create(uri, languageId, version, text);
      },
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
        revise(doc.uri);
        return doc;
      },
    });
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }

  /** The revision of the open document's text (undefined when it is not open). */
  revision(uri: string): number | undefined {
    return this.documents.get(uri) ? this.revisions.get(uri) : undefined;
  }

  /** Why the limits keep the document from being analysed; undefined when it is analysed. */
  notChecked(uri: string): NotChecked | undefined {
    if (this.limitsUsed !== this.settings.limits) this.updateLimits();
    return this.skipped.get(uri);
  }

  /**
   * Decides again which open documents are analysed (after an open, a change, a close or new limits) and returns
   * the other documents whose answer changed: their diagnostics must be computed again.
   */
  updateLimits(except?: string): string[] {
    const before = this.skipped;
    this.limitsUsed = this.settings.limits;
    this.skipped = notChecked(
      this.all().map((d) => [d.uri, (d.getText() as string | null)?.length ?? 0] as const),
      this.settings.limits,
    );
    const changed: string[] = [];
    for (const uri of new Set([...before.keys(), ...this.skipped.keys()])) {
      if (!this.documents.get(uri)) continue; // closed
      const now = this.skipped.get(uri);
      // Not analysed: no analysis kept, no changes logged.
      if (now) {
        this.cache.delete(uri);
        this.changeLog.delete(uri);
      }
      if (uri !== except && JSON.stringify(before.get(uri)) !== JSON.stringify(now)) changed.push(uri);
    }
    return changed;
  }

  /** The document's analysis for its current text and settings; undefined when the limits skip it or analysis failed. */
  analysisOf(doc: TextDocument): Analysis | undefined {
    if (this.notChecked(doc.uri)) return undefined;
    const generation = this.settings.generation;
    const revision = this.revisions.get(doc.uri);
    if (revision === undefined) return undefined; // (not open)
    const hit = this.cache.get(doc.uri);
    if (hit && hit.revision === revision && hit.generation === generation) return hit.analysis;
    const changes = this.changeLog.get(doc.uri);
    // The previous analysis is handed over (and consumed) before the new one exists: never two alive.
    this.cache.delete(doc.uri);
    this.changeLog.set(doc.uri, []);
    try {
      const previous = hit && hit.generation === generation && changes ? { analysis: hit.analysis, changes } : undefined;
      const analysis = this.service.analyze(doc.getText(), this.settings.for(doc.uri), previous, { uri: doc.uri, languageId: doc.languageId });
      if (analysis) this.cache.set(doc.uri, { revision, generation, analysis });
      return analysis;
    } catch (err) {
      this.logError('analyze', err);
      return undefined;
    }
  }

  /** Whether the document's cached analysis is of its current text (with the current settings). */
  isAnalysed(uri: string): boolean {
    const hit = this.cache.get(uri);
    return !!hit && hit.revision === this.revisions.get(uri) && hit.generation === this.settings.generation;
  }

  /** Whether the document has a cached analysis at all (of any text or settings). */
  hasAnalysis(uri: string): boolean {
    return this.cache.has(uri);
  }

  /** Drops every cached analysis (the settings changed). */
  invalidate(): void {
    this.cache.clear();
  }

  /** A closed document: everything kept for it goes. */
  forget(uri: string): void {
    this.cache.delete(uri);
    this.changeLog.delete(uri);
    this.revisions.delete(uri);
    this.skipped.delete(uri);
  }

  /** Counts for tests: what the store holds per document. */
  stats(): Record<string, number> {
    return { documents: this.all().length, analyses: this.cache.size, changeLogs: this.changeLog.size, revisions: this.revisions.size, skipped: this.skipped.size };
  }

  listen(connection: Connection): void {
    this.documents.listen(connection);
  }
}
