import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KAFKA_VERSIONS, listKeys } from '../../../schemas/catalog/index';
import { boundedDistance, maxDistance, normalizeKey, scoreSuggestions, type ScoredSuggestion } from '../../../server/src/service/suggest';

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

/** The scoring without any index: every candidate's distance computed (what scoreSuggestions must equal). */
function scoreAll(unknown: string, candidates: readonly string[], max: number): ScoredSuggestion[] {
  const n = normalizeKey(unknown);
  if (n.length === 0) return [];
  const limit = maxDistance(n.length);
  const out: ScoredSuggestion[] = [];
  for (const c of candidates) {
    if (c === unknown) continue;
    const nc = normalizeKey(c);
    let d = boundedDistance(n, nc, limit);
    if (d > limit && n.length >= 6 && nc.endsWith('.' + n)) d = limit;
    if (d <= limit) out.push({ key: c, distance: d });
  }
  out.sort((x, y) => x.distance - y.distance);
  return out.slice(0, max);
}

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('the indexed scoring gives exactly the suggestions of scoring every candidate', () => {
  const rand = rng(20);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789._-ABZ ';
  /** One to four random edits (insert, delete, substitute, swap) of `s`. */
  const mutate = (s: string): string => {
    const times = 1 + Math.floor(rand() * 4);
    for (let t = 0; t < times; t++) {
      const i = Math.floor(rand() * (s.length + 1));
      const op = Math.floor(rand() * 4);
      if (op === 0) s = s.slice(0, i) + pick([...chars]) + s.slice(i);
      else if (op === 1) s = s.slice(0, i) + s.slice(i + 1);
      else if (op === 2) s = s.slice(0, i) + pick([...chars]) + s.slice(i + 1);
      else if (i + 1 < s.length) s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    }
    return s;
  };
  const corpus = readFileSync(join(__dirname, '..', '..', 'fixtures', 'nearmiss', 'corpus.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t')[1]!);
  let compared = 0;
  let suggested = 0;
  // The oldest, a middle and the newest version (their key lists differ).
  for (const version of [KAFKA_VERSIONS[0]!, KAFKA_VERSIONS[KAFKA_VERSIONS.length >> 1]!, KAFKA_VERSIONS[KAFKA_VERSIONS.length - 1]!]) {
    const keys = listKeys(version).map((k) => k.key);
    const enums = [...new Set(listKeys(version).flatMap((k) => k.validValues ?? []))];
    const names = [...corpus, ...keys, '', '.', 'x', 'ms', 'idempotence', 'in.flight.requests.per.connection', 'ssl.keystore'];
    for (let j = 0; j < 400; j++) names.push(mutate(pick(keys)));
    // Tails of real keys (missing leading parts) and custom keys of a generated config.
    for (let j = 0; j < 100; j++) names.push(pick(keys).split('.').slice(1 + Math.floor(rand() * 2)).join('.'));
    for (let j = 0; j < 100; j++) names.push(`${pick(['app', 'orders', 'tracing', 'audit'])}.${mutate(pick(keys))}.${j}`);
    for (const name of names) {
      for (const max of [3, 5]) {
        const want = scoreAll(name, keys, max);
        assert.deepEqual(scoreSuggestions(name, keys, max), want, `${version}: ${JSON.stringify(name)}`);
        if (want.length) suggested++;
        compared++;
      }
      const lower = name.toLowerCase();
      assert.deepEqual(scoreSuggestions(lower, enums), scoreAll(lower, enums, 3), `${version} values: ${JSON.stringify(lower)}`);
    }
  }
  // The comparison covers names with suggestions, not only names far from everything.
  assert.ok(suggested > compared / 4, `${suggested} of ${compared} names had suggestions`);
});
