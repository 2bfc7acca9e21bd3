// Text edits for "Apply to file": replace the value of the last (effective) entry of each key, or append the key.
// Pure: plain text in, offset edits out.
import { parseProperties, escapeForProperties, lastWins } from '#core';
import { SIMULATOR_KEYS } from '../../../server/src/simulator/keys';

export interface OffsetEdit { start: number; end: number; newText: string }

export function editsForChanges(text: string, changes: readonly { key: string; value: string }[]): OffsetEdit[] {
  const parsed = parseProperties(text);
  const last = lastWins(parsed);
  const edits: OffsetEdit[] = [];
  const appended: string[] = [];
  for (const { key, value } of changes) {
    const escaped = escapeForProperties(value, 'value');
    const hit = last.get(key);
    const entry = hit ? parsed.entries[hit.entryIndex] : undefined;
    if (entry) {
      if (entry.separatorSpan.end === entry.separatorSpan.start) edits.push({ start: entry.span.start, end: entry.span.end, newText: `${escapeForProperties(key, 'key')}=${escaped}` });
      else edits.push({ start: entry.valueSpan.start, end: entry.valueSpan.end, newText: escaped });
    } else appended.push(`${escapeForProperties(key, 'key')}=${escaped}`);
  }
  if (appended.length) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const needsEol = text.length > 0 && !text.endsWith('\n') && !text.endsWith('\r');
    edits.push({ start: text.length, end: text.length, newText: `${needsEol ? eol : ''}${appended.join(eol)}${eol}` });
  }
  return edits;
}

/** The explicit values the simulator reads (last duplicate wins); nothing else leaves the host. */
export function simulatorValues(text: string): Record<string, string> {
  const last = lastWins(parseProperties(text));
  const values: Record<string, string> = {};
  for (const k of SIMULATOR_KEYS) {
    const v = last.get(k);
    if (v !== undefined) values[k] = v.value;
  }
  return values;
}
