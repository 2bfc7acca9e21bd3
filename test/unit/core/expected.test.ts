// What a key takes, in words (core/expected.ts): the same sentence in English and Korean, built from what the value
// checker says it expected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectedText, getKey, parseInfoValue, parseValue, type Expectation } from '#core';

function refused(key: string, raw: string): Expectation {
  const r = parseValue(key, raw, '4.4');
  assert.ok(!r.ok, `${key}=${raw} should be refused`);
  return r.expected;
}

test('Kafka keys: type, range and enum in English and Korean', () => {
  const cases: [key: string, raw: string, en: string, ko: string][] = [
    ['batch.size', 'abc', 'a whole number (32-bit int) ≥ 0', '0 이상의 정수(32비트 int)'],
    ['retries', 'x', 'a whole number (32-bit int) from 0 to 2147483647', '0부터 2147483647까지의 정수(32비트 int)'],
    ['acks', '2', 'one of all, -1, 0, 1 (exact case)', 'all, -1, 0, 1 중 하나(대소문자 그대로)'],
    ['enable.idempotence', 'yes', 'true or false (any case)', 'true 또는 false(대소문자 무관)'],
    ['compression.type', 'brotli', 'one of none, gzip, snappy, lz4, zstd (exact case)', 'none, gzip, snappy, lz4, zstd 중 하나(대소문자 그대로)'],
  ];
  for (const [key, raw, en, ko] of cases) {
    const e = refused(key, raw);
    assert.equal(expectedText('en', e), en, key);
    assert.equal(expectedText('ko', e), ko, key);
  }
});

test('a plugin that compares an enum its own way says so', () => {
  const info = { ...getKey('acks', '4.4')!, plugin: { untrimmed: true } } as unknown as Parameters<typeof parseInfoValue>[0];
  const r = parseInfoValue(info, ' all ');
  assert.ok(!r.ok);
  assert.equal(expectedText('en', r.expected), 'one of all, -1, 0, 1 (exact, no spaces)');
  assert.equal(expectedText('ko', r.expected), 'all, -1, 0, 1 중 하나(쓴 그대로, 앞뒤 공백 없이)');
});

test('a rule without a validator: the type alone', () => {
  assert.equal(expectedText('en', { type: 'class', rule: null }), 'a fully qualified Java class name');
  assert.equal(expectedText('ko', { type: 'long', rule: null }), '정수(64비트 long)');
  assert.equal(expectedText('en', { type: 'list', rule: { kind: 'list', nonEmpty: true, noEmptyItems: true } }), 'a non-empty comma-separated list without empty items');
  assert.equal(expectedText('ko', { type: 'list', rule: { kind: 'list', nonEmpty: true, noEmptyItems: true } }), '빈 항목이 없는 비어 있지 않은 쉼표 구분 목록');
});
