// Edits of a producer config that keep every byte they are not about: change a value where Kafka reads
// it, insert or remove a line, or set several keys at once (change the last occurrence, append the rest).
// Rules' fixes, the refactors and the preview's "Apply to file" all build their edits here.
import { escapeForProperties } from './properties/parse';
import type { ParsedProperties, PropertyEntry } from './properties/types';
import type { TextEdit } from './types';

/** The file's line terminator (its first one), for inserted lines. */
export function lineEnding(text: string): string {
  const i = text.indexOf('\n');
  if (i > 0 && text[i - 1] === '\r') return '\r\n';
  if (i < 0 && text.includes('\r')) return '\r';
  return '\n';
}

export function renameKeyEdit(entry: PropertyEntry, newKey: string): TextEdit {
  return { span: entry.keySpan, newText: newKey };
}

/** Replace the value of `entry` (its raw span, continuation lines included) with `raw` (already escaped). */
export function setValueEdit(entry: PropertyEntry, raw: string): TextEdit {
  if (entry.separatorSpan.start === entry.separatorSpan.end) {
    // `key` with no separator and no value: add one
    return { span: { start: entry.keySpan.end, end: entry.valueSpan.end }, newText: '=' + raw };
  }
  return { span: entry.valueSpan, newText: raw };
}

/**
 * A new line (or lines) right after `after`'s logical line, or at the end of the file. At the end, a file
 * without a final line break keeps having none (the break goes before the new lines).
 */
export function insertLineEdit(doc: { text: string }, line: string | readonly string[], after?: PropertyEntry): TextEdit {
  const { text } = doc;
  const eol = lineEnding(text);
  const block = typeof line === 'string' ? line : line.join(eol);
  if (after) return { span: { start: after.span.end, end: after.span.end }, newText: eol + block };
  const end = text.length;
  const endsWithNewline = end === 0 || text.endsWith('\n') || text.endsWith('\r');
  return { span: { start: end, end }, newText: endsWithNewline ? block + eol : eol + block };
}

/** Delete the whole logical line of `entry`, with its line terminator. */
export function removeLineEdit(doc: { parsed: Pick<ParsedProperties, 'text' | 'lineStarts'> }, entry: PropertyEntry): TextEdit {
  const { text, lineStarts } = doc.parsed;
  const start = lineStarts[entry.line] ?? entry.span.start;
  const next = lineStarts[entry.line + entry.lineCount];
  if (next !== undefined) return { span: { start, end: next }, newText: '' };
  // last line: take the terminator before it instead, if any
  let s = start;
  if (s > 0 && text[s - 1] === '\n') s--;
  if (s > 0 && text[s - 1] === '\r') s--;
  return { span: { start: s, end: text.length }, newText: '' };
}

/**
 * Edits that give each key its value: the last occurrence (the one Kafka reads) is changed, keys the file
 * lacks are appended in one block; keys that already have the value are left alone. Values are escaped.
 */
export function setKeysEdits(parsed: Pick<ParsedProperties, 'text' | 'entries'>, values: readonly (readonly [key: string, value: string])[]): TextEdit[] {
  const last = new Map<string, PropertyEntry>();
  for (const e of parsed.entries) last.set(e.key, e);
  const edits: TextEdit[] = [];
  const append: string[] = [];
  for (const [key, value] of values) {
    const entry = last.get(key);
    if (!entry) append.push(`${escapeForProperties(key, 'key')}=${escapeForProperties(value, 'value')}`);
    else if (entry.value !== value) edits.push(setValueEdit(entry, escapeForProperties(value, 'value')));
  }
  if (append.length) edits.push(insertLineEdit(parsed, append));
  return edits;
}
