import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listKeys } from '../../../schemas/catalog/index';
import { boundedDistance, normalizeKey, scoreSuggestions } from '../../../server/src/service/suggest';

const KEYS = listKeys('3.9').map((k) => k.key);
const first = (k: string): string | undefined => scoreSuggestions(k, KEYS)[0]?.key;

test('edit distance works on dotted names (issue examples)', () => {
  assert.equal(first('enavle.idempotence'), 'enable.idempotence');
  assert.equal(first('retriess'), 'retries');
  assert.equal(first('max.in.flight.request.per.connection'), 'max.in.flight.requests.per.connection');
  assert.equal(first('max.in.flight.requests.per_connection'), 'max.in.flight.requests.per.connection');
  assert.equal(first('linger,ms'), 'linger.ms');
  assert.equal(first('Acks'), 'acks');
  assert.equal(first('idempotence'), 'enable.idempotence');
  assert.equal(first('lingr.ms'), 'linger.ms');
  assert.equal(first('batch.szie'), 'batch.size');
});

test('nothing when nothing is close', () => {
  assert.deepEqual(scoreSuggestions('my.company.trace.header', KEYS), []);
  assert.deepEqual(scoreSuggestions('foo', KEYS), []);
  assert.deepEqual(scoreSuggestions('', KEYS), []);
  assert.deepEqual(scoreSuggestions('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', KEYS), []);
});

test('distance helpers', () => {
  assert.equal(normalizeKey('Max_In-Flight,,Requests'), 'max.in.flight.requests');
  assert.equal(boundedDistance('abc', 'abc', 2), 0);
  assert.equal(boundedDistance('abcd', 'abdc', 2), 1); // transposition
  assert.equal(boundedDistance('kitten', 'sitting', 3), 3);
  assert.equal(boundedDistance('kitten', 'sitting', 2), 3); // limit + 1
});
