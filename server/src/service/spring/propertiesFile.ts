// Reads `application*.properties` the way Spring Boot's OriginTrackedPropertiesLoader does
// (behaviours `properties-loader`, `properties-documents`, `properties-bang-separator`), on top of the
// project's java.util.Properties-exact parser: the same entries, spans and escapes, plus what Boot does
// differently — `#---` / `!---` document separators, `x[]=a,b` list expansion, trimmed keys, and an
// escaped `#`/`!` at the start of a line read as a comment. Never throws.
import { javaTrim, parseProperties, type ParsedProperties, type PropertyComment, type PropertyEntry } from '#core';
import type { Span } from '../types';
import { readActivation } from './activation';
import type { SpringDocument, SpringEntry, SpringProblem, SpringSource } from './source';

export interface PropertiesReadOptions {
  /** `!---` separates documents too (Boot 2.7.5+); before, a `!` comment line counts as a blank line */
  bangSeparator?: boolean;
}

const WS = /^[ \t\f]*$/;

/** Splits a raw value at commas that are not escaped; spans are offsets into `text`. */
function splitRawList(text: string, valueSpan: Span): Span[] {
  const out: Span[] = [];
  let start = valueSpan.start;
  for (let i = valueSpan.start; i < valueSpan.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) {
      i++; // the escaped character (or a continuation's line break) is never a delimiter
      if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      continue;
    }
    if (c === 0x2c) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: valueSpan.end });
  return out;
}

/** Decodes one raw list element the way Properties.load decodes a value (escapes, continuations, leading whitespace). */
function decodeRaw(raw: string): string {
  return parseProperties(`k=${raw}`).entries[0]?.value ?? '';
}

function toEntries(e: PropertyEntry, text: string): SpringEntry[] {
  const key = javaTrim(e.key);
  if (key === '') return [];
  const base = { valueType: 'string' as const, keySpan: e.keySpan, path: [] as Span[] };
  if (!key.endsWith('[]')) return [{ ...base, name: key, value: e.value, valueSpan: e.valueSpan, span: e.span }];
  const name = key.slice(0, -2);
  const parts = splitRawList(text, e.valueSpan);
  return parts.map((p, i) => {
    // Boot skips whitespace before each element; the span starts at the element's first character
    let s = p.start;
    while (s < p.end && /[ \t\f]/.test(text[s]!)) s++;
    const valueSpan = { start: s, end: p.end };
    return { ...base, name: `${name}[${i}]`, value: decodeRaw(text.slice(p.start, p.end)), valueSpan, span: e.span, listIndex: i };
  });
}

type LineKind = { kind: 'comment'; comment: PropertyComment } | { kind: 'entry'; entry: PropertyEntry } | { kind: 'other' };

/** Reads a Spring Boot .properties file (text already decoded, ISO-8859-1 for bytes). Never throws. */
export function readSpringProperties(text: string, options: PropertiesReadOptions = {}): SpringSource {
  if (typeof text !== 'string') text = text == null ? '' : String(text);
  const bang = options.bangSeparator !== false;
  const parsed: ParsedProperties = parseProperties(text);
  const problems: SpringProblem[] = parsed.problems.map((p) => ({ code: 'properties-malformed-escape', span: p.span }));
  const comments: PropertyComment[] = [...parsed.comments];

  // What each physical line starts, as Boot's loop meets them.
  const starts = new Map<number, LineKind>();
  for (const c of parsed.comments) starts.set(c.line, { kind: 'comment', comment: c });
  for (const e of parsed.entries) {
    const lead = text.slice(e.keySpan.start, e.keySpan.start + 2);
    if (lead === '\\#' || lead === '\\!') {
      // Boot tests the character after unescaping, so this line is a comment to it (a key to Properties.load)
      const end = text.indexOf('\n', e.keySpan.start);
      const lineEnd = end < 0 ? text.length : text[end - 1] === '\r' ? end - 1 : end;
      const comment: PropertyComment = { span: { start: e.keySpan.start, end: lineEnd }, marker: lead[1] as '#' | '!', text: text.slice(e.keySpan.start + 2, lineEnd), line: e.line };
      problems.push({ code: 'properties-escaped-comment', span: e.keySpan });
      starts.set(e.line, { kind: 'comment', comment });
      continue;
    }
    starts.set(e.line, { kind: 'entry', entry: e });
  }

  const docs: { entries: SpringEntry[]; start: number; end: number }[] = [];
  let current: { entries: SpringEntry[]; start: number; end: number } = { entries: [], start: -1, end: -1 };
  let lastMarker: string | null = null;
  const lineCount = parsed.lineStarts.length;
  for (let line = 0; line < lineCount; line++) {
    const what = starts.get(line);
    if (!what || what.kind === 'other') {
      const ls = parsed.lineStarts[line] ?? 0;
      const le = line + 1 < lineCount ? parsed.lineStarts[line + 1]! : text.length;
      if (WS.test(text.slice(ls, le).replace(/\r?\n$|\r$/, ''))) lastMarker = null; // a blank line goes through loadKeyAndValue
      continue;
    }
    if (what.kind === 'entry') {
      lastMarker = null;
      const added = toEntries(what.entry, text);
      if (added.length) {
        if (current.start < 0) current.start = what.entry.span.start;
        current.end = what.entry.span.end;
        current.entries.push(...added);
      }
      line += what.entry.lineCount - 1;
      continue;
    }
    const c = what.comment;
    if (c.marker === '!' && !bang) {
      lastMarker = null; // 2.7.0-2.7.4 skip a `!` line while reading it: it then acts as a blank line
      continue;
    }
    const column0 = c.span.start === (parsed.lineStarts[line] ?? -1);
    const separator = lastMarker !== c.marker && column0 && c.text.startsWith('---') && WS.test(c.text.slice(3));
    if (separator) {
      if (current.entries.length) docs.push(current);
      current = { entries: [], start: -1, end: -1 };
      continue;
    }
    if (current.entries.length === 0 && docs.length) current = docs.pop()!;
    lastMarker = c.marker;
  }
  if (current.entries.length) docs.push(current);

  const documents: SpringDocument[] = docs.map((d, index) => ({ index, span: { start: d.start, end: d.end }, entries: d.entries, activation: readActivation(d.entries, problems) }));
  return { format: 'properties', text, documents, comments, problems, lineStarts: parsed.lineStarts };
}
