// Diagnostics, pushed (publishDiagnostics after every change, never for a stale version) or pulled
// (textDocument/diagnostic, with result ids so a document whose diagnostics did not change answers
// "unchanged", after an edit too). A finding the analysis kept from before the edit (service/keyCache.ts)
// is converted to LSP once and the same Diagnostic object is sent again while it sits where it sat.
import { LSPErrorCodes, ResponseError, type Connection, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../service/analyze';
import type { LanguageService } from '../service/languageService';
import type { Finding } from '../service/types';
import type { ClientFeatures } from './capabilities';
import { sameRange, toDiagnostic, toRange } from './convert';
import type { DocumentStore } from './documents';
import { safe, send, type LogError } from './guard';
import { jsonOf, withKeptItems } from './serialized';
import type { SettingsStore } from './settings';

/** A finding's LSP form, valid while the finding's span (or its range) and the document's line count are what they were. */
interface Converted {
  diagnostic: Diagnostic;
  start: number;
  end: number;
  lines: number;
  related: boolean;
}

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly converted = new WeakMap<Finding, Converted>();
  /** Per document, the last full pull answer: its result id and items. */
  private readonly lastPull = new Map<string, { resultId: string; items: Diagnostic[] }>();
  /** Per document, the diagnostics `of` gave last, by their JSON (a finding made again the same becomes the same Diagnostic). */
  private readonly lastOf = new Map<string, Map<string, Diagnostic>>();

  constructor(
    private readonly connection: Connection,
    private readonly service: LanguageService,
    private readonly documents: DocumentStore,
    private readonly settings: SettingsStore,
    private readonly client: ClientFeatures,
    private readonly logError: LogError,
    /**
     * Pull result ids are unique to this server: after "Restart Language Server" a client holding an id
     * from the previous server must not get "unchanged" from this one, and version:generation alone repeats.
     */
    private readonly resultEpoch: string,
    /** The package root as a URI (ServerOptions.docsRoot). */
    private readonly docsRoot?: string,
  ) {}

  /** The diagnostic's code link: its rule's page when the server knows where the package is, else Kafka's page of the key. */
  private href(a: Analysis, f: Finding): string | undefined {
    const links = this.service.docsLinks(a, f);
    return this.docsRoot && links.rule ? new URL(links.rule, this.docsRoot).href : links.kafka;
  }

  /** A finding as an LSP diagnostic of `doc` (for code actions too, which echo the diagnostics they fix). */
  toDiagnostic(doc: TextDocument, f: Finding, a: Analysis | undefined, related: boolean): Diagnostic {
    return toDiagnostic(doc, f, { related: related && this.client.relatedInformation, ...(this.client.codeDescriptions && a ? { href: this.href(a, f) } : {}) });
  }

  /**
   * The document's diagnostics as they are now. A finding converted before is not converted again while no
   * line was added or removed and its range is what it was (a finding object outlives an edit only when the
   * edit kept its line, see service/keyCache.ts; an edit earlier in the file moves its offsets, not its range).
   */
  of(doc: TextDocument): Diagnostic[] {
    const a = this.documents.analysisOf(doc);
    // (a client can open a document with garbage instead of text)
    const length = (doc.getText() as string | null)?.length ?? 0;
    const { findings, related } = this.service.diagnostics(length, a, this.settings.for(doc.uri), this.documents.notChecked(doc.uri));
    const lines = doc.lineCount;
    const before = this.lastOf.get(doc.uri);
    let made = false;
    const out = findings.map((f) => {
      const c = this.converted.get(f);
      if (c && c.lines === lines && c.related === related) {
        if (c.start === f.span.start && c.end === f.span.end) return c.diagnostic;
        // Moved by an edit earlier on its line or on another line: the same diagnostic while its range is the same.
        if (!(related && f.related) && sameRange(toRange(doc, f.span), c.diagnostic.range)) {
          c.start = f.span.start;
          c.end = f.span.end;
          return c.diagnostic;
        }
      }
      made = true;
      let diagnostic = this.toDiagnostic(doc, f, a, related);
      // The analysis made the finding again (a key checked again after an edit elsewhere) and it came out the same:
      // the Diagnostic sent before, so the answer can be "unchanged" and its JSON is not made again.
      diagnostic = before?.get(jsonOf(diagnostic)) ?? diagnostic;
      this.converted.set(f, { diagnostic, start: f.span.start, end: f.span.end, lines, related });
      return diagnostic;
    });
    if (made || !before) this.lastOf.set(doc.uri, new Map(out.map((d) => [jsonOf(d), d])));
    return out;
  }

  /** Answers textDocument/diagnostic (clients with pull support). */
  listenForPulls(): void {
    this.connection.languages.diagnostics.on((params, token) =>
      this.settings.whenReady(() => {
        // The client cancelled this pull (a newer edit, or the document closed): answer RequestCancelled, the
        // code LSP asks for when the client cancels, rather than compute diagnostics for stale text. Never
        // ServerCancelled with `retriggerRequest: false`: vscode-languageclient 11 then marks the document's pull
        // as finished and drops the newer pull it queued for the edit, which then never gets diagnostics. That
        // was issue 21's restart race: right after a (re)start the first pull waits here for the settings, so an
        // edit typed at once cancels it (19 and 22 of 50 edits unanswered in the exthost stress test).
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled by the client');
        return safe<DocumentDiagnosticReport>(this.logError, 'pull diagnostics', { kind: 'full', items: [] }, () => {
          const doc = this.documents.get(params.textDocument.uri);
          if (!doc) return { kind: 'full', items: [] };
          // The text's revision (never the client's version, which a client may repeat), the settings and the limits' verdict.
          const skipped = this.documents.notChecked(doc.uri);
          const resultId = `${this.resultEpoch}:${this.documents.revision(doc.uri)}:${this.settings.generation}:${skipped ? `${skipped.reason}${skipped.limit}` : ''}`;
          if (params.previousResultId === resultId && (skipped || this.documents.isAnalysed(doc.uri))) return { kind: 'unchanged', resultId };
          const items = this.of(doc);
          // Unchanged after an edit too, when the client holds our last answer and every diagnostic is the very object sent then.
          const last = this.lastPull.get(doc.uri);
          if (last && params.previousResultId === last.resultId && last.items.length === items.length && items.every((d, i) => d === last.items[i])) return { kind: 'unchanged', resultId: last.resultId };
          this.lastPull.set(doc.uri, { resultId, items });
          // (each Diagnostic's JSON is made once, however many answers it goes out in)
          return withKeptItems({ kind: 'full' as const, resultId, items }, 'items');
        });
      }, params.textDocument.uri),
    );
  }

  /** Publishes the document's diagnostics soon (clients without pull support): a tiny debounce, never stale. */
  schedule(doc: TextDocument): void {
    if (this.client.pullDiagnostics) return;
    const { uri } = doc;
    // A publish pending for an older text is dropped here, whether this one goes out now or after the settings.
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    this.timers.delete(uri);
    if (!this.settings.isReady(uri)) {
      // Once they are loaded, the newest text waiting publishes (an older one finds the revision moved on: a newer
      // schedule() call set a timer or is waiting too).
      const waiting = this.documents.revision(uri);
      void this.settings
        .readyFor(uri)
        .then(() => {
          const cur = this.documents.get(uri);
          if (cur && this.documents.revision(uri) === waiting) this.schedule(cur);
        })
        .catch((err: unknown) => this.logError('diagnostics', err));
      return;
    }
    const revision = this.documents.revision(uri);
    // Analysis is fast (well under a millisecond per thousand lines), so there is no real debounce:
    // changes that arrive together are coalesced by the timer, and while one analysis runs newer
    // changes queue up and replace the pending one. Only very large files wait a few ms more.
    const delay = ((doc.getText() as string | null)?.length ?? 0) > 1_000_000 ? 5 : 0;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const cur = this.documents.get(uri);
        // Closed, or a newer text is scheduled (the revision, not the client's version, which a client may repeat).
        if (!cur || revision === undefined || this.documents.revision(uri) !== revision) return;
        const diagnostics = safe(this.logError, 'diagnostics', [] as Diagnostic[], () => this.of(cur));
        if (this.documents.revision(uri) !== revision) return; // stale: never publish
        send(this.logError, 'publish diagnostics', () => this.connection.sendDiagnostics(withKeptItems({ uri, version: cur.version, diagnostics }, 'diagnostics')));
      }, delay),
    );
  }

  /** The settings changed: everything is checked again (and the editor asked to refresh what depends on it). */
  refreshAll(): void {
    this.documents.invalidate();
    this.documents.updateLimits();
    if (this.client.pullDiagnostics) send(undefined, 'refresh', () => this.connection.languages.diagnostics.refresh());
    else this.recheck(this.documents.all().map((d) => d.uri));
    if (this.client.refresh.semanticTokens) send(undefined, 'refresh', () => this.connection.languages.semanticTokens.refresh());
    if (this.client.refresh.inlayHints) send(undefined, 'refresh', () => this.connection.languages.inlayHint.refresh());
    if (this.client.refresh.codeLens) send(undefined, 'refresh', () => this.connection.sendRequest('workspace/codeLens/refresh'));
  }

  /** The diagnostics of these documents changed without an edit of theirs (settings, limits): pushed again, or the client asked to pull. */
  recheck(uris: readonly string[]): void {
    if (uris.length === 0) return;
    if (this.client.pullDiagnostics) send(undefined, 'refresh', () => this.connection.languages.diagnostics.refresh());
    else {
      for (const uri of uris) {
        const doc = this.documents.get(uri);
        if (doc) this.schedule(doc);
      }
    }
  }

  /** A closed document: nothing pending, and (push) its diagnostics cleared. */
  closed(uri: string): void {
    this.lastPull.delete(uri);
    this.lastOf.delete(uri);
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    if (!this.client.pullDiagnostics) send(this.logError, 'clear diagnostics', () => this.connection.sendDiagnostics({ uri, diagnostics: [] }));
  }

  /** Counts for tests: timers pending per document. */
  stats(): Record<string, number> {
    return { diagnosticTimers: this.timers.size };
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
