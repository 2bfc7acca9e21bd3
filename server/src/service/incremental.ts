// Incremental re-parse for the editor's warm path: a keystroke usually changes one physical line that
// is a logical line of its own (an entry without continuations, a comment, a blank line). Then only
// that line is read again and spliced into the previous parse; everything after it moves by the
// change's length difference (no line is added or removed).
import { lineOfOffset, lowerBound, parseProperties, type ParsedProperties, type PropertyEntry } from '#core';
import type { Span } from './types';

/** Whole-text facts analysis needs on every run, kept per parse so an edit updates them instead of rescanning. */
export interface TextFacts {
  /** No character ≥ U+0080 after the byte-order mark (the non-ascii rule has nothing to do). */
  asciiOnly: boolean;
  /** The text has no `kpc` anywhere, so no comment is a directive. */
  noKpc: boolean;
}
const FACTS = new WeakMap<ParsedProperties, TextFacts>();
const NON_ASCII = /[^\x00-\x7f]/;

/** The facts of `parsed.text`, computed once per parse (scans of the whole text). */
export function textFacts(parsed: ParsedProperties): TextFacts {
  let f = FACTS.get(parsed);
  if (!f) {
    const bomLen = parsed.bom === 'U+FEFF' ? 1 : parsed.bom === 'latin1-utf8' ? 3 : 0;
    f = { asciiOnly: !NON_ASCII.test(bomLen ? parsed.text.slice(bomLen) : parsed.text), noKpc: !parsed.text.includes('kpc') };
    FACTS.set(parsed, f);
  }
  return f;
}

/**
 * The entries whose value holds `${` (where a config-provider reference can be), kept per parse: a full parse
 * scans once, a one-line re-parse hands the set on with the re-read entry taken out or put in.
 */
const REFERENCES = new WeakMap<ParsedProperties, Set<PropertyEntry>>();
const holdsReference = (e: PropertyEntry): boolean => e.value.includes('${');

/** The indexes of `parsed`'s entries whose value holds `${`, in file order (found by position: entries are sorted). */
export function referenceEntries(parsed: ParsedProperties): number[] {
  const { entries } = parsed;
  let set = REFERENCES.get(parsed);
  if (!set) {
    set = new Set();
    for (const e of entries) if (holdsReference(e)) set.add(e);
    REFERENCES.set(parsed, set);
  }
  const out: number[] = [];
  for (const e of set) out.push(lowerBound(entries, (x) => x.span.start, e.span.start));
  return out.sort((x, y) => x - y);
}

/** What a one-line re-parse did to the entries: entry `index` was `before` and is now `after` (same count of entries). */
export interface EntryEdit {
  index: number;
  before: PropertyEntry;
  after: PropertyEntry;
  /** The edit added or removed lines (a line break typed or deleted next to the entry): every later line moved. */
  lines?: boolean;
}
const EDITS = new WeakMap<ParsedProperties, EntryEdit>();

/** For a parse made by reparseIncremental from one that held an entry on the edited line and still holds one there: which. */
export function entryEdit(parsed: ParsedProperties): EntryEdit | undefined {
  return EDITS.get(parsed);
}

/** A replacement of `[start, end)` of the text it applies to by `text` (UTF-16 offsets). */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

const LF = 0x0a;
const CR = 0x0d;
const BS = 0x5c;

/** True when s[from, to) holds a line terminator or a backslash (continuations, escapes). */
function hasBreakOrBackslash(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === LF || c === CR || c === BS) return true;
  }
  return false;
}

/** End of physical line `line`'s content (terminator excluded). */
function contentEnd(text: string, lineStarts: readonly number[], line: number): number {
  const start = lineStarts[line] ?? text.length;
  let end = line + 1 < lineStarts.length ? (lineStarts[line + 1] ?? text.length) : text.length;
  if (end > start && text.charCodeAt(end - 1) === LF) end--;
  if (end > start && text.charCodeAt(end - 1) === CR) end--;
  return end;
}

function shift(span: Span, delta: number): void {
  span.start += delta;
  span.end += delta;
}

/** First index in `items` (sorted by line) whose line is ≥ `line`. */
function firstAtOrAfter(items: readonly { line: number }[], line: number): number {
  return lowerBound(items, (it) => it.line, line);
}

/**
 * `parseProperties` of the text after `change`, computed from `prev` by reading again only the
 * physical line the change is in; undefined when that is not exact (the change spans or makes line
 * breaks, a backslash is involved on the line or ends the line before it, a byte-order mark), and
 * then the caller parses the whole text. `newText`, when given, must be the text after the change
 * (it saves building it). `prev` is consumed: its arrays and span objects are reused, shifted in place.
 */
