// One set of edit builders (core/edits.ts) for rules' fixes, the refactors and the preview's "Apply to file".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insertLineEdit, parseProperties, removeLineEdit, setKeysEdits, setValueEdit, type TextEdit } from '#core';
import { applyEdits } from '../../../server/src/service/fixAll';

const entriesOf = (text: string) => parseProperties(text).entries.map((e) => [e.key, e.value]);
const set = (text: string, values: [string, string][]) => applyEdits(text, setKeysEdits(parseProperties(text), values));

test('setKeysEdits: the last occurrence changes, missing keys are appended in the file\'s line ending, equal values stay', () => {
  assert.equal(set('acks=1\r\nacks=0', [['acks', 'all'], ['linger.ms', '5']]), 'acks=1\r\nacks=all\r\nlinger.ms=5');
  assert.equal(set('acks=1\nlinger.ms=5\n', [['linger.ms', '5'], ['batch.size', '65536'], ['compression.type', 'lz4']]), 'acks=1\nlinger.ms=5\nbatch.size=65536\ncompression.type=lz4\n');
  assert.equal(set('acks', [['acks', 'all']]), 'acks=all', 'a key without separator gets one');
  assert.equal(set('', [['acks', 'all']]), 'acks=all\n');
  assert.deepEqual(entriesOf(set('k=\\\n  a\\\n  c\n', [['k', 'b']])), [['k', 'b']], 'continuation lines are part of the value replaced');
  assert.equal(set('t=a\n', [['t', ' tx#1'], ['my key', 'x']]), 't=\\ tx#1\nmy\\ key=x\n', 'keys and values are escaped');
  assert.deepEqual(setKeysEdits(parseProperties('acks=all\n'), [['acks', 'all']]), []);
});

test('insertLineEdit, setValueEdit, removeLineEdit keep every byte they are not about', () => {
  const text = '# c\nacks = 1\r\nlinger.ms=5';
  const parsed = parseProperties(text);
  const [acks, linger] = parsed.entries;
  const apply = (e: TextEdit) => applyEdits(text, [e]);
  assert.equal(apply(setValueEdit(acks!, 'all')), '# c\nacks = all\r\nlinger.ms=5');
  assert.equal(apply(insertLineEdit({ text }, 'retries=3', acks)), '# c\nacks = 1\nretries=3\r\nlinger.ms=5', 'after a line, in the file\'s first line ending');
  assert.equal(apply(insertLineEdit({ text }, ['a=1', 'b=2'])), `${text}\na=1\nb=2`, 'at the end of a file without a final break');
  assert.equal(apply(removeLineEdit({ parsed }, acks!)), '# c\nlinger.ms=5');
  assert.equal(apply(removeLineEdit({ parsed }, linger!)), '# c\nacks = 1');
});
