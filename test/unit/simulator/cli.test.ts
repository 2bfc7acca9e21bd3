import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPartition } from '../../../server/src/cli/partition';
import { runSimulate } from '../../../server/src/cli/simulate';

function capture(fn: (out: (s: string) => void, err: (s: string) => void) => number): { code: number; out: string; err: string } {
  let out = '', err = '';
  const code = fn((s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

test('kpc partition prints one JSON line per key, as Kafka computes it', () => {
  const r = capture((o, e) => runPartition(['--partitions', '12', 'foobar', 'café', '--', '-dash'], o, e));
  assert.equal(r.code, 0);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines[0], { key: 'foobar', murmur2: -790332482, partition: 6 });
  assert.deepEqual(lines[1], { key: 'café', murmur2: -1358007374, partition: 6 });
  assert.equal(lines[2].key, '-dash');
  assert.deepEqual(capture((o, e) => runPartition(['--partitions=3', ''], o, e)).out, '{"key":"","murmur2":275646681,"partition":0}\n');
});

test('kpc partition: bad flags exit 2 with a message', () => {
  for (const argv of [['foo'], ['--partitions', '0', 'k'], ['--partitions', 'x', 'k'], ['--partitions', '3'], ['--nope', 'k']]) {
    const r = capture((o, e) => runPartition(argv, o, e));
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.err, /kpc partition: .+\n/);
  }
});

test('kpc simulate FILE --format json has the documented fields; text is a compact table', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpc-sim-'));
  try {
    const file = join(dir, 'producer.config');
    writeFileSync(file, '# kpc: kafka-version=3.2\nlinger.ms=5\nacks=all\nssl.key.password=hunter2\nlinger.ms=10\n');
    const r = capture((o, e) => runSimulate([file, '--records', '5000', '--partitions', '4', '--keys', 'uniform:20', '--faults', 'lost-ack:0.01', '--seed', '9', '--format', 'json'], o, e));
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.kafkaVersion, '3.2');
    for (const k of ['sent', 'delivered', 'lost', 'duplicated', 'reordered']) assert.equal(typeof j.records[k], 'number', k);
    assert.equal(j.records.sent, 5000);
    assert.equal(typeof j.batches.count, 'number');
    assert.equal(typeof j.batches.avgFill, 'number');
    assert.equal(typeof j.requests.count, 'number');
    for (const k of ['p50', 'p95', 'p99']) assert.equal(typeof j.latencyMs[k], 'number');
    assert.equal(typeof j.throughput.recordsPerSec, 'number');
    assert.equal(typeof j.throughput.bytesPerSec, 'number');
    assert.equal(j.partitions.length, 4);
    assert.deepEqual(Object.keys(j.partitions[0]).sort(), ['batches', 'broker', 'bytes', 'partition', 'records']);
    assert.equal(j.settings.lingerMs, 10, 'last duplicate wins');
    assert.equal(j.settings.partitioner, 'default-sticky');
    assert.equal(j.scenario.seed, 9);
    assert.ok(!r.out.includes('hunter2'), 'no secret in the output');
    const again = capture((o, e) => runSimulate([file, '--records', '5000', '--partitions', '4', '--keys', 'uniform:20', '--faults', 'lost-ack:0.01', '--seed', '9', '--format', 'json'], o, e));
    assert.equal(again.out, r.out, 'deterministic');

    const d = capture((o, e) => runSimulate([file, '--duration', '0.5', '--rate', '4000', '--compression-ratio', '0.4', '--format', 'json'], o, e));
    const dj = JSON.parse(d.out);
    assert.equal(dj.records.sent, 2000);
    assert.equal(dj.scenario.compressionRatio, 0.4);
    const t = capture((o, e) => runSimulate([file, '--records', '2000'], o, e));
    assert.equal(t.code, 0);
    assert.match(t.out, /^records +sent 2,000 +delivered 2,000/m);
    assert.match(t.out, /^latency +p50 [\d.]+ ms +p95/m);
    assert.match(t.out, /^partition +broker +records/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('kpc simulate: bad flags exit 2, unreadable files exit 1', () => {
  for (const argv of [[], ['f', '--records', '0'], ['f', '--keys', 'zipf'], ['f', '--faults', 'lost-ack:7'], ['f', '--format', 'xml'], ['f', '--kafka-version', '1.0'], ['f', 'g'], ['f', '--bogus'], ['f', '--duration', '1', '--records', '5'], ['f', '--duration', '1e9']]) {
    const r = capture((o, e) => runSimulate(argv, o, e));
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.err, /^kpc simulate: /);
  }
  const r = capture((o, e) => runSimulate(['/nonexistent/producer.config'], o, e));
  assert.equal(r.code, 1);
  assert.match(r.err, /no such file/);
});
