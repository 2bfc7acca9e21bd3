import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeLatin1, findNonAscii, parseProperties } from '#core';
import { applyEditsForTest } from './helpers';

test('é typed in the editor: saved as C3 A9, Kafka reads Ã©; the fix is \\u00E9', () => {
  const text = '# café in a comment is fine\nclient.id=café-producer\nacks=all\n';
  const runs = findNonAscii(parseProperties(text));
  assert.equal(runs.length, 1);
  const r = runs[0]!;
  assert.equal(text.slice(r.span.start, r.span.end), 'é');
  assert.deepEqual([r.text, r.kafkaReads, r.escaped, r.bytes, r.part, r.entryIndex, r.misread], ['é', 'Ã©', '\\u00E9', [0xc3, 0xa9], 'value', 0, true]);
  assert.equal(r.kafkaWhole, 'cafÃ©-producer');
  const fixed = applyEditsForTest(text, [{ span: r.span, newText: r.escaped }]);
  assert.equal(parseProperties(fixed).entries[0]?.value, 'café-producer');
  assert.deepEqual(findNonAscii(parseProperties(fixed)), []);
});

test('runs in keys, 3- and 4-byte characters, several runs per entry', () => {
  const text = 'ké€y=a😀b€\n';
  const runs = findNonAscii(parseProperties(text));
  assert.deepEqual(runs.map((r) => [r.part, r.text, r.kafkaReads, r.escaped]), [
    ['key', 'é€', decodeLatin1(new TextEncoder().encode('é€')), '\\u00E9\\u20AC'],
    ['value', '😀', decodeLatin1(new Uint8Array([0xf0, 0x9f, 0x98, 0x80])), '\\uD83D\\uDE00'],
    ['value', '€', 'â\u0082¬', '\\u20AC'],
  ]);
  assert.equal(runs[0]?.kafkaWhole, 'kÃ©â\u0082¬y');
});

test('CLI mode (text decoded as ISO-8859-1 from bytes): shows what was meant', () => {
  const bytes = new TextEncoder().encode('client.id=café\n');
  const runs = findNonAscii(parseProperties(decodeLatin1(bytes)), { decoded: 'latin1' });
  assert.deepEqual(runs.map((r) => [r.text, r.kafkaReads, r.escaped, r.misread, r.kafkaWhole]), [['é', 'Ã©', '\\u00E9', true, 'cafÃ©']]);
  // A file really saved as ISO-8859-1: Kafka reads é as meant.
  const latin = new Uint8Array([...new TextEncoder().encode('client.id=caf'), 0xe9]);
  const r2 = findNonAscii(parseProperties(decodeLatin1(latin)), { decoded: 'latin1' });
  assert.deepEqual(r2.map((r) => [r.text, r.kafkaReads, r.misread]), [['é', 'é', false]]);
});

test('ASCII files, escapes and BOMs give no runs', () => {
  assert.deepEqual(findNonAscii(parseProperties('a=\\u00E9\n# é\n')), []);
  assert.deepEqual(findNonAscii(parseProperties('\uFEFFa=1')), []);
  assert.deepEqual(findNonAscii(parseProperties(decodeLatin1(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))), { decoded: 'latin1' }), []);
});
