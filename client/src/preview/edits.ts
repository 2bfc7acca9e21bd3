// The edits of the preview's "Apply to file", pure: plain text in, offset edits out.
import { parseProperties, setKeysEdits } from '#core';

export interface OffsetEdit { start: number; end: number; newText: string }

/** "Apply to file": each key's last (effective) entry gets the value, missing keys are appended. */
export function editsForChanges(text: string, changes: readonly { key: string; value: string }[]): OffsetEdit[] {
  return setKeysEdits(parseProperties(text), changes.map((c) => [c.key, c.value] as const)).map((e) => ({ start: e.span.start, end: e.span.end, newText: e.newText }));
}
