// What the preview host needs from a producer config's text, pure (plain text in, offset edits out):
// the edits of "Apply to file", and the simulator input when the language server cannot answer.
import { lastWins, parseProperties, setKeysEdits } from '#core';
import { SIMULATOR_KEYS } from '../../../server/src/simulator/keys';

export interface OffsetEdit { start: number; end: number; newText: string }

/** "Apply to file": each key's last (effective) entry gets the value, missing keys are appended. */
export function editsForChanges(text: string, changes: readonly { key: string; value: string }[]): OffsetEdit[] {
  return setKeysEdits(parseProperties(text), changes.map((c) => [c.key, c.value] as const)).map((e) => ({ start: e.span.start, end: e.span.end, newText: e.newText }));
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
