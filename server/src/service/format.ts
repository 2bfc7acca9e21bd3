/**
 * Formatting that never changes what `Properties.load` reads: it removes indentation before
 * keys and comments, writes every separator the same way (`key=value`, or `key = value`),
 * gives key-only lines an explicit `=` (same empty value), and strips trailing whitespace
 * from comments and blank lines. Values are never touched: trailing spaces in a value are
 * part of it, and continuation lines are left as written.
 */
import type { Analysis } from './analyze';
import type { Span, TextEdit } from './types';

export interface FormatOptions {
  /** Write `key = value` instead of `key=value`. Default false. */
  spaceAroundSeparator?: boolean;
  /** Only return edits touching this span (range formatting). */
  range?: Span;
}

const WS = /^[ \t\f]*$/;

function lineEnd(text: string, lineStarts: number[], line: number): number {
  const next = lineStarts[line + 1];
  let end = next === undefined ? text.length : next;
  while (end > (lineStarts[line] ?? 0) && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

export function formatEdits(analysis: Pick<Analysis, 'parsed'>, options: FormatOptions = {}): TextEdit[] {
  const { text, entries, comments, lineStarts } = analysis.parsed;
  const edits: TextEdit[] = [];
  const covered = new Set<number>();
  const sep = options.spaceAroundSeparator ? ' = ' : '=';

  const dropIndent = (line: number, start: number): void => {
    const ls = lineStarts[line];
    if (ls === undefined || start <= ls) return;
    if (WS.test(text.slice(ls, start))) edits.push({ span: { start: ls, end: start }, newText: '' });
  };

  for (const e of entries) {
    for (let l = e.line; l < e.line + Math.max(1, e.lineCount); l++) covered.add(l);
    dropIndent(e.line, e.keySpan.start);
    const hasSep = e.separatorSpan.end > e.separatorSpan.start;
    const hasValue = e.valueSpan.end > e.valueSpan.start;
    if (hasSep) {
      const rawSep = text.slice(e.separatorSpan.start, e.separatorSpan.end);
      if (/[\\\r\n]/.test(rawSep)) continue; // a continuation inside the separator: leave it
      // An empty key: a leading space would be indentation, removed again by the next format.
      const want = hasValue ? (e.keySpan.end > e.keySpan.start ? sep : sep.trimStart()) : '=';
      if (rawSep !== want) edits.push({ span: e.separatorSpan, newText: want });
    } else if (!hasValue) {
      edits.push({ span: { start: e.keySpan.end, end: e.keySpan.end }, newText: '=' });
    }
  }
  for (const c of comments) {
    covered.add(c.line);
    dropIndent(c.line, c.span.start);
    const body = text.slice(c.span.start, c.span.end);
    const trimmed = body.replace(/[ \t\f]+$/, '');
    if (trimmed.length < body.length) edits.push({ span: { start: c.span.start + trimmed.length, end: c.span.end }, newText: '' });
  }
  for (let line = 0; line < lineStarts.length; line++) {
    if (covered.has(line)) continue;
    const start = lineStarts[line] ?? 0;
    const end = lineEnd(text, lineStarts, line);
    // A whitespace line right after a line ending in a backslash may be part of a continuation.
    const prevEnd = line > 0 ? lineEnd(text, lineStarts, line - 1) : 0;
    if (line > 0) {
      let n = 0;
      while (prevEnd - 1 - n >= (lineStarts[line - 1] ?? 0) && text[prevEnd - 1 - n] === '\\') n++;
      if (n % 2 === 1) continue;
    }
    if (end > start && WS.test(text.slice(start, end))) edits.push({ span: { start, end }, newText: '' });
  }
  edits.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const r = options.range;
  return r ? edits.filter((ed) => ed.span.end >= r.start && ed.span.start <= r.end) : edits;
}
