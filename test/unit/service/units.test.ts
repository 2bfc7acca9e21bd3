import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeLocale } from '#core';
import { humanBytes, humanize, humanMillis, unitOf, withHuman } from '../../../server/src/service/units';

test('bytes: exact binary units, rounded ones marked', () => {
  assert.equal(humanize('16384', 'bytes'), '16 KiB');
  assert.equal(humanize('33554432', 'bytes'), '32 MiB');
  assert.equal(humanize('1048576', 'bytes'), '1 MiB');
  assert.equal(humanize(' 131072 ', 'bytes'), '128 KiB');
  assert.equal(humanize('100000', 'bytes'), '≈97.7 KiB');
  assert.equal(humanize('512', 'bytes'), undefined, 'small values need no translation');
  assert.equal(humanBytes(0), '0 bytes');
  assert.equal(humanBytes(1), '1 byte');
});

test('milliseconds: at most two units, rounded marked', () => {
  assert.equal(humanize('120000', 'ms'), '2 min');
  assert.equal(humanize('30000', 'ms'), '30 s');
  assert.equal(humanize('90000', 'ms'), '1 min 30 s');
  assert.equal(humanize('540000', 'ms'), '9 min');
  assert.equal(humanize('3600000', 'ms'), '1 h');
  assert.equal(humanize('0', 'ms'), '0 ms (no wait)');
  assert.equal(humanize('5', 'ms'), undefined);
  assert.equal(humanMillis(3_723_000), '≈1 h 2 min');
  assert.equal(humanize('2147483647', 'ms'), 'Integer.MAX_VALUE (≈24 d 20 h)');
  assert.equal(humanize('120000', 'ms', 'ko'), '2분');
});

test('seconds and counts', () => {
  assert.equal(humanize('300', 's'), '5 min');
  assert.equal(humanize('30', 's'), undefined);
  assert.equal(humanize('2147483647', 'count'), 'Integer.MAX_VALUE (no limit)');
  assert.equal(humanize('5', 'count'), undefined);
  assert.equal(humanize('9223372036854775807', 'ms'), 'Long.MAX_VALUE');
});

test('not a number or no unit: nothing to add', () => {
  for (const raw of ['16k', '1e3', '0x10', '', 'abc', '5.0', '99999999999999999999']) assert.equal(humanize(raw, 'bytes'), undefined, raw);
  assert.equal(humanize('16384', undefined), undefined);
  assert.equal(humanize(null, 'bytes'), undefined);
  assert.equal(withHuman('16384', 'bytes'), '16384 (16 KiB)');
  assert.equal(withHuman('all', undefined), 'all');
});

test('locale and unit helpers', () => {
  assert.equal(normalizeLocale('ko'), 'ko');
  assert.equal(normalizeLocale('ko-KR'), 'ko');
  assert.equal(normalizeLocale('kok'), 'en');
  assert.equal(normalizeLocale('en-US'), 'en');
  assert.equal(normalizeLocale(undefined), 'en');
  assert.equal(unitOf({ unitHint: 'seconds' }), 's');
  assert.equal(unitOf({ unit: 'ms' }), 'ms');
  assert.equal(unitOf(undefined), undefined);
});
