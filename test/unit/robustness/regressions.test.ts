// Bugs the property and hostile-input tests found in other modules, each pinned by its smallest input.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analyze';
import { applyEdits, fixAll, pickSafeFixes } from '../../../server/src/service/fixAll';
import { formatEdits } from '../../../server/src/service/format';
import type { Fix } from '../../../server/src/service/types';
import { parseWebviewMessage } from '../../../client/src/preview/messages';

describe('regressions', () => {
  test('format: an empty key with `key = value` style is formatted once, not back and forth', () => {
    const text = 'ssl.enabled.protocols  \n=reconnect.backoff.max.ms ';
    const once = applyEdits(text, formatEdits(analyze(text), { spaceAroundSeparator: true }));
    assert.equal(once, 'ssl.enabled.protocols=\n= reconnect.backoff.max.ms ');
    assert.deepEqual(formatEdits(analyze(once), { spaceAroundSeparator: true }), []);
  });
});

describe('regressions: fix-all on large files', () => {
  const fix = (start: number, end: number, newText = 'x'): Fix => ({ title: `${start}-${end}`, edits: [{ span: { start, end }, newText }], safe: true });

  test('pickSafeFixes (now neighbour-checked, was quadratic) keeps the same conflict rules', () => {
    const fixes = [fix(5, 10), fix(7, 8), fix(10, 10), fix(5, 5), fix(0, 5), fix(0, 0), fix(20, 30), fix(25, 25), fix(100, 100), fix(100, 101), fix(30, 40), fix(19, 21), { ...fix(50, 60), safe: false }, fix(55, 56)];
    assert.deepEqual(pickSafeFixes(fixes).map((e) => `${e.span.start}-${e.span.end}`), ['5-10', '10-10', '0-5', '20-30', '100-100', '30-40', '55-56']);
  });

  test('fix-all on 40k duplicated entries finishes and is idempotent', { timeout: 60_000 }, () => {
    const text = 'acks=1\nretries=5\nlinger.ms=5\nbatch.size=16384\n'.repeat(10_000);
    const once = fixAll(text);
    assert.equal(once.text, 'acks=1\nretries=5\nlinger.ms=5\nbatch.size=16384\n'.replace(/\n$/, '\n'));
    assert.equal(fixAll(once.text).applied, 0);
  });
});

describe('regressions: webview messages', () => {
  test('an Apply naming one key twice is refused (it made two overlapping edits of one value)', () => {
    const changes = [{ key: 'batch.size', value: 'x\\' }, { key: 'batch.size', value: '' }];
    assert.equal(parseWebviewMessage({ type: 'apply', uri: 'file:///w/producer.config', changes }), undefined);
    assert.ok(parseWebviewMessage({ type: 'apply', uri: 'file:///w/producer.config', changes: changes.slice(0, 1) }));
  });
});
