import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { murmur2, toPositive, utf8, partitionForKey, settingsFromConfig, simulate, makeScenario, type Scenario } from '../../../server/src/simulator/index';

interface Vector { key: string; utf8_len: number; murmur2: number; positive: number; p3: number; p6: number; p12: number }
const here = join('test', 'unit', 'simulator');
const vectors: Vector[] = JSON.parse(readFileSync(join(here, 'murmur2-vectors.json'), 'utf8'));

// murmur2-vectors.json: Kafka's own six vectors (UtilsTest.testMurmur2, apache/kafka clients/src/test/java/org/apache/
// kafka/common/utils/UtilsTest.java) and 15 more keys, each with its partition for 3, 6 and 12 partitions; all 21 agree
// with kafkajs's port of murmur2 as well.
test('the first six vectors are Kafka\'s own (UtilsTest.testMurmur2)', () => {
  const kafka: [string, number][] = [['21', -973932308], ['foobar', -790332482], ['a-little-bit-long-string', -985981536], ['a-little-bit-longer-string', -1486304829], ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971], ['abc', 479470107]];
  assert.deepEqual(vectors.slice(0, 6).map((v) => [v.key, v.murmur2]), kafka);
  for (const [k, h] of kafka) assert.equal(murmur2(utf8(k)), h, k);
});

test('murmur2 matches every shared vector bit for bit, with toPositive and the partition for 3/6/12', () => {
  assert.equal(vectors.length, 21);
  for (const v of vectors) {
    const bytes = utf8(v.key);
    assert.equal(bytes.length, v.utf8_len, `utf8 length of ${JSON.stringify(v.key)}`);
    assert.equal(murmur2(bytes), v.murmur2, `murmur2(${JSON.stringify(v.key)})`);
    assert.equal(toPositive(murmur2(bytes)), v.positive);
    assert.equal(partitionForKey(bytes, 3), v.p3);
    assert.equal(partitionForKey(bytes, 6), v.p6);
    assert.equal(partitionForKey(bytes, 12), v.p12);
  }
});

test('toPositive is a mask, not Math.abs', () => {
  assert.equal(toPositive(-1), 0x7fffffff);
  assert.equal(toPositive(-2147483648), 0);
  assert.equal(toPositive(5), 5);
  assert.equal(toPositive(-5), 2147483643);
});

test('murmur2 of raw bytes above 0x7f treats them as unsigned', () => {
  // 'café' is 63 61 66 c3 a9: the tail byte 0xa9 must not be sign-extended
  assert.equal(murmur2(new Uint8Array([0x63, 0x61, 0x66, 0xc3, 0xa9])), -1358007374);
});

const base: Partial<Scenario> = { records: 4680, ratePerSec: 10_000, valueBytes: 200, partitions: 6, brokers: 3, seed: 7 };
// one record is 200 + 8 framing bytes; a 16384-byte batch holds floor((16384 - 61) / 208) = 78 of them
const PER_BATCH = 78;
const noLinger = { 'linger.ms': '60000', 'delivery.timeout.ms': '600000' };

test('keyed records go to toPositive(murmur2(key)) % partitions (key-<i> keys)', () => {
  const st = settingsFromConfig({}, '3.9');
  const r = simulate(st, { ...base, records: 3000, keys: { kind: 'uniform', count: 1 } });
  const expected = partitionForKey(utf8('key-0'), 6);
  for (const p of r.partitions) assert.equal(p.records, p.partition === expected ? 3000 : 0);
});

test('partitioner.ignore.keys=true spreads keyed records like null keys (3.3+)', () => {
  const keyed = simulate(settingsFromConfig({}, '3.9'), { ...base, keys: { kind: 'uniform', count: 1 } });
  const ignored = simulate(settingsFromConfig({ 'partitioner.ignore.keys': 'true' }, '3.9'), { ...base, keys: { kind: 'uniform', count: 1 } });
  const nullKeys = simulate(settingsFromConfig({}, '3.9'), { ...base });
  assert.equal(keyed.partitions.filter((p) => p.records > 0).length, 1);
  assert.ok(ignored.partitions.filter((p) => p.records > 0).length >= 4, 'spread over the partitions');
  assert.ok(Math.abs(ignored.batches.count - nullKeys.batches.count) <= Math.max(3, nullKeys.batches.count * 0.15));
  // with a partitioner.class (DefaultPartitioner) the setting does nothing: keys are hashed
  const withClass = simulate(settingsFromConfig({ 'partitioner.ignore.keys': 'true', 'partitioner.class': 'org.apache.kafka.clients.producer.internals.DefaultPartitioner' }, '3.9'), { ...base, keys: { kind: 'uniform', count: 1 } });
  assert.equal(withClass.partitions.filter((p) => p.records > 0).length, 1);
  assert.ok(withClass.warnings.some((w) => w.includes('only affect the built-in partitioner')));
  // before 3.3 the key is not a setting: keys are hashed
  assert.equal(settingsFromConfig({ 'partitioner.ignore.keys': 'true' }, '3.2').partitionerIgnoreKeys, false);
});

