// The open documents: their text (kept in sync with the client's incremental changes), the changes
// since each one's cached analysis (so the next analysis re-reads only the edited line), and that
// cached analysis, valid for one document version and one settings generation.
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../service/analyze';
import type { TextChange } from '../service/incremental';
import type { LanguageService } from '../service/languageService';
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
  private readonly cache = new Map<string, { version: number; generation: number; analysis: Analysis }>();

  constructor(
    private readonly service: LanguageService,
    private readonly settings: SettingsStore,
    private readonly logError: (where: string, err: unknown) => void,
  ) {
    const changeLog = this.changeLog;
    this.documents = new TextDocuments<TextDocument>({
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
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }

  /** The document's analysis for its current version and settings; undefined when it is too large or analysis failed. */
  analysisOf(doc: TextDocument): Analysis | undefined {
    const generation = this.settings.generation;
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === generation) return hit.analysis;
    const changes = this.changeLog.get(doc.uri);
    // The previous analysis is handed over (and consumed) before the new one exists: never two alive.
    this.cache.delete(doc.uri);
    this.changeLog.set(doc.uri, []);
    try {
      const previous = hit && hit.generation === generation && changes ? { analysis: hit.analysis, changes } : undefined;
      const analysis = this.service.analyze(doc.getText(), this.settings.for(doc.uri), previous, { uri: doc.uri, languageId: doc.languageId });
      if (analysis) this.cache.set(doc.uri, { version: doc.version, generation, analysis });
      return analysis;
    } catch (err) {
      this.logError('analyze', err);
      return undefined;
    }
  }

  /** The version of the document's cached analysis, if it has one. */
  analysedVersion(uri: string): number | undefined {
    return this.cache.get(uri)?.version;
  }

  /** Drops every cached analysis (the settings changed). */
  invalidate(): void {
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.changeLog.delete(uri);
  }

  listen(connection: Connection): void {
    this.documents.listen(connection);
  }
}