export function reparseIncremental(prev: ParsedProperties, change: TextChange, newText?: string): ParsedProperties | undefined {
  const old = prev.text;
  const { start, end, text: ins } = change;
  if (typeof ins !== 'string' || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > old.length) return undefined;
  if (prev.bom !== null) return undefined;
  const ls = prev.lineStarts;
  if (hasBreakOrBackslash(ins, 0, ins.length) || lineOfOffset(ls, end) !== lineOfOffset(ls, start) || end > contentEnd(old, ls, lineOfOffset(ls, start))) return reparseLines(prev, change, newText);
  const line = lineOfOffset(ls, start);
  const lineStart = ls[line] ?? 0;
  const lineEnd = contentEnd(old, ls, line);
  if (start < lineStart || end > lineEnd) return undefined;
  if (hasBreakOrBackslash(old, lineStart, lineEnd)) return undefined;
  if (line > 0) {
    const prevEnd = contentEnd(old, ls, line - 1);
    if (prevEnd > (ls[line - 1] ?? 0) && old.charCodeAt(prevEnd - 1) === BS) return undefined; // this line may continue that one
  }
  const delta = ins.length - (end - start);
  const text = newText ?? old.slice(0, start) + ins + old.slice(end);
  if (text.length !== old.length + delta) return undefined;
  if (line === 0 && (text.charCodeAt(0) === 0xfeff || text.startsWith('\u00ef\u00bb\u00bf'))) return undefined;

  // The line on its own (it has no backslash, so neither escapes nor continuations nor problems).
  const mini = parseProperties(text.slice(lineStart, lineEnd + delta));
  if (mini.problems.length || mini.orphanContinuations.length || mini.entries.length + mini.comments.length > 1) return undefined;
  for (const e of mini.entries) {
    shift(e.keySpan, lineStart);
    shift(e.separatorSpan, lineStart);
    shift(e.valueSpan, lineStart);
    shift(e.span, lineStart);
    e.line = line;
  }
  for (const c of mini.comments) {
    shift(c.span, lineStart);
    c.line = line;
  }

  const { entries, comments, problems, orphanContinuations } = prev;
  const e0 = firstAtOrAfter(entries, line);
  const oldEntries = e0 < entries.length && entries[e0]!.line === line ? 1 : 0;
  const c0 = firstAtOrAfter(comments, line);
  const oldComments = c0 < comments.length && comments[c0]!.line === line ? 1 : 0;
  if (delta !== 0) {
    for (let i = e0 + oldEntries; i < entries.length; i++) {
      const e = entries[i]!;
      shift(e.keySpan, delta);
      shift(e.separatorSpan, delta);
      shift(e.valueSpan, delta);
      shift(e.span, delta);
    }
    for (let i = c0 + oldComments; i < comments.length; i++) shift(comments[i]!.span, delta);
    for (const p of problems) if (p.span.start >= lineEnd) shift(p.span, delta);
    for (const o of orphanContinuations) if (o.start >= lineEnd) shift(o, delta);
    for (let i = line + 1; i < ls.length; i++) ls[i] = (ls[i] ?? 0) + delta;
  }
  const entryShift = mini.entries.length - oldEntries;
  if (entryShift !== 0) for (const p of problems) if (p.entryIndex !== undefined && p.entryIndex >= e0 + oldEntries) p.entryIndex += entryShift;
  const replaced = oldEntries === 1 && mini.entries.length === 1 ? entries[e0]! : undefined;
  const refs = REFERENCES.get(prev);
  if (refs) {
    if (oldEntries === 1) refs.delete(entries[e0]!);
    for (const e of mini.entries) if (holdsReference(e)) refs.add(e);
  }
  if (oldEntries === 1 && mini.entries.length === 1) entries[e0] = mini.entries[0]!;
  else if (oldEntries + mini.entries.length > 0) entries.splice(e0, oldEntries, ...mini.entries);
  if (oldComments === 1 && mini.comments.length === 1) comments[c0] = mini.comments[0]!;
  else if (oldComments + mini.comments.length > 0) comments.splice(c0, oldComments, ...mini.comments);

  const next: ParsedProperties = { text, entries, comments, problems, lineStarts: ls, hasBom: false, bom: null, orphanContinuations };
  if (replaced) EDITS.set(next, { index: e0, before: replaced, after: entries[e0]! });
  if (refs) REFERENCES.set(next, refs);
  const facts = FACTS.get(prev);
  if (facts) {
    // A new `kpc` or non-ASCII character can only be on the edited line (no line break was made).
    const editedLine = mini.text;
    FACTS.set(next, { asciiOnly: facts.asciiOnly && !NON_ASCII.test(ins), noKpc: facts.noKpc && !editedLine.includes('kpc') });
  }
  return next;
}

/** True when s[from, to) holds a backslash or a carriage return (line feeds are fine). */
function hasBackslashOrCr(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === BS || c === CR) return true;
  }
  return false;
}

