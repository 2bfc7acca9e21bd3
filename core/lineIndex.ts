/**
 * Offsets ↔ LSP positions. Lines end at `\r\n`, `\r` or `\n` (the same three terminators VS Code,
 * LSP and `java.util.Properties` use). Offsets and characters are UTF-16 code units.
 */
import type { Position, Range, Span } from './types';

/** Offsets at which each physical line starts; always at least `[0]`. One linear pass (indexOf is memchr-fast). */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      if (lf === cr + 1) {
        starts.push(lf + 1); // \r\n
        lf = text.indexOf('\n', lf + 1);
      } else {
        starts.push(cr + 1);
      }
      cr = text.indexOf('\r', cr + 1);
    } else {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
  }
  return starts;
}

/** First index in `items` (sorted ascending by `key`) whose key is ≥ `value`; `items.length` when none is. */
export function lowerBound<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the line containing `offset` (binary search; offsets past the end map to the last line). */
export function lineOfOffset(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  if (hi <= 0 || !(offset > 0)) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function offsetToPosition(lineStarts: readonly number[], offset: number): Position {
  const off = Number.isFinite(offset) ? Math.max(0, Math.floor(offset)) : 0;
  const line = lineOfOffset(lineStarts, off);
  return { line, character: off - (lineStarts[line] ?? 0) };
}

/**
 * Offset of an LSP position. Lines past the end clamp to the end of the last line start; a character
 * past the end of its line clamps to the start of the next line, or, when `text` is given, to the end
 * of the line's content (before its terminator) as LSP asks.
 */
export function positionToOffset(lineStarts: readonly number[], pos: Position, text?: string): number {
  if (lineStarts.length === 0) return 0;
  const line = Math.max(0, Math.floor(Number.isFinite(pos.line) ? pos.line : 0));
  const ch = Math.max(0, Math.floor(Number.isFinite(pos.character) ? pos.character : 0));
  if (line >= lineStarts.length) return text !== undefined ? text.length : (lineStarts[lineStarts.length - 1] ?? 0);
  const start = lineStarts[line] ?? 0;
  let end = line + 1 < lineStarts.length ? (lineStarts[line + 1] ?? start) : text !== undefined ? text.length : Infinity;
  if (text !== undefined) {
    if (end > start && text.charCodeAt(end - 1) === 0x0a) end--;
    if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
  }
  return Math.min(start + ch, end);
}

export function spanToRange(lineStarts: readonly number[], span: Span): Range {
  return { start: offsetToPosition(lineStarts, span.start), end: offsetToPosition(lineStarts, span.end) };
}

export function rangeToSpan(lineStarts: readonly number[], range: Range, text?: string): Span {
  return { start: positionToOffset(lineStarts, range.start, text), end: positionToOffset(lineStarts, range.end, text) };
}
