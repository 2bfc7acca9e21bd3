import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listKeys } from '../../../schemas/catalog/index';
import { boundedDistance, clearSuggestion, normalizeKey, scoreSuggestions, suggestKeys } from '../../../server/src/service/suggest';

const KEYS = listKeys('3.9').map((k) => k.key);

test('did-you-mean works on dotted names (issue examples)', () => {
  assert.equal(suggestKeys('enavle.idempotence', KEYS)[0], 'enable.idempotence');
  assert.equal(suggestKeys('retriess', KEYS)[0], 'retries');
  assert.equal(suggestKeys('max.in.flight.request.per.connection', KEYS)[0], 'max.in.flight.requests.per.connection');
  assert.equal(suggestKeys('max.in.flight.requests.per_connection', KEYS)[0], 'max.in.flight.requests.per.connection');
  assert.equal(suggestKeys('linger,ms', KEYS)[0], 'linger.ms');
  assert.equal(suggestKeys('Acks', KEYS)[0], 'acks');
  assert.equal(suggestKeys('idempotence', KEYS)[0], 'enable.idempotence');
  assert.equal(suggestKeys('lingr.ms', KEYS)[0], 'linger.ms');
  assert.equal(suggestKeys('batch.szie', KEYS)[0], 'batch.size');
});

test('no suggestion when nothing is close', () => {
  assert.deepEqual(suggestKeys('my.company.trace.header', KEYS), []);
  assert.deepEqual(suggestKeys('foo', KEYS), []);
  assert.deepEqual(suggestKeys('', KEYS), []);
  assert.deepEqual(suggestKeys('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', KEYS), []);
});

test('a clear suggestion needs a small distance and no tie', () => {
  assert.equal(clearSuggestion(scoreSuggestions('retriess', KEYS), 'retriess'), 'retries');
  assert.equal(clearSuggestion([{ key: 'a.b', distance: 1 }, { key: 'a.c', distance: 1 }], 'a.x'), undefined);
  assert.equal(clearSuggestion([{ key: 'buffer.memory', distance: 3 }], 'bufer.memry.x'), undefined);
});

test('distance helpers', () => {
  assert.equal(normalizeKey('Max_In-Flight,,Requests'), 'max.in.flight.requests');
  assert.equal(boundedDistance('abc', 'abc', 2), 0);
  assert.equal(boundedDistance('abcd', 'abdc', 2), 1); // transposition
  assert.equal(boundedDistance('kitten', 'sitting', 3), 3);
  assert.equal(boundedDistance('kitten', 'sitting', 2), 3); // limit + 1
});