/**
 * An edit that adds or removes line breaks (typing Enter, deleting one, pasting lines): the physical lines it
 * touches are read again and spliced in, the later entries and comments move by the change's length and line
 * count. Only where that is exact: no backslash on those lines (before or after) or ending the line before them,
 * no carriage return there (a `\r` next to a new `\n` could make one line break of two). Undefined otherwise.
 */
function reparseLines(prev: ParsedProperties, change: TextChange, newText?: string): ParsedProperties | undefined {
  const old = prev.text;
  const { start, end, text: ins } = change;
  const ls = prev.lineStarts;
  if (hasBackslashOrCr(ins, 0, ins.length)) return undefined;
  const first = lineOfOffset(ls, start);
  const last = lineOfOffset(ls, end);
  const regionStart = ls[first] ?? 0;
  const regionEnd = contentEnd(old, ls, last);
  if (end > regionEnd) return undefined; // inside a line terminator
  if (hasBackslashOrCr(old, regionStart, regionEnd)) return undefined;
  if (first > 0) {
    if (old.charCodeAt(regionStart - 1) === CR) return undefined;
    const prevEnd = contentEnd(old, ls, first - 1);
    if (prevEnd > (ls[first - 1] ?? 0) && old.charCodeAt(prevEnd - 1) === BS) return undefined;
  }
  if (regionEnd < old.length && old.charCodeAt(regionEnd) === CR) return undefined;
  const delta = ins.length - (end - start);
  const text = newText ?? old.slice(0, start) + ins + old.slice(end);
  if (text.length !== old.length + delta) return undefined;
  if (first === 0 && (text.charCodeAt(0) === 0xfeff || text.startsWith('\u00ef\u00bb\u00bf'))) return undefined;

  const mini = parseProperties(text.slice(regionStart, regionEnd + delta));
  if (mini.problems.length || mini.orphanContinuations.length) return undefined;
  const lineDelta = mini.lineStarts.length - 1 - (last - first);
  for (const e of mini.entries) {
    shift(e.keySpan, regionStart);
    shift(e.separatorSpan, regionStart);
    shift(e.valueSpan, regionStart);
    shift(e.span, regionStart);
    e.line += first;
  }
  for (const c of mini.comments) {
    shift(c.span, regionStart);
    c.line += first;
  }

  const { entries, comments, problems, orphanContinuations } = prev;
  const e0 = firstAtOrAfter(entries, first);
  const e1 = firstAtOrAfter(entries, last + 1);
  const c0 = firstAtOrAfter(comments, first);
  const c1 = firstAtOrAfter(comments, last + 1);
  for (let i = e1; i < entries.length; i++) {
    const e = entries[i]!;
    if (delta !== 0) {
      shift(e.keySpan, delta);
      shift(e.separatorSpan, delta);
      shift(e.valueSpan, delta);
      shift(e.span, delta);
    }
    e.line += lineDelta;
  }
  for (let i = c1; i < comments.length; i++) {
    if (delta !== 0) shift(comments[i]!.span, delta);
    comments[i]!.line += lineDelta;
  }
  for (const p of problems) if (p.span.start >= regionEnd) shift(p.span, delta);
  for (const o of orphanContinuations) if (o.start >= regionEnd) shift(o, delta);
  const entryShift = mini.entries.length - (e1 - e0);
  if (entryShift !== 0) for (const p of problems) if (p.entryIndex !== undefined && p.entryIndex >= e1) p.entryIndex += entryShift;

  const refs = REFERENCES.get(prev);
  if (refs) {
    for (let i = e0; i < e1; i++) refs.delete(entries[i]!);
    for (const e of mini.entries) if (holdsReference(e)) refs.add(e);
  }
  // One entry re-read (a line break typed or deleted next to it), no comment there: as a one-line edit of that entry.
  const replaced = e1 - e0 === 1 && mini.entries.length === 1 && c1 === c0 && mini.comments.length === 0 ? entries[e0]! : undefined;
  entries.splice(e0, e1 - e0, ...mini.entries);
  comments.splice(c0, c1 - c0, ...mini.comments);
  const starts = mini.lineStarts.slice(1).map((x) => x + regionStart);
  for (let i = last + 1; i < ls.length; i++) ls[i] = ls[i]! + delta;
  ls.splice(first + 1, last - first, ...starts);

  const next: ParsedProperties = { text, entries, comments, problems, lineStarts: ls, hasBom: false, bom: null, orphanContinuations };
  if (refs) REFERENCES.set(next, refs);
  if (replaced) EDITS.set(next, { index: e0, before: replaced, after: entries[e0]!, lines: lineDelta !== 0 });
  const facts = FACTS.get(prev);
  if (facts) FACTS.set(next, { asciiOnly: facts.asciiOnly && !NON_ASCII.test(ins), noKpc: facts.noKpc && !mini.text.includes('kpc') });
  return next;
}