test('RoundRobinPartitioner before 4.0 skips partitions on new batches (KAFKA-9965): only odd partitions of 6', () => {
  const st = settingsFromConfig({ ...noLinger, 'partitioner.class': 'org.apache.kafka.clients.producer.RoundRobinPartitioner' }, '3.9');
  assert.equal(st.partitioner, 'round-robin');
  assert.equal(st.roundRobinSkipQuirk, true);
  const r = simulate(st, base);
  // counter 0 → p0 has no batch → partition() again → counter 1 → p1, and so on: even partitions never get a batch
  assert.deepEqual(r.partitions.map((p) => p.records > 0), [false, true, false, true, false, true]);
  assert.equal(r.records.delivered, 4680);
});

test('RoundRobinPartitioner from 4.0 is exact round robin', () => {
  const st = settingsFromConfig({ ...noLinger, 'partitioner.class': 'org.apache.kafka.clients.producer.RoundRobinPartitioner' }, '4.0');
  assert.equal(st.roundRobinSkipQuirk, false);
  const r = simulate(st, base);
  assert.deepEqual(r.partitions.map((p) => p.records), [780, 780, 780, 780, 780, 780]);
});

test('KIP-480 sticky partitioner (3.2 default): one full batch per sticky period', () => {
  const st = settingsFromConfig(noLinger, '3.2');
  assert.equal(st.partitioner, 'default-sticky');
  const r = simulate(st, base);
  assert.equal(r.batches.count, 4680 / PER_BATCH);
  for (const p of r.partitions) assert.equal(p.records % PER_BATCH, 0, `partition ${p.partition}: ${p.records}`);
  assert.ok(r.batches.avgFill > 0.99);
});

test('KIP-794 built-in partitioner (3.3+): switches after batch.size bytes once the batch is closed (two batches per stint)', () => {
  const st = settingsFromConfig(noLinger, '3.9');
  assert.equal(st.partitioner, 'builtin');
  const r = simulate(st, base);
  assert.equal(r.batches.count, 4680 / PER_BATCH);
  // 78 records (16285 bytes) stay below batch.size, so the switch happens when the second batch is closed
  for (const p of r.partitions) assert.equal(p.records % (2 * PER_BATCH), 0, `partition ${p.partition}: ${p.records}`);
});

test('partitioner.class values map to the partitioners Kafka runs for the version', () => {
  assert.equal(settingsFromConfig({}, '2.8').partitioner, 'default-sticky');
  assert.equal(settingsFromConfig({}, '3.3').partitioner, 'builtin');
  assert.equal(settingsFromConfig({ 'partitioner.class': 'org.apache.kafka.clients.producer.UniformStickyPartitioner' }, '3.5').partitioner, 'uniform-sticky-class');
  assert.equal(settingsFromConfig({ 'partitioner.class': 'org.apache.kafka.clients.producer.internals.DefaultPartitioner' }, '3.5').partitioner, 'default-sticky');
  const custom = settingsFromConfig({ 'partitioner.class': 'com.example.MyPartitioner' }, '3.9');
  assert.equal(custom.partitioner, 'builtin');
  assert.ok(custom.warnings.some((w) => w.includes('com.example.MyPartitioner')));
});

test('adaptive partitioning sends less to a broker that is down', () => {
  const scn = makeScenario({ ...base, records: 20000, faults: { lostAck: 0, requestFailure: 0, brokerDown: { broker: 0, atMs: 100, durationMs: 1500 } } });
  const adaptive = simulate(settingsFromConfig({ 'partitioner.availability.timeout.ms': '50' }, '3.9'), scn);
  const uniform = simulate(settingsFromConfig({ 'partitioner.adaptive.partitioning.enable': 'false' }, '3.9'), scn);
  const onDown = (r: typeof adaptive) => r.partitions.filter((p) => p.broker === 0).reduce((a, p) => a + p.records, 0);
  assert.ok(onDown(adaptive) < onDown(uniform) * 0.8, `adaptive ${onDown(adaptive)} vs uniform ${onDown(uniform)}`);
});

test('UniformStickyPartitioner class: keys ignored, one full batch per sticky period', () => {
  const st = settingsFromConfig({ ...noLinger, 'partitioner.class': 'org.apache.kafka.clients.producer.UniformStickyPartitioner' }, '3.5');
  const r = simulate(st, { ...base, keys: { kind: 'uniform', count: 1 } });
  // "key-0" is 5 bytes, so a record is 200 + 5 + 8 = 213 bytes and a batch holds floor((16384 - 61) / 213) = 76
  const perBatch = Math.floor((16384 - 61) / (200 + 5 + 8));
  assert.equal(perBatch, 76);
  assert.equal(r.batches.count, Math.ceil(4680 / perBatch));
  assert.ok(r.partitions.filter((p) => p.records > 0).length >= 3, 'a single key still spreads');
  const full = r.partitions.map((p) => p.records % perBatch);
  assert.equal(full.filter((x) => x !== 0).length <= 1, true, `only the last batch may be partial: ${full}`);
});
