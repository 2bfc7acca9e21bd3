// From the language service's plain data (UTF-16 offsets, spans) to LSP (positions, ranges, kinds), and
// back for the positions a request names. No state: what the client supports comes in as arguments.
import { pathToFileURL } from 'node:url';
import {
  CompletionItemKind,
  CompletionItemTag,
  DiagnosticSeverity,
  DiagnosticTag,
  FoldingRangeKind,
  InsertTextFormat,
  SemanticTokensBuilder,
  SymbolKind,
  SymbolTag,
  type CompletionList,
  type Diagnostic,
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type InlayHint,
  type Range,
  type SemanticTokens,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionData } from '../service/completion';
import type { FoldingRangeData } from '../service/folding';
import type { InlayHintData } from '../service/inlayHints';
import type { DocumentLinkData } from '../service/links';
import { TOKEN_MODIFIERS, TOKEN_TYPES, type SemanticTokenData } from '../service/semanticTokens';
import type { SymbolData } from '../service/symbols';
import type { Finding, Severity, Span, TextEdit } from '../service/types';

export const toRange = (doc: TextDocument, span: Span): Range => ({ start: doc.positionAt(span.start), end: doc.positionAt(span.end) });
export const toSpan = (doc: TextDocument, range: Range): Span => ({ start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) });
export const toEdit = (doc: TextDocument, e: TextEdit): LspTextEdit => ({ range: toRange(doc, e.span), newText: e.newText });
export const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticOptions {
  /** Where the finding is documented (sent when the client shows `codeDescription`). */
  href?: string;
  /** Send the related lines (the client shows them, and the document is not flooded with findings). */
  related: boolean;
}

export function toDiagnostic(doc: TextDocument, f: Finding, options: DiagnosticOptions): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, f.span),
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Warning,
    code: f.code,
    source: 'kpc',
    message: f.message,
  };
  if (options.href) d.codeDescription = { href: options.href };
  const tags = (f.tags ?? []).map((t) => (t === 'deprecated' ? DiagnosticTag.Deprecated : DiagnosticTag.Unnecessary));
  if (tags.length) d.tags = tags;
  if (options.related && f.related) d.relatedInformation = f.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.span) }, message: r.message }));
  return d;
}

const COMPLETION_KIND = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  class: CompletionItemKind.Class,
  keyword: CompletionItemKind.Keyword,
} as const;

/** `key=${1:5}` → `key=5` for clients without snippet support. */
export function unsnippet(s: string): string {
  return s.replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, d: string) => d.replace(/\\(.)/g, '$1')).replace(/\$\d+/g, '').replace(/\\([\\$}])/g, '$1');
}

export interface CompletionOptions {
  snippets: boolean;
  /** `completionList.itemDefaults` the client understands (LSP 3.17; VS Code sends editRange, insertTextFormat, …). */
  itemDefaults: ReadonlySet<string>;
}

export function toCompletionList(doc: TextDocument, res: CompletionData, options: CompletionOptions): CompletionList {
  const first = res.items[0];
  // Every item of a list usually replaces the same text: with a client that takes list defaults,
  // the range and the text format are sent once instead of once per item (a third of the payload).
  const sharedSpan = first && options.itemDefaults.has('editRange') && res.items.every((it) => it.span.start === first.span.start && it.span.end === first.span.end);
  const formatOf = (it: (typeof res.items)[number]): InsertTextFormat => (it.snippet && options.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
  const sharedFormat = first && options.itemDefaults.has('insertTextFormat') && res.items.every((it) => formatOf(it) === formatOf(first)) ? formatOf(first) : undefined;
  const list: CompletionList = {
    isIncomplete: res.incomplete === true,
    items: res.items.map((it) => {
      const newText = it.snippet && !options.snippets ? unsnippet(it.insertText) : it.insertText;
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
}

export function toSymbol(doc: TextDocument, s: SymbolData): DocumentSymbol {
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

export function toFoldingRange(r: FoldingRangeData): FoldingRange {
  return { startLine: r.startLine, endLine: r.endLine, kind: r.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region };
}

/** A link's target as a URI: URLs as they are, paths resolved against the document (only on disk). */
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

export function toDocumentLinks(doc: TextDocument, links: readonly DocumentLinkData[]): DocumentLink[] {
  return links.flatMap((l) => {
    const target = linkTarget(doc.uri, l.target, l.kind);
    return target ? [{ range: toRange(doc, l.span), target, tooltip: l.tooltip }] : [];
  });
}

export function toInlayHint(doc: TextDocument, h: InlayHintData): InlayHint {
  return { position: doc.positionAt(h.offset), label: h.label.trimStart(), paddingLeft: true, tooltip: h.tooltip };
}

export function toSemanticTokens(doc: TextDocument, tokens: readonly SemanticTokenData[]): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const t of tokens) {
    const p = doc.positionAt(t.span.start);
    let mods = 0;
    for (const m of t.modifiers) mods |= 1 << TOKEN_MODIFIERS.indexOf(m);
    builder.push(p.line, p.character, t.span.end - t.span.start, TOKEN_TYPES.indexOf(t.type), mods);
  }
  return builder.build();
}
