// relatedInformation: a cross-field finding names the other lines it is about (the line whose value
// wins, the line that turns idempotence on, the lines whose sum is too large), with messages per locale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analyze';
import type { Finding } from '../../../server/src/service/types';

/** "code@line → [line: message, …]" with 0-based line numbers, for readable assertions. */
function relatedOf(text: string, code: string, opts: Parameters<typeof analyze>[1] = {}): { line: number; related: { line: number; message: string }[] }[] {
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length - 1;
  return analyze(text, opts)
    .findings.filter((f: Finding) => f.code === code)
    .map((f) => ({ line: lineOf(f.span.start), related: (f.related ?? []).map((r) => ({ line: lineOf(r.span.start), message: r.message })) }));
}

test('duplicate-key points at the occurrence Java keeps', () => {
  const text = 'acks=1\nlinger.ms=5\nacks=all\nacks=0\n';
  assert.deepEqual(relatedOf(text, 'duplicate-key'), [
    { line: 0, related: [{ line: 3, message: 'the value Java keeps' }] },
    { line: 2, related: [{ line: 3, message: 'the value Java keeps' }] },
  ]);
  assert.equal(relatedOf(text, 'duplicate-key', { locale: 'ko' })[0]!.related[0]!.message, 'Java가 쓰는 값');
});

test('idempotence conflicts point at the line that turns idempotence on, not at themselves', () => {
  const text = 'enable.idempotence=true\nacks=1\nretries=0\nmax.in.flight.requests.per.connection=9\n';
  for (const [code, line] of [['idempotence-acks', 1], ['idempotence-retries', 2], ['idempotence-max-in-flight', 3]] as const) {
    assert.deepEqual(relatedOf(text, code, { kafkaVersion: '3.9' }), [{ line, related: [{ line: 0, message: 'idempotence is enabled here' }] }], code);
  }
  // 2.8: a transactional.id turns idempotence on, so acks=1 is refused because of that line.
  const tx = 'transactional.id=tx-1\nacks=1\n';
  assert.deepEqual(relatedOf(tx, 'idempotence-acks', { kafkaVersion: '2.8' }), [{ line: 1, related: [{ line: 0, message: 'transactional.id turns idempotence on' }] }]);
  // 3.9: acks=1 turns idempotence off, and the transactional.id is refused because of that line.
  assert.deepEqual(relatedOf(tx, 'transactional-requires-idempotence', { kafkaVersion: '3.9' }), [{ line: 0, related: [{ line: 1, message: 'this turns idempotence off' }] }]);
  assert.deepEqual(relatedOf('transactional.id=tx-1\nenable.idempotence=false\n', 'transactional-requires-idempotence', { kafkaVersion: '3.9' }), [{ line: 0, related: [{ line: 1, message: 'idempotence is turned off here' }] }]);
  // Idempotence only on by default: no line turned it on, so nothing related.
  assert.deepEqual(relatedOf('acks=1\n', 'idempotence-acks', { kafkaVersion: '3.9' }), [{ line: 0, related: [] }]);
});

test('delivery-timeout-too-small points at linger.ms and request.timeout.ms; buffer-smaller-than-batch at batch.size', () => {
  const text = 'linger.ms=100000\nrequest.timeout.ms=30000\ndelivery.timeout.ms=1000\n';
  assert.deepEqual(relatedOf(text, 'delivery-timeout-too-small'), [
    { line: 2, related: [{ line: 0, message: 'linger.ms counts toward it' }, { line: 1, message: 'request.timeout.ms counts toward it' }] },
  ]);
  assert.deepEqual(relatedOf('batch.size=65536\nbuffer.memory=65536\n', 'buffer-smaller-than-batch'), [{ line: 1, related: [{ line: 0, message: 'batch.size is set here' }] }]);
});
